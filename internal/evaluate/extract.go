// Package evaluate scores the engine's stages on annotated real articles
// and prints precision, recall and F1, so that accuracy is measured rather
// than asserted.
package evaluate

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/corroborate/corroborate/internal/extract"
	"github.com/corroborate/corroborate/internal/source"
)

// ExtractGold is one annotated page of an extraction kit (html-dev format).
type ExtractGold struct {
	File    string   `json:"file"`
	URL     *string  `json:"url"`
	Lang    string   `json:"lang"`
	With    []string `json:"with"`
	Without []string `json:"without"`
	Title   *string  `json:"title"`
	Date    *string  `json:"date"`
}

// ExtractScore sums the counts of one extractor over a kit.
type ExtractScore struct {
	Name            string
	Pages, Failed   int
	TP, FN, FP, TN  int
	TitleOK, TitleN int
	DateOK, DateN   int
	Elapsed         time.Duration
}

// Precision, Recall and F1 of the main text (trafilatura's rule).
func (s ExtractScore) Precision() float64 { return ratio(s.TP, s.TP+s.FP) }

// Recall of the main text.
func (s ExtractScore) Recall() float64 { return ratio(s.TP, s.TP+s.FN) }

// F1 of the main text.
func (s ExtractScore) F1() float64 { return f1(s.Precision(), s.Recall()) }

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

func f1(p, r float64) float64 {
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// Extractor extracts one page.
type Extractor struct {
	Name string
	Func func(page []byte, url string) (extract.Result, error)
}

// Extractors returns ours and go-trafilatura alone, for comparison.
func Extractors() []Extractor {
	return []Extractor{
		{"corroborate", func(p []byte, u string) (extract.Result, error) { return extract.HTML(p, extract.HTMLOptions{URL: u}) }},
		{"go-trafilatura alone", func(p []byte, u string) (extract.Result, error) {
			return extract.HTML(p, extract.HTMLOptions{URL: u, TrafilaturaOnly: true})
		}},
	}
}

// LoadExtractGold reads a kit's gold.jsonl.
func LoadExtractGold(path string) ([]ExtractGold, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []ExtractGold
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	for n := 1; sc.Scan(); n++ {
		var g ExtractGold
		if err := json.Unmarshal(sc.Bytes(), &g); err != nil {
			return nil, fmt.Errorf("%s:%d: %w", path, n, err)
		}
		out = append(out, g)
	}
	return out, sc.Err()
}

func collapse(s string) string { return strings.Join(strings.Fields(s), " ") }

// ScoreExtract runs each extractor over the kit's pages (filtered by lang
// unless lang is "all") and returns their scores.
func ScoreExtract(ctx context.Context, kitDir, lang string, exs []Extractor) ([]ExtractScore, error) {
	gold, err := LoadExtractGold(filepath.Join(kitDir, "gold.jsonl"))
	if err != nil {
		return nil, err
	}
	scores := make([]ExtractScore, len(exs))
	for i, ex := range exs {
		scores[i].Name = ex.Name
	}
	for _, g := range gold {
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		if lang != "all" && g.Lang != lang {
			continue
		}
		raw, err := os.ReadFile(filepath.Join(kitDir, "pages", g.File))
		if err != nil {
			return nil, err
		}
		page, err := source.Gunzip(raw, source.MaxBytes)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", g.File, err)
		}
		u := ""
		if g.URL != nil {
			u = *g.URL
		}
		for i, ex := range exs {
			s := &scores[i]
			s.Pages++
			start := time.Now()
			res, err := ex.Func(page, u)
			s.Elapsed += time.Since(start)
			if err != nil {
				s.Failed++
			}
			text := collapse(res.Text)
			for _, w := range g.With {
				if strings.Contains(text, collapse(w)) {
					s.TP++
				} else {
					s.FN++
				}
			}
			for _, w := range g.Without {
				if strings.Contains(text, collapse(w)) {
					s.FP++
				} else {
					s.TN++
				}
			}
			if g.Title != nil && *g.Title != "" {
				s.TitleN++
				if collapse(res.Title) == collapse(*g.Title) {
					s.TitleOK++
				}
			}
			if g.Date != nil && *g.Date != "" {
				s.DateN++
				if !res.Published.IsZero() && res.Published.String() == *g.Date {
					s.DateOK++
				}
			}
		}
	}
	return scores, nil
}

// WriteExtractTable prints scores side by side.
func WriteExtractTable(w io.Writer, scores []ExtractScore) {
	fmt.Fprintf(w, "%-22s %6s %6s %6s %6s %12s %12s %8s\n", "extractor", "pages", "P", "R", "F1", "title", "date", "pages/s")
	for _, s := range scores {
		pps := 0.0
		if s.Elapsed > 0 {
			pps = float64(s.Pages) / s.Elapsed.Seconds()
		}
		fmt.Fprintf(w, "%-22s %6d %6.3f %6.3f %6.3f %5.3f %3d/%-3d %5.3f %3d/%-3d %8.1f\n", s.Name, s.Pages, s.Precision(), s.Recall(), s.F1(),
			ratio(s.TitleOK, s.TitleN), s.TitleOK, s.TitleN, ratio(s.DateOK, s.DateN), s.DateOK, s.DateN, pps)
	}
}
