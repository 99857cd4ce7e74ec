package main

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
)

// TestTrafilaturaEntries reads a comparison data file shaped like
// go-trafilatura's (a map from URL to a struct literal) and keeps each
// entry's title and its text segments, written as []string literals.
func TestTrafilaturaEntries(t *testing.T) {
	src := `package main

var comparisonData = map[string]ComparisonEntry{
	"https://example.org/harbour": {
		File:    "example.org.harbour.html",
		Title:   "Harbour bridge reopens",
		Date:    "2021-03-04",
		With:    []string{"The bridge reopened", "after repairs"},
		Without: []string{"Newsletter"},
	},
	"https://example.org/about": {
		File: "example.org.about.html",
	},
}
`
	p := filepath.Join(t.TempDir(), "data.go")
	if err := os.WriteFile(p, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	ents := trafilaturaEntries(p, "/root")
	if len(ents) != 2 {
		t.Fatalf("got %d entries, want 2", len(ents))
	}
	e := ents[0]
	if e.url != "https://example.org/harbour" || e.title != "Harbour bridge reopens" || e.date != "2021-03-04" {
		t.Errorf("entry = %+v", e)
	}
	if !slices.Equal(e.with, []string{"The bridge reopened", "after repairs"}) || !slices.Equal(e.without, []string{"Newsletter"}) {
		t.Errorf("segments = %q, %q", e.with, e.without)
	}
	if ents[1].title != "" || ents[1].with != nil {
		t.Errorf("entry without title = %+v", ents[1])
	}
}

// TestLend gives a kept page the title and segments of another data
// file's entry for the same page, without overwriting its own.
func TestLend(t *testing.T) {
	own := "Own title"
	g := gold{File: "a.html.gz", Date: "2021-03-04", With: []string{}, Without: []string{}}
	lend(&g, entry{title: "Harbour bridge reopens", with: []string{"after repairs"}})
	if g.Title == nil || *g.Title != "Harbour bridge reopens" || !slices.Equal(g.With, []string{"after repairs"}) || g.Date != "2021-03-04" {
		t.Errorf("lend = %+v", g)
	}
	g = gold{Title: &own, With: []string{"kept"}, Without: []string{}}
	lend(&g, entry{title: "Other", with: []string{"other"}})
	if *g.Title != "Own title" || !slices.Equal(g.With, []string{"kept"}) {
		t.Errorf("lend overwrote: %+v", g)
	}
}
