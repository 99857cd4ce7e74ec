package mention

import (
	"math/rand"
	"testing"

	"github.com/corroborate/corroborate/internal/lexicon"
)

// TestHeightGateAsPattern: every made-up text reHeight matches holds one
// of heightWords as mayHoldAnyFold reads them, and a text without them
// (guard) gives no height.
func TestHeightGateAsPattern(t *testing.T) {
	words := []string{"Doe", "is", "a", "6", "5", "11", "12", "7", "foot", "FOOT", "Feet", "ft", "FT", "fT", "inches", "inch", "in",
		"tall", "center", "-", "6-foot-2", "5 feet 11", "7 FT 1 in", "footing", "left", "ſ", "\u212a", "fee", "foo", "oft"}
	seps := []string{" ", " ", "-", "", "\t", "\n", "\u00a0"}
	r := rand.New(rand.NewSource(48))
	matched := 0
	for i := 0; i < 40000; i++ {
		s := madeUpText(r, words, seps, 10)
		if reHeight.MatchString(s) {
			matched++
			if !mayHoldAnyFold(s, heightWords) {
				t.Fatalf("mayHoldAnyFold(%q, heightWords) = false, reHeight matches", s)
			}
		}
	}
	if matched < 200 {
		t.Fatalf("the texts test too little: %d matches", matched)
	}
	for s, want := range map[string]bool{
		"The 6-foot-2 guard scored 11.": true, "Roe stood 5 FT 9 IN.": true, "Doe, 45, left at 6:15.": false, "the 7-11 store": false,
	} {
		vs := &valueScan{lx: lexicon.Default(), sent: s}
		vs.heights()
		if got := len(vs.out) > 0; got != want {
			t.Errorf("heights(%q): %d values, want a height %v", s, len(vs.out), want)
		}
	}
}

// BenchmarkHeights: the heights of a sentence with figures and no foot,
// and, "before", the scan of reHeight that heights made of it.
func BenchmarkHeights(b *testing.B) {
	s := "The 42 passengers of the 7:15 ferry waited 3 hours at Pier 9 before 2 tugs towed it in, Roe said on May 4."
	vs := &valueScan{lx: lexicon.Default(), sent: s}
	b.Run("now", func(b *testing.B) {
		for b.Loop() {
			vs.out = vs.out[:0]
			vs.heights()
		}
	})
	b.Run("before", func(b *testing.B) {
		for b.Loop() {
			reHeight.FindAllStringSubmatchIndex(s, -1)
		}
	})
}
