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
	"sort"
	"strings"
	"sync"

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
	sum := sha256.Sum256([]byte(extract.DedupKey(text)))
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

// BatchSize is how many articles are stored in one transaction.
const BatchSize = 256

// job is one record on its way through the pipeline.
type job struct {
	item, rec int // position in input order
	record    source.Record
	article   *corroborate.Article
	err       *corroborate.InputError
}

// Ingest reads, extracts and stores the inputs. Inputs are read by up to
// Workers goroutines, records extracted by as many, and one writer stores
// articles in transactions of up to BatchSize: a failure never leaves half a
// batch stored. Failed inputs are listed in Result.Errors and do not stop
// the others.
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
	g, gctx := errgroup.WithContext(ctx)
	records := make(chan job, 4*workers)
	extracted := make(chan job, 4*workers)
	var done []job // collected by the writer
	var progressMu sync.Mutex
	itemsDone := 0

	// Stage 1: read inputs into records.
	g.Go(func() error {
		defer close(records)
		rg, rctx := errgroup.WithContext(gctx)
		rg.SetLimit(workers)
		for i, it := range items {
			rg.Go(func() error {
				defer func() {
					if opts.Progress != nil {
						progressMu.Lock()
						itemsDone++
						opts.Progress(itemsDone, len(items))
						progressMu.Unlock()
					}
				}()
				doc, err := reader.Read(rctx, it)
				if err != nil {
					ie := inputError(err, it.Source)
					return send(rctx, records, job{item: i, err: &ie})
				}
				recs, rerrs := source.Records(doc)
				for k, e := range rerrs {
					ie := inputError(e, it.Source)
					if err := send(rctx, records, job{item: i, rec: -1 - k, err: &ie}); err != nil {
						return err
					}
				}
				for k, rec := range recs {
					if err := send(rctx, records, job{item: i, rec: k, record: rec}); err != nil {
						return err
					}
				}
				return nil
			})
		}
		return rg.Wait()
	})

	// Stage 2: extract articles.
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		g.Go(func() error {
			defer wg.Done()
			for j := range records {
				if j.err == nil {
					a, err := Extract(j.record)
					if err != nil {
						j.err = &corroborate.InputError{Source: j.record.Source, Err: err.Error()}
					} else {
						j.article = a
					}
				}
				if err := send(gctx, extracted, j); err != nil {
					return err
				}
			}
			return nil
		})
	}
	g.Go(func() error {
		wg.Wait()
		close(extracted)
		return nil
	})

	// Stage 3: one writer, batched transactions.
	g.Go(func() error {
		var batch []job
		flush := func() error {
			if len(batch) == 0 {
				return nil
			}
			// Store in input order, whatever order extraction finished in.
			sort.Slice(batch, func(a, b int) bool {
				return batch[a].item < batch[b].item || batch[a].item == batch[b].item && batch[a].rec < batch[b].rec
			})
			in := make([]corroborate.ArticleInput, len(batch))
			for i, j := range batch {
				in[i] = corroborate.ArticleInput{Article: j.article, Raw: corroborate.Raw{Kind: j.record.RawKind, Bytes: j.record.Raw}}
			}
			created, err := store.PutArticles(gctx, in)
			if err != nil {
				if gctx.Err() != nil {
					return gctx.Err()
				}
				for i := range batch {
					batch[i].article = nil
					batch[i].err = &corroborate.InputError{Source: batch[i].record.Source, Err: "store: " + err.Error()}
				}
			}
			for _, c := range created {
				if c {
					res.Created++
				}
			}
			done = append(done, batch...)
			batch = batch[:0]
			return nil
		}
		for j := range extracted {
			if j.err != nil {
				done = append(done, j)
				continue
			}
			batch = append(batch, j)
			if len(batch) >= BatchSize {
				if err := flush(); err != nil {
					return err
				}
			}
		}
		return flush()
	})
	if err := g.Wait(); err != nil {
		return res, err
	}

	sort.Slice(done, func(a, b int) bool {
		if done[a].item != done[b].item {
			return done[a].item < done[b].item
		}
		return done[a].rec < done[b].rec
	})
	index := map[string]int{}
	for _, j := range done {
		if j.err != nil {
			res.Errors = append(res.Errors, *j.err)
			continue
		}
		a := *j.article
		if k, ok := index[a.ID]; ok {
			res.Articles[k].Sources = corroborate.AppendUnique(res.Articles[k].Sources, a.Source)
			continue
		}
		a.Sources = []string{a.Source}
		index[a.ID] = len(res.Articles)
		res.Articles = append(res.Articles, a)
	}
	return res, nil
}

func send(ctx context.Context, ch chan<- job, j job) error {
	select {
	case ch <- j:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

func inputError(err error, fallback string) corroborate.InputError {
	var ie *source.InputError
	if errors.As(err, &ie) {
		return corroborate.InputError{Source: ie.Source, Err: ie.Err.Error()}
	}
	return corroborate.InputError{Source: fallback, Err: err.Error()}
}
