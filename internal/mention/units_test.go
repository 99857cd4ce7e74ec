package mention

import (
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode"
)

// flatAlternation is the alternation unitPattern wrote before the trie:
// the names one after the other, longest first.
func flatAlternation(names []string) string {
	out := make([]string, len(names))
	for i, n := range names {
		out[i] = strings.ReplaceAll(regexp.QuoteMeta(n), " ", `\s`)
	}
	return strings.Join(out, "|")
}

// topBranches splits an alternation at its top level.
func topBranches(alt string) []string {
	var out []string
	depth, from := 0, 0
	for i := 0; i < len(alt); i++ {
		switch alt[i] {
		case '\\':
			i++
		case '(':
			depth++
		case ')':
			depth--
		case '|':
			if depth == 0 {
				out = append(out, alt[from:i])
				from = i + 1
			}
		}
	}
	return append(out, alt[from:])
}

func TestTrieAlternation(t *testing.T) {
	for _, tc := range []struct {
		names []string
		want  string
	}{
		{[]string{"miles", "mile", "mil"}, `mil(?:e(?:s|)|)`},
		{[]string{"square feet", "square", "sq"}, `sq(?:uare(?:\sfeet|)|)`},
		{[]string{"km", "Kg", "g"}, `k(?:m|g)|g`},
		{[]string{"light-year", "ly"}, `l(?:ight-year|y)`},
	} {
		if got := trieAlternation(tc.names); got != tc.want {
			t.Errorf("trieAlternation(%q) = %q, want %q", tc.names, got, tc.want)
		}
	}
}

// TestUnitPatternShares: the units' alternation reads a word's letters
// once, not once a name (fails with the flat list of names).
func TestUnitPatternShares(t *testing.T) {
	for _, units := range [][]string{lengthUnitNames, sizeUnitNames} {
		seen := map[rune]string{}
		for _, b := range topBranches(unitPattern(units)) {
			r := foldKey(unicode.ToLower([]rune(b)[0]))
			if prev, ok := seen[r]; ok {
				t.Fatalf("two top branches begin with %q: %q and %q", r, prev, b)
			}
			seen[r] = b
		}
	}
}

// TestUnitTrieMatchesAsList: the distance and size patterns find the same
// matches, with the same groups, with the trie as with the flat list, on
// texts made of every unit name written in several ways.
func TestUnitTrieMatchesAsList(t *testing.T) {
	var texts []string
	var all []string
	for _, units := range [][]string{lengthUnitNames, sizeUnitNames} {
		all = append(all, unitForms(units)...)
	}
	for _, n := range all {
		up := strings.ToUpper(n[:1]) + n[1:]
		short := n[:len(n)-1]
		texts = append(texts,
			"It lay 12 "+n+" from the old mill, 3-"+n+" deep.",
			"About 4,500 "+strings.ToUpper(n)+"s were moved and 2 to 3 "+n+"x later.",
			"Some 7"+n+" and five "+up+" or 6 "+short+" off the coast of Ardel.",
			"twenty-one "+strings.ReplaceAll(n, " ", "\t")+"; 1.5 "+n+"-long, 9 "+n+"'s")
	}
	texts = append(texts, "A 40 mile walk, 2 miles east of Kells, a 10 sq ft room and 3 square feet.",
		"He paid 5 pounds for 2 pounds of apples 6 ft away.", "No figure here at all.")
	for _, pats := range [][2]string{
		{`(?i)\b(` + numPat + `)(?:\s?(?:-|to|or)\s?(` + numPat + `))?[- ]?(%s)\b`, "distance"},
		{`(?i)\b(` + numPat + `)[- ]?(%s)\b`, "size"},
	} {
		for _, units := range [][]string{lengthUnitNames, sizeUnitNames} {
			forms := unitForms(units)
			flat := regexp.MustCompile(strings.Replace(pats[0], "%s", flatAlternation(forms), 1))
			trie := regexp.MustCompile(strings.Replace(pats[0], "%s", trieAlternation(forms), 1))
			for _, s := range texts {
				if a, b := flat.FindAllStringSubmatchIndex(s, -1), trie.FindAllStringSubmatchIndex(s, -1); !slices.EqualFunc(a, b, slices.Equal[[]int]) {
					t.Errorf("%s in %q: flat %v, trie %v", pats[1], s, a, b)
				}
			}
		}
	}
}

// TestUnitWordPatterns: the shared length and size patterns are the
// patterns of their names, and the unit-word pattern reads one word of
// each kind of unit, and no other word.
func TestUnitWordPatterns(t *testing.T) {
	if lengthPattern != unitPattern(lengthUnitNames) || sizePattern != unitPattern(sizeUnitNames) {
		t.Fatal("the shared unit patterns differ from unitPattern of their names")
	}
	for w, want := range map[string]bool{"kilometres": true, "miles": true, "acres": true, "gallon": true, "hours": true, "river": false, "miles away": false} {
		if got := reUnitWord.MatchString(w); got != want {
			t.Errorf("reUnitWord %q: %v, want %v", w, got, want)
		}
	}
}
