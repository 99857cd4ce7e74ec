// Package pipeline runs the stages of an analysis — read inputs, extract
// articles, store them, build the report — and owns the goroutines that do
// the work, with a limit and progress reporting.
package pipeline

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"runtime"
	"strings"
	"sync"
	"unicode"

	"golang.org/x/sync/errgroup"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/dates"
	"github.com/corroborate/corroborate/internal/extract"
	"github.com/corroborate/corroborate/internal/source"
)

// Options configure an analysis.
type Options struct {
	// Workers is the number of inputs processed at once (default: CPUs).
	Workers int
	// Reader reads the inputs.
	Reader *source.Reader
	// Progress, when set, is called after each input with counts so far.
	Progress func(done, total int)
}

// MinWords is the fewest words an article's clean text may have.
const MinWords = 5

// ArticleID returns the stable id of an article: a hash of its normalized
// text (case, spacing and quote styles do not matter).
func ArticleID(text string) string {
	var b strings.Builder
	space := false
	for _, r := range strings.ToLower(text) {
		switch r {
		case '’', '‘', '`':
			r = '\''
		case '“', '”':
			r = '"'
		}
		if unicode.IsSpace(r) {
			space = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	sum := sha256.Sum256([]byte(b.String()))
	return hex.EncodeToString(sum[:8])
}

// Extract turns one record into an article.
func Extract(rec source.Record) (*corroborate.Article, error) {
	var res extract.Result
	hint := extract.Hint{Title: strings.TrimSpace(rec.Title), Outlet: strings.TrimSpace(rec.Outlet), Author: strings.TrimSpace(rec.Author), URL: rec.URL}
	if rec.Published != "" {
		if d, ok := parseRecordDate(rec.Published); ok {
			hint.Published, hint.PublishedConf, hint.PublishedFrom = d, 1, "record"
		}
	}
	switch rec.Kind {
	case "html":
		r, err := extract.HTML(rec.Body, extract.HTMLOptions{URL: rec.URL, ContentType: rec.ContentType})
		if err != nil {
			return nil, err
		}
		res = r
		// A record's own metadata wins over the page's.
		if hint.Title != "" {
			res.Title = hint.Title
		}
		if hint.Outlet != "" {
			res.Outlet = hint.Outlet
		}
		if !hint.Published.IsZero() {
			res.Published, res.PublishedConf, res.PublishedFrom = hint.Published, hint.PublishedConf, hint.PublishedFrom
		}
	default:
		res = extract.Text(string(rec.Body), hint)
		if res.Outlet == "" && rec.URL != "" {
			res.Outlet = hostOutlet(rec.URL)
		}
	}
	if len(strings.Fields(res.Text)) < MinWords {
		return nil, fmt.Errorf("no article text found (fewer than %d words after cleanup)", MinWords)
	}
	a := &corroborate.Article{
		ID:                  ArticleID(res.Text),
		Source:              rec.Source,
		Outlet:              corroborate.StrPtr(res.Outlet),
		Title:               corroborate.StrPtr(res.Title),
		Place:               corroborate.StrPtr(res.Place),
		Author:              corroborate.StrPtr(res.Author),
		URL:                 firstNonEmpty(res.URL, rec.URL),
		Text:                res.Text,
		Lead:                res.Lead,
		PublishedConfidence: res.PublishedConf,
		PublishedFrom:       res.PublishedFrom,
	}
	if !res.Published.IsZero() {
		a.Published = corroborate.Ptr(res.Published.String())
	}
	return a, nil
}

func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if s != "" {
			return s
		}
	}
	return ""
}

func hostOutlet(u string) string {
	if i := strings.Index(u, "://"); i >= 0 {
		h := u[i+3:]
		if j := strings.IndexAny(h, "/?#"); j >= 0 {
			h = h[:j]
		}
		if j := strings.LastIndex(h, "@"); j >= 0 {
			h = h[j+1:]
		}
		if j := strings.LastIndex(h, ":"); j >= 0 && !strings.Contains(h[j:], "]") {
			h = h[:j]
		}
		return strings.TrimPrefix(h, "www.")
	}
	return ""
}

func parseRecordDate(s string) (dates.Date, bool) {
	s = strings.TrimSpace(s)
	if len(s) >= 10 {
		var y, m, d int
		if n, _ := fmt.Sscanf(s[:10], "%4d-%2d-%2d", &y, &m, &d); n == 3 && dates.Valid(y, m, d) {
			return dates.Date{Year: y, Month: m, Day: d}, true
		}
	}
	for _, f := range dates.FindAll(s) {
		if !f.Ambiguous() {
			return f.Date, true
		}
	}
	return dates.Date{}, false
}

// Result is the outcome of ingesting inputs.
type Result struct {
	// Articles in input order, each once (an article read twice lists both sources).
	Articles []corroborate.Article
	// Errors, one per failed input or record.
	Errors []corroborate.InputError
	// Created counts the articles that were new to the store.
	Created int
}

// Ingest reads, extracts and stores the inputs. Failed inputs are listed in
// Result.Errors and do not stop the others; each article is stored in its
// own transaction, so a failure never damages what is stored.
func Ingest(ctx context.Context, store corroborate.ArticleStore, inputs []string, opts Options) (*Result, error) {
	items, expErrs := source.Expand(inputs)
	res := &Result{}
	for _, e := range expErrs {
		res.Errors = append(res.Errors, inputError(e, ""))
	}
	reader := opts.Reader
	if reader == nil {
		reader = &source.Reader{}
	}
	workers := opts.Workers
	if workers <= 0 {
		workers = runtime.NumCPU()
	}
	type slot struct {
		arts []corroborate.Article
		errs []corroborate.InputError
	}
	slots := make([]slot, len(items))
	var mu sync.Mutex // the store takes one writer at a time
	var done int
	g, gctx := errgroup.WithContext(ctx)
	g.SetLimit(workers)
	for i, it := range items {
		g.Go(func() error {
			sl := &slots[i]
			doc, err := reader.Read(gctx, it)
			if err != nil {
				sl.errs = append(sl.errs, inputError(err, it.Source))
			} else {
				recs, rerrs := source.Records(doc)
				for _, e := range rerrs {
					sl.errs = append(sl.errs, inputError(e, it.Source))
				}
				for _, rec := range recs {
					a, err := Extract(rec)
					if err != nil {
						sl.errs = append(sl.errs, corroborate.InputError{Source: rec.Source, Err: err.Error()})
						continue
					}
					mu.Lock()
					created, err := store.PutArticle(gctx, a, corroborate.Raw{Kind: rec.RawKind, Bytes: rec.Raw})
					if created {
						res.Created++
					}
					mu.Unlock()
					if err != nil {
						if gctx.Err() != nil {
							return gctx.Err()
						}
						sl.errs = append(sl.errs, corroborate.InputError{Source: rec.Source, Err: err.Error()})
						continue
					}
					sl.arts = append(sl.arts, *a)
				}
			}
			if opts.Progress != nil {
				mu.Lock()
				done++
				opts.Progress(done, len(items))
				mu.Unlock()
			}
			return nil
		})
	}
	if err := g.Wait(); err != nil {
		return res, err
	}
	index := map[string]int{}
	for _, sl := range slots {
		for _, a := range sl.arts {
			if k, ok := index[a.ID]; ok {
				res.Articles[k].Sources = appendUnique(res.Articles[k].Sources, a.Source)
				continue
			}
			a.Sources = []string{a.Source}
			index[a.ID] = len(res.Articles)
			res.Articles = append(res.Articles, a)
		}
		res.Errors = append(res.Errors, sl.errs...)
	}
	return res, nil
}

func appendUnique(ss []string, s string) []string {
	for _, x := range ss {
		if x == s {
			return ss
		}
	}
	return append(ss, s)
}

func inputError(err error, fallback string) corroborate.InputError {
	var ie *source.InputError
	if errors.As(err, &ie) {
		return corroborate.InputError{Source: ie.Source, Err: ie.Err.Error()}
	}
	return corroborate.InputError{Source: fallback, Err: err.Error()}
}
