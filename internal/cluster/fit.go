package cluster

import "github.com/corroborate/corroborate/internal/logit"

// Fit fits logistic-regression weights to labelled pairs (logit.Fit:
// Newton's method with an L2 penalty of ridge on every weight but the
// bias). Positive pairs are weighted so that both classes count alike (the
// candidates of an article are mostly other events), times each pair's
// weight in ws (nil: all 1).
func Fit(xs [][]float64, ys []bool, ws []float64, ridge float64) ([NumFeatures]float64, error) {
	var w [NumFeatures]float64
	fit, err := logit.Fit(xs, ys, ws, ridge, fBias, FeatureNames[:])
	copy(w[:], fit)
	return w, err
}
