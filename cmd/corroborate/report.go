package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"time"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/analyze"
	"github.com/corroborate/corroborate/internal/report"
	"github.com/corroborate/corroborate/internal/sqlite"
)

// reportConfig is the report command's configuration.
type reportConfig struct {
	format report.Format
	db     string
	story  string
	since  string // RFC 3339, UTC; "" for no limit
}

// runReport prints stories from the store without reading any input.
func runReport(ctx context.Context, e *env, args []string) int {
	fs := flag.NewFlagSet("report", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	var cfg reportConfig
	format := fs.String("format", "text", "output format: text, markdown or json")
	fs.StringVar(&cfg.db, "db", defaultDBPath(e.getenv), "SQLite store path (CORROBORATE_DB overrides the default)")
	fs.StringVar(&cfg.story, "story", "", "only this story (a merged story's old id gives the story it is now part of)")
	since := fs.String("since", "", "only stories that gained articles, began or were merged on or after this date (YYYY-MM-DD, or RFC 3339)")
	fs.Usage = func() {
		fmt.Fprint(e.stderr, `Usage: corroborate report [--story ID] [--since DATE] [--format text|markdown|json] [--db PATH]

Prints the stories of the store, without reading any input again: the
stored articles are grouped from their stored readings, their stories
compared again (findings are not kept yet), and the stories keep their
stable ids; stories that changed are saved.
Exit status: 0 printed, 1 store or story not found, 2 usage error.

Flags:
`)
		fs.PrintDefaults()
	}
	rest, err := parseInterspersed(fs, args)
	if errors.Is(err, flag.ErrHelp) {
		return exitOK
	}
	if err != nil {
		return exitUsage
	}
	if len(rest) > 0 {
		fmt.Fprintf(e.stderr, "corroborate report: unexpected argument %q (report reads the store only)\n", rest[0])
		return exitUsage
	}
	if cfg.format, err = report.ParseFormat(*format); err != nil {
		fmt.Fprintf(e.stderr, "corroborate report: %v\n", err)
		return exitUsage
	}
	if cfg.since, err = parseSince(*since); err != nil {
		fmt.Fprintf(e.stderr, "corroborate report: %v\n", err)
		return exitUsage
	}
	store, err := sqlite.Open(ctx, cfg.db)
	if err != nil {
		fmt.Fprintf(e.stderr, "corroborate report: %v\n", err)
		return exitPartial
	}
	defer store.Close()
	rep, err := storedStories(ctx, e, store, cfg)
	if err != nil {
		if ctx.Err() != nil {
			fmt.Fprintln(e.stderr, "corroborate report: interrupted")
			return exitInterrupted
		}
		var ce *corroborate.Error
		if errors.As(err, &ce) {
			err = errors.New(ce.Message)
		}
		fmt.Fprintf(e.stderr, "corroborate report: %v\n", err)
		return exitPartial
	}
	if err := report.Render(e.stdout, rep, cfg.format, report.Options{Color: e.stdoutTTY && e.getenv("NO_COLOR") == ""}); err != nil {
		fmt.Fprintf(e.stderr, "corroborate report: write report: %v\n", err)
		return exitPartial
	}
	return exitOK
}

// storedStories builds the report of the store narrowed to cfg's story
// and date.
func storedStories(ctx context.Context, e *env, store corroborate.ArticleStore, cfg reportConfig) (*corroborate.Report, error) {
	rep, redirects, err := savedReport(ctx, store)
	if err != nil {
		return nil, err
	}
	want := cfg.story
	if to, ok := redirects[want]; ok {
		fmt.Fprintf(e.stderr, "corroborate report: story %s was merged into %s\n", want, to)
		want = to
	}
	updated := map[string]string{}
	if cfg.since != "" {
		stored, err := store.Stories(ctx)
		if err != nil {
			return nil, err
		}
		for _, st := range stored {
			updated[st.ID] = st.Updated
		}
	}
	found := false
	keepStories(rep, func(st *corroborate.Story) bool {
		if want != "" && st.ID != want {
			return false
		}
		found = found || st.ID == want
		return cfg.since == "" || updated[st.ID] >= cfg.since
	}, nil)
	if want != "" && !found {
		return nil, corroborate.Errorf(corroborate.ENOTFOUND, "no story %s in the store", cfg.story)
	}
	analyze.Normalize(rep)
	return rep, nil
}

// savedReport is the report of the whole store as the store keeps it
// (analyze.LoadSaved: the saved stories and findings, nothing analysed),
// or, when the saved analysis is not current, the store regrouped.
func savedReport(ctx context.Context, store corroborate.ArticleStore) (*corroborate.Report, map[string]string, error) {
	arts, err := store.Articles(ctx, 0)
	if err != nil {
		return nil, nil, err
	}
	rep, redirects, ok, err := analyze.LoadSaved(ctx, store, arts)
	if err != nil {
		return nil, nil, err
	}
	if ok {
		return rep, redirects, nil
	}
	return storeReport(ctx, store, nil, false)
}

// parseSince reads --since: a day (midnight UTC) or an RFC 3339 time,
// returned as RFC 3339 in UTC, comparable with the stored times.
func parseSince(s string) (string, error) {
	if s == "" {
		return "", nil
	}
	if t, err := time.Parse("2006-01-02", s); err == nil {
		return t.UTC().Format(time.RFC3339), nil
	}
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return t.UTC().Format(time.RFC3339), nil
	}
	return "", fmt.Errorf("--since %q is not a date (YYYY-MM-DD) or an RFC 3339 time", s)
}
