package cluster

import (
	"fmt"
	"math"
)

// Fit fits logistic-regression weights to labelled pairs by Newton's
// method (iteratively reweighted least squares) with an L2 penalty of
// ridge on every weight but the bias. Positive pairs are weighted so that
// both classes count alike (the candidates of an article are mostly other
// events), times each pair's weight in ws (nil: all 1).
func Fit(xs [][]float64, ys []bool, ws []float64, ridge float64) ([NumFeatures]float64, error) {
	var w [NumFeatures]float64
	if len(xs) == 0 {
		return w, fmt.Errorf("no pairs to fit")
	}
	pos := 0
	for _, y := range ys {
		if y {
			pos++
		}
	}
	if pos == 0 || pos == len(ys) {
		return w, fmt.Errorf("need both positive and negative pairs (%d of %d positive)", pos, len(ys))
	}
	wPos, wNeg := float64(len(ys))/(2*float64(pos)), float64(len(ys))/(2*float64(len(ys)-pos))
	const n = NumFeatures
	for iter := 0; iter < 50; iter++ {
		var g [n]float64
		var h [n][n]float64
		for i, x := range xs {
			p := Model{Weights: w}.Prob(x)
			y, cw := 0.0, wNeg
			if ys[i] {
				y, cw = 1, wPos
			}
			if ws != nil {
				cw *= ws[i]
			}
			r := cw * (p - y)
			s := cw * p * (1 - p)
			for a := 0; a < n; a++ {
				g[a] += r * x[a]
				for b := 0; b <= a; b++ {
					h[a][b] += s * x[a] * x[b]
				}
			}
		}
		for a := 0; a < n; a++ {
			for b := 0; b < a; b++ {
				h[b][a] = h[a][b]
			}
			if a != fBias {
				g[a] += ridge * w[a]
				h[a][a] += ridge
			}
			h[a][a] += 1e-9
		}
		step, err := solve(h, g)
		if err != nil {
			return w, err
		}
		max := 0.0
		for a := range w {
			w[a] -= step[a]
			max = math.Max(max, math.Abs(step[a]))
		}
		if max < 1e-8 {
			break
		}
	}
	return w, nil
}

// solve solves h·x = g by Gaussian elimination with partial pivoting.
func solve(h [NumFeatures][NumFeatures]float64, g [NumFeatures]float64) ([NumFeatures]float64, error) {
	const n = NumFeatures
	var x [n]float64
	for col := 0; col < n; col++ {
		piv := col
		for r := col + 1; r < n; r++ {
			if math.Abs(h[r][col]) > math.Abs(h[piv][col]) {
				piv = r
			}
		}
		if math.Abs(h[piv][col]) < 1e-15 {
			return x, fmt.Errorf("singular system at feature %s", FeatureNames[col])
		}
		h[col], h[piv] = h[piv], h[col]
		g[col], g[piv] = g[piv], g[col]
		for r := col + 1; r < n; r++ {
			f := h[r][col] / h[col][col]
			for k := col; k < n; k++ {
				h[r][k] -= f * h[col][k]
			}
			g[r] -= f * g[col]
		}
	}
	for r := n - 1; r >= 0; r-- {
		s := g[r]
		for k := r + 1; k < n; k++ {
			s -= h[r][k] * x[k]
		}
		x[r] = s / h[r][r]
	}
	return x, nil
}
