package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/corroborate/corroborate/internal/evaluate"
	"github.com/corroborate/corroborate/internal/kittext"
)

func runEval(ctx context.Context, e *env, args []string) int {
	if len(args) == 0 {
		fmt.Fprintln(e.stderr, "Usage: corroborate eval extract|timeline|quotes|stances|stories|findings|plant [flags]")
		return exitUsage
	}
	switch args[0] {
	case "extract":
		return runEvalExtract(ctx, e, args[1:])
	case "quotes":
		return runEvalQuotes(ctx, e, args[1:])
	case "stances":
		return runEvalStances(ctx, e, args[1:])
	case "stories":
		return runEvalStories(ctx, e, args[1:])
	case "findings":
		return runEvalFindings(ctx, e, args[1:])
	case "timeline":
		return runEvalTimeline(ctx, e, args[1:])
	case "plant":
		return runEvalPlant(ctx, e, args[1:])
	case "--help", "-h", "help":
		fmt.Fprintln(e.stdout, "Usage: corroborate eval extract|timeline|quotes|stances|stories|findings|plant [flags]")
		return exitOK
	}
	fmt.Fprintf(e.stderr, "corroborate eval: unknown evaluation %q\n", args[0])
	return exitUsage
}

func runEvalQuotes(ctx context.Context, e *env, args []string) int {
	fs := flag.NewFlagSet("eval quotes", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	limit := fs.Int("limit", 0, "score only the first N articles of each half (0: all)")
	halfFlag := fs.String("half", "", "score one half of the kit: tune or holdout (default: both, printed separately)")
	verbose := fs.Bool("v", false, "print the misses of the tune half (never of the holdout half)")
	part := fs.String("part", "", "with --half tune: only part a or b of the tune half (evaluate.PartOf, the second split for tuning)")
	fs.Usage = func() {
		fmt.Fprintln(e.stderr, "Usage: corroborate eval quotes [--half tune|holdout] [--limit N] [--part a|b] [-v] FILE.jsonl\n\nScores quotes and speakers against annotated attributions (PolNeAR format, e.g. ../shared/data/polnear/train.jsonl),\nsplit in two halves by article id: tune (rules may be fitted on it) and holdout (only scored).")
		fs.PrintDefaults()
	}
	pos, code, ok := oneFileArg(fs, args)
	if !ok {
		return code
	}
	p := *part
	if p != "" && p != "a" && p != "b" {
		fmt.Fprintf(e.stderr, "corroborate eval quotes: --part must be a or b, not %q\n", *part)
		return exitUsage
	}
	half, ok := evaluate.ParseHalf(*halfFlag)
	if !ok {
		fmt.Fprintf(e.stderr, "corroborate eval quotes: --half must be tune or holdout, not %q\n", *halfFlag)
		return exitUsage
	}
	if p != "" && half != evaluate.Tune {
		fmt.Fprintln(e.stderr, "corroborate eval quotes: --part needs --half tune")
		return exitUsage
	}
	halves := []evaluate.Half{evaluate.Tune, evaluate.Holdout}
	if half != evaluate.All {
		halves = []evaluate.Half{half}
	}
	for i, h := range halves {
		var misses io.Writer
		if *verbose && h == evaluate.Tune {
			misses = e.stdout
		}
		score, err := evaluate.ScoreQuotesPart(ctx, pos, h, p, *limit, misses)
		if err != nil {
			fmt.Fprintf(e.stderr, "corroborate eval quotes: %v\n", err)
			return exitPartial
		}
		if i > 0 {
			fmt.Fprintln(e.stdout)
		}
		fmt.Fprintf(e.stdout, "== half %s\n", h)
		score.Write(e.stdout)
	}
	return exitOK
}

func runEvalStances(ctx context.Context, e *env, args []string) int {
	fs := flag.NewFlagSet("eval stances", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	limit := fs.Int("limit", 0, "score only the first N articles of the half (0: all)")
	halfFlag := fs.String("half", "tune", "score one half of the kit: tune or holdout (holdout: aggregate figures only)")
	verbose := fs.Bool("v", false, "list the wrong holders of the tune half")
	part := fs.String("part", "", "with --half tune: only part a or b of the tune half (evaluate.PartOf of the article id)")
	fs.Usage = func() {
		fmt.Fprintln(e.stderr, "Usage: corroborate eval stances [--half tune|holdout] [--part a|b] [--limit N] [-v] FILE.jsonl\n\nScores the holders of the statements the stance reader takes from each article (read alone) against annotated attributions (PolNeAR format, e.g. ../shared/data/polnear/train.jsonl): a statement whose verb lies in an attribution's content should be held by its source.")
		fs.PrintDefaults()
	}
	pos, code, ok := oneFileArg(fs, args)
	if !ok {
		return code
	}
	half, ok := evaluate.ParseHalf(*halfFlag)
	if !ok || half == evaluate.All {
		fmt.Fprintf(e.stderr, "corroborate eval stances: --half must be tune or holdout, not %q\n", *halfFlag)
		return exitUsage
	}
	if *part != "" && (half != evaluate.Tune || *part != "a" && *part != "b") {
		fmt.Fprintln(e.stderr, "corroborate eval stances: --part must be a or b, with --half tune")
		return exitUsage
	}
	var misses io.Writer
	if *verbose {
		if half != evaluate.Tune {
			fmt.Fprintln(e.stderr, "corroborate eval stances: -v lists the tune half only (--half tune)")
			return exitUsage
		}
		misses = e.stdout
	}
	score, err := evaluate.ScoreHolders(ctx, pos, half, *part, *limit, misses)
	if err != nil {
		fmt.Fprintf(e.stderr, "corroborate eval stances: %v\n", err)
		return exitPartial
	}
	fmt.Fprintf(e.stdout, "== half %s%s\n", half, map[bool]string{true: " part " + *part}[*part != ""])
	score.Write(e.stdout)
	return exitOK
}

func runEvalStories(ctx context.Context, e *env, args []string) int {
	fs := flag.NewFlagSet("eval stories", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	halfFlag := fs.String("half", "", "score one half of the kit: tune or holdout (default: both, then all)")
	fit := fs.Bool("fit", false, "fit the story model on the tune halves of the kits given and print it as Go source (internal/cluster/weights.go)")
	verbose := fs.Bool("v", false, "with --half tune: list the tune half's wrong merges and splits")
	part := fs.String("part", "", "with --half tune: score one part of the tune half only, a or b (a second split, by group)")
	fs.Usage = func() {
		fmt.Fprintln(e.stderr, "Usage: corroborate eval stories [--half tune|holdout] [--part a|b] [-v] FILE.jsonl\n       corroborate eval stories --fit FILE.jsonl... > internal/cluster/weights.go\n\nClusters records that carry a gold \"story\" label and prints BCubed precision, recall and F1 beside the TF-IDF baseline, for each half of the kit (split by ECB+ topic or by story label; e.g. ../shared/data/ecbplus/dev.jsonl). With --fit, fits the story model on the kits' tune halves only.")
		fs.PrintDefaults()
	}
	if *fit || len(args) > 0 && (args[0] == "--fit" || args[0] == "-fit") {
		files, err := parseInterspersed(fs, args)
		if errors.Is(err, flag.ErrHelp) {
			return exitOK
		}
		if err != nil || len(files) == 0 {
			fs.Usage()
			return exitUsage
		}
		if err := evaluate.FitStories(ctx, e.stdout, e.stderr, files); err != nil {
			fmt.Fprintf(e.stderr, "corroborate eval stories --fit: %v\n", err)
			return exitPartial
		}
		return exitOK
	}
	pos, code, ok := oneFileArg(fs, args)
	if !ok {
		return code
	}
	half, ok := evaluate.ParseHalf(*halfFlag)
	if !ok {
		fmt.Fprintf(e.stderr, "corroborate eval stories: --half must be tune or holdout, not %q\n", *halfFlag)
		return exitUsage
	}
	if *part != "" && (half != evaluate.Tune || *part != "a" && *part != "b") {
		fmt.Fprintln(e.stderr, "corroborate eval stories: --part must be a or b, with --half tune")
		return exitUsage
	}
	var misses io.Writer
	if *verbose {
		if half != evaluate.Tune {
			fmt.Fprintln(e.stderr, "corroborate eval stories: -v lists misses of the tune half only (--half tune)")
			return exitUsage
		}
		misses = e.stdout
	}
	scores, agree, err := evaluate.ScoreStories(ctx, pos, half, *part, misses)
	if err != nil {
		fmt.Fprintf(e.stderr, "corroborate eval stories: %v\n", err)
		return exitPartial
	}
	evaluate.WriteStories(e.stdout, scores, agree)
	return exitOK
}

func runEvalFindings(ctx context.Context, e *env, args []string) int {
	fs := flag.NewFlagSet("eval findings", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	var o evaluate.FindingsOptions
	fs.StringVar(&o.Kit.Dir, "findings-kit", sharedData("findings-dev"), "findings kit folder (real.jsonl, gold.jsonl, planted.jsonl, planted-gold.jsonl); empty for none")
	fs.StringVar(&o.Kit.Events, "events", "", "JSON Lines with id, url, story of every kit article (default: the kit's ../ecbplus/dev.jsonl)")
	fs.StringVar(&o.Kit.RealReport, "real-report", "", "score this `analyze --format json` report of real.jsonl instead of running the engine")
	fs.StringVar(&o.Kit.PlantedReport, "planted-report", "", "score this report of planted.jsonl instead of running the engine")
	half := fs.String("half", "", "tune, holdout or all (default: tune and holdout on separate lines)")
	fs.StringVar(&o.Articles, "kit", sharedData("ecbplus", "dev.jsonl"), "real articles for labelled cases given by reference and for controlled cases; empty for none")
	fs.IntVar(&o.Controlled, "controlled", 200, "number of controlled cases (one fact changed in a copy)")
	fs.BoolVar(&o.Verbose, "v", false, "list misses and false findings (tune half of the findings kit only)")
	fs.StringVar(&o.Kit.Part, "part", "", "with --half tune: score one part of the findings kit's tune half only, a or b (PartOf the ECB+ topic)")
	fs.Usage = func() {
		fmt.Fprintln(e.stderr, "Usage: corroborate eval findings [--findings-kit DIR] [--half tune|holdout|all] [--part a|b] [--kit FILE.jsonl] [--controlled N] [-v] [LABELS.json...]\n\nScores discrepancies on the findings kit (as its findings.py does; precision and recall by kind, each half of the tune/holdout split on its own line), on labelled cases (default testdata/findings/*.json) and on controlled cases made from real articles.")
		fs.PrintDefaults()
	}
	files, err := parseInterspersed(fs, args)
	if errors.Is(err, flag.ErrHelp) {
		return exitOK
	}
	if err != nil {
		return exitUsage
	}
	switch *half {
	case "":
	case "tune", "holdout", "all":
		h, _ := evaluate.ParseHalf(*half)
		o.Kit.Halves = []evaluate.Half{h}
	default:
		fmt.Fprintf(e.stderr, "corroborate eval findings: --half must be tune, holdout or all, not %q\n", *half)
		return exitUsage
	}
	if o.Kit.Part != "" && (*half != "tune" || o.Kit.Part != "a" && o.Kit.Part != "b") {
		fmt.Fprintln(e.stderr, "corroborate eval findings: --part must be a or b, with --half tune")
		return exitUsage
	}
	if len(files) == 0 {
		files, _ = filepath.Glob("testdata/findings/*.json")
	}
	o.LabelFiles = files
	// The project's own labelled events, in the kit's format (see
	// testdata/findings/README.md): sessions 14–21 (gold-more) and the
	// last unlabelled tune events, labelled in session 34 before any engine
	// run on them (gold-labelsA, gold-labelsB).
	o.Kit.ExtraGold = []string{"testdata/findings/gold-more.jsonl", "testdata/findings/gold-labelsA.jsonl", "testdata/findings/gold-labelsB.jsonl"}
	o.Kit.ExtraEvents = []string{"testdata/findings/gold-more-events.jsonl", "testdata/findings/gold-labelsA-events.jsonl", "testdata/findings/gold-labelsB-events.jsonl"}
	if _, err := os.Stat(o.Kit.ExtraGold[0]); err != nil && o.Kit.Dir != "" {
		// Figures without the project's own labelled events are not the
		// README's: say so rather than print them as if they were.
		fmt.Fprintf(e.stderr, "corroborate eval findings: %s not found (run from the repository root): the kit's own gold only\n", o.Kit.ExtraGold[0])
	}
	if err := evaluate.RunFindings(ctx, e.stdout, o); err != nil {
		fmt.Fprintf(e.stderr, "corroborate eval findings: %v\n", err)
		return exitPartial
	}
	return exitOK
}

// oneFileArg parses an evaluation's flags and its one FILE argument; when
// ok is false the command ends with code (help shown, or a usage error).
func oneFileArg(fs *flag.FlagSet, args []string) (file string, code int, ok bool) {
	pos, err := parseInterspersed(fs, args)
	if errors.Is(err, flag.ErrHelp) {
		return "", exitOK, false
	}
	if err != nil || len(pos) != 1 {
		if err == nil {
			fs.Usage()
		}
		return "", exitUsage, false
	}
	return pos[0], exitOK, true
}

func runEvalPlant(ctx context.Context, e *env, args []string) int {
	fs := flag.NewFlagSet("eval plant", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	var o evaluate.PlantOptions
	fs.StringVar(&o.Articles, "kit", sharedData("ecbplus", "dev.jsonl"), "ECB+ articles (id, story, text a line)")
	half := fs.String("half", "tune", "tune, holdout or all (holdout: aggregate figures only)")
	fs.IntVar(&o.PerType, "per-type", 1, "facts planted per value type per event (each its own trial)")
	fs.Int64Var(&o.Seed, "seed", 20261201, "seed of the draws")
	fs.BoolVar(&o.Verbose, "v", false, "list misses and collateral (tune half only)")
	fs.StringVar(&o.Part, "part", "", "with --half tune: plant into one part of the tune half only, a or b (a second split, by ECB+ topic)")
	fs.StringVar(&o.Trace, "trace", "", "EVENT|DOC|TEXT|DOC|TEXT: say where the chain from the two values (tune events only) to a discrepancy stops, the event read as one story")
	fit := fs.Bool("fit", false, "fit the same-fact model on the tune halves of the kits given and print it as Go source (internal/compare/samefact_weights.go)")
	fs.Usage = func() {
		fmt.Fprintln(e.stderr, "Usage: corroborate eval plant [--kit FILE.jsonl] [--half tune|holdout|all] [--part a|b] [--per-type N] [--seed S] [-v]\n       corroborate eval plant --fit FILE.jsonl... > internal/compare/samefact_weights.go\n\nPlants changed values into ECB+ events (a fact two articles state, changed in one of them), one trial each, and scores whether the engine reports the discrepancy; recall by value type and collateral. With --fit, fits the same-fact model on the kits' tune halves only.")
		fs.PrintDefaults()
	}
	files, err := parseInterspersed(fs, args)
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitOK
		}
		return exitUsage
	}
	if *fit {
		if len(files) == 0 {
			fs.Usage()
			return exitUsage
		}
		if err := evaluate.FitSameFact(ctx, e.stdout, e.stderr, files); err != nil {
			fmt.Fprintf(e.stderr, "corroborate eval plant --fit: %v\n", err)
			return exitPartial
		}
		return exitOK
	}
	h, ok := evaluate.ParseHalf(*half)
	if !ok {
		fmt.Fprintf(e.stderr, "corroborate eval plant: --half must be tune, holdout or all, not %q\n", *half)
		return exitUsage
	}
	if o.Part != "" && (h != evaluate.Tune || o.Part != "a" && o.Part != "b") {
		fmt.Fprintf(e.stderr, "corroborate eval plant: --part must be a or b, with --half tune\n")
		return exitUsage
	}
	o.Halves = []evaluate.Half{h}
	if err := evaluate.RunPlant(ctx, e.stdout, o); err != nil {
		fmt.Fprintf(e.stderr, "corroborate eval plant: %v\n", err)
		return exitPartial
	}
	return exitOK
}

// sharedData is the default path of a shared kit file or folder: the nearest
// shared/data above the working directory that holds it (so the evals find
// the kits from the repository root, a worktree or a subfolder alike), else
// ../shared/data as the README describes.
func sharedData(parts ...string) string {
	if p := kittext.Path(parts...); statOK(p) {
		return p
	}
	return filepath.Join(append([]string{"..", "shared", "data"}, parts...)...)
}

func statOK(p string) bool {
	_, err := os.Stat(p)
	return err == nil
}
