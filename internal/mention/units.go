package mention

import (
	"regexp"
	"sort"
	"strings"

	"github.com/corroborate/corroborate/internal/lexicon"
)

// Units of measure are WordNet 3.0's (internal/lexicon): a noun whose first
// (most frequent) sense lies under one of these synsets, with its plurals.
var (
	// linear unit, linear measure (13603305): "mile", "kilometre", "km",
	// "foot", "yard", "nautical mile".
	lengthUnits = []uint32{13603305}
	// area unit, square measure (13600404: "acre", "hectare", "square
	// foot"), volume unit, capacity unit (13600822: "gallon", "litre",
	// "barrel"), mass unit (13609214: "kilogram", "ton", "pound", "lb") and
	// weight unit (13608788: "ounce").
	sizeUnits = []uint32{13600404, 13600822, 13609214, 13608788}
)

// unitPattern is a regexp alternation of the names of the units under
// anchors and their plurals, longest first (so that "square feet" wins
// over "square"), each name's period optional where WordNet writes one
// ("oz."). Abbreviations WordNet lists ("km", "ft", "lb", "sq ft") are
// among the names.
func unitPattern(anchors []uint32) string {
	lx := lexicon.Default()
	seen := map[string]bool{}
	var names []string
	for _, n := range lx.NounsUnder(anchors, 8) {
		forms := []string{n}
		if len(n) > 1 { // "m", "g", "t" are symbols, which take no plural
			forms = append(forms, lx.Plurals(n)...)
		}
		for _, f := range forms {
			if !seen[f] {
				seen[f] = true
				names = append(names, f)
			}
		}
	}
	sort.Slice(names, func(i, j int) bool {
		return len(names[i]) > len(names[j]) || len(names[i]) == len(names[j]) && names[i] < names[j]
	})
	for i, n := range names {
		n = regexp.QuoteMeta(strings.TrimSuffix(n, "."))
		names[i] = strings.ReplaceAll(n, " ", `\s`)
	}
	return strings.Join(names, "|")
}

// durationPattern is the alternation of the units of time of ISO 8601-1
// (2019, §3.1: second, minute, hour, day, week, month, year, and the
// decade and century it also defines) and their plurals.
func durationPattern() string {
	lx := lexicon.Default()
	var names []string
	for _, u := range []string{"second", "minute", "hour", "day", "week", "month", "year", "decade", "century"} {
		names = append(names, lx.Plurals(u)...)
		names = append(names, u)
	}
	return strings.Join(names, "|")
}
