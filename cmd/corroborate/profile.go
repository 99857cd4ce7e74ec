package main

import (
	"fmt"
	"os"
	"runtime"
	"runtime/pprof"
)

// startProfiles starts a CPU profile into $CORROBORATE_CPUPROFILE when set
// and returns a function that stops it and writes a heap profile into
// $CORROBORATE_MEMPROFILE when set. Both are for measuring the engine
// (go tool pprof); neither changes what a command does or prints.
func startProfiles(e *env) (stop func(), err error) {
	var cpu *os.File
	if p := e.getenv("CORROBORATE_CPUPROFILE"); p != "" {
		cpu, err = os.Create(p)
		if err != nil {
			return nil, fmt.Errorf("cpu profile: %w", err)
		}
		if err := pprof.StartCPUProfile(cpu); err != nil {
			cpu.Close()
			return nil, fmt.Errorf("cpu profile: %w", err)
		}
	}
	memPath := e.getenv("CORROBORATE_MEMPROFILE")
	return func() {
		if cpu != nil {
			pprof.StopCPUProfile()
			if err := cpu.Close(); err != nil {
				fmt.Fprintf(e.stderr, "corroborate: cpu profile: %v\n", err)
			}
		}
		if memPath == "" {
			return
		}
		f, err := os.Create(memPath)
		if err != nil {
			fmt.Fprintf(e.stderr, "corroborate: heap profile: %v\n", err)
			return
		}
		defer f.Close()
		runtime.GC()
		if err := pprof.Lookup("allocs").WriteTo(f, 0); err != nil {
			fmt.Fprintf(e.stderr, "corroborate: heap profile: %v\n", err)
		}
	}, nil
}
