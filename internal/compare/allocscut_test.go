package compare

import (
	"math/rand"
	"slices"
	"strings"
	"testing"
)

// TestMaskedAlignOneBlock: the alignment's table of a pair of sentences of
// twelve units is made in two allocations (its rows cut from one block),
// not one a row; a shared run gives its pairs as before.
func TestMaskedAlignOneBlock(t *testing.T) {
	units := func(s string) []maskUnit {
		var out []maskUnit
		for _, w := range strings.Fields(s) {
			out = append(out, maskUnit{key: w, name: -1})
		}
		return out
	}
	x, y := units("a b c d e f g h i j k l"), units("q r s t u v w x y z o p")
	if _, _, ok := maskedAlign(x, y); ok {
		t.Fatal("two sentences of no shared unit aligned")
	}
	if a := testing.AllocsPerRun(50, func() { maskedAlign(x, y) }); a > 2 {
		t.Errorf("maskedAlign of 12 and 12 units allocates %.0f times, want 2", a)
	}
	pairs, _, ok := maskedAlign(x, units("a b c d e f g h i j k m"))
	if !ok || len(pairs) != 11 || pairs[10] != [2]int{10, 10} {
		t.Errorf("pairs %v (ok %v), want the first eleven units paired", pairs, ok)
	}
}

// TestEditDistance: the Levenshtein distance of made-up words, in two rows
// (two allocations, not one a letter).
func TestEditDistance(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want int
	}{
		{"", "", 0},
		{"", "abc", 3},
		{"abc", "", 3},
		{"kelvar", "kelvar", 0},
		{"kelvar", "kelvin", 2},
		{"dorran", "doran", 1},
		{"abc", "bca", 2},
		{"marlowe", "marlow", 1},
		{"flaw", "lawn", 2},
		{"sitting", "kitten", 3},
	} {
		if got := editDistance(tc.a, tc.b); got != tc.want {
			t.Errorf("editDistance(%q, %q) = %d, want %d", tc.a, tc.b, got, tc.want)
		}
	}
	if a := testing.AllocsPerRun(50, func() { editDistance("ostrander", "oastrander") }); a > 2 {
		t.Errorf("editDistance allocates %.0f times, want at most 2", a)
	}
}

// TestMaskedPairsAsMaps: the pairs of sentences worth aligning, counted in
// one slice, are those a map of shared words a sentence gives (random
// word sets of made-up words over three articles).
func TestMaskedPairsAsMaps(t *testing.T) {
	want := func(sents []maskedSentence) [][2]int {
		var out [][2]int
		for i, s := range sents {
			shared := map[int]int{}
			for j := i + 1; j < len(sents); j++ {
				for w := range s.words {
					if sents[j].words[w] && sents[j].doc != s.doc {
						shared[j]++
					}
				}
			}
			for j, n := range shared {
				least := min(len(s.words), len(sents[j].words))
				if float64(n) >= maskedMinRatio*float64(least) && n >= 4 {
					out = append(out, [2]int{i, j})
				}
			}
		}
		sortPairs(out)
		return out
	}
	r := rand.New(rand.NewSource(44))
	words := strings.Fields("vell dorran quay mill road blaze crews alarm owner ferry tower cable")
	c := &comparer{}
	pairs := 0
	for k := 0; k < 300; k++ {
		sents := make([]maskedSentence, 2+r.Intn(12))
		for i := range sents {
			sents[i] = maskedSentence{doc: r.Intn(3), words: map[string]bool{}}
			for n := r.Intn(len(words)); n > 0; n-- {
				sents[i].words[words[r.Intn(len(words))]] = true
			}
		}
		got, w := c.maskedPairs(sents), want(sents)
		if !slices.Equal(got, w) {
			t.Fatalf("maskedPairs = %v, want %v", got, w)
		}
		pairs += len(got)
	}
	if pairs < 100 {
		t.Errorf("%d pairs in all, want the test to give 100 or more", pairs)
	}
}

// TestFactValuesNoFields: the number words of a sentence are read without
// a slice of its words: a lower-case sentence with none allocates nothing,
// and one with a figure and a number word gives both.
func TestFactValuesNoFields(t *testing.T) {
	s := "crews fought the blaze on the quay for hours, officials said."
	if a := testing.AllocsPerRun(50, func() { factValues(s) }); a != 0 {
		t.Errorf("factValues of a sentence without numbers allocates %.0f times, want 0", a)
	}
	if got := factValues("about 40 workers left and three were hurt"); !slices.Equal(got, []float64{40, 3}) {
		t.Errorf("factValues = %v, want [40 3]", got)
	}
}
