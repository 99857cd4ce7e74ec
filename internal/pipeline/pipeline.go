// Package pipeline runs the stages of an analysis — read inputs, extract
// articles, store them, build the report — and owns the goroutines that do
// the work, with a limit and progress reporting.
package pipeline

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"runtime"
	"sort"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"golang.org/x/sync/errgroup"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/dates"
	"github.com/corroborate/corroborate/internal/extract"
	"github.com/corroborate/corroborate/internal/source"
	"github.com/corroborate/corroborate/internal/text"
)

// Options configure an analysis.
type Options struct {
	// Workers is the number of inputs processed at once (default: CPUs).
	Workers int
	// Reader reads the inputs.
	Reader *source.Reader
	// Progress, when set, is called after each input with counts so far.
	Progress func(done, total int)
	// ExtractTimeout bounds the extraction of one record (default
	// DefaultExtractTimeout; negative: none): a record that takes longer
	// is reported and the others go on.
	ExtractTimeout time.Duration
}

// DefaultExtractTimeout is the default bound on extracting one record.
const DefaultExtractTimeout = time.Minute

// Limits on metadata fields, in characters: longer values are cut at a
// word boundary and end with "…". No headline, outlet name or byline of
// real news comes near them.
const (
	MaxTitle  = 500
	MaxOutlet = 200
	MaxAuthor = 300
	MaxPlace  = 200
)

// MinWords is the fewest words an article's clean text may have.
const MinWords = 5

// ArticleID returns the stable id of an article: a hash of its normalized
// text (case, spacing and quote styles do not matter).
func ArticleID(text string) string { return extract.TextID(text) }

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
		r, err := extract.HTML(rec.Body, extract.HTMLOptions{URL: rec.URL, ContentType: rec.ContentType, Fetched: rec.Fetched})
		if err != nil && strings.Contains(err.Error(), "open stack of elements") {
			// Nested deeper than the tree parser allows: read the text
			// with the streaming tokenizer instead.
			title, text := source.HTMLText(rec.Body)
			r, err = extract.Text(text, extract.Hint{Title: cmp.Or(hint.Title, title), NoHeader: title != ""}), nil
		}
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
	if !text.HasFields(res.Text, MinWords) { // counted without a slice of the words
		return nil, fmt.Errorf("no article text found (fewer than %d words after cleanup)", MinWords)
	}
	url := cmp.Or(res.URL, rec.URL)
	if !source.IsWebURL(url) {
		url = "" // only http(s) addresses become links
	}
	a := &corroborate.Article{
		ID:                  ArticleID(res.Text),
		Source:              rec.Source,
		Outlet:              corroborate.StrPtr(Clip(res.Outlet, MaxOutlet)),
		Title:               corroborate.StrPtr(Clip(res.Title, MaxTitle)),
		Place:               corroborate.StrPtr(Clip(res.Place, MaxPlace)),
		Author:              corroborate.StrPtr(Clip(res.Author, MaxAuthor)),
		URL:                 url,
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

// Clip returns s cut to at most n characters, at a word boundary when one
// is near, ending with "…" when it was cut.
func Clip(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	cut, runes := 0, 0
	for i := range s {
		if runes == n-1 {
			cut = i
			break
		}
		runes++
	}
	if sp := strings.LastIndexAny(s[:cut], " \t\n"); sp > cut*3/4 {
		cut = sp
	}
	return strings.TrimRight(s[:cut], " \t\n") + "…"
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

// Ingest reads, extracts and stores the inputs named on a command line
// (files, folders, globs, URLs, "-"); see IngestItems.
func Ingest(ctx context.Context, store corroborate.ArticleStore, inputs []string, opts Options) (*Result, error) {
	items, expErrs := source.Expand(inputs)
	res, err := IngestItems(ctx, store, items, opts)
	var errs []corroborate.InputError
	for _, e := range expErrs {
		errs = append(errs, inputError(e, ""))
	}
	res.Errors = append(errs, res.Errors...)
	return res, err
}

// IngestItems reads, extracts and stores items in three passes joined by
// channels: up to Workers items are read at once (JSON Lines record by
// record), records are extracted by as many workers, and one writer stores
// articles in transactions of up to BatchSize, so a failure never leaves
// half a batch stored. Failed inputs and records are listed in
// Result.Errors and do not stop the others. When ctx ends, the passes stop
// and ctx's error is returned with what was stored so far.
func IngestItems(ctx context.Context, store corroborate.ArticleStore, items []source.Item, opts Options) (*Result, error) {
	in := &ingest{store: store, items: items, opts: opts, reader: opts.Reader, workers: opts.Workers, res: &Result{}}
	if in.reader == nil {
		in.reader = &source.Reader{}
	}
	if in.workers <= 0 {
		in.workers = runtime.GOMAXPROCS(0)
	}
	g, gctx := errgroup.WithContext(ctx)
	records := make(chan job, 4*in.workers)
	extracted := make(chan job, 4*in.workers)
	g.Go(recovered("reading", func() error {
		defer close(records)
		return in.readPass(gctx, records)
	}))
	g.Go(recovered("extraction", func() error {
		defer close(extracted)
		return in.extractPass(gctx, records, extracted)
	}))
	g.Go(recovered("storing", func() error { return in.storePass(gctx, extracted) }))
	if err := g.Wait(); err != nil {
		in.collect()
		return in.res, err
	}
	in.collect()
	return in.res, nil
}

// recovered runs fn, turning a panic into an error: errgroup does not
// recover panics, and one in a pass must not take the process (a server)
// down.
func recovered(pass string, fn func() error) func() error {
	return func() (err error) {
		defer func() {
			if p := recover(); p != nil {
				err = fmt.Errorf("internal error while %s (please report it): %v", pass, p)
			}
		}()
		return fn()
	}
}

// ingest is the state of one IngestItems call.
type ingest struct {
	store   corroborate.ArticleStore
	items   []source.Item
	opts    Options
	reader  *source.Reader
	workers int
	res     *Result
	done    []job // collected by the writer

	progressMu sync.Mutex
	itemsDone  int
}

// readPass reads items into records, up to workers items at once.
func (in *ingest) readPass(ctx context.Context, out chan<- job) error {
	g, gctx := errgroup.WithContext(ctx)
	g.SetLimit(in.workers)
	for i, it := range in.items {
		g.Go(func() error {
			defer in.progress()
			k := 0
			err := recovered("reading "+it.Source, func() error {
				return in.reader.Stream(gctx, it, func(rec source.Record, err error) error {
					j := job{item: i, rec: k, record: rec}
					k++
					if err != nil {
						ie := inputError(err, it.Source)
						j.err = &ie
					}
					return send(gctx, out, j)
				})
			})()
			if gctx.Err() != nil {
				return gctx.Err()
			}
			if err != nil {
				ie := inputError(err, it.Source)
				return send(gctx, out, job{item: i, rec: k, err: &ie})
			}
			return nil
		})
	}
	return g.Wait()
}

func (in *ingest) progress() {
	if in.opts.Progress == nil {
		return
	}
	in.progressMu.Lock()
	defer in.progressMu.Unlock()
	in.itemsDone++
	in.opts.Progress(in.itemsDone, len(in.items))
}

// extractPass turns records into articles with workers goroutines.
func (in *ingest) extractPass(ctx context.Context, records <-chan job, out chan<- job) error {
	timeout := in.opts.ExtractTimeout
	if timeout == 0 {
		timeout = DefaultExtractTimeout
	}
	g, gctx := errgroup.WithContext(ctx)
	for w := 0; w < in.workers; w++ {
		g.Go(func() error {
			for j := range records {
				if j.err == nil {
					a, err := extractGuarded(j.record, timeout)
					if err != nil {
						j.err = &corroborate.InputError{Source: j.record.Source, Err: err.Error(), Cause: err}
					} else {
						j.article = a
					}
				}
				if err := send(gctx, out, j); err != nil {
					return err
				}
			}
			return nil
		})
	}
	return g.Wait()
}

// extractGuarded runs Extract so that neither a panic nor a record that
// takes longer than timeout can stop the run: both become the record's
// error. A timed-out extraction is left to finish in the background.
func extractGuarded(rec source.Record, timeout time.Duration) (*corroborate.Article, error) {
	type result struct {
		a   *corroborate.Article
		err error
	}
	ch := make(chan result, 1)
	go func() {
		defer func() {
			if p := recover(); p != nil {
				ch <- result{err: fmt.Errorf("internal error while extracting (please report it): %v", p)}
			}
		}()
		a, err := Extract(rec)
		ch <- result{a, err}
	}()
	if timeout < 0 {
		r := <-ch
		return r.a, r.err
	}
	t := time.NewTimer(timeout)
	defer t.Stop()
	select {
	case r := <-ch:
		return r.a, r.err
	case <-t.C:
		return nil, fmt.Errorf("extraction took longer than %v; skipped", timeout)
	}
}

// storePass is the one writer: it stores articles in batches, in input
// order within a batch whatever order extraction finished in.
func (in *ingest) storePass(ctx context.Context, extracted <-chan job) error {
	var batch []job
	for j := range extracted {
		if j.err != nil {
			in.done = append(in.done, j)
			continue
		}
		batch = append(batch, j)
		if len(batch) >= BatchSize {
			if err := in.flush(ctx, batch); err != nil {
				return err
			}
			batch = batch[:0]
		}
	}
	return in.flush(ctx, batch)
}

// flush stores one batch in one transaction. A failed transaction fails
// every record of the batch; a cancelled context stops the run.
func (in *ingest) flush(ctx context.Context, batch []job) error {
	if len(batch) == 0 {
		return nil
	}
	sort.Slice(batch, func(a, b int) bool { return before(batch[a], batch[b]) })
	inputs := make([]corroborate.ArticleInput, len(batch))
	for i, j := range batch {
		inputs[i] = corroborate.ArticleInput{Article: j.article, Raw: corroborate.Raw{Kind: j.record.RawKind, Bytes: j.record.Raw}}
	}
	created, err := in.store.PutArticles(ctx, inputs)
	if err != nil {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		for i := range batch {
			batch[i].article = nil
			batch[i].err = &corroborate.InputError{Source: batch[i].record.Source, Err: "store: " + err.Error(), Cause: err}
		}
	}
	for _, c := range created {
		if c {
			in.res.Created++
		}
	}
	in.done = append(in.done, batch...)
	return nil
}

func before(a, b job) bool { return a.item < b.item || a.item == b.item && a.rec < b.rec }

// collect lists the stored articles, each once with all its sources, and
// the errors, in input order.
func (in *ingest) collect() {
	sort.Slice(in.done, func(a, b int) bool { return before(in.done[a], in.done[b]) })
	index := map[string]int{}
	res := in.res
	for _, j := range in.done {
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
	in.done = nil
}

func send(ctx context.Context, ch chan<- job, j job) error {
	select {
	case ch <- j:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// inputError returns err as the report's input error, naming fallback
// when err does not say which input it is about.
func inputError(err error, fallback string) corroborate.InputError {
	var ie *corroborate.InputError
	if errors.As(err, &ie) {
		return *ie
	}
	return corroborate.InputError{Source: fallback, Err: err.Error(), Cause: err}
}
