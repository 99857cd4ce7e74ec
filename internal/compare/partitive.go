package compare

import (
	"regexp"

	"github.com/corroborate/corroborate/internal/mention"
)

// rePartitiveOf is the head of a partitive before a count of an owner's
// holdings: a numeral or a quantifier, "of" and a possessive determiner
// ("38 of its 112 stores", "most of their 400 staff"). The count after it
// is the whole the part is taken from (Quirk et al. 1985 §5.8, the
// partitive "of"-construction; CGEL ch. 5 §9.1, fused-head partitives),
// told as what the owner has. A genitive noun phrase is a possessive
// determiner too (Quirk et al. 1985 §5.115, the specifying genitive: "half
// of the train's 28 wagons", "38 of Lumora's 112 stores"). Without the
// possessive the whole may be the set the clause counts ("was one of 12
// people hurt": the 12 were hurt).
var rePartitiveOf = regexp.MustCompile(`(?i)\b(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|hundreds|all|most|half|some|many|several|none|each|both)\s+of\s+(?:its|their|his|her|our|your|(?:the\s+)?(?:[\pL\pN-]+\s+)?[\pL\pN][\pL\pN-]*['’]s?)\s+$`)

// reDefinitePartitiveOf is the head of a partitive whose whole is told
// with a definite article ("200 of the 1,100 workers"): a whole, though
// not told as the owner's.
var reDefinitePartitiveOf = regexp.MustCompile(`(?i)\b(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|hundreds|all|most|half|some|many|several|none|each|both)\s+of\s+(?:the|these|those)\s+$`)

// partitiveWhole reports whether a count is the whole of a partitive:
// "close 38 of its 112 stores" counts the stores the chain has, not those
// it closes.
func partitiveWhole(f *fact) bool {
	return f.v.Type == mention.VCount && f.v.Start <= len(f.sent) && rePartitiveOf.MatchString(f.sent[:f.v.Start])
}

// wholeAndPart reports whether two counts count two sets: one the whole of
// a partitive ("38 of its 112 stores": 112), the other not a whole and not
// told as a possession ("has 112 stores", the state the whole is): the
// verb's act ("closes 38 stores", "keeps 74 open") is the part's, so the
// whole is never the same fact as another count of that act.
func wholeAndPart(f, g *fact) bool {
	if f.v.Type != mention.VCount || g.v.Type != mention.VCount {
		return false
	}
	wf, wg := partitiveWhole(f), partitiveWhole(g)
	if wf == wg {
		return false
	}
	// A whole told with "the" on the other side is the same whole
	// ("200 of its 950 workers" / "200 of the 1,100 workers").
	if definiteWhole(f) || definiteWhole(g) {
		return false
	}
	if wf {
		return !possessionEvent(g.v.Event)
	}
	return !possessionEvent(f.v.Event)
}

// definiteWhole reports whether a count is the whole of a partitive told
// with a definite article (reDefinitePartitiveOf).
func definiteWhole(f *fact) bool {
	return f.v.Type == mention.VCount && f.v.Start <= len(f.sent) && reDefinitePartitiveOf.MatchString(f.sent[:f.v.Start])
}
