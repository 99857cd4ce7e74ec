package evaluate

import (
	"context"
	"fmt"
	"go/format"
	"io"
	"math"
	"sort"
	"strings"

	"github.com/corroborate/corroborate/internal/compare"
	"github.com/corroborate/corroborate/internal/logit"
)

// sameFactRidge is the L2 penalty of the same-fact model's fit.
const sameFactRidge = 1.0

// sameFactSet is the training examples of one kit's tune half.
type sameFactSet struct {
	name string
	xs   [][]float64
	ys   []bool
	part []string // the tune part of each example's event
}

// sameFactExamples reads the tune half of a kit (its holdout events are
// never read) and returns the unpaired value pairs of each gold event
// compared as one story (compare.SameFactExamples).
func sameFactExamples(ctx context.Context, path string) (sameFactSet, error) {
	set := sameFactSet{name: kitName(path)}
	events, err := loadPlantEventsOf(path, func(label string) bool { return Tune.In(ECBTopic(label)) })
	if err != nil {
		return set, err
	}
	for _, ev := range events {
		if len(ev.arts) < 2 {
			continue
		}
		r, err := newPlantRun(ctx, ev)
		if err != nil {
			return set, fmt.Errorf("event %s: %w", ev.name, err)
		}
		if _, err := r.discrepancies(ctx, -1, ""); err != nil {
			return set, fmt.Errorf("event %s: %w", ev.name, err)
		}
		for _, e := range compare.SameFactExamples(r.last) {
			set.xs = append(set.xs, e.X)
			set.ys = append(set.ys, e.Agree)
			set.part = append(set.part, PartOf(ECBTopic(ev.name)))
		}
	}
	return set, nil
}

// FitSameFact fits the same-fact model (internal/compare/samefact.go) on
// the tune halves of the kits at paths and writes it to w as Go source
// (internal/compare/samefact_weights.go); the cross-checks (fitted on one
// kit or part, scored on another by AUC) go to log.
func FitSameFact(ctx context.Context, w, log io.Writer, paths []string) error {
	var sets []sameFactSet
	var all sameFactSet
	for _, p := range paths {
		s, err := sameFactExamples(ctx, p)
		if err != nil {
			return err
		}
		sets = append(sets, s)
		all.xs, all.ys, all.part = append(all.xs, s.xs...), append(all.ys, s.ys...), append(all.part, s.part...)
		fmt.Fprintf(log, "%s tune: %d pairs, %d agree\n", s.name, len(s.ys), count(s.ys))
	}
	names := compare.SameFactFeatureNames[:]
	for i, a := range sets {
		for j, b := range sets {
			if i == j {
				continue
			}
			wa, err := logit.Fit(a.xs, a.ys, nil, sameFactRidge, 0, names)
			if err != nil {
				return fmt.Errorf("fit on %s: %w", a.name, err)
			}
			fmt.Fprintf(log, "fitted on %s: AUC there %.3f, on %s %.3f\n", a.name, auc(wa, a.xs, a.ys), b.name, auc(wa, b.xs, b.ys))
		}
	}
	for _, part := range []string{"a", "b"} {
		fit, score := all.byPart(part, true), all.byPart(part, false)
		wp, err := logit.Fit(fit.xs, fit.ys, nil, sameFactRidge, 0, names)
		if err != nil {
			return fmt.Errorf("fit on part %s: %w", part, err)
		}
		fmt.Fprintf(log, "fitted on part %s: AUC there %.3f, on the other part %.3f\n", part, auc(wp, fit.xs, fit.ys), auc(wp, score.xs, score.ys))
	}
	weights, err := logit.Fit(all.xs, all.ys, nil, sameFactRidge, 0, names)
	if err != nil {
		return fmt.Errorf("fit on all: %w", err)
	}
	fmt.Fprintf(log, "fitted on all: AUC %.3f\n", auc(weights, all.xs, all.ys))
	for _, s := range sets {
		fmt.Fprintf(log, "%s by least probability (pairs, share agreeing):", s.name)
		for _, t := range []float64{0.5, 0.7, 0.8, 0.85, 0.9, 0.95} {
			n, a := 0, 0
			for k, x := range s.xs {
				if logit.Prob(weights, x) >= t {
					n++
					if s.ys[k] {
						a++
					}
				}
			}
			fmt.Fprintf(log, " %g: %d, %.2f;", t, n, float64(a)/math.Max(1, float64(n)))
		}
		fmt.Fprintln(log)
	}
	return writeSameFactWeights(w, sets, weights, len(all.ys), count(all.ys))
}

// byPart returns the examples of tune part p (in) or of the other part.
func (s sameFactSet) byPart(p string, in bool) sameFactSet {
	var out sameFactSet
	for k := range s.xs {
		if (s.part[k] == p) == in {
			out.xs, out.ys, out.part = append(out.xs, s.xs[k]), append(out.ys, s.ys[k]), append(out.part, s.part[k])
		}
	}
	return out
}

func count(ys []bool) int {
	n := 0
	for _, y := range ys {
		if y {
			n++
		}
	}
	return n
}

// auc is the area under the ROC curve of a model on examples: the chance
// that an agreeing pair is rated above a disagreeing one (ties count half).
func auc(w []float64, xs [][]float64, ys []bool) float64 {
	type scored struct {
		p float64
		y bool
	}
	ss := make([]scored, len(xs))
	for k, x := range xs {
		ss[k] = scored{logit.Prob(w, x), ys[k]}
	}
	sort.Slice(ss, func(a, b int) bool { return ss[a].p < ss[b].p })
	var pos, neg, below float64
	for k := 0; k < len(ss); {
		e := k
		var tp, tn float64
		for e < len(ss) && ss[e].p == ss[k].p {
			if ss[e].y {
				tp++
			} else {
				tn++
			}
			e++
		}
		below += tp * (neg + tn/2)
		pos, neg = pos+tp, neg+tn
		k = e
	}
	if pos == 0 || neg == 0 {
		return 0
	}
	return below / (pos * neg)
}

// writeSameFactWeights writes the fitted weights as the Go source of
// internal/compare/samefact_weights.go, formatted as gofmt writes it (the
// comments of the weights aligned), so that the file regenerates byte for
// byte.
func writeSameFactWeights(w io.Writer, sets []sameFactSet, weights []float64, pairs, agree int) error {
	var names []string
	for _, s := range sets {
		names = append(names, s.name)
	}
	var b strings.Builder
	fmt.Fprintf(&b, "// Code generated by `corroborate eval plant --fit %s > internal/compare/samefact_weights.go`; DO NOT EDIT.\n\n", strings.Join(names, " "))
	b.WriteString("package compare\n\n")
	fmt.Fprintf(&b, "// sameFactWeights is the same-fact model fitted on %d value pairs no slot\n", pairs)
	fmt.Fprintf(&b, "// rule pairs (%d of them agreeing) from the gold events of the tune halves of\n", agree)
	fmt.Fprintf(&b, "// %s (split by evaluate.HalfOf; the holdout halves were not read).\n", strings.Join(names, " and "))
	b.WriteString("var sameFactWeights = [sfNumFeatures]float64{\n")
	for k, x := range weights {
		fmt.Fprintf(&b, "\t%.6f, // %s\n", x, compare.SameFactFeatureNames[k])
	}
	b.WriteString("}\n")
	src, err := format.Source([]byte(b.String()))
	if err != nil {
		return fmt.Errorf("format the weights: %w", err)
	}
	_, err = w.Write(src)
	return err
}
