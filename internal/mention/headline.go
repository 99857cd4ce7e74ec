package mention

import (
	"slices"
	"strings"

	"github.com/corroborate/corroborate/internal/lexicon"
	"github.com/corroborate/corroborate/internal/text"
)

// titleCaseHeadline reports whether sentence si is an article's headline
// written in title case: the first sentence, on one line, every word
// capitalised but those title case leaves in lower case (titleCaseLower),
// with at least four capitalised words. In such a line a verb is
// capitalised like a name ("Mayor Says Bridge Will Close"), so the cue
// tests of running text, which take a capitalised word for a name, do not
// see it.
func (a *Analysis) titleCaseHeadline(si int) bool {
	if si != 0 || si >= len(a.Sentences) || strings.Contains(strings.TrimSpace(a.Sentences[si].Text), "\n") {
		return false
	}
	return titleCasedTokens(a.Tokens[si])
}

// titleCased reports whether words are written in title case: every one
// capitalised but those title case leaves in lower case (titleCaseLower),
// with at least four capitalised words. Both headline tests (a headline's
// tokens, isHeadlineLine's words) ask it.
func titleCased(words []string) bool {
	caps := 0
	for _, w := range words {
		switch {
		case startsUpper(w):
			caps++
		case !titleCaseLower[lower(w)]:
			return false
		}
	}
	return caps >= 4
}

// headlineCue reports whether token k of a title-case headline is an
// inflected verb of saying or thinking ("Says", "Warns", "Told",
// "Praises"): a capitalised word whose lower-case form is an inflection
// (not the base form) of a cue verb (cueStrength), after a word that may
// end a subject (not a determiner, a possessive, a preposition or a
// conjunction of title case).
func headlineCue(toks []text.Token, k int) (string, bool) {
	b, ok := headlineVerb(toks[k])
	if !ok || k == 0 {
		return "", false
	}
	p := toks[k-1].Lower
	if !toks[k-1].IsWord() && p != "." || titleCaseLower[p] || determiners[p] || nounContext[p] {
		return "", false
	}
	if _, poss := stripPossessive(toks[k-1].Text); poss {
		return "", false // "Mayor’s Plans": a noun
	}
	return b, true
}

// headlineVerb reports whether a capitalised token is an inflection of a
// cue verb, and gives its base.
func headlineVerb(t text.Token) (string, bool) {
	if !t.IsWord() || !startsUpper(t.Text) {
		return "", false
	}
	lw := t.Lower
	b := lexicon.Default().Base(lw, lexicon.Verb)
	if b == lw || b == "" || !lexicon.Default().Has(b, lexicon.Verb) || cueStrength(b) == cueNone {
		return "", false
	}
	if strings.HasSuffix(lw, "ing") {
		return "", false // a participle of a noun phrase ("Growing Fears")
	}
	return b, true
}

// headlineFrame reads the attributions of a title-case headline: "Mayor
// Says Bridge Will Close" (the subject before the verb speaks, the rest
// is the content), "Bridge Will Close, Mayor Tells Council" (after a
// comma, the content is before the subject), and a second verb of the
// same subject after "And" or a comma ("Mayor Praises Crew And Blames
// Weather") starts a second reading.
func (a *Analysis) headlineFrame(si int, s text.Sentence) []Quote {
	if !a.titleCaseHeadline(si) {
		return nil
	}
	toks := a.Tokens[si]
	end := len(s.Text)
	for end > 0 && strings.ContainsRune(" .", rune(s.Text[end-1])) {
		end--
	}
	for k := 1; k < len(toks); k++ {
		b, ok := headlineCue(toks, k)
		if !ok {
			continue
		}
		from, c := 0, -1
		for j := k - 1; j > 0; j-- {
			if toks[j].Text == "," || toks[j].Text == ":" {
				from, c = j+1, j
				break
			}
		}
		for from < k && closingMark(toks[from].Text) {
			from++ // ",’ Mayor Tells": the mark closes the content
		}
		q := Quote{Cue: toks[k].Text, Entity: -1, Sentence: si, cueAt: s.Start + toks[k].Start}
		sub := k // the subject ends before the verb, or before an adverb of it ("Doe Just Said")
		if k-1 > from && headlineAdverb(toks[k-1].Text) {
			sub = k - 1
		}
		a.resolveSpeaker(si, toks[from].Start, toks[sub].Start, &q)
		if !headlineSubject(toks[from:sub], q) || !strings.HasSuffix(strings.TrimSpace(s.Text[:toks[sub].Start]), q.SpeakerText) || headlineParticle(toks, k, b) {
			return nil
		}
		if cue := toks[k].Text; strings.Contains(" "+q.Speaker+" ", " "+cue+" ") {
			// a name the finder ran on through the headline's verb
			q.Entity, q.Speaker = -1, SpeakerName(q.SpeakerText)
		}
		if c > 1 && toks[c].Text == "," {
			// "Bridge Will Close, Mayor Tells Council": the content before.
			q.Text, q.Start, q.End = strings.TrimSpace(s.Text[:toks[c].Start]), s.Start, s.Start+toks[c].Start
			if wordCount(q.Text) < 2 {
				return nil
			}
			return []Quote{q}
		}
		return a.headlineContents(si, s, k, end, q)
	}
	return nil
}

// headlineContents splits the content after a headline cue at a second
// cue of the same subject ("… And Blames Weather", "…, Calls …"), one
// reading for each.
func (a *Analysis) headlineContents(si int, s text.Sentence, k, end int, q Quote) []Quote {
	toks := a.Tokens[si]
	var out []Quote
	start := k + 1
	for j := k + 2; j <= len(toks); j++ {
		last := j == len(toks)
		if !last {
			w := toks[j-1].Lower
			if w != "and" && w != "," {
				continue
			}
			if _, ok := headlineVerb(toks[j]); !ok {
				continue
			}
		}
		if start >= len(toks) {
			break
		}
		stop := end
		if !last {
			stop = toks[j-1].Start
		}
		r := q
		r.Text = strings.TrimSpace(strings.TrimRight(s.Text[toks[start].Start:max(stop, toks[start].Start)], " ,"))
		r.Start, r.End = s.Start+toks[start].Start, s.Start+stop
		if wordCount(r.Text) >= 1 {
			out = append(out, r)
		}
		if !last {
			q.Cue, q.cueAt = toks[j].Text, s.Start+toks[j].Start
			start = j + 1
		}
	}
	return out
}

// closingMarks are the closing quotation marks and apostrophe, the double
// straight one written as two apostrophes before the single one so that a
// suffix match takes the whole mark.
var closingMarks = []string{"''", "”", "\"", "’", "'"}

// closingMark reports a closing quotation mark or apostrophe token.
func closingMark(w string) bool {
	return slices.Contains(closingMarks, w)
}

// headlineParticle reports a headline verb that is not a cue with the word
// after it: a passive participle before "By" ("Named By Board") or a
// phrasal verb WordNet files outside saying and thinking ("Calls Off").
func headlineParticle(toks []text.Token, k int, b string) bool {
	if k+1 >= len(toks) {
		return false
	}
	nx := toks[k+1].Lower
	if nx == "by" && strings.HasSuffix(toks[k].Lower, "ed") {
		return true
	}
	lx := lexicon.Default()
	return lx.Has(b+"_"+nx, lexicon.Verb) && !lx.HasLex(b+"_"+nx, lexicon.Verb, lexicon.VerbCommunication) && !lx.HasLex(b+"_"+nx, lexicon.Verb, lexicon.VerbCognition)
}

// headlineSubject reports whether the words before a headline verb are
// its subject: a name or role the speaker finder resolved, or a short
// noun phrase of at most four words with no function word of title case
// in it but "and" ("Bridge Panel Says", not "Mayor To Sign New").
func headlineSubject(subj []text.Token, q Quote) bool {
	if q.How == "named" || q.How == "role" {
		return true
	}
	if q.SpeakerText == "" || len(subj) > 4 {
		return false
	}
	for _, t := range subj {
		if w := t.Lower; titleCaseLower[w] && w != "and" {
			return false
		}
	}
	return true
}
