package mention

import (
	"regexp"
	"slices"
	"sort"
	"strings"
	"unicode"

	"github.com/corroborate/corroborate/internal/lexicon"
)

// Units of measure are WordNet 3.0's (internal/lexicon): a noun whose first
// (most frequent) sense is a unit of length (lengthUnitNames) or of area,
// volume or weight (sizeUnitNames), with its plurals. The names are a
// table written by ./unitgen (unitnames.go), not a walk of WordNet at
// every process's start.

// lengthPattern and sizePattern are unitPattern of lengthUnitNames and of
// sizeUnitNames, made once: the distance, size and unit-word patterns
// share them.
var lengthPattern, sizePattern = unitPattern(lengthUnitNames), unitPattern(sizeUnitNames)

// unitPattern is a regexp alternation of the unit names and their
// plurals, longest first (so that "square feet" wins
// over "square"), each name's period optional where WordNet writes one
// ("oz."). Abbreviations WordNet lists ("km", "ft", "lb", "sq ft") are
// among the names.
//
// The alternation is written as a trie (trieAlternation): the same names
// tried in the same order of preference, but a number followed by a word
// reads that word's letters once instead of once a name (the flat list of
// some 200 names was most of the distance and size patterns' cost).
func unitPattern(names []string) string {
	return trieAlternation(unitForms(names))
}

// unitForms are the names unitPattern matches (the unit names and their
// plurals), longest first, as written in the pattern: a trailing period
// dropped, a space standing for any white space.
func unitForms(units []string) []string {
	lx := lexicon.Default()
	seen := map[string]bool{}
	var names []string
	for _, n := range units {
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
		names[i] = strings.TrimSuffix(n, ".")
	}
	return names
}

// trieAlternation is a regexp alternation matching the literal names
// (case-insensitive where the pattern is; a space standing for `\s`) with
// the preference of the flat list when the names come longest first: at a
// given place the longest name that lets the rest of the pattern match.
// Names sharing a beginning share its branch, and a branch tries its
// longer continuations before ending ("mile(?:s|)"). Two branches of one
// node begin with characters that match no common character (letters of
// one case fold share a branch), so at most one of them can go on, and
// the names that match at a place are tried longest first, as in the list.
func trieAlternation(names []string) string {
	type node struct {
		keys []rune
		lits []string
		kids []*node
		end  bool
	}
	root := &node{}
	for _, n := range names {
		at := root
		for _, r := range n {
			key, lit := foldKey(r), regexp.QuoteMeta(string(r))
			if r == ' ' {
				lit = `\s`
			}
			k := slices.Index(at.keys, key)
			if k < 0 {
				at.keys, at.lits, at.kids = append(at.keys, key), append(at.lits, lit), append(at.kids, &node{})
				k = len(at.kids) - 1
			}
			at = at.kids[k]
		}
		at.end = true
	}
	var write func(b *strings.Builder, nd *node, top bool)
	write = func(b *strings.Builder, nd *node, top bool) {
		if len(nd.kids) == 0 {
			return
		}
		group := !top && (len(nd.kids) > 1 || nd.end)
		if group {
			b.WriteString("(?:")
		}
		for k, kid := range nd.kids {
			if k > 0 {
				b.WriteByte('|')
			}
			b.WriteString(nd.lits[k])
			write(b, kid, false)
		}
		if nd.end {
			b.WriteByte('|') // the name ends here: tried after every longer one
		}
		if group {
			b.WriteByte(')')
		}
	}
	var b strings.Builder
	write(&b, root, true)
	return b.String()
}

// foldKey is the rune standing for r's case-fold orbit (the smallest of
// its runes).
func foldKey(r rune) rune {
	min := r
	for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
		if f < min {
			min = f
		}
	}
	return min
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
