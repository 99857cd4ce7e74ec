// Command corroborate is the news-corroboration engine's command line:
// analyze articles, evaluate the stages on annotated data, and print its
// version. The work lives in the internal packages; this is wiring.
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"syscall"

	"github.com/corroborate/corroborate"
)

// Exit statuses.
const (
	exitOK          = 0
	exitPartial     = 1
	exitUsage       = 2
	exitInterrupted = 130 // as shells report a run ended by SIGINT
)

// env is what a command runs with; tests substitute it.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	getenv         func(string) string
	// stderrTTY and stdoutTTY report whether those streams are terminals.
	stderrTTY, stdoutTTY bool
	log                  *slog.Logger
	// exits reports that the process ends when the command returns (main
	// sets it, tests do not): memory the command holds to its end need not
	// be freed piece by piece.
	exits bool
}

const usage = `corroborate — which articles tell the same story, and where they differ.

Usage:
  corroborate analyze [flags] INPUT...   read articles, store them, print a report
  corroborate report [flags]             print stored stories without reading inputs
  corroborate serve [flags]              web pages and JSON API over the store
  corroborate reindex [flags]            recompute stored readings after an upgrade
  corroborate eval extract|timeline|quotes|stories|findings|plant
                                         score a stage on annotated data
  corroborate version                    print the version
  corroborate help [COMMAND]             show help

INPUT is a file, a folder (read recursively), a glob, an http(s) URL, or -
for standard input. Run "corroborate COMMAND --help" for a command's flags.
`

func main() {
	// SIGINT (Ctrl-C) and SIGTERM (systemd, Docker, kill) end ctx: serve
	// finishes in-flight requests and jobs and closes the store; analyze
	// stops and exits non-zero. A second signal kills the process at once.
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	go func() {
		<-ctx.Done()
		stop() // restore the default handlers for a second signal
	}()
	e := &env{stdin: os.Stdin, stdout: os.Stdout, stderr: os.Stderr, getenv: os.Getenv,
		stderrTTY: isTerminal(os.Stderr), stdoutTTY: isTerminal(os.Stdout), exits: true}
	e.log = slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))
	os.Exit(run(ctx, e, os.Args[1:]))
}

// run executes one command line and returns the exit status.
func run(ctx context.Context, e *env, args []string) int {
	if len(args) == 0 {
		fmt.Fprint(e.stderr, usage)
		return exitUsage
	}
	stopProfiles, err := startProfiles(e)
	if err != nil {
		fmt.Fprintf(e.stderr, "corroborate: %v\n", err)
		return exitUsage
	}
	defer stopProfiles()
	switch args[0] {
	case "analyze":
		return runAnalyze(ctx, e, args[1:])
	case "eval":
		return runEval(ctx, e, args[1:])
	case "serve":
		return runServe(ctx, e, args[1:])
	case "report":
		return runReport(ctx, e, args[1:])
	case "reindex":
		return runReindex(ctx, e, args[1:])
	case "version", "--version", "-version":
		fmt.Fprintf(e.stdout, "corroborate %s\n", corroborate.Version)
		return exitOK
	case "help", "--help", "-h", "-help":
		if len(args) > 1 {
			return run(ctx, e, []string{args[1], "--help"})
		}
		fmt.Fprint(e.stdout, usage)
		return exitOK
	default:
		err = fmt.Errorf("unknown command %q", args[0])
	}
	fmt.Fprintf(e.stderr, "corroborate: %v\n\n%s", err, usage)
	return exitUsage
}

// parseInterspersed parses flags that may appear before, between or after
// positional arguments, returning the positional ones.
func parseInterspersed(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		args = fs.Args()
		if len(args) == 0 {
			return pos, nil
		}
		if args[0] == "--" {
			return append(pos, args[1:]...), nil
		}
		pos = append(pos, args[0])
		args = args[1:]
	}
}

// defaultDBPath returns the store path: $CORROBORATE_DB, else a file in the
// user's data directory.
func defaultDBPath(getenv func(string) string) string {
	if p := getenv("CORROBORATE_DB"); p != "" {
		return p
	}
	dir := getenv("XDG_DATA_HOME")
	if dir == "" {
		home, err := os.UserHomeDir()
		if err != nil || home == "" {
			return filepath.Join(os.TempDir(), "corroborate", "corroborate.db")
		}
		dir = filepath.Join(home, ".local", "share")
	}
	return filepath.Join(dir, "corroborate", "corroborate.db")
}

func isTerminal(f *os.File) bool {
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}

func oneLine(s string) string { return strings.ReplaceAll(s, "\n", " ") }
