package logit

import (
	"math"
	"testing"
)

// TestFitSigns: weights fitted to examples where one feature raises the
// odds and another lowers them have those signs; a constant-free system
// is an error.
func TestFitSigns(t *testing.T) {
	// bias, up, down: y is true when up is high and down is low (with noise
	// rows so the fit is finite).
	xs := [][]float64{
		{1, 1, 0}, {1, 0.9, 0.1}, {1, 0.8, 0}, {1, 0.2, 0.9}, {1, 0, 1}, {1, 0.1, 0.8},
		{1, 0.7, 0.2}, {1, 0.3, 0.6}, {1, 0.6, 0.7}, {1, 0.4, 0.3},
	}
	ys := []bool{true, true, true, false, false, false, true, false, false, true}
	cases := []struct {
		name  string
		ridge float64
	}{{"light ridge", 0.01}, {"heavy ridge", 1}}
	for _, c := range cases {
		w, err := Fit(xs, ys, nil, c.ridge, 0, []string{"bias", "up", "down"})
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if w[1] <= 0 || w[2] >= 0 {
			t.Errorf("%s: weights %v, want up > 0, down < 0", c.name, w)
		}
		if p := Prob(w, []float64{1, 1, 0}); p <= 0.5 {
			t.Errorf("%s: p(up) = %.3f, want > 0.5", c.name, p)
		}
	}
	if _, err := Fit(xs, make([]bool, len(xs)), nil, 0.1, 0, nil); err == nil {
		t.Error("one class only: want an error")
	}
	if p := Prob([]float64{0}, []float64{1}); math.Abs(p-0.5) > 1e-12 {
		t.Errorf("Prob of zero weights = %v, want 0.5", p)
	}
}
