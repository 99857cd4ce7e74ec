// Package logit fits and applies logistic-regression models: Newton's
// method (iteratively reweighted least squares) with an L2 penalty and
// class weights. The story model (internal/cluster) and the same-fact
// model (internal/compare) are fitted with it.
package logit

import (
	"fmt"
	"math"
)

// Prob is the logistic model's probability of x under weights w (the bias,
// when there is one, is a feature of x that is always 1).
func Prob(w, x []float64) float64 {
	z := 0.0
	for k, wk := range w {
		z += wk * x[k]
	}
	return 1 / (1 + math.Exp(-z))
}

// Fit fits logistic-regression weights to labelled examples by Newton's
// method with an L2 penalty of ridge on every weight but feature bias (−1:
// none unpenalised). Positive examples are weighted so that both classes
// count alike, times each example's weight in ws (nil: all 1). names name
// the features, for the error of a singular system (nil: by index).
func Fit(xs [][]float64, ys []bool, ws []float64, ridge float64, bias int, names []string) ([]float64, error) {
	if len(xs) == 0 {
		return nil, fmt.Errorf("no examples to fit")
	}
	n := len(xs[0])
	w := make([]float64, n)
	pos := 0
	for _, y := range ys {
		if y {
			pos++
		}
	}
	if pos == 0 || pos == len(ys) {
		return w, fmt.Errorf("need both positive and negative examples (%d of %d positive)", pos, len(ys))
	}
	wPos, wNeg := float64(len(ys))/(2*float64(pos)), float64(len(ys))/(2*float64(len(ys)-pos))
	for iter := 0; iter < 50; iter++ {
		g := make([]float64, n)
		h := make([][]float64, n)
		for a := range h {
			h[a] = make([]float64, n)
		}
		for i, x := range xs {
			p := Prob(w, x)
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
			if a != bias {
				g[a] += ridge * w[a]
				h[a][a] += ridge
			}
			h[a][a] += 1e-9
		}
		step, err := solve(h, g, names)
		if err != nil {
			return w, err
		}
		largest := 0.0
		for a := range w {
			w[a] -= step[a]
			largest = math.Max(largest, math.Abs(step[a]))
		}
		if largest < 1e-8 {
			break
		}
	}
	return w, nil
}

// solve solves h·x = g by Gaussian elimination with partial pivoting (h and
// g are overwritten).
func solve(h [][]float64, g []float64, names []string) ([]float64, error) {
	n := len(g)
	x := make([]float64, n)
	for col := 0; col < n; col++ {
		piv := col
		for r := col + 1; r < n; r++ {
			if math.Abs(h[r][col]) > math.Abs(h[piv][col]) {
				piv = r
			}
		}
		if math.Abs(h[piv][col]) < 1e-15 {
			name := fmt.Sprint(col)
			if col < len(names) {
				name = names[col]
			}
			return x, fmt.Errorf("singular system at feature %s", name)
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
