package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"net"
	"strings"

	"github.com/corroborate/corroborate/internal/sqlite"
	"github.com/corroborate/corroborate/internal/web"
)

func runServe(ctx context.Context, e *env, args []string) int {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	addr := fs.String("addr", "127.0.0.1:8080", "listen address (beyond loopback, CORROBORATE_TOKEN is required for writes)")
	db := fs.String("db", defaultDBPath(e.getenv), "SQLite store path (CORROBORATE_DB overrides the default)")
	allowPrivate := fs.Bool("allow-private", false, "allow URL ingestion from private, loopback or link-local addresses")
	hosts := fs.String("host", "", "comma-separated host names the server answers to, besides IP addresses, localhost and the --addr host")
	fs.Usage = func() {
		fmt.Fprintln(e.stderr, "Usage: corroborate serve [--addr HOST:PORT] [--db PATH]\n\nServes the stories as web pages and the JSON API (/api/, described at /api/openapi.json).")
		fs.PrintDefaults()
	}
	if _, err := parseInterspersed(fs, args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitOK
		}
		return exitUsage
	}
	store, err := sqlite.Open(ctx, *db)
	if err != nil {
		fmt.Fprintf(e.stderr, "corroborate serve: %v\n", err)
		return exitPartial
	}
	defer store.Close()
	var hostList []string
	for _, h := range strings.Split(*hosts, ",") {
		if h = strings.TrimSpace(h); h != "" {
			hostList = append(hostList, h)
		}
	}
	srv, err := web.New(ctx, store, web.Config{Addr: *addr, Token: e.getenv("CORROBORATE_TOKEN"), Hosts: hostList, AllowPrivate: *allowPrivate, Logger: e.log})
	if err != nil {
		fmt.Fprintf(e.stderr, "corroborate serve: %v\n", err)
		return exitUsage
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		fmt.Fprintf(e.stderr, "corroborate serve: %v\n", err)
		return exitPartial
	}
	fmt.Fprintf(e.stderr, "corroborate: serving http://%s/ (store %s)\n", ln.Addr(), *db)
	// Serve returns once in-flight requests and Add jobs have ended; the
	// store is closed after it (deferred above).
	if err := srv.Serve(ctx, ln); err != nil {
		fmt.Fprintf(e.stderr, "corroborate serve: %v\n", err)
		return exitPartial
	}
	fmt.Fprintln(e.stderr, "corroborate: stopped")
	return exitOK
}
