package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/analyze"
	"github.com/corroborate/corroborate/internal/fetch"
	"github.com/corroborate/corroborate/internal/pipeline"
	"github.com/corroborate/corroborate/internal/report"
	"github.com/corroborate/corroborate/internal/source"
	"github.com/corroborate/corroborate/internal/sqlite"
)

// analyzeConfig is the analyze command's configuration.
type analyzeConfig struct {
	format       report.Format
	db           string
	allowPrivate bool
	workers      int
	maxBytes     int64 // 0: the defaults (a document or record, a JSON Lines stream)
	timeout      time.Duration
	inputTimeout time.Duration
	noProgress   bool
}

// analyzeFlags reads analyze's flags and inputs; code is -1 when the
// command goes on, else the exit status to end it with (help shown, or a
// usage error written).
func analyzeFlags(e *env, args []string) (cfg analyzeConfig, inputs []string, code int) {
	fs := flag.NewFlagSet("analyze", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	format := fs.String("format", "text", "output format: text, markdown or json")
	fs.StringVar(&cfg.db, "db", defaultDBPath(e.getenv), "SQLite store path (CORROBORATE_DB overrides the default; :memory: for none)")
	fs.BoolVar(&cfg.allowPrivate, "allow-private", false, "allow fetching URLs on private, loopback or link-local addresses")
	fs.IntVar(&cfg.workers, "workers", 0, "inputs processed at once (default: number of CPUs)")
	maxMB := fs.Int("max-mb", 0, fmt.Sprintf("largest input accepted, in MB after decompression, whatever its kind or name (default %d MB a document or JSON Lines record, %d MB a JSON Lines stream)", source.MaxBytes>>20, source.MaxStreamBytes>>20))
	fs.DurationVar(&cfg.timeout, "timeout", 30*time.Second, "total timeout for fetching one URL")
	fs.DurationVar(&cfg.inputTimeout, "input-timeout", source.DefaultTimeout, "longest wait for one input's bytes, and for extracting one article")
	fs.BoolVar(&cfg.noProgress, "no-progress", false, "never show the progress bar")
	fs.Usage = func() {
		fmt.Fprint(e.stderr, `Usage: corroborate analyze [flags] INPUT...

Reads articles (plain text, HTML, JSON or JSON Lines, gzip or not) from files,
folders, globs, http(s) URLs or - (stdin), stores them, and prints a report.
Exit status: 0 all inputs read, 1 some inputs failed, 2 usage error.

Flags:
`)
		fs.PrintDefaults()
	}
	inputs, err := parseInterspersed(fs, args)
	if errors.Is(err, flag.ErrHelp) {
		return cfg, nil, exitOK
	}
	if err != nil {
		return cfg, nil, exitUsage
	}
	if cfg.format, err = report.ParseFormat(*format); err != nil {
		fmt.Fprintf(e.stderr, "corroborate analyze: %v\n", err)
		return cfg, nil, exitUsage
	}
	if len(inputs) == 0 {
		fmt.Fprintln(e.stderr, "corroborate analyze: no INPUT given")
		fs.Usage()
		return cfg, nil, exitUsage
	}
	if *maxMB < 0 {
		fmt.Fprintln(e.stderr, "corroborate analyze: --max-mb must be positive")
		return cfg, nil, exitUsage
	}
	cfg.maxBytes = int64(*maxMB) << 20
	return cfg, inputs, -1
}

// runAnalyze is the analyze command: it reads the inputs into the store,
// groups the store's stories and prints the report of the stories the
// inputs belong to.
func runAnalyze(ctx context.Context, e *env, args []string) int {
	cfg, inputs, code := analyzeFlags(e, args)
	if code >= 0 {
		return code
	}

	store, err := sqlite.Open(ctx, cfg.db)
	if ctx.Err() != nil {
		// A signal while the store was opened (or migrated): nothing read
		// yet, and a migration is one transaction, so nothing half done.
		if store != nil {
			store.Close()
		}
		return interrupted(e, nil)
	}
	if err != nil {
		fmt.Fprintf(e.stderr, "corroborate analyze: %v\n", err)
		return exitPartial
	}
	if !e.exits || cfg.db != ":memory:" {
		defer store.Close()
	}
	// else a :memory: store is the process's memory, which the system takes
	// back at exit in one piece: closing it freed SQLite's page cache page by
	// page (1.4% of the CPU of analyze on ECB+ dev).

	fopts := fetch.DefaultOptions()
	fopts.AllowPrivate, fopts.Timeout = cfg.allowPrivate, cfg.timeout
	if cfg.maxBytes > 0 {
		fopts.MaxBytes = cfg.maxBytes
	}
	// --max-mb, when given, limits every input: documents, records and
	// JSON Lines streams alike.
	reader := &source.Reader{MaxBytes: cfg.maxBytes, MaxStreamBytes: cfg.maxBytes, Timeout: cfg.inputTimeout, Fetcher: fetch.New(fopts), Stdin: e.stdin}
	opts := pipeline.Options{Workers: cfg.workers, Reader: reader, ExtractTimeout: cfg.inputTimeout}
	var bar *progressBar
	if e.stderrTTY && !cfg.noProgress {
		bar = &progressBar{w: e.stderr}
		opts.Progress = bar.update
	}
	res, err := pipeline.Ingest(ctx, store, inputs, opts)
	if bar != nil {
		bar.finish()
	}
	if ctx.Err() != nil {
		return interrupted(e, res)
	}
	if err != nil {
		fmt.Fprintf(e.stderr, "corroborate analyze: %v\n", err)
		return exitPartial
	}
	// The stories are those of the whole store (stable ids, saved); the
	// report shows the stories the inputs belong to, with their stored
	// articles.
	rep, _, err := storeReport(ctx, store, res.Articles, true)
	if ctx.Err() != nil {
		return interrupted(e, res)
	}
	if err != nil {
		fmt.Fprintf(e.stderr, "corroborate analyze: %v\n", err)
		return exitPartial
	}
	read := map[string]bool{}
	for _, a := range res.Articles {
		read[a.ID] = true
	}
	keepStories(rep, func(st *corroborate.Story) bool {
		return slices.ContainsFunc(st.Articles, func(id string) bool { return read[id] })
	}, read)
	rep.Errors = res.Errors
	analyze.Normalize(rep)
	for _, ie := range rep.Errors {
		fmt.Fprintf(e.stderr, "corroborate: %s: %s\n", ie.Source, oneLine(ie.Err))
	}
	if err := report.Render(e.stdout, rep, cfg.format, report.Options{Color: e.stdoutTTY && e.getenv("NO_COLOR") == ""}); err != nil {
		fmt.Fprintf(e.stderr, "corroborate analyze: write report: %v\n", err)
		return exitPartial
	}
	if len(rep.Errors) > 0 {
		return exitPartial
	}
	return exitOK
}

// interrupted reports an analysis stopped by a signal: what was stored
// stays stored (whole batches only), no report is printed, and the exit
// status says the run did not finish.
func interrupted(e *env, res *pipeline.Result) int {
	n := 0
	if res != nil {
		n = res.Created
	}
	fmt.Fprintf(e.stderr, "corroborate analyze: interrupted; %d new articles stored before the signal, no report printed\n", n)
	return exitInterrupted
}

// progressBar draws "[#####.....] 12/40" on a terminal.
type progressBar struct {
	w interface{ Write([]byte) (int, error) }
	// unit names what is counted ("inputs" when empty).
	unit string
}

func (p *progressBar) update(done, total int) {
	const width = 30
	n := width
	if total > 0 {
		n = done * width / total
	}
	unit := p.unit
	if unit == "" {
		unit = "inputs"
	}
	fmt.Fprintf(p.w, "\r[%s%s] %d/%d %s", strings.Repeat("#", n), strings.Repeat(".", width-n), done, total, unit)
}

func (p *progressBar) finish() { fmt.Fprint(p.w, "\r\x1b[K") }
