package compare

import (
	"strings"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/lexicon"
	"github.com/corroborate/corroborate/internal/mention"
	"github.com/corroborate/corroborate/internal/text"
)

// headlineVerb finds the verb a headline chooses: a reporting verb if it
// has one, else its main verb.
func (c *comparer) headlineVerb(title string) string {
	toks := text.Tokens(title)
	for i, t := range toks {
		lw := t.Lower
		if i == 0 {
			continue
		}
		if mention.IsReportingVerb(c.lx.Base(lw, lexicon.Verb)) && (strings.HasSuffix(lw, "s") || strings.HasSuffix(lw, "ed") || lw == "say" || lw == "tell") {
			return t.Text
		}
	}
	for i, t := range toks {
		if i == 0 || !t.IsWord() || t.IsCapitalized() {
			continue
		}
		lw := t.Lower
		if c.lx.Has(lw, lexicon.Verb) && !c.lx.Has(lw, lexicon.Adj) && i > 0 && toks[i-1].IsWord() {
			// A plural or third-person verb after the subject.
			return t.Text
		}
	}
	return ""
}

func (c *comparer) framing(cons []corroborate.Consensus, disc []corroborate.Discrepancy, stances []corroborate.Stance) []corroborate.Framing {
	var out []corroborate.Framing
	facts := c.storyFacts(cons, disc, stances)
	for di, d := range c.in.Docs {
		a := d.Analysis
		f := corroborate.Framing{Outlet: d.Article.Outlet, Article: d.Article.ID, Verbs: map[string][]string{}, OwnVoice: []string{}, Omits: []string{}}
		if d.Article.Title != nil {
			f.HeadlineVerb = corroborate.StrPtr(c.headlineVerb(*d.Article.Title))
		}
		covered := make([]bool, len(a.Sentences))
		for _, q := range a.Quotes {
			who := c.in.Merged.Name(di, q.Entity)
			if who == "" {
				who = q.SpeakerText
			}
			// A cue read without a source phrase (CueOnly) names no speaker:
			// its clause subject may be anything, so it lends no verb.
			if who != "" && q.Cue != "" && !q.CueOnly() {
				cue := strings.ToLower(strings.Fields(q.Cue)[0])
				found := false
				for _, v := range f.Verbs[who] {
					if v == cue {
						found = true
					}
				}
				if !found {
					f.Verbs[who] = append(f.Verbs[who], cue)
				}
			}
			covered[q.Sentence] = true
			for si, s := range a.Sentences {
				if q.Start < s.End && q.End > s.Start {
					covered[si] = true
				}
			}
		}
		for si, s := range a.Sentences {
			if covered[si] {
				continue
			}
			if ownVoice(a.Tokens[si], s.Text) {
				f.OwnVoice = append(f.OwnVoice, s.Text)
			}
		}
		// What the story reports and this article states in no wording.
		f.Omits = append(f.Omits, c.omits(di, facts)...)
		out = append(out, f)
	}
	return out
}

func ownVoice(toks []text.Token, s string) bool {
	if strings.HasSuffix(strings.TrimSpace(s), "?") {
		return true // a question the outlet puts to the reader
	}
	if strings.Contains(strings.ToLower(s), "according to") {
		return false // the words are a source's
	}
	// One loaded word or accusation is enough: the first ends the look.
	for i, t := range toks {
		if i > 0 && t.IsCapitalized() {
			continue // a name ("Supreme Court"), not a judgment
		}
		if isLoaded(t.Lower) || loadedCompound(t.Lower) || isAccusation(lexicon.Default(), toks, i) {
			return true
		}
	}
	return false
}

// loadedCompound reports whether a lower-case hyphenated compound is loaded
// by its last element: the head of an English compound modifier carries its
// judgment ("a self-destructive policy"), so the compound counts as loaded when
// that element is a loaded word of the VADER-derived lexicon (see isLoaded
// in framing_lexicon.go). A compound whose whole is in that lexicon is
// found by isLoaded itself. No suffix is listed by hand.
func loadedCompound(w string) bool {
	i := strings.LastIndexByte(w, '-')
	if i <= 0 || i == len(w)-1 {
		return false
	}
	return isLoaded(w[i+1:])
}
