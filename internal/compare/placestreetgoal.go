package compare

import (
	"regexp"
	"strings"
)

// This file reads two places of a happening that are not the town it
// happened in (session 56, place3), each compared only with its own kind:
//   - a street after "on" ("was shot on Alder Street in Carrow"; a street
//     is a line one is on, Quirk et al. 1985 §9.17, "on" of a line): the
//     street the name reader typed a place whose last word is a street
//     word (crossstreets.go's, from the US Postal Service's Publication
//     28). Two articles that put one act on two streets differ, though
//     both name the same town; one that names the town only does not;
//   - a goal after "to" in an of-apposition ("was towed to the port of
//     Kelham", "taken to the harbour at Ardley"; "to" of destination,
//     Quirk et al. 1985 §9.15): where the act ended, not where it
//     happened, so it is set against another outlet's goal only.

// Kinds of a place fact (placeFact.kind).
const (
	placeAt     = ""       // the place the happening was in or at
	placeStreet = "street" // the street it was on
	placeGoal   = "goal"   // where it went to
)

// rePlaceOn is "on" right before a name.
var rePlaceOn = regexp.MustCompile(`\b([Oo]n)\s+(?:the\s+)?$`)

// streetOn is the submatch index of rePlaceOn at the end of before when
// the name after it (as written) ends in a street word; nil otherwise.
func streetOn(before, name string) []int {
	f := strings.Fields(name)
	if len(f) < 2 || !streetWords[strings.TrimSuffix(f[len(f)-1], ".")] {
		return nil
	}
	return rePlaceOn.FindStringSubmatchIndex(before)
}

// goalPrep reports whether the preposition of a place's phrase is "to".
func goalPrep(prep string) bool { return strings.EqualFold(prep, "to") }

// streetStem is a street's name without its street word ("alder street"
// → "alder"), lower case as the place facts hold it.
func streetStem(name string) string {
	f := strings.Fields(name)
	if len(f) < 2 {
		return name
	}
	last := strings.TrimSuffix(f[len(f)-1], ".")
	for w := range streetWords {
		if strings.EqualFold(w, last) {
			return strings.Join(f[:len(f)-1], " ")
		}
	}
	return name
}
