package compare

import (
	"strings"

	"github.com/corroborate/corroborate/internal/lexicon"
)

// This file reads an ordinal as the one slot in which two aligned
// statements differ: two articles that tell one statement in nearly the
// same words (maskedAlign) and put two different ordinal numerals before
// one noun ("was found on the second floor of the house" / "was found on
// the third floor of the house"; "charged with first-degree arson" /
// "charged with second-degree arson") disagree on which of a series it
// was. An ordinal is a numeral (Quirk et al. 1985, §6.63) that the value
// facts do not read, since it counts no thing; it picks one member of a
// series, so one statement of one thing holds one ordinal.
//
// The ordinal is a hunk of one unit on each side, written in lower case,
// an ordinal numeral alone or joined by a hyphen to a noun ("first-degree",
// "second-floor"; the two must join the same noun), before the same
// common noun (the unit after the hunk, which the alignment shares). Not
// a finding:
//   - a noun whose commonest sense is a person or a group: two ordinals of
//     persons are two people ("the second victim", "the third victim");
//   - an article of the story that writes both ordinals of that noun
//     ("the fire spread from the second floor to the third floor", "the
//     second and third floors"): its writer knows two members of the series;
//   - two articles dated on different days: a series goes on ("the second
//     day of protests" one day, "the third day" the next);
//   - an ordinal phrase that is no preposition's (afterPrepositionUnit):
//     the statement is about that member ("the second floor was gutted"),
//     and two articles may each tell of another;
//   - a sentence with a quotation mark, a word that sets one of several
//     apart before the ordinal ("one", "the other": apartUnits), or another
//     hunk holding a name, a personal pronoun or a common noun
//     (thingsElsewhere: two people or two things, each with its own floor).
// Every rule is general English; none is drawn from the data it is
// measured on.

// ordinalNumerals are the ordinal numerals written as words (Quirk et al.
// 1985, §6.63), first to tenth: higher ones are rare in prose and written
// as figures ("21st"), which the masked alignment reads as values.
var ordinalNumerals = map[string]bool{"first": true, "second": true, "third": true, "fourth": true, "fifth": true,
	"sixth": true, "seventh": true, "eighth": true, "ninth": true, "tenth": true}

// ordinalParts splits a lower-case word into its ordinal numeral and the
// noun a hyphen joins it to ("second-floor": "second", "floor";
// "third": "third", ""); ok is false when the word is no ordinal.
func ordinalParts(w string) (ord, joined string, ok bool) {
	if ordinalNumerals[w] {
		return w, "", true
	}
	o, rest, found := strings.Cut(w, "-")
	if !found || !ordinalNumerals[o] || rest == "" || strings.Contains(rest, "-") {
		return "", "", false
	}
	return o, rest, true
}

// maskedOrdinals reads the one unit two aligned sentences x and y differ
// in at hunk h as two ordinals of one noun (see the file comment): the
// two phrases as written ("second floor", "third floor") and the noun's
// base form.
func (c *comparer) maskedOrdinals(x, y *maskedSentence, h maskedHunk) (string, string, string, bool) {
	u, v := x.units[h.a0], y.units[h.b0]
	if u.cap || v.cap || u.name >= 0 || v.name >= 0 || h.a1 >= len(x.units) || h.b1 >= len(y.units) {
		return "", "", "", false
	}
	ou, ju, ok1 := ordinalParts(u.key)
	ov, jv, ok2 := ordinalParts(v.key)
	if !ok1 || !ok2 || ou == ov || ju != jv {
		return "", "", "", false
	}
	next, next2 := x.units[h.a1], y.units[h.b1]
	if next.key != next2.key || next.name >= 0 || next.key == "#" || next.cap {
		return "", "", "", false
	}
	head := c.ordinalHead(next.key)
	if ju != "" {
		if !c.lx.Has(ju, lexicon.Noun) {
			return "", "", "", false // "second-largest": no noun
		}
		head = c.ordinalHead(ju)
	}
	if head == "" || quoted(x.text) || quoted(y.text) || apartUnits(x.units, h.a0) || apartUnits(y.units, h.b0) || !afterPrepositionUnit(x.units, h.a0) {
		return "", "", "", false
	}
	if c.differentDays(x.doc, y.doc) || c.indefiniteBefore(x.units, h.a0) || c.indefiniteBefore(y.units, h.b0) {
		return "", "", "", false
	}
	return u.key + " " + next.key, v.key + " " + next2.key, head, true
}

// ordinalHead is the noun base form of a word an ordinal may number: a
// lower-case common noun, no closed-class word, no inflected verb, whose
// commonest sense is a thing or a place, not a person or a group (two
// ordinals of persons are two people: "the second victim") nor a time, an
// event, an act or a quantity (a series that goes on, where one doer acts
// again: "scored in the second period" and "in the third period", "fired
// the second shot", "the third day"); "" otherwise.
func (c *comparer) ordinalHead(w string) string {
	if _, closed := closedTag(w); closed || auxiliaries[w] {
		return ""
	}
	if v := c.lx.Base(w, lexicon.Verb); v != w && c.lx.Has(v, lexicon.Verb) {
		return "" // "the second fired": an inflected verb
	}
	n := c.lx.Base(w, lexicon.Noun)
	x, ok := c.lx.TopSense(n, lexicon.Noun)
	if !ok {
		return ""
	}
	switch x.Lex {
	case lexicon.NounGroup, lexicon.NounPerson, lexicon.NounTime, lexicon.NounEvent, lexicon.NounAct, nounQuantity:
		return ""
	}
	if c.stretchNoun(n) {
		return ""
	}
	return n
}

// stretchNoun reports whether a noun has a sense, however rare, that is
// an act, an event or a time lying right under a division of a whole
// (WordNet's "part, section, division", filed under noun.cognition: a
// half, a round, an inning of a game) or under travel (the act of going
// from one place to another: a leg or stage of a journey, a lap of a
// course). An ordinal picks a member of a series (Quirk et al. 1985
// §6.63), and before such a noun the series is that sense's, the stretches
// of one game or journey in which one doer acts again ("scored in the
// first leg" and "in the second leg"), as for a noun whose commonest sense
// is a time ("the second period"), though the noun's commonest sense is a
// thing ("leg", a limb; "lap", the thighs; "round", a shape).
func (c *comparer) stretchNoun(n string) bool {
	anchors := append(c.lx.SensesIn("section", lexicon.Noun, nounCognition), c.lx.SynsetIDs("travel", lexicon.Noun)...)
	for _, s := range c.lx.Senses(n) {
		if s.POS != lexicon.Noun || s.Lex != lexicon.NounAct && s.Lex != lexicon.NounEvent && s.Lex != lexicon.NounTime {
			continue
		}
		if c.lx.SynsetUnder(s.Synset, lexicon.Noun, anchors, 1) {
			return true
		}
	}
	return false
}

// ordinalUse is, per article of the thread, the ordinals it writes before
// each noun (base form): an ordinal within three tokens before the noun
// ("the second and third floors") or joined to it by a hyphen.
type ordinalUse struct {
	c     *comparer
	byDoc []map[string]map[string]bool // noun → ordinals, read on first use
}

func (u *ordinalUse) read() {
	if u.byDoc != nil {
		return
	}
	docs, _ := u.c.threadDocs()
	u.byDoc = make([]map[string]map[string]bool, len(docs))
	for di, d := range docs {
		m := map[string]map[string]bool{}
		add := func(noun, ord string) {
			if m[noun] == nil {
				m[noun] = map[string]bool{}
			}
			m[noun][ord] = true
		}
		for _, toks := range d.Analysis.Tokens {
			for k, t := range toks {
				ord, joined, ok := ordinalParts(t.Lower)
				if !ok {
					continue
				}
				if joined != "" {
					add(joined, ord)
					continue
				}
				for j := k + 1; j < len(toks) && j <= k+3; j++ {
					if toks[j].IsWord() {
						add(u.c.lx.Base(toks[j].Lower, lexicon.Noun), ord)
					}
				}
			}
		}
		u.byDoc[di] = m
	}
}

// writesBoth reports whether some article writes ordinals a and b of one
// noun.
func (u *ordinalUse) writesBoth(noun, a, b string) bool {
	u.read()
	for _, m := range u.byDoc {
		if m[noun][a] && m[noun][b] {
			return true
		}
	}
	return false
}

// ordinalOf is the ordinal numeral of a phrase maskedOrdinals returned.
func ordinalOf(phrase string) string {
	w, _, _ := strings.Cut(phrase, " ")
	o, _, _ := ordinalParts(w)
	return o
}

// slotOrdinal is the one ordinal among the words before a statement
// slot's head ("on the second floor": "second"; "with first-degree
// arson": "first-degree"), when the head is a noun an ordinal may number
// (ordinalHead), the ordinal stands right before it and the slot is a
// preposition's (afterPrepositionUnit says why); ok is false for none or
// two ("the first and second floors").
func (c *comparer) slotOrdinal(sl alignSlot) (string, bool) {
	ord := ""
	for _, m := range sl.mods {
		if _, _, ok := ordinalParts(m); ok {
			if ord != "" {
				return "", false
			}
			ord = m
		}
	}
	// The ordinal numbers the head: it stands right before it ("the
	// second victim unconscious" numbers the victim, not the head read).
	if ord == "" || sl.mods[len(sl.mods)-1] != ord || sl.role == "obj" {
		return "", false
	}
	head := sl.key
	if _, joined, _ := ordinalParts(ord); joined != "" {
		head = joined // "first-degree murder": the degree is numbered
	}
	return ord, c.ordinalHead(head) != ""
}

// ordinalsConflict reports whether two aligned ordinal slots give one
// thing two places in its series: two different ordinals (joined by a
// hyphen to one noun, if any), neither sentence quoting a speaker, no
// article of the story writing both
// before the noun, the two articles not dated on two days, and no slot of
// the verb that both fill holding a person noun that the other lacks (two
// people, each with his own floor: "found the caretaker on the second
// floor" / "found the cook on the third floor", whatever head the reading
// gives the phrase: "the caretaker unconscious").
func (c *comparer) ordinalsConflict(f, g *alignSlot) bool {
	of, jf, _ := ordinalParts(f.key)
	og, jg, _ := ordinalParts(g.key)
	if of == og || jf != jg || c.differentDays(f.doc, g.doc) || quoted(f.sent) || quoted(g.sent) || f.indef || g.indef {
		return false
	}
	for r, p := range f.sibs {
		if q, ok := g.sibs[r]; ok && (c.personsDiffer(p, q) || c.personsDiffer(q, p)) {
			return false
		}
	}
	noun := c.ordinalHead(f.head)
	if jf != "" {
		noun = c.ordinalHead(jf)
	}
	if noun == "" {
		return false
	}
	u := &ordinalUse{c: c}
	return !u.writesBoth(noun, of, og)
}

// indefiniteDeterminers introduce a new referent (Quirk et al. 1985,
// §5.10, §5.27): "a resident", "another blaze", "some guests".
var indefiniteDeterminers = map[string]bool{"a": true, "an": true, "another": true, "some": true}

// indefiniteFiller reports whether a slot's filler is an indefinite noun
// phrase as the verb's object ("rescued a resident", "holed a long
// putt"): it introduces one of several, so two statements with it may tell
// two acts, each with its own member of the series ("rescued a resident
// from a second-floor window" / "from a third-floor window": two
// residents). A passive's agent ("found by a neighbour") is its doer, not
// what the act was done to.
func indefiniteFiller(sl alignSlot) bool {
	w := strings.Fields(strings.ToLower(sl.written))
	return sl.role == "obj" && len(w) > 0 && indefiniteDeterminers[w[0]]
}

// indefiniteBefore reports whether the near-copies' statement has an
// indefinite object before unit i: an indefinite determiner after an
// inflected verb, not a passive's agent ("by a neighbour") nor the
// determiner of the ordinal's own phrase (indefiniteFiller says why). An
// indefinite subject ("a neighbour found …") is the doer, not what was
// acted on.
func (c *comparer) indefiniteBefore(units []maskUnit, i int) bool {
	end := i
	if end > 0 && ofDeterminers[units[end-1].key] {
		end--
	}
	verb := false
	for j, u := range units[:end] {
		if u.name >= 0 || u.key == "#" {
			continue
		}
		if v := c.lx.Base(u.key, lexicon.Verb); v != u.key && c.lx.Has(v, lexicon.Verb) {
			verb = true
			continue
		}
		if verb && indefiniteDeterminers[u.key] && (j == 0 || units[j-1].key != "by") {
			return true
		}
	}
	return false
}

// personsDiffer reports whether the phrase a holds a word whose
// commonest noun sense is a person that the phrase b lacks.
func (c *comparer) personsDiffer(a, b string) bool {
	for _, w := range strings.Fields(a) {
		if hasWord(b, w) {
			continue
		}
		if x, ok := c.lx.TopSense(c.lx.Base(w, lexicon.Noun), lexicon.Noun); ok && x.Lex == lexicon.NounPerson {
			return true
		}
	}
	return false
}

// afterPrepositionUnit reports whether the word before unit i, over a
// determiner or a possessive, is a preposition: the ordinal tells which
// member of a series a statement's place or circumstance is ("found on
// the second floor", "charged with first-degree arson"), one answer for
// one statement. An ordinal phrase that is the statement's subject or
// object is what the statement is about ("the second floor was gutted",
// "the fire gutted the third floor"): two articles may each tell of
// another member, both rightly.
func afterPrepositionUnit(units []maskUnit, i int) bool {
	j := i - 1
	for j >= 0 && ofDeterminers[units[j].key] {
		j--
	}
	if j < 0 || units[j].name >= 0 {
		return false
	}
	tag, _ := closedTag(units[j].key)
	return tag == "IN" || tag == "TO"
}

// thingsElsewhere reports whether a hunk of hunks other than k holds a
// name, a personal pronoun or a common noun on either side: two sentences
// that differ in who or in what else tell of two things, each with its own
// place in a series ("he lived on the second floor" / "she lived on the
// third floor"; "the second floor of the church" / "the third floor of the
// school").
func (c *comparer) thingsElsewhere(x, y []maskUnit, hunks []maskedHunk, k int) bool {
	thing := func(u maskUnit) bool {
		if u.name >= 0 || personalPronouns[u.key] {
			return true
		}
		if u.key == "#" {
			return false
		}
		if _, closed := closedTag(u.key); closed || auxiliaries[u.key] {
			return false
		}
		if v := c.lx.Base(u.key, lexicon.Verb); v != u.key && c.lx.Has(v, lexicon.Verb) {
			return false // an inflected verb ("found", "said")
		}
		return c.lx.Has(c.lx.Base(u.key, lexicon.Noun), lexicon.Noun)
	}
	return unitElsewhere(x, y, hunks, k, thing)
}

// personalPronouns are the personal and possessive pronouns of persons
// (Quirk et al. 1985, §6.13).
var personalPronouns = map[string]bool{"he": true, "she": true, "him": true, "her": true, "his": true, "hers": true,
	"they": true, "them": true, "their": true, "i": true, "me": true, "my": true, "we": true, "us": true, "our": true}
