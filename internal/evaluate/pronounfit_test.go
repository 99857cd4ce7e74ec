package evaluate

import (
	"fmt"
	"testing"

	"github.com/corroborate/corroborate/internal/mention"
)

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
