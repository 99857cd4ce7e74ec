package analyze_test

import (
	"bytes"
	"context"
	"encoding/json"
	"testing"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/analyze"
)

// TestLoadSavedIsTheRegroup: the report built from what a regroup saved
// (stories, findings, copy marks) is the regroup's report, byte for byte
// in JSON; once an article is stored and not placed, the saved analysis is
// no longer current.
func TestLoadSavedIsTheRegroup(t *testing.T) {
	ctx := context.Background()
	store, _ := ingestSeeds(t)
	arts, err := store.Articles(ctx, 0)
	if err != nil {
		t.Fatal(err)
	}
	if _, _, ok, err := analyze.LoadSaved(ctx, store, arts); ok || err != nil {
		t.Fatalf("LoadSaved before any regroup: ok %v, %v; want not current", ok, err)
	}
	want, wantRedirects, err := analyze.Regroup(ctx, store, arts, nil)
	if err != nil {
		t.Fatal(err)
	}
	fresh, err := store.Articles(ctx, 0)
	if err != nil {
		t.Fatal(err)
	}
	got, redirects, ok, err := analyze.LoadSaved(ctx, store, fresh)
	if err != nil || !ok {
		t.Fatalf("LoadSaved after a regroup: ok %v, %v", ok, err)
	}
	wj, _ := json.Marshal(want)
	gj, _ := json.Marshal(got)
	if !bytes.Equal(wj, gj) {
		t.Errorf("saved report differs from the regroup's (%d vs %d bytes of JSON)", len(gj), len(wj))
	}
	if len(redirects) != len(wantRedirects) {
		t.Errorf("redirects %v, want %v", redirects, wantRedirects)
	}
	extra := corroborate.Article{ID: "0123456789abcdef", Source: "extra.txt", Text: "A council met on Monday and approved the new budget for the town library."}
	if _, err := store.PutArticle(ctx, &extra, corroborate.Raw{Kind: "text", Bytes: []byte(extra.Text)}); err != nil {
		t.Fatal(err)
	}
	more, err := store.Articles(ctx, 0)
	if err != nil {
		t.Fatal(err)
	}
	if _, _, ok, err := analyze.LoadSaved(ctx, store, more); ok || err != nil {
		t.Errorf("LoadSaved with an article in no story: ok %v, %v; want not current", ok, err)
	}
	if _, err := analyze.Place(ctx, store, []corroborate.Article{extra}); err != nil {
		t.Fatal(err)
	}
	if _, _, ok, err := analyze.LoadSaved(ctx, store, more); !ok || err != nil {
		t.Errorf("LoadSaved once the article is placed: ok %v, %v; want current", ok, err)
	}
}
