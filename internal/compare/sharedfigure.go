package compare

import (
	"strings"
	"unicode"

	"github.com/corroborate/corroborate/internal/lexicon"
	"github.com/corroborate/corroborate/internal/mention"
)

// A second figure told alike (issue 9, session 46, noslot2). The fitted
// same-fact model pairs two values the slot rules leave apart at
// sameFactThreshold, a bar set for values that share nothing but their
// context. Two sentences that also give another identifying figure alike
// (the block of one road, the length of one canal) and share a verb have
// evidence the model does not see (its features are blind to values:
// samefact.go), so the pair needs less of the model: sharedFigureThreshold.
// The verb is needed: one block is the place of several acts ("died … after
// she was struck … in the 900 block" / "a cyclist was robbed … in the 900
// block"), and one canal has several shares ("drained to 40 percent of its
// depth" / "boats use 60 percent of the canal").

// sharedFigureThreshold is the least probability at which the same-fact
// model pairs two values whose sentences give another identifying figure
// alike (pairThreshold).
const sharedFigureThreshold = 0.85

// pairThreshold is the probability the same-fact model must reach to pair
// two values: sharedFigureThreshold when their sentences give another
// identifying figure alike (identifyingFigures) and share a verb or a
// WordNet verb synonym (sharedVerb); companionThreshold for the other terms
// of a comparison whose one term is told alike (companionFigures);
// sameFactThreshold otherwise.
func (c *comparer) pairThreshold(f, g *fact) float64 {
	if companionFigures(f, g) {
		return companionThreshold // companionfigure.go
	}
	if identifyingFigures(f, g) > 0 && (sharedVerb(f, g) || figureOfOneThing(f, g)) {
		return sharedFigureThreshold
	}
	return sameFactThreshold
}

// identifyingFigures counts the other figures of two values' sentences told
// alike (the same type, unit and value) that say which statement the
// sentences tell: an amount, a share, a measure. Not a time, an age or a
// count (of people or of things, an address's block): reports repeat
// the day and the toll beside other happenings ("killed two on Thursday" /
// "the killing of two … at Monday's hearing").
func identifyingFigures(f, g *fact) int {
	return sharedOthers(f, g, func(x mention.Value) bool { return !identifying(x) })
}

// identifying reports whether a figure can say which statement its
// sentence tells (identifyingFigures).
func identifying(x mention.Value) bool {
	switch x.Type {
	case mention.VAge, mention.VClock, mention.VWeekday, mention.VDate, mention.VMonth, mention.VYear:
		return false
	case mention.VCount:
		// A count of things is no identifying figure either: an
		// address's block is the place of several deeds of one verb
		// (two people struck by two vehicles on one block).
		return false
	}
	return true
}

// figureOfOneThing reports whether two shares that name no thing of
// their own ("bail at $9,000/20 percent" / "bond at $9,000, 10 percent")
// stand in sentences that give an identifying figure alike of one noun
// ("a $9,000 bond" / "bond at $9,000": one bond): a share with no "of"
// phrase is a share of what its sentence speaks of, here that one thing,
// which a verb the reader cannot see would have told too (a participle
// written as its base, "was set" / "who set", is no verb to verbsOf). A
// share of a noun of its own is of that thing ("40 percent of its budget"),
// and other values are not read so: one bond has several days (set on
// Monday, posted on Friday), one contract several lengths. The share must
// stand beside the amount in both sentences, nothing but punctuation or
// the amount's noun between them (termsOf): a share that another clause
// or phrase tells ("the $3 million sale … the parks will receive 25
// percent" / "financed the $3 million sale … borrowed 70 percent") is
// another part of that thing, not its terms.
func figureOfOneThing(f, g *fact) bool {
	if f.v.Type != mention.VPercent || g.v.Type != mention.VPercent || f.v.Noun != "" || g.v.Noun != "" {
		return false
	}
	for _, x := range f.others {
		if x.Noun == "" || !identifying(x) || !termsOf(f, x) {
			continue
		}
		for _, y := range g.others {
			if x.Type == y.Type && x.Unit == y.Unit && x.Norm == y.Norm && x.Noun == y.Noun && termsOf(g, y) {
				return true
			}
		}
	}
	return false
}

// termsOf reports whether fact f's share stands right beside amount x in
// its sentence: between them only punctuation or words of x's noun
// ("bond at $9,000, 10 percent cash", "$9,000/15 percent", "a $9,000 bond,
// 10 percent"), so the share gives the amount's terms.
func termsOf(f *fact, x mention.Value) bool {
	between, ok := textBetween(f, x)
	if !ok {
		return false
	}
	lx := lexicon.Default()
	for _, w := range strings.FieldsFunc(between, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if lw := strings.ToLower(w); lw != x.Noun && lx.Base(lw, lexicon.Noun) != x.Noun {
			return false
		}
	}
	return true
}

// textBetween is the text of fact f's sentence between its value and x,
// another value of that sentence, in either order; false when the two
// overlap or x lies outside the sentence.
func textBetween(f *fact, x mention.Value) (string, bool) {
	lo, hi := x.End, f.v.Start
	if f.v.End <= x.Start {
		lo, hi = f.v.End, x.Start
	}
	if lo > hi || lo < 0 || hi > len(f.sent) {
		return "", false
	}
	return f.sent[lo:hi], true
}
