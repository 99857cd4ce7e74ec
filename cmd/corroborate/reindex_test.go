package main

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/corroborate/corroborate/internal/sqlite"
)

// TestReindex: analyze saves every article's reading; reindex then finds
// them current, recomputes a stale one (another engine's), and with --all
// recomputes every one, with a progress bar on a terminal.
func TestReindex(t *testing.T) {
	ctx := context.Background()
	db := filepath.Join(t.TempDir(), "r.db")
	e, _, errb := testEnv("")
	if code := run(ctx, e, []string{"analyze", "--db", db, "--format", "json", filepath.Join("..", "..", "examples", "seeds")}); code != exitOK {
		t.Fatalf("analyze: exit %d: %s", code, errb)
	}
	reindex := func(args ...string) string {
		t.Helper()
		e, out, errb := testEnv("")
		e.stderrTTY = true
		if code := run(ctx, e, append([]string{"reindex", "--db", db}, args...)); code != exitOK {
			t.Fatalf("reindex %v: exit %d: %s", args, code, errb)
		}
		if !strings.Contains(errb.String(), "5/5 articles") {
			t.Errorf("reindex %v: no progress bar on a terminal: %q", args, errb)
		}
		return out.String()
	}
	if got := reindex(); !strings.HasPrefix(got, "0 readings recomputed, 5 already current") {
		t.Errorf("after analyze: %q", got)
	}
	store, err := sqlite.Open(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	arts, _ := store.Articles(ctx, 0)
	rs, err := store.Readings(ctx, []string{arts[0].ID})
	if err != nil || len(rs) != 1 {
		t.Fatalf("readings of %s: %v, %v", arts[0].ID, rs, err)
	}
	rs[0].Engine = "r0@older"
	if err := store.PutReadings(ctx, rs); err != nil {
		t.Fatal(err)
	}
	store.Close()
	if got := reindex(); !strings.HasPrefix(got, "1 readings recomputed, 4 already current") {
		t.Errorf("with one stale reading: %q", got)
	}
	if got := reindex("--all"); !strings.HasPrefix(got, "5 readings recomputed, 0 already current") {
		t.Errorf("--all: %q", got)
	}
}
