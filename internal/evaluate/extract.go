// Package evaluate scores the engine's stages on annotated real articles
// and prints precision, recall and F1, so that accuracy is measured rather
// than asserted.
package evaluate

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/markusmobius/go-htmldate"
	"golang.org/x/net/html"

	"github.com/corroborate/corroborate/internal/dates"
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
	Name string
	// DateOnly marks an extractor that finds only the date.
	DateOnly        bool
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
	// DateOnly marks an extractor that finds only the date (its text and
	// title columns are not printed).
	DateOnly bool
}

// Extractors returns ours, go-trafilatura alone and go-htmldate alone
// (its extensive search, the original publication date), for comparison.
func Extractors() []Extractor {
	return []Extractor{
		{Name: "corroborate", Func: func(p []byte, u string) (extract.Result, error) { return extract.HTML(p, extract.HTMLOptions{URL: u}) }},
		{Name: "go-trafilatura alone", Func: func(p []byte, u string) (extract.Result, error) {
			return extract.HTML(p, extract.HTMLOptions{URL: u, TrafilaturaOnly: true})
		}},
		{Name: "go-htmldate alone", Func: htmldateAlone, DateOnly: true},
	}
}

// htmldateAlone dates a page with go-htmldate's extensive search and
// nothing else.
func htmldateAlone(page []byte, u string) (extract.Result, error) {
	body, err := extract.DecodeHTML(page, "")
	if err != nil {
		return extract.Result{}, err
	}
	doc, err := html.Parse(strings.NewReader(string(body)))
	if err != nil {
		return extract.Result{}, err
	}
	r, err := htmldate.FromDocument(doc, htmldate.Options{URL: u, UseOriginalDate: true})
	if err != nil || r.IsZero() {
		return extract.Result{}, err
	}
	return extract.Result{Published: dates.FromTime(r.DateTime)}, nil
}

// LoadExtractGold reads a kit's gold.jsonl.
func LoadExtractGold(path string) ([]ExtractGold, error) {
	return readJSONL[ExtractGold](path)
}

func collapse(s string) string { return strings.Join(strings.Fields(s), " ") }

// ExtractOptions select the pages of a kit to score.
type ExtractOptions struct {
	// Lang is a page language ("en", "de"…) or "all".
	Lang string
	// Half is the half of the kit (pages split by file name, the page id).
	Half Half
	// Part, "a" or "b" with the tune half, keeps only that part of it
	// (PartOf the page's file name, the second split for tuning); empty
	// for the whole half.
	Part string
	// Misses, when set, receives one line per date and title the first
	// extractor got wrong — on pages of the tune half only: the holdout half's
	// misses are never shown.
	Misses io.Writer
}

// ScoreExtract runs each extractor over the kit's pages (filtered by
// language and half) and returns their scores.
func ScoreExtract(ctx context.Context, kitDir string, o ExtractOptions, exs []Extractor) ([]ExtractScore, error) {
	gold, err := LoadExtractGold(filepath.Join(kitDir, "gold.jsonl"))
	if err != nil {
		return nil, err
	}
	scores := make([]ExtractScore, len(exs))
	for i, ex := range exs {
		scores[i].Name, scores[i].DateOnly = ex.Name, ex.DateOnly
	}
	for _, g := range gold {
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		if o.Lang != "all" && o.Lang != "" && g.Lang != o.Lang || !o.Half.In(g.File) {
			continue
		}
		if o.Part != "" && (HalfOf(g.File) != Tune || PartOf(g.File) != o.Part) {
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
				} else if i == 0 && o.Misses != nil && HalfOf(g.File) == Tune {
					fmt.Fprintf(o.Misses, "title miss %s: got %q, gold %q\n", g.File, collapse(res.Title), collapse(*g.Title))
				}
			}
			if g.Date != nil && *g.Date != "" {
				s.DateN++
				ok := !res.Published.IsZero() && res.Published.String() == *g.Date
				if ok {
					s.DateOK++
				} else if i == 0 && o.Misses != nil && HalfOf(g.File) == Tune {
					got := ""
					if !res.Published.IsZero() {
						got = res.Published.String()
					}
					fmt.Fprintf(o.Misses, "date miss %s: got %q (%s %.2f), gold %s\n", g.File, got, res.PublishedFrom, res.PublishedConf, *g.Date)
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
		if s.DateOnly {
			fmt.Fprintf(w, "%-22s %6d %6s %6s %6s %12s %5.3f %3d/%-3d %8.1f\n", s.Name, s.Pages, "-", "-", "-", "-",
				ratio(s.DateOK, s.DateN), s.DateOK, s.DateN, pps)
			continue
		}
		fmt.Fprintf(w, "%-22s %6d %6.3f %6.3f %6.3f %5.3f %3d/%-3d %5.3f %3d/%-3d %8.1f\n", s.Name, s.Pages, s.Precision(), s.Recall(), s.F1(),
			ratio(s.TitleOK, s.TitleN), s.TitleOK, s.TitleN, ratio(s.DateOK, s.DateN), s.DateOK, s.DateN, pps)
	}
}
