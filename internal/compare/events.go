package compare

import (
	"strings"
	"unicode"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/lexicon"
	"github.com/corroborate/corroborate/internal/mention"
	"github.com/corroborate/corroborate/internal/text"
)

// isEventNoun reports whether a lower-case noun names an event or an act
// that happens on a day (lexicon.EventNoun).
func (c *comparer) isEventNoun(lw string) bool {
	_, ok := c.lx.EventNoun(lw)
	return ok
}

func (c *comparer) eventWords(toks []text.Token) map[string]bool {
	out := map[string]bool{}
	for _, t := range toks {
		if !t.IsWord() || t.IsCapitalized() {
			continue
		}
		lw := t.Lower
		if c.isEventNoun(lw) {
			b := c.lx.Base(lw, lexicon.Noun)
			out[b] = true
			// A nominalisation is the same event as its verb ("a meeting",
			// "met").
			if v := c.lx.Base(b, lexicon.Verb); v != b && c.lx.Has(v, lexicon.Verb) {
				out[v] = true
			}
			continue
		}
		if strings.HasSuffix(lw, "ed") || strings.HasSuffix(lw, "s") || strings.HasSuffix(lw, "ing") {
			b := c.lx.Base(lw, lexicon.Verb)
			if b != lw && c.lx.Has(b, lexicon.Verb) && !lightVerb(b) {
				out[b] = true
			}
		} else if b, ok := irregularBase(lw); ok && !lightVerb(b) {
			out[b] = true // "met", "held", "fought"; not "said", "told"
		}
	}
	return out
}

// eventName names the event two sentences share: its first event noun, else
// its first word.
func (c *comparer) eventName(words []string) string {
	for _, w := range words {
		if c.isEventNoun(w) && !c.lx.Has(w, lexicon.Verb) || strings.HasSuffix(w, "ing") && c.isEventNoun(w) {
			return "the " + w
		}
	}
	for _, w := range words {
		if c.isEventNoun(w) {
			return "the " + w
		}
	}
	return "“" + words[0] + "”"
}

// speakerFindings reports the same words given to different speakers.
// statement is a quote of a speaker the story knows, with what comparing
// statements needs.
type statement struct {
	doc     int
	typ     string // the speaker's entity type
	speaker string // story-canonical name
	text    string
	sent    string
	origin  string
	words   map[string]bool
	quote   mention.Quote
}

// statements lists the quotes of the story whose speaker resolves to a
// story entity.
func (c *comparer) statements() []statement {
	var out []statement
	for di, d := range c.in.Docs {
		a := d.Analysis
		for _, x := range a.Quotes {
			name := c.in.Merged.Name(di, x.Entity)
			if name == "" {
				continue
			}
			s := a.Sentences[x.Sentence].Text
			out = append(out, statement{di, a.Entities[x.Entity].Type, name, x.Text, s, c.sentenceOrigin(di, s), contentWords(c.lx, x.Text), x})
		}
	}
	return out
}

func (c *comparer) speakerFindings() []corroborate.Discrepancy {
	var qs []statement
	all := c.statements()
	for _, st := range all {
		// Only speakers named in the attribution itself: a pronoun or a
		// carried-over speaker is too weak to accuse a source of error;
		// a joint attribution ("X and Y") names no one speaker.
		if !st.quote.Direct || st.quote.How != "named" && st.quote.How != "role" || strings.Contains(st.speaker, " and ") {
			continue
		}
		qs = append(qs, st)
	}
	var out []corroborate.Discrepancy
	done := map[string]bool{}
	for i := range qs {
		for j := i + 1; j < len(qs); j++ {
			a, b := qs[i], qs[j]
			// One verbatim string is one utterance with fewer content
			// words than a paraphrase needs (verbatimQuote).
			verbatim, least := verbatimQuote(a.text, b.text), 5
			if verbatim {
				least = 3
			}
			if a.doc == b.doc || a.origin == b.origin || a.speaker == b.speaker || a.typ != b.typ || len(a.words) < least || len(b.words) < least {
				continue
			}
			// Given to one office's holder under two names, a short
			// verbatim quote is one person named two ways (the name
			// rules' finding), not two speakers (sameOffice).
			if verbatim && (len(a.words) < 5 || len(b.words) < 5) && (c.sameOffice(a, b) || firstPlural(a.text)) {
				continue
			}
			// A spokesperson's words are the principal's (speaksFor).
			// One sentence said on two days is two utterances (twoOccasions).
			if verbatim && (c.speaksFor(a) || c.speaksFor(b) || c.twoOccasions(a, b)) {
				continue
			}
			// An article that gives the words to the other speaker as
			// well reports both saying them (one repeats the other), no
			// mix-up of speakers (alsoSaid).
			if alsoSaid(all, a.doc, b.speaker, a.words) || alsoSaid(all, b.doc, a.speaker, b.words) {
				continue
			}
			// The same words: most of the shorter quote's, and a good part
			// of both (a short quote whose few words a long one holds is
			// another statement: "a grim end to the season" / "not the
			// end to the season anyone wanted; I hope they learn from it").
			if overlap(a.words, b.words) < 0.6 || jaccard(a.words, b.words) < 0.3 || shareNameWord(a.speaker, b.speaker) {
				continue
			}
			// An article that names both people may simply have given the
			// words to the wrong one of its speakers (or we did): unless the
			// attributions are the same sentence with another name, only
			// articles that each know one of the two disagree.
			// A verbatim quote whose own sentence names its speaker in
			// each article is no mix-up of the article's people: the
			// attribution is the sentence's ("“…,” Prime Minister X said").
			// Only when each article knows both people: one article that
			// alone names the other may tell of one repeating the other's
			// words ("Y echoed the pledge").
			aKnows, bKnows := c.names(a.doc)[b.speaker], c.names(b.doc)[a.speaker]
			ownNamed := verbatim && aKnows && bKnows && namesSpeaker(a.sent, a.speaker) && namesSpeaker(b.sent, b.speaker)
			if (aKnows || bKnows) && (!ownNamed || c.sameOffice(a, b)) && overlap(contentWords(c.lx, a.sent), contentWords(c.lx, b.sent)) < 0.8 {
				continue
			}
			// A sentence that names the other speaker itself ("X told
			// the paper '…' while Y said '…'") may give its words to
			// either: its reading is no source's claim.
			if namesSpeaker(a.sent, b.speaker) || namesSpeaker(b.sent, a.speaker) {
				continue
			}
			key := a.text + "|" + b.text
			if done[key] {
				continue
			}
			done[key] = true
			out = append(out, corroborate.Discrepancy{About: "who said “" + shorten(a.text, 12) + "”", Kind: "speaker", Values: []corroborate.DiscrepancyValue{
				{Value: a.speaker, Articles: []string{c.in.Docs[a.doc].Article.ID}, Sentences: []string{a.sent}},
				{Value: b.speaker, Articles: []string{c.in.Docs[b.doc].Article.ID}, Sentences: []string{b.sent}},
			}})
		}
	}
	return out
}

// names returns the story-canonical names an article mentions.
func (c *comparer) names(di int) map[string]bool {
	out := map[string]bool{}
	a := c.in.Docs[di].Analysis
	for _, m := range a.Mentions {
		if n := c.in.Merged.Name(di, m.Entity); n != "" {
			out[n] = true
		}
	}
	return out
}

func shorten(s string, words int) string {
	ws := strings.Fields(s)
	if len(ws) <= words {
		return s
	}
	return strings.Join(ws[:words], " ") + "…"
}

// stop are function words that cannot be predicate nouns: the lexicon's
// stopword list, the one home of it.
var stop = lexicon.Stopwords()

func contentWords(lx *lexicon.Lexicon, s string) map[string]bool { return lx.ContentWords(s) }

func overlap(a, b map[string]bool) float64 { return lexicon.Overlap(a, b) }

// statementConsensus finds statements carried by two or more independent
// origins: quotes of one speaker whose wording overlaps (one statement
// translated two ways is one fact), with the wording variants.
func (c *comparer) statementConsensus() []corroborate.Consensus {
	sts := c.statements()
	used := make([]bool, len(sts))
	var out []corroborate.Consensus
	for i := range sts {
		if used[i] || len(sts[i].words) < 4 {
			continue
		}
		group := []int{i}
		for j := i + 1; j < len(sts); j++ {
			if used[j] || sts[j].speaker != sts[i].speaker || sts[j].doc == sts[i].doc || len(sts[j].words) < 4 {
				continue
			}
			if overlap(sts[i].words, sts[j].words) >= 0.45 {
				group = append(group, j)
			}
		}
		var origins, arts []string
		for _, k := range group {
			origins = append(origins, sts[k].origin)
			arts = corroborate.AppendUnique(arts, c.in.Docs[sts[k].doc].Article.ID)
		}
		if countOrigins(origins) < 2 {
			continue
		}
		for _, k := range group {
			used[k] = true
		}
		// The shortest wording stands for the fact.
		best := group[0]
		for _, k := range group {
			if len(sts[k].text) < len(sts[best].text) {
				best = k
			}
		}
		out = append(out, corroborate.Consensus{Fact: sts[best].speaker + ": “" + shorten(sts[best].text, 30) + "”", Articles: arts, Origins: countOrigins(origins)})
	}
	return out
}

// shareNameWord reports whether two names share a word (one person named
// two ways: "Gregg Hastings" and "Lt. Hastings").
func shareNameWord(a, b string) bool {
	wa := nameWords(a)
	for _, x := range nameWords(b) {
		for _, y := range wa {
			if x == y && len(x) > 2 {
				return true
			}
		}
	}
	return false
}

// namesSpeaker reports whether a sentence names a speaker: the last word
// of the speaker's name (the surname) is a capitalised word of it.
func namesSpeaker(sent, speaker string) bool {
	f := strings.Fields(speaker)
	if len(f) == 0 {
		return false
	}
	last := strings.Trim(f[len(f)-1], ".,")
	if len(last) < 3 || last[0] < 'A' || last[0] > 'Z' {
		return false
	}
	for _, w := range strings.FieldsFunc(sent, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' && r != '\'' }) {
		if w == last {
			return true
		}
	}
	return false
}

// noneOfEvent reports whether one of two counts is "no one" (0 people) and
// the other counts persons of the same event: "no one was killed" and "two
// workers were killed" are one fact.
func noneOfEvent(lx *lexicon.Lexicon, a, b mention.Value) bool {
	return (a.Num == 0) != (b.Num == 0) && mention.SameEvent(a.Event, b.Event) && isPersonNoun(lx, a.Unit) && isPersonNoun(lx, b.Unit)
}

// twoHeights reports whether two heights in feet and inches ("6-foot-9")
// are of two persons or things: the slot key of a height is what it is the
// height of, the noun after it ("the 6-foot-4 skipper", "7-foot-2 Rook"),
// and two nouns that are not WordNet synonyms are two of them.
func (c *comparer) twoHeights(a, b mention.Value) bool {
	isHeight := func(v mention.Value) bool {
		return v.Type == mention.VDistance && v.Unit == "ft" && strings.HasSuffix(v.Norm, " in")
	}
	if !isHeight(a) || !isHeight(b) || a.Noun == "" || b.Noun == "" {
		return false
	}
	return a.Noun != b.Noun && !c.lx.Synonyms(a.Noun, b.Noun, lexicon.Noun)
}
