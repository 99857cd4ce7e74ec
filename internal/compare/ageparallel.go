package compare

import (
	"sort"

	"github.com/corroborate/corroborate/internal/lexicon"
	"github.com/corroborate/corroborate/internal/mention"
)

// This file pairs the ages of two sentences that list several people in
// one order ("a 59-year-old man, a 54-year-old woman and a 53-year-old man
// were hurt" / "a 59-year-old man, a 49-year-old woman and a 53-year-old man
// were hurt"). Each sentence gives more than one age, so no single age is
// its sentence's only one (unknownAgeAligned) nor its article's only age of
// a role (onlyAgesOfOneRole); but when every other age of the list agrees,
// place for place, the one that differs is one person's age told two ways.

// parallelMinOverlap is the share of the shorter sentence's content words
// the two sentences must share: the same statement, worded alike.
const parallelMinOverlap = 0.5

// sentenceAges is the ages of fact f's sentence (f's own and the others),
// in the order they are written, and the place of f's among them.
func sentenceAges(f *fact) ([]mention.Value, int) {
	ages := []mention.Value{f.v}
	for _, o := range f.others {
		if o.Type == mention.VAge {
			ages = append(ages, o)
		}
	}
	sort.SliceStable(ages, func(i, j int) bool { return ages[i].Start < ages[j].Start })
	for i, a := range ages {
		if a.Start == f.v.Start {
			return ages, i
		}
	}
	return ages, -1
}

// parallelAges reports whether two ages of two articles are one person's
// because their sentences list the same number of ages (two or more), each
// age in the same place of its list, every other age of the two lists
// agrees place for place, and the sentences are worded alike or share a
// verb and give the two ages one person noun.
func parallelAges(f, g *fact) bool {
	if f.v.Type != mention.VAge || g.v.Type != mention.VAge || f.doc == g.doc {
		return false
	}
	fa, fi := sentenceAges(f)
	ga, gi := sentenceAges(g)
	if len(fa) < 2 || len(fa) != len(ga) || fi < 0 || fi != gi {
		return false
	}
	for i := range fa {
		if i != fi && fa[i].Norm != ga[i].Norm {
			return false
		}
	}
	// Worded alike, or the age that differs of one person noun in both
	// lists ("found a 6-year-old and a 30-year-old man" / "found a hurt
	// 6-year-old boy and a hurt 35-year-old man") and one verb shared:
	// the lists name the same people told in other words.
	return sharedOverlap(f.sentWords, g.sentWords) >= parallelMinOverlap ||
		f.v.Noun != "" && f.v.Noun == g.v.Noun && personNoun(f.v.Noun) && sharedVerb(f, g)
}

// personNoun reports whether a noun names a person in one of its WordNet
// senses (noun.person: "man", "girl", "driver"), as no "van" or "house" of
// a given age does.
func personNoun(w string) bool {
	lx := lexicon.Default()
	return lx.HasLex(lx.Base(w, lexicon.Noun), lexicon.Noun, lexicon.NounPerson)
}

// agesOfOnePerson reports whether two ages are one person's by where they
// stand rather than by a name: the only ages of one act or of one role,
// an age where a named person's stands, or parallel lists of ages
// (onlyAgesOfOneAct, namedAgeThere, onlyAgesOfOneRole, parallelAges). The
// pairing rules of facts.go ask it wherever two ages name no one person.
func agesOfOnePerson(f, g *fact) bool {
	return onlyAgesOfOneAct(f, g) || namedAgeThere(f, g) || onlyAgesOfOneRole(f, g) || parallelAges(f, g) || agesOfOneSex(f, g)
}
