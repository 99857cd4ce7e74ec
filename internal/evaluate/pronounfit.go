package evaluate

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"os"
	"runtime"
	"strings"
	"sync"

	"github.com/corroborate/corroborate/internal/mention"
	"github.com/corroborate/corroborate/internal/pipeline"
	"github.com/corroborate/corroborate/internal/source"
)

// Fitting the pronoun chooser (mention.PronounCandidate) reads only the
// tune half of an attribution kit. Each example is a system quote whose
// speaker is "he" or "she", paired (as the scorer pairs them) with a gold
// attribution whose source is "he" or "she"; its candidates are those the
// engine's hand rules saw, and a candidate is right when its name shares a
// word with the gold source the pronoun stands for. That referent is the
// scorer's nearest named gold source before the pronoun, skipping sources
// of the other gender (resolvePronounGender): PolNeAR marks the pronoun
// as written, not what it refers to, and "she" never refers to a man.
//
// The tune half is split again by article (PartOf): the weights are
// fitted on one part and judged on the other, then fitted on all of the
// tune half.
const (
	pronounRidge    = 100.0
	pronounFitSteps = 3000
)

// pronounExample is one pronoun speaker to choose for.
type pronounExample struct {
	article string
	cands   []mention.PronounCandidate
	right   []bool
	// names and what are the candidates' names and the quote's sentence,
	// for reading the examples.
	names []string
	what  string
}

// FitPronouns fits the pronoun chooser on the tune half of the kit at
// path, reports its accuracy on the held part beside the hand rules', and
// writes the weights fitted on the whole tune half to w as Go source; with
// part "a" or "b", the weights fitted on that part alone (to score the
// other part with `eval quotes --half tune --part`).
func FitPronouns(ctx context.Context, w, log io.Writer, path string, part string) error {
	exs, err := pronounExamples(ctx, path)
	if err != nil {
		return err
	}
	names := []string{"a", "b"}
	var parts [2][]pronounExample
	for _, ex := range exs {
		k := 0
		if PartOf(ex.article) == "b" {
			k = 1
		}
		parts[k] = append(parts[k], ex)
	}
	fmt.Fprintf(log, "pronoun examples: %d (part a %d, part b %d)\n", len(exs), len(parts[0]), len(parts[1]))
	for k, name := range names {
		wt := fitConditionalLogit(parts[1-k])
		m, r, n, cov := pronounAccuracy(wt, parts[k])
		fmt.Fprintf(log, "fit on part %s, judged on part %s: chooser %d/%d (%.4f), hand rules %d/%d (%.4f); a right candidate in %d\n",
			names[1-k], name, m, n, ratio(m, n), r, n, ratio(r, n), cov)
	}
	for k, name := range names {
		if part == name {
			return writePronounWeights(w, fitConditionalLogit(parts[k]), path, len(parts[k]))
		}
	}
	wt := fitConditionalLogit(exs)
	m, r, n, _ := pronounAccuracy(wt, exs)
	fmt.Fprintf(log, "fit on all of tune: chooser %d/%d (%.4f) on its own data, hand rules %d/%d (%.4f)\n", m, n, ratio(m, n), r, n, ratio(r, n))
	return writePronounWeights(w, wt, path, len(exs))
}

// pronounAccuracy counts the examples where the chooser's pick, and the
// hand rules' pick (feature 0), is right; cov counts those with any right
// candidate.
func pronounAccuracy(wt []float64, exs []pronounExample) (model, rules, n, cov int) {
	for _, ex := range exs {
		n++
		best, bs := -1, math.Inf(-1)
		covered := false
		for k, c := range ex.cands {
			if s := mention.PronounScore(wt, c); s > bs {
				best, bs = k, s
			}
			if ex.right[k] {
				covered = true
			}
			if c.Features[0] == 1 && ex.right[k] {
				rules++
			}
		}
		if covered {
			cov++
		}
		if best >= 0 && ex.right[best] {
			model++
		}
	}
	return model, rules, n, cov
}

// fitConditionalLogit fits the weights of a conditional logit (softmax
// over each example's candidates) by gradient descent with a ridge
// penalty; examples with no right candidate carry no information and are
// skipped. The likelihood of an example is the probability of its right
// candidates together.
func fitConditionalLogit(exs []pronounExample) []float64 {
	return fitConditionalLogitRidge(exs, pronounRidge)
}

// fitConditionalLogitRidge is fitConditionalLogit with ridge penalty ridge.
func fitConditionalLogitRidge(exs []pronounExample, ridge float64) []float64 {
	d := len(mention.PronounFeatureNames)
	w := make([]float64, d)
	m, v := make([]float64, d), make([]float64, d)
	var use []pronounExample
	for _, ex := range exs {
		for _, r := range ex.right {
			if r {
				use = append(use, ex)
				break
			}
		}
	}
	if len(use) == 0 {
		return w
	}
	const lr, b1, b2 = 0.05, 0.9, 0.999
	for step := 1; step <= pronounFitSteps; step++ {
		g := make([]float64, d)
		for _, ex := range use {
			addLogitGradient(g, w, ex)
		}
		for k := range g {
			g[k] = g[k]/float64(len(use)) + ridge*w[k]/float64(len(use))
			m[k] = b1*m[k] + (1-b1)*g[k]
			v[k] = b2*v[k] + (1-b2)*g[k]*g[k]
			mh := m[k] / (1 - math.Pow(b1, float64(step)))
			vh := v[k] / (1 - math.Pow(b2, float64(step)))
			w[k] -= lr * mh / (math.Sqrt(vh) + 1e-8)
		}
	}
	return w
}

// addLogitGradient adds to g the gradient of -log P(right | ex) at w:
// the features' mean under all candidates minus their mean under the right
// ones.
func addLogitGradient(g, w []float64, ex pronounExample) {
	s := make([]float64, len(ex.cands))
	mx := math.Inf(-1)
	for k, c := range ex.cands {
		s[k] = mention.PronounScore(w, c)
		mx = math.Max(mx, s[k])
	}
	var z, zr float64
	for k := range s {
		s[k] = math.Exp(s[k] - mx)
		z += s[k]
		if ex.right[k] {
			zr += s[k]
		}
	}
	for k, c := range ex.cands {
		pa := s[k] / z
		pr := 0.0
		if ex.right[k] {
			pr = s[k] / zr
		}
		for j, x := range c.Features {
			g[j] += (pa - pr) * x
		}
	}
}

// writePronounWeights writes the fitted weights as the Go source of
// internal/mention/pronounweights.go.
func writePronounWeights(w io.Writer, wt []float64, path string, n int) error {
	var b strings.Builder
	fmt.Fprintf(&b, "// Code generated by \"corroborate eval quotes --fit-pronouns %s\"; DO NOT EDIT.\n\n", path)
	b.WriteString("package mention\n\n")
	fmt.Fprintf(&b, "// pronounWeights are the pronoun chooser's weights, in the order of\n// PronounFeatureNames, fitted on the %d pronoun speakers of the tune half\n// of %s (conditional logit, ridge %g).\n", n, path, pronounRidge)
	b.WriteString("var pronounWeights = []float64{\n")
	for k, name := range mention.PronounFeatureNames {
		fmt.Fprintf(&b, "\t%.4f, // %s\n", wt[k], name)
	}
	b.WriteString("}\n")
	_, err := io.WriteString(w, b.String())
	return err
}

// pronounExamples reads the tune half of the kit at path and gathers the
// examples of its pronoun speakers.
func pronounExamples(ctx context.Context, path string) ([]pronounExample, error) {
	golds, err := readQuoteGolds(path, Tune)
	if err != nil {
		return nil, err
	}
	res := make([][]pronounExample, len(golds))
	var wg sync.WaitGroup
	next := make(chan int)
	for range runtime.GOMAXPROCS(0) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				res[i] = articlePronounExamples(golds[i])
			}
		}()
	}
	for i := range golds {
		if ctx.Err() != nil {
			break
		}
		next <- i
	}
	close(next)
	wg.Wait()
	if ctx.Err() != nil {
		return nil, ctx.Err()
	}
	var out []pronounExample
	for _, r := range res {
		out = append(out, r...)
	}
	return out, nil
}

// readQuoteGolds reads the articles of one half of an attribution kit.
func readQuoteGolds(path string, half Half) ([]QuoteGold, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("read attribution kit: %w", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	var golds []QuoteGold
	for n := 1; sc.Scan(); n++ {
		var g QuoteGold
		if err := json.Unmarshal(sc.Bytes(), &g); err != nil {
			return nil, fmt.Errorf("%s:%d: %w", path, n, err)
		}
		if half.In(g.ID) {
			golds = append(golds, g)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	return golds, nil
}

// articlePronounExamples analyses one article with the hand rules alone
// and returns its pronoun examples.
func articlePronounExamples(g QuoteGold) []pronounExample {
	raw, err := json.Marshal(g)
	if err != nil {
		return nil
	}
	recs, _ := source.Records(source.Doc{Source: "kit.jsonl", Data: raw})
	if len(recs) != 1 {
		return nil
	}
	art, err := pipeline.Extract(recs[0])
	if err != nil {
		return nil
	}
	an := mention.AnalyzeWith(art.Text, mention.Options{PronounRules: true})
	var st, gt []string
	for _, q := range an.Quotes {
		st = append(st, q.Text)
	}
	for _, a := range g.Attributions {
		gt = append(gt, a.Content)
	}
	var out []pronounExample
	for _, p := range matchQuotes(st, gt) {
		ga := g.Attributions[p[1]]
		if ga.Source == nil || !heShe(*ga.Source) {
			continue
		}
		cands := an.PronounCandidates(p[0])
		ref := resolvePronounGender(ga, g.Attributions, g.Text)
		if len(cands) == 0 || ref == "" {
			continue
		}
		gname := nameTokens(ref)
		ex := pronounExample{article: g.ID, cands: cands, right: make([]bool, len(cands)), what: an.Sentences[an.Quotes[p[0]].Sentence].Text + " || gold " + ref}
		for k, c := range cands {
			ex.names = append(ex.names, an.Entities[c.Entity].Name)
			for t := range speakerTokens(an.Entities[c.Entity].Name) {
				if gname[t] {
					ex.right[k] = true
				}
			}
		}
		out = append(out, ex)
	}
	return out
}

// heShe reports whether a gold source is the pronoun "he" or "she".
func heShe(s string) bool {
	s = strings.ToLower(strings.TrimSpace(s))
	return s == "he" || s == "she"
}
