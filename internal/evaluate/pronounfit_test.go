package evaluate

import (
	"fmt"
	"testing"

	"github.com/corroborate/corroborate/internal/mention"
)

// TestPronounPartSplitsTune: the second split deals the tune half's
// articles into two parts of similar size (the parity of FNV-1a, which
// HalfOf uses, would put every tune article in one part).
func TestPronounPartSplitsTune(t *testing.T) {
	var n [2]int
	for i := 0; n[0]+n[1] < 400; i++ {
		id := fmt.Sprintf("outlet_2016-01-%02d_story-%d", i%28+1, i)
		if HalfOf(id) == Tune {
			n[PronounPart(id)]++
		}
	}
	if n[0] < 150 || n[1] < 150 {
		t.Errorf("parts of 400 tune ids: %d and %d, want both >= 150", n[0], n[1])
	}
}

// TestFitConditionalLogit: on examples where one feature marks the right
// candidate and another is noise, the fit weighs the first above the
// second and picks every right candidate.
func TestFitConditionalLogit(t *testing.T) {
	d := len(mention.PronounFeatureNames)
	var exs []pronounExample
	for i := range 60 {
		ex := pronounExample{article: fmt.Sprint(i)}
		for k := range 3 {
			f := make([]float64, d)
			f[1] = float64((i + k) % 2) // noise
			if k == i%3 {
				f[2] = 1 // marks the right one
			}
			ex.cands = append(ex.cands, mention.PronounCandidate{Entity: k, Features: f})
			ex.right = append(ex.right, k == i%3)
		}
		exs = append(exs, ex)
	}
	w := fitConditionalLogit(exs)
	if w[2] <= w[1] || w[2] <= 0 {
		t.Errorf("weights %v (marker) and %v (noise), want the marker higher and positive", w[2], w[1])
	}
	if m, _, n, _ := pronounAccuracy(w, exs); m != n {
		t.Errorf("chooser right on %d of %d", m, n)
	}
}
