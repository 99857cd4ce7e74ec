package compare

import (
	"strings"

	"github.com/corroborate/corroborate/internal/lexicon"
	"github.com/corroborate/corroborate/internal/mention"
	"github.com/corroborate/corroborate/internal/text"
)

// One act with one doer takes one set of people: "The harbour board sent
// eight divers" and "The harbour board sent three frogmen" count the
// people of one sending, named by two nouns. The counts are the direct
// objects of one verb (Quirk et al. 1985 §10.7: the object is the
// participant the act affects) whose subject the two clauses name alike:
// the same named person or body, or the same noun ("Police arrested three
// men" / "Police arrested four suspects"). A count of people compares with
// another of a different noun only so (comparable wants one noun), and
// only when
//   - each is its article's only figure of people for that verb (an
//     article that counts "four soldiers and seven civilians" killed tells
//     two groups);
//   - the two nouns can name one set of people: one is a general noun of
//     people (Halliday & Hasan 1976, §6.4: "people", "men") or WordNet
//     puts one under the other ("surgeon" under "doctor") or in one
//     synset. Two kinds side by side ("players" / "coaches", "soldiers" /
//     "civilians", "doctors" / "nurses") are two groups.

// objectSpan is how many words may stand between a verb and the count
// that is its object ("sent only three", "arrested at least four").
const objectSpan = 3

// countDoer returns who does the act a count of people (a noun whose most
// frequent WordNet sense is a person or a group: not "dogs") is the object of:
// the merged name of the person or body that is the subject of the verb
// right before the count, or "noun:" and the lower-case noun that is; ""
// when the count is no such object or no subject stands right before the
// verb and its auxiliaries.
func (c *comparer) countDoer(f *fact, a *mention.Analysis, merged docMerged) string {
	v := f.v
	if v.Type != mention.VCount || v.Event == "" || !c.firstSensePerson(v.Unit) || !c.happening(v.Event) {
		return ""
	}
	toks := f.toks
	at := tokenFrom(toks, v.Start)
	if at <= 0 {
		return ""
	}
	h := -1
	for k := at - 1; k >= 0 && k >= at-1-objectSpan; k-- {
		t := toks[k]
		if !t.IsWord() {
			return ""
		}
		if b, ok := c.verbAt(t); ok && b != "" && mention.SameEvent(b, v.Event) {
			h = k
			break
		}
		if _, closed := lexicon.ClosedClass(t.Lower); !closed && !runningAdverbs[t.Lower] && !objectHedges[t.Lower] {
			return ""
		}
	}
	if h <= 0 || c.coordinatedPeople(toks, v) {
		return ""
	}
	k := h - 1
	for k >= 0 && (verbGroupWord(toks[k]) || toks[k].Lower == "being") {
		k--
	}
	if k < 0 || !toks[k].IsWord() {
		return ""
	}
	// A passive verb group ("were sent three ...", "were being sent
	// three ...") has no doer before it.
	for j := k + 1; j < h; j++ {
		switch toks[j].Lower {
		case "was", "were", "been", "be", "is", "are", "being":
			return ""
		}
	}
	end := toks[k].Start + len(toks[k].Text)
	for _, m := range a.Mentions {
		if m.Sentence == v.Sentence && !m.RoleOnly && m.End == end && a.Entities[m.Entity].Type != mention.Place {
			return merged.name(m)
		}
	}
	lw := toks[k].Lower
	if _, closed := lexicon.ClosedClass(lw); closed || toks[k].IsCapitalized() && k > 0 {
		return ""
	}
	if c.verbNotSubject(lw) {
		return ""
	}
	return "noun:" + c.lx.Base(lw, lexicon.Noun)
}

// verbNotSubject reports whether the lower-case word before a verb group
// is no noun that can be its subject: a word with no noun reading, or a
// verb written as its base form that WordNet lists as no noun, which the
// noun rules would read as another noun's plural ("to discuss sent four
// envoys": "discuss" is no plural of "discus"). Has reads the forms the
// lexicon lists, not inflections, so the second test is asked of the word
// as written and catches only such lemmas: an inflected verb ("killed")
// fails the first.
func (c *comparer) verbNotSubject(lw string) bool {
	n := c.lx.Base(lw, lexicon.Noun)
	return !c.lx.Has(n, lexicon.Noun) || c.lx.Has(lw, lexicon.Verb) && !c.lx.Has(lw, lexicon.Noun)
}

// peopleNouns name people of any kind; sexAgeNouns name people by sex or
// age (the general nouns of people of Halliday & Hasan 1976, §6.4).
var (
	peopleNouns = map[string]bool{"people": true, "person": true, "individual": true}
	sexAgeNouns = map[string]bool{"man": true, "woman": true, "child": true, "boy": true, "girl": true}
)

// objectHedges are the words of a hedge or a focus that may stand between
// a verb and the count that is its object ("sent only three", "arrested
// nearly 40") besides closed-class words.
var objectHedges = map[string]bool{"only": true, "just": true, "nearly": true, "almost": true, "about": true,
	"around": true, "roughly": true, "some": true, "least": true, "most": true, "more": true, "than": true, "another": true}

// markCountDoers sets doer on the counts of people that are the only
// figure of people their article gives for their verb and the object of a
// verb whose subject is read (countDoer).
func (c *comparer) markCountDoers(out []fact) {
	docs, merged := c.threadDocs()
	for i := range out {
		f := &out[i]
		if f.v.Type != mention.VCount || f.v.Event == "" || f.doc < 0 || f.doc >= len(docs) || f.doc >= len(merged) {
			continue
		}
		d := c.countDoer(f, docs[f.doc].Analysis, merged[f.doc])
		if d == "" {
			continue
		}
		only := true
		for j := range out {
			g := &out[j]
			if j != i && g.doc == f.doc && g.v.Type == mention.VCount && isPersonNoun(c.lx, g.v.Unit) &&
				c.oneEvent(f.v.Event, g.v.Event) && g.v.Num != f.v.Num {
				only = false
				break
			}
		}
		if only {
			f.doer = d
		}
	}
}

// oneDoerCounts reports whether two counts of people of two nouns are the
// people one act of one doer took (see the top of this file).
func (c *comparer) oneDoerCounts(f, g *fact) bool {
	if f.doer == "" || g.doer == "" || f.v.Unit == g.v.Unit || !c.oneEvent(f.v.Event, g.v.Event) {
		return false
	}
	if strings.HasPrefix(f.doer, "noun:") || strings.HasPrefix(g.doer, "noun:") {
		if f.doer != g.doer {
			return false
		}
	} else if !samePerson(f.doer, g.doer) {
		return false
	}
	return c.oneSetOfPeople(f.v, g.v)
}

// oneSetOfPeople reports whether two nouns of people can name one set:
// "people" or "person" and any other; one general noun of people by sex or
// age ("men", "children") and a noun that is none; synonyms; or one under
// the other in WordNet (within two hypernym steps). "Men" and "women",
// "boys" and "girls" are two sets. A noun that counts groups (countsGroups:
// "two families", "three teams") and one that counts persons ("nine
// people") are never one set: the figures count two kinds of thing.
func (c *comparer) oneSetOfPeople(f, g mention.Value) bool {
	a, b := f.Unit, g.Unit
	if c.countsGroups(f) != c.countsGroups(g) {
		return false
	}
	if peopleNouns[a] || peopleNouns[b] || sexAgeNouns[a] != sexAgeNouns[b] || c.lx.Synonyms(a, b, lexicon.Noun) {
		return true
	}
	return c.lx.Under(a, lexicon.Noun, c.lx.SynsetIDs(b, lexicon.Noun), 2) || c.lx.Under(b, lexicon.Noun, c.lx.SynsetIDs(a, lexicon.Noun), 2)
}

// countsGroups reports whether a count of people counts groups of them:
// its noun's most frequent WordNet sense is a group ("two families",
// "three teams"), save the general nouns of people ("people", itself a
// group in WordNet) and a group noun whose count is of its members
// (membersCounted: "40 troops", "four crew").
func (c *comparer) countsGroups(v mention.Value) bool {
	s, ok := c.lx.TopSense(v.Unit, lexicon.Noun)
	return ok && s.Lex == lexicon.NounGroup && !peopleNouns[v.Unit] && !c.membersCounted(v)
}

// membersCounted reports whether a count of a group noun counts the
// group's members, by the noun as written after the figure: a plural that
// WordNet lists as a group noun of its own ("troops": soldiers
// collectively, not troops of scouts), or a collective noun in its
// singular form after a figure above one ("40 police", "12 staff", "four
// crew"): a collective noun with a plural numeral and no plural ending
// counts the persons it is made of (Quirk et al. 1985, §5.108–5.109, and
// CGEL ch. 5 §9.2, collective nouns). "Two families" counts families.
func (c *comparer) membersCounted(v mention.Value) bool {
	f := strings.Fields(v.Text)
	if len(f) < 2 {
		return false
	}
	w := strings.ToLower(strings.Trim(f[len(f)-1], ".,;:"))
	if c.lx.Base(w, lexicon.Noun) != v.Unit {
		return false
	}
	if w != v.Unit {
		return c.lx.HasLex(w, lexicon.Noun, lexicon.NounGroup)
	}
	return v.Num > 1
}

// countsComparable is comparable on two facts: two values of one fact by
// their types and units, or two counts of people one act of one doer took.
func (c *comparer) countsComparable(f, g *fact) bool {
	return c.comparable(f.v, g.v) || f.v.Type == mention.VCount && g.v.Type == mention.VCount && c.oneDoerCounts(f, g)
}

// coordinatedPeople reports whether a count of people is the first
// conjunct of a coordinated noun phrase: "and" right after it, then a
// determiner or a numeral and, within two words, a noun of people ("shot
// two men and a woman", "arrested three teenagers and an older man"). The
// object of the verb is the whole coordination (phrasal coordination,
// Quirk et al. 1985 §13.60), so the count is a part of the people the act
// took and meets no count of them all told by another noun ("shot three
// people"). "Shot two men and fled" coordinates two clauses.
func (c *comparer) coordinatedPeople(toks []text.Token, v mention.Value) bool {
	e := tokenFrom(toks, v.End)
	if e < 0 || e+2 >= len(toks) || toks[e].Lower != "and" || !conjunctOpener(toks[e+1].Lower) {
		return false
	}
	for k := e + 2; k < len(toks) && k <= e+3; k++ {
		if !toks[k].IsWord() {
			return false
		}
		if c.firstSensePerson(c.lx.Base(toks[k].Lower, lexicon.Noun)) {
			return !c.finiteAfter(toks, k+1)
		}
	}
	return false
}

// conjunctOpener reports whether a word opens a noun phrase: a
// determiner (the indefinite article, "another", reDefinite's definite
// ones) or a cardinal number in words or digits (Quirk et al. 1985 §5.10).
func conjunctOpener(w string) bool {
	return w == "a" || w == "an" || w == "another" || reDefinite.MatchString(w)
}

// finiteAfter reports whether the word at i, right after the noun a
// conjunct ends in, is a finite verb or an auxiliary: "shot two men and a
// witness called police" coordinates two clauses (Quirk et al. 1985
// §13.65), "a witness" being the second one's subject, so the count is
// all the first clause's act took (readE's mend).
func (c *comparer) finiteAfter(toks []text.Token, i int) bool {
	if i >= len(toks) || !toks[i].IsWord() {
		return false
	}
	if tag, _ := lexicon.ClosedClass(toks[i].Lower); tag == "MD" || predicateAux[toks[i].Lower] {
		return true
	}
	return c.pastVerb(toks[i], false) != ""
}
