package compare

import (
	"strings"

	"github.com/corroborate/corroborate/internal/lexicon"
	"github.com/corroborate/corroborate/internal/mention"
	"github.com/corroborate/corroborate/internal/text"
)

// This file gives an age the named person its noun phrase refers back
// to. News names a person and then refers to them again by a definite
// description or a pronoun (Halliday and Hasan 1976 §2.3, §6.1: personal
// reference and reiteration; Quirk et al. 1985 §5.28, the anaphoric
// "the"):
//   - "the 65-year-old" with no noun after it, opening a clause: a
//     definite noun phrase whose only description is the age presupposes
//     a person already named ("Doe was stabbed at the quay. The
//     65-year-old had fished there for years");
//   - "he" or "she" as the subject of a form of "be" whose complement
//     holds the age, or of "described as" ("He is described as a
//     40-year-old man"): the subject and its complement are one person
//     (Quirk et al. 1985 §16.21, §16.44).
// The person is the nearest one named before, outside quotations, who is
// named as no statement's source, neither there nor elsewhere in the
// article (a source quoted about the case is not the person it
// describes: "…, Chief Roe said. The 65-year-old …"), whom the pronoun
// can name, and who has no age of another value in the article. A pronoun
// looks back as the quote reader's does (pronounSpan sentences). A
// definite description names no sex, so it is read more narrowly: over
// the age's sentence and the two before it, only when they name one
// person, by a given name (no place read as a name), in a clause (no
// credit line, no preposition's object: "in Tarn Heights", "a photo of
// Roe"), not as the subject of a verb of firing or harm ("Roe fired"), and
// only when no unnamed person of that age ("her 6-year-old daughter"), no
// person a name possesses ("Roe's stepdaughter") comes before it and its
// own sentence does not name its person ("The 6-year-old is Mia Roe").

// anaphorSpan is how many sentences before the age's a person named is
// looked for by a definite description; pronounSpan by "he" or "she",
// which name a sex (as the quote reader's Antecedent looks back).
const (
	anaphorSpan = 2
	pronounSpan = 6
)

// anaphoricAgePerson is the story name of the person the age v's noun
// phrase refers back to (see the file comment), "" when it refers to no
// one named or is no such noun phrase.
func (c *comparer) anaphoricAgePerson(a *mention.Analysis, mg docMerged, si int, v mention.Value) string {
	if si >= len(a.Tokens) || si >= len(a.Sentences) {
		return ""
	}
	toks := a.Tokens[si]
	pronoun, ok := c.anaphoricAge(toks, v)
	if !ok {
		return ""
	}
	off := a.Sentences[si].Start + v.Start
	if inDirectQuote(a, off) {
		return "" // a speaker's "he" or "the 17-year-old" is the speaker's reference
	}
	described := pronoun == ""
	if described && c.ageDescribedBefore(a, mg, si, v) {
		return ""
	}
	speaks := map[int]bool{}
	for _, q := range a.Quotes {
		if q.Entity >= 0 && q.How == "named" {
			speaks[q.Entity] = true
		}
	}
	span := pronounSpan
	if described {
		span = anaphorSpan
	}
	best, bs, bo, named := -1, -1, -1, map[int]bool{}
	for _, m := range a.Mentions {
		if m.Sentence > si || m.Sentence == si && m.Start >= v.Start || m.Sentence < si-span || m.RoleOnly {
			continue
		}
		e, mt := m.Entity, a.Tokens[m.Sentence]
		if speaks[e] || !personLike(a, m) || c.attributedTo(mt, m) {
			continue
		}
		if a.Entities[e].Type != mention.Person {
			if described && (a.PronounFits("he", e) || a.PronounFits("she", e)) && !beforePerson(a, m) {
				named[e] = true // a name of a person's shape, untyped ("Ivo Tamm, an angler,"): one more who may be meant
			}
			continue
		}
		if !described && !a.PronounFits(pronoun, e) || inDirectQuote(a, a.Sentences[m.Sentence].Start+m.Start) {
			continue
		}
		if described && (afterPreposition(mt, m.Start) || !c.inClause(mt, m) || c.firesAfter(mt, m)) {
			// "in Tarn Heights", "a photo of Roe", a credit "— Ada Pell
			// (@adapell)"; nor the one who shot ("Roe fired twice. The
			// 13-year-old died"), of whom the story tells as the doer.
			continue
		}
		named[e] = true
		if m.Sentence > bs || m.Sentence == bs && m.Start > bo {
			best, bs, bo = e, m.Sentence, m.Start
		}
	}
	if best < 0 || described && (len(named) > 1 || a.Entities[best].Gender() == 0) {
		// "the 65-year-old" after two people named: which one is not
		// told; nor is a name of no given name a person's ("Tarn Heights").
		return ""
	}
	name := mg.m.Name(mg.i, best)
	if c.agedOtherwise(a, mg, name, v) {
		return "" // "Roe, 17, and a 16-year-old …. The 16-year-old": not Roe
	}
	return name
}

// ageDescribedBefore reports whether the definite age v ("the 6-year-old")
// may reiterate a person its own sentence names after it ("The
// 6-year-old is Mia Roe") or an unnamed person of the sentences before
// given that age ("her 6-year-old daughter"), or one a possessive names
// there ("Roe's stepdaughter"): the description is then that person's, no
// named one's before it.
func (c *comparer) ageDescribedBefore(a *mention.Analysis, mg docMerged, si int, v mention.Value) bool {
	for _, m := range a.Mentions {
		if m.Sentence == si && m.Start >= v.End && a.Entities[m.Entity].Type == mention.Person && c.predicatedName(a.Tokens[si], m) {
			return true
		}
		if m.Sentence >= si-anaphorSpan && (m.Sentence < si || m.Sentence == si && m.Start < v.Start) && c.possessorOfPerson(a.Tokens[m.Sentence], m) {
			return true
		}
	}
	for _, sv := range c.docValuesOf(a) {
		if sv.si < si-anaphorSpan || sv.si > si {
			continue
		}
		for _, w := range sv.values {
			if w.Type != mention.VAge || w.Num != v.Num || w.Sentence == si && w.Start >= v.Start {
				continue
			}
			if p := c.ageOwner(a, mg, w.Sentence, w); p == "" || strings.HasPrefix(p, "~") {
				return true
			}
		}
	}
	return false
}

// beforePerson reports whether a person's name mention starts right after
// the mention m: m is then part of that person's noun phrase ("Tarn County
// Sheriff's" before "Deputy Ivo Tamm").
func beforePerson(a *mention.Analysis, m mention.NameMention) bool {
	for _, n := range a.Mentions {
		if n.Sentence == m.Sentence && n.Start >= m.End && n.Start <= m.End+1 && a.Entities[n.Entity].Type == mention.Person {
			return true
		}
	}
	return false
}

// firesAfter reports whether the name mention m is the subject of an
// active verb whose first sense is one of harm or of firing a weapon, right
// after it ("Roe shot", "Roe fired", "Roe opened fire").
func (c *comparer) firesAfter(toks []text.Token, m mention.NameMention) bool {
	j := tokenFrom(toks, m.End)
	if j < 0 || j >= len(toks) {
		return false
	}
	b, ok := c.verbAt(toks[j])
	if pb, pok := c.phrasalVerbAt(toks, j); pok {
		b, ok = pb, true
	}
	if !ok || b == "" || c.noObjectAfter(toks, j) && c.verbRole(b) != "" && !c.firingIdiom(b) && !c.firstFire(b) {
		return false // "Roe shot in the arm": a reduced passive
	}
	return c.harmFirst(b) || c.firingIdiom(b) || c.firstFire(b)
}

// firstFire reports whether verb base b's first sense is to fire a weapon
// ("fire").
func (c *comparer) firstFire(b string) bool {
	s, ok := c.lx.TopSense(b, lexicon.Verb)
	return ok && len(c.roleSynsets().fire) > 0 && s.Synset == c.roleSynsets().fire[0]
}

// predicatedName reports whether the name mention m is the complement of
// a form of "be" or of "as" ("is Mia Roe", "identified as Mia Roe").
func (c *comparer) predicatedName(toks []text.Token, m mention.NameMention) bool {
	k := tokenFrom(toks, m.Start) - 1
	if k < 0 {
		return false
	}
	lw := toks[k].Lower
	return beForms[lw] || lw == "as"
}

// possessorOfPerson reports whether the name mention m possesses a noun
// of persons ("Roe's stepdaughter", "Roe's 6-year-old son").
func (c *comparer) possessorOfPerson(toks []text.Token, m mention.NameMention) bool {
	j := tokenFrom(toks, m.End)
	if j < 0 || j >= len(toks) {
		return false
	}
	if t := toks[j].Text; t == "'s" || t == "’s" || t == "'" || t == "’" {
		j++
	} else if !possessiveText(m.Text) {
		return false
	}
	for k := j; k < len(toks) && k <= j+2; k++ {
		if !toks[k].IsWord() || toks[k].IsCapitalized() {
			return false
		}
		lw := toks[k].Lower
		if s, ok := c.lx.TopSense(lw, lexicon.Noun); ok && s.Lex == lexicon.NounPerson && c.lx.Base(lw, lexicon.Noun) == lw {
			return true // "Roe's stepdaughter"; not "Roe's family", a group, nor "Roe's siblings", many
		}
	}
	return false
}

// inClause reports whether the name mention m stands in a clause, a word
// or a possessive after it ("Roe was", "Roe's family"), not before a
// comma or a bracket as a credit or a list's item does ("Ada Pell,
// wsaw.com", "Ada Pell (@adapell)").
func (c *comparer) inClause(toks []text.Token, m mention.NameMention) bool {
	j := tokenFrom(toks, m.End)
	if j < 0 || j >= len(toks) {
		return false
	}
	t := toks[j].Text
	return toks[j].IsWord() || t == "'s" || t == "’s" || t == "'" || t == "’"
}

// anaphoricAge reports whether the age v is written as a noun phrase that
// refers back to a person (see the file comment), and the pronoun that
// names that person, "" for a definite description of either sex.
func (c *comparer) anaphoricAge(toks []text.Token, v mention.Value) (string, bool) {
	at := tokenFrom(toks, v.Start)
	if at < 1 {
		return "", false
	}
	// "the 65-year-old" and no noun: the age is the head, of a subject
	// (the sentence's, or a clause's after a comma or a conjunction).
	if v.Noun == "" && strings.EqualFold(toks[at-1].Text, "the") && strings.Contains(strings.ToLower(v.Text), "old") && clauseOpens(toks, at-1) {
		if e := tokenFrom(toks, v.End); e < 0 || !toks[e].IsCapitalized() {
			return "", true
		}
	}
	// "he is a 40-year-old", "she was described as a 40-year-old woman".
	k := at - 1
	if lw := toks[k].Lower; lw == "a" || lw == "an" {
		k--
	}
	if k >= 1 && strings.EqualFold(toks[k].Text, "as") && strings.EqualFold(toks[k-1].Text, "described") {
		k -= 2
	}
	if k < 1 || !beForms[toks[k].Lower] {
		return "", false
	}
	k = c.skipAdverbs(toks, k-1, -1)
	if k >= 1 && beForms[toks[k].Lower] {
		k-- // "has been", "had been"
	}
	if k >= 1 && haveForms[toks[k].Lower] {
		k--
	}
	if k < 0 {
		return "", false
	}
	p := toks[k].Lower
	if p != "he" && p != "she" {
		return "", false
	}
	if k > 0 && toks[k-1].IsWord() && !strings.EqualFold(toks[k-1].Text, "and") && !strings.EqualFold(toks[k-1].Text, "but") {
		return "", false // "said he was …", "when she was …": another clause's subject
	}
	return p, true
}

// haveForms are the forms of "have" before "been" in a perfect.
var haveForms = map[string]bool{"has": true, "have": true, "had": true}

// inDirectQuote reports whether body offset off lies inside a statement
// the article quotes in quotation marks.
func inDirectQuote(a *mention.Analysis, off int) bool {
	for _, q := range a.Quotes {
		if q.Direct && off >= q.Start && off < q.End {
			return true
		}
	}
	return false
}

// attributedTo reports whether the name mention m is a statement's source
// where it stands: a verb of saying right after it ("Roe said"; "Roe, a
// warden, said" is not read), or right before it after a comma or a
// quotation mark ("…, said Roe"), or "according to" before it.
func (c *comparer) attributedTo(toks []text.Token, m mention.NameMention) bool {
	if j := tokenFrom(toks, m.End); j >= 0 && j < len(toks) && c.saysAt(toks[j]) {
		return true
	}
	k := tokenFrom(toks, m.Start) - 1
	if k < 0 {
		return false
	}
	if k >= 1 && c.saysAt(toks[k]) && (toks[k-1].Text == "," || isDoubleMark(toks[k-1].Text)) {
		return true // "…, said Roe"; not "police say Roe fled", where Roe is the subject
	}
	return k >= 1 && strings.EqualFold(toks[k].Text, "to") && strings.EqualFold(toks[k-1].Text, "according")
}

// clauseOpens reports whether token k opens a clause: the first of its
// sentence, or one after a comma, a coordinator or a subordinator of time
// or reason ("and the 65-year-old", "when the 65-year-old").
func clauseOpens(toks []text.Token, k int) bool {
	if k == 0 {
		return true
	}
	switch toks[k-1].Lower {
	case ",", ";", "and", "but", "when", "while", "as", "after", "before", "because", "since", "until":
		return true
	}
	return !toks[k-1].IsWord() && !strings.ContainsAny(toks[k-1].Text, "'’")
}

// agedOtherwise reports whether the article gives the person named name an
// age of another value than the age v's (one person has one age in one
// report).
func (c *comparer) agedOtherwise(a *mention.Analysis, mg docMerged, name string, v mention.Value) bool {
	if name == "" {
		return false
	}
	for _, sv := range c.docValuesOf(a) {
		for _, w := range sv.values {
			if w.Type != mention.VAge || w.Num == v.Num || w.Sentence == v.Sentence && w.Start == v.Start {
				continue
			}
			if p := c.ageOwner(a, mg, w.Sentence, w); p != "" && !strings.HasPrefix(p, "~") && samePerson(p, name) {
				return true
			}
		}
	}
	return false
}

// possessiveText reports whether a name as written ends in a possessive
// ("Roe's", "Ross'").
func possessiveText(s string) bool {
	return strings.HasSuffix(s, "'s") || strings.HasSuffix(s, "’s") || strings.HasSuffix(s, "'") || strings.HasSuffix(s, "’")
}
