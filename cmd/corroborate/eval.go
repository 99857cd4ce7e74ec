package main

import (
	"context"
	"fmt"
)

func runEval(ctx context.Context, e *env, args []string) int {
	if len(args) == 0 {
		fmt.Fprintln(e.stderr, "Usage: corroborate eval extract [flags]")
		return exitUsage
	}
	switch args[0] {
	case "extract":
		return runEvalExtract(ctx, e, args[1:])
	case "--help", "-h", "help":
		fmt.Fprintln(e.stdout, "Usage: corroborate eval extract [flags]")
		return exitOK
	}
	fmt.Fprintf(e.stderr, "corroborate eval: unknown evaluation %q\n", args[0])
	return exitUsage
}
