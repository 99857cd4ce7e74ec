package compare

import (
	"strings"

	"github.com/corroborate/corroborate/internal/lexicon"
	"github.com/corroborate/corroborate/internal/mention"
	"github.com/corroborate/corroborate/internal/text"
)

// Two subjects that are one thing (clock3, session 56). Outlets name the
// thing a story is about by nouns of different generality: "the jet
// landed at 4:40 p.m." / "the aircraft touched down at 4:40 p.m.", "the
// plane" / "the aircraft", "the ferry" / "the vessel". A definite noun
// phrase refers back to the story's one such thing whatever its head
// (Quirk et al. 1985 §5.32, anaphoric "the"; §19.48, a more general noun
// for a thing named before, a synonym or superordinate), so the only clock
// times of two articles, of close verbs (sameVerb) whose subjects are such
// nouns, are one moment of one act, as namedEventClocks reads two times of
// one named event. Two nouns beside each other under one parent ("car" and
// "lorry" under "motor vehicle") are two things and are not read so.

// subjectUnderSteps is how many WordNet hypernym steps may part the
// subject nouns' senses ("jet" → "airplane" → "heavier-than-air craft" →
// "aircraft").
const subjectUnderSteps = 3

// subjectRank is how many of a noun's most frequent senses are read
// ("jet" is a plane before it is a stream of liquid).
const subjectRank = 3

// oneThingSubjects reports whether the clauses two clock times date have
// subjects that are one thing: the same noun, or a sense of one within
// subjectUnderSteps hypernym steps of a sense of the other; neither a
// general noun (generalNoun).
func (c *comparer) oneThingSubjects(f, g *fact) bool {
	a, b := c.clockSubject(f), c.clockSubject(g)
	if a == "" || b == "" || generalNoun(a) || generalNoun(b) {
		return false
	}
	return a == b || c.nounWithin(a, b) || c.nounWithin(b, a)
}

// nounWithin reports whether a frequent noun sense of a lies at most
// subjectUnderSteps hypernym steps under a frequent noun sense of b, or is
// one.
func (c *comparer) nounWithin(a, b string) bool {
	want := map[uint32]bool{}
	for _, s := range c.lx.Senses(b) {
		if s.POS == lexicon.Noun && int(s.Rank) < subjectRank && !s.Instance {
			want[s.Synset] = true
		}
	}
	if len(want) == 0 {
		return false
	}
	for _, s := range c.lx.Senses(a) {
		if s.POS != lexicon.Noun || int(s.Rank) >= subjectRank || s.Instance {
			continue
		}
		level := []uint32{s.Synset}
		for step := 0; step <= subjectUnderSteps && len(level) > 0; step++ {
			var next []uint32
			for _, id := range level {
				if want[id] {
					return true
				}
				next = append(next, c.lx.Hypernyms(lexicon.Noun, id)...)
			}
			level = next
		}
	}
	return false
}

// clockSubject returns the base form of the subject noun of the verb a
// clock time dates (the fact's head), read back from the time to that verb
// within headSpan and from the verb over adverbs in -ly and auxiliaries:
// a lower-case noun after a determiner or a possessive, with up to two
// modifiers or figures between ("the stricken jet", "a magnitude 6.1
// earthquake");
// "" when there is none.
func (c *comparer) clockSubject(f *fact) string {
	if f.head == "" {
		return ""
	}
	toks := f.tokens()
	at := tokenFrom(toks, f.v.Start)
	if at < 0 {
		return ""
	}
	for k := at - 1; k >= 1 && k >= at-headSpan; k-- {
		if toks[k].Text == "," || toks[k].Text == ";" {
			return ""
		}
		if b, ok := c.timeVerbIn(toks, k); ok && b == f.head {
			return c.subjectNounBefore(toks, k)
		}
	}
	return ""
}

// subjectNounBefore reads the subject noun right before the verb at token
// k (clockSubject).
func (c *comparer) subjectNounBefore(toks []text.Token, k int) string {
	i := k - 1
	for i >= 1 && (strings.HasSuffix(toks[i].Lower, "ly") || auxiliaries[toks[i].Lower] || modals[toks[i].Lower]) {
		i--
	}
	if i < 1 || !toks[i].IsWord() || toks[i].IsCapitalized() {
		return ""
	}
	lw := toks[i].Lower
	if _, closed := closedTag(lw); closed {
		return ""
	}
	n := c.lx.Base(lw, lexicon.Noun)
	if n != lw || !c.lx.Has(n, lexicon.Noun) {
		return "" // a plural tells many things; not a noun
	}
	for d := i - 1; d >= 0 && d >= i-3; d-- {
		if determinerAt(toks, d) {
			if !definiteDeterminer(toks[d].Lower) || complementOfPreposition(toks, d) {
				return ""
			}
			return n
		}
		if !toks[d].IsWord() {
			if _, num := mention.ParseNumber(toks[d].Text); !num && toks[d].Text != "-" {
				return "" // a figure may premodify ("a magnitude 6.1 earthquake")
			}
			continue
		}
		if _, closed := closedTag(toks[d].Lower); closed {
			return ""
		}
	}
	return ""
}

// definiteDeterminer reports whether a determiner makes its noun phrase
// definite, so that it may refer back to the story's one such thing
// (Quirk et al. 1985 §5.32: "the", the demonstratives, a possessive): "a
// truck", "another plane", "each yacht", "no plane" introduce or count
// things, none of them the one named before (§5.16, §5.19; readB56).
func definiteDeterminer(w string) bool {
	if w == "the" || w == "this" || w == "that" {
		return true
	}
	if tag, ok := closedTag(w); ok && tag == "PRP$" {
		return true
	}
	return strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s")
}

// complementOfPreposition reports whether the noun phrase whose determiner
// is at token d is the complement of a preposition before it ("passengers
// on the plane arrived"): the subject's head lies before the preposition
// (Quirk et al. 1985 §9.1, a prepositional phrase postmodifies), unless
// the word opens a clause whose subject the phrase is ("after the plane
// landed", §14.12; subordinatorWords, clausePrepositions; readB56).
func complementOfPreposition(toks []text.Token, d int) bool {
	if d < 1 {
		return false
	}
	w := toks[d-1].Lower
	tag, ok := closedTag(w)
	return ok && tag == "IN" && !subordinatorWords[w] && !clausePrepositions[w]
}
