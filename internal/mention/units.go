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

// lengthPattern and sizePattern are unitPattern of lengthUnits and of
// sizeUnits, made once: the distance, size and unit-word patterns share
// them (each walk of WordNet for a pattern took about a quarter second of
// every process's start).
var lengthPattern, sizePattern = unitPattern(lengthUnits), unitPattern(sizeUnits)

// unitPattern is a regexp alternation of the names of the units under
// anchors and their plurals, longest first (so that "square feet" wins
// over "square"), each name's period optional where WordNet writes one
// ("oz."). Abbreviations WordNet lists ("km", "ft", "lb", "sq ft") are
// among the names.
//
// The alternation is written as a trie (trieAlternation): the same names
// tried in the same order of preference, but a number followed by a word
// reads that word's letters once instead of once a name (the flat list of
// some 200 names was most of the distance and size patterns' cost).
func unitPattern(anchors []uint32) string {
	return trieAlternation(unitForms(anchors))
}

// unitForms are the names unitPattern matches, longest first, as written
// in the pattern: a trailing period dropped, a space standing for any
// white space.
func unitForms(anchors []uint32) []string {
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
