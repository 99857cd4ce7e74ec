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
// may be unread).

// markAgeSexes sets sexOnly: for each age of an unnamed person of a known
// sex, that sex when every age of its article (not another happening's)
// is an unnamed person's of a known sex (no named person, no noun of no
// sex, who could be the same one), the article gives one value of that
// sex and at least one age of the other sex.
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
		}
		if sex == 0 {
			mixed[f.doc] = true // a named person's age, or an unnamed one of no known sex
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
func agesOfOneSex(f, g *fact) bool {
	return f.v.Type == mention.VAge && g.v.Type == mention.VAge && f.doc != g.doc && f.sexOnly != 0 &&
		f.sexOnly == g.sexOnly && (f.ageRole == g.ageRole || f.ageRole == "" || g.ageRole == "") && !twoDays(f, g)
}
