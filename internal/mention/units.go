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
	for _, n := range unitNames(lx, anchors) {
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

// unitNames are the nouns whose first sense lies under anchors
// (NounsUnder), and the full names of a unit whose first sense is another
// thing but whose abbreviation's is the unit: WordNet's synset "foot, ft"
// is the second sense of "foot" (the first is the body part) and the first
// of "ft"; "barrel, bbl" likewise. An abbreviation is a form of at most
// three letters written with the name's letters in order, from its first
// ("ft" of "foot"; not "b" of "barn", "kor" of "homer"); the full name
// must have the unit among its first three noun senses.
func unitNames(lx *lexicon.Lexicon, anchors []uint32) []string {
	names := lx.NounsUnder(anchors, 8)
	have := map[string]bool{}
	abbrev := map[uint32][]string{}
	for _, n := range names {
		have[n] = true
		if len(n) < 2 || len(n) > 3 || strings.ContainsAny(n, " .") {
			continue
		}
		first := -1
		ss := lx.Senses(n)
		for i, s := range ss {
			if s.POS == lexicon.Noun && (first < 0 || s.Rank < ss[first].Rank) {
				first = i
			}
		}
		if first >= 0 {
			abbrev[ss[first].Synset] = append(abbrev[ss[first].Synset], n)
		}
	}
	var more []string
	lx.EachForm(func(form string, ss []lexicon.Sense) {
		if strings.ToLower(form) != form || strings.Contains(form, "_") || have[form] || lexicon.IsStopword(form) {
			return
		}
		for _, s := range ss {
			if s.POS != lexicon.Noun || s.Rank >= 3 {
				continue
			}
			for _, ab := range abbrev[s.Synset] {
				if abbreviates(ab, form) {
					more = append(more, form)
					return
				}
			}
		}
	})
	sort.Strings(more)
	return append(names, more...)
}

// abbreviates reports whether ab is written with letters of name in their
// order, starting with its first.
func abbreviates(ab, name string) bool {
	if ab == "" || name == "" || ab[0] != name[0] {
		return false
	}
	k := 0
	for i := 0; i < len(name) && k < len(ab); i++ {
		if name[i] == ab[k] {
			k++
		}
	}
	return k == len(ab)
}
