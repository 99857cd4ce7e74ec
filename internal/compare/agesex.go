package compare

import (
	"strings"

	"github.com/corroborate/corroborate/internal/mention"
)

// This file pairs the ages of unnamed people an article tells apart by
// their sex. A report of several people it does not name often gives
// each one's age with a noun of sex ("a N-year-old man and an M-year-old
// woman were hurt"; "the male victim is N"): "man", "woman", "boy",
// "girl", "male", "female" and the nouns below them in WordNet. Where
// each of two articles gives ages of unnamed people of both sexes only,
// and one value only of one sex, the two ages of that sex are one
// person's: the articles tell the people apart as a reader does, by sex.
// Their roles must not differ (a victim's and a suspect's age; either
// may be unread). A named person counts by the sex their first name,
// title or the article's pronouns tell (namedSex).

// markAgeSexes sets sexOnly: for each age of a person of a known sex (an
// unnamed one's noun, a named one's namedSex), that sex when every age of
// its article (not another happening's) is of a person of a known sex
// (no noun of no sex, no name of no known sex, who could be the same
// one), the article gives one value of that sex and at least one age of
// the other sex.
func (c *comparer) markAgeSexes(out []fact) {
	norms := map[int]map[int]map[string]bool{}
	mixed := map[int]bool{}
	sexes := make([]int, len(out))
	for i := range out {
		f := &out[i]
		if f.v.Type != mention.VAge || f.bg != "" {
			continue
		}
		sex := 0
		if f.person == "" || strings.HasPrefix(f.person, "~") {
			sex = c.nounSex(f.v.Noun)
		} else {
			sex = c.namedSex(f)
		}
		if sex == 0 {
			mixed[f.doc] = true // a person of no known sex
			continue
		}
		sexes[i] = sex
		if norms[f.doc] == nil {
			norms[f.doc] = map[int]map[string]bool{}
		}
		if norms[f.doc][sex] == nil {
			norms[f.doc][sex] = map[string]bool{}
		}
		norms[f.doc][sex][f.v.Norm] = true
	}
	for i := range out {
		f := &out[i]
		if sexes[i] != 0 && !mixed[f.doc] && len(norms[f.doc][sexes[i]]) == 1 && len(norms[f.doc][3-sexes[i]]) > 0 {
			f.sexOnly = sexes[i]
		}
	}
}

// namedSex is the sex of a named person whose age f is, as their
// article's first names, titles and pronouns tell it (Gender): 1 female,
// 2 male, 0 when it does not tell or its mentions disagree.
func (c *comparer) namedSex(f *fact) int {
	docs, merged := c.threadDocs()
	a := docs[f.doc].Analysis
	sex := 0
	for _, m := range a.Mentions {
		e := &a.Entities[m.Entity]
		if e.Type != mention.Person || !samePerson(merged[f.doc].name(m), f.person) {
			continue
		}
		s := 0
		switch e.Gender() {
		case 'f':
			s = 1
		case 'm':
			s = 2
		}
		if s != 0 && sex != 0 && s != sex {
			return 0
		}
		if s != 0 {
			sex = s
		}
	}
	return sex
}

// nounSex is the sex a noun of persons names: 1 female, 2 male, 0 neither
// or both (as ageSex reads it).
func (c *comparer) nounSex(n string) int {
	if n == "" {
		return 0
	}
	return c.ageSex(&fact{v: mention.Value{Noun: n}})
}

// agesOfOneSex reports whether two ages of two articles are one person's
// because each is its article's only age of a person of that sex, in
// articles that tell their unnamed people apart by sex (sexOnly), of no
// two roles, and the sentences name no two different days.
//
// A named person's sex is told by their first name, title or pronouns
// (namedSex): "Ana Roe, 65, … her home" is the only woman of her article
// as "a 65-year-old woman" is of another. Two named people are two
// people, and a named person is paired with an unnamed one only when
// both have one role: a relative or a witness named beside an unnamed
// victim is of the victim's sex as often as not.
func agesOfOneSex(f, g *fact) bool {
	if f.v.Type != mention.VAge || g.v.Type != mention.VAge || f.doc == g.doc || f.sexOnly == 0 || f.sexOnly != g.sexOnly || twoDays(f, g) {
		return false
	}
	named := func(x *fact) bool { return x.person != "" && !strings.HasPrefix(x.person, "~") }
	if named(f) || named(g) {
		return !(named(f) && named(g)) && f.ageRole != "" && f.ageRole == g.ageRole
	}
	return f.ageRole == g.ageRole || f.ageRole == "" || g.ageRole == ""
}
