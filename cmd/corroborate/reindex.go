package main

import (
	"context"
	"errors"
	"flag"
	"fmt"

	"github.com/corroborate/corroborate/internal/analyze"
	"github.com/corroborate/corroborate/internal/sqlite"
)

func runReindex(ctx context.Context, e *env, args []string) int {
	fs := flag.NewFlagSet("reindex", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	db := fs.String("db", defaultDBPath(e.getenv), "SQLite store path (CORROBORATE_DB overrides the default)")
	all := fs.Bool("all", false, "recompute every reading, not only those another engine version computed")
	noProgress := fs.Bool("no-progress", false, "never show the progress bar")
	fs.Usage = func() {
		fmt.Fprint(e.stderr, `Usage: corroborate reindex [flags]

Recomputes the stored reading of every article that another engine version
computed (after an upgrade), or that has none, and saves it. Readings are
also recomputed on demand when a command needs them; reindex does it for
the whole store at once. Exit status: 0 done, 1 failed, 2 usage error.

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
		fmt.Fprintf(e.stderr, "corroborate reindex: unexpected argument %q\n", rest[0])
		return exitUsage
	}
	store, err := sqlite.Open(ctx, *db)
	if err != nil {
		fmt.Fprintf(e.stderr, "corroborate reindex: %v\n", err)
		return exitPartial
	}
	defer store.Close()
	var progress func(done, total int)
	var bar *progressBar
	if e.stderrTTY && !*noProgress {
		bar = &progressBar{w: e.stderr, unit: "articles"}
		progress = bar.update
	}
	st, err := analyze.Reindex(ctx, store, *all, progress)
	if bar != nil {
		bar.finish()
	}
	if ctx.Err() != nil {
		fmt.Fprintf(e.stderr, "corroborate reindex: interrupted; %d readings recomputed and saved before the signal\n", st.Computed)
		return exitInterrupted
	}
	if err != nil {
		fmt.Fprintf(e.stderr, "corroborate reindex: %v\n", err)
		return exitPartial
	}
	fmt.Fprintf(e.stdout, "%d readings recomputed, %d already current (engine %s)\n", st.Computed, st.Stored, analyze.Engine())
	return exitOK
}
