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
	kit := fs.String("kit", sharedData("html-dev"), "folder of the annotated kit (gold.jsonl and pages/)")
	lang := fs.String("lang", "all", "language of the pages to score (en, de, ... or all)")
	halfFlag := fs.String("half", "", "half of the kit to score: tune, holdout (pages split by page id) or all (default)")
	part := fs.String("part", "", "with --half tune: only part a or b of the tune half (evaluate.PartOf the page id, the second split for tuning)")
	verbose := fs.Bool("v", false, "print our date and title misses on pages of the tune half (never the holdout's)")
	fs.Usage = func() {
		fmt.Fprintln(e.stderr, "Usage: corroborate eval extract [--kit DIR] [--lang en|all] [--half tune|holdout] [--part a|b] [-v]\n\nScores main text (strings that must and must not appear), title and date against go-trafilatura alone and go-htmldate alone, same run.")
		fs.PrintDefaults()
	}
	if _, err := parseInterspersed(fs, args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitOK
		}
		return exitUsage
	}
	half, ok := evaluate.ParseHalf(*halfFlag)
	if !ok {
		fmt.Fprintf(e.stderr, "corroborate eval extract: --half must be tune, holdout or all, not %q\n", *halfFlag)
		return exitUsage
	}
	if *part != "" && *part != "a" && *part != "b" {
		fmt.Fprintf(e.stderr, "corroborate eval extract: --part must be a or b, not %q\n", *part)
		return exitUsage
	}
	if *part != "" && half != evaluate.Tune {
		fmt.Fprintln(e.stderr, "corroborate eval extract: --part needs --half tune")
		return exitUsage
	}
	o := evaluate.ExtractOptions{Lang: *lang, Half: half, Part: *part}
	if *verbose {
		o.Misses = e.stdout
	}
	scores, err := evaluate.ScoreExtract(ctx, *kit, o, evaluate.Extractors())
	if err != nil {
		fmt.Fprintf(e.stderr, "corroborate eval extract: %v\n", err)
		return exitPartial
	}
	evaluate.WriteExtractTable(e.stdout, scores)
	return exitOK
}

func runEvalTimeline(ctx context.Context, e *env, args []string) int {
	fs := flag.NewFlagSet("eval timeline", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	n := fs.Int("n", 40, "number of dated events to draw")
	seed := fs.Int64("seed", 1, "seed of the random draw")
	fs.Usage = func() {
		fmt.Fprintln(e.stderr, "Usage: corroborate eval timeline [--n N] [--seed S] FILE.jsonl\n\nPrints a random sample of the dated events on the timelines of the tune half of an ECB+ kit (e.g. ../shared/data/ecbplus/dev.jsonl), each with its sentence, for judging by reading. The holdout half is never read.")
		fs.PrintDefaults()
	}
	pos, code, ok := oneFileArg(fs, args)
	if !ok {
		return code
	}
	items, total, err := evaluate.SampleTimeline(ctx, pos, *n, *seed)
	if err != nil {
		fmt.Fprintf(e.stderr, "corroborate eval timeline: %v\n", err)
		return exitPartial
	}
	evaluate.WriteTimelineSample(e.stdout, items, total)
	return exitOK
}
