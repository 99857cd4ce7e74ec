package main

import (
	"context"
	"errors"
	"flag"
	"fmt"

	"github.com/corroborate/corroborate/internal/evaluate"
)

func runEvalExtract(ctx context.Context, e *env, args []string) int {
	fs := flag.NewFlagSet("eval extract", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	kit := fs.String("kit", "../shared/data/html-dev", "folder of the annotated kit (gold.jsonl and pages/)")
	lang := fs.String("lang", "all", "language of the pages to score (en, de, ... or all)")
	fs.Usage = func() {
		fmt.Fprintln(e.stderr, "Usage: corroborate eval extract [--kit DIR] [--lang en|all]\n\nScores main text (strings that must and must not appear), title and date against go-trafilatura alone.")
		fs.PrintDefaults()
	}
	if _, err := parseInterspersed(fs, args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitOK
		}
		return exitUsage
	}
	scores, err := evaluate.ScoreExtract(ctx, *kit, *lang, evaluate.Extractors())
	if err != nil {
		fmt.Fprintf(e.stderr, "corroborate eval extract: %v\n", err)
		return exitPartial
	}
	evaluate.WriteExtractTable(e.stdout, scores)
	return exitOK
}
