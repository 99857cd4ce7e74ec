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

// TestPickPages keeps the dated pages first and the titled pages without a
// calendar day after them; a page that repeats a kept one lends it its
// title and segments, also an untitled undated repeat; an undated page
// without a title, an excluded page and a page not shipped are dropped.
// (Invented pages.)
func TestPickPages(t *testing.T) {
	dir := t.TempDir()
	write := func(name, body string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	harbour := write("harbour.html", "<p>The bridge reopened</p>")
	ferry := write("ferry.html", "<p>The ferry sailed</p>")
	ents := []entry{
		{path: write("ferry-copy.html", "<p>The ferry sailed</p>"), with: []string{"sailed"}, without: []string{"Menu"}, prefix: "tf-"}, // untitled, undated: lends its segments
		{path: ferry, date: "2021-03-07", prefix: "hd-"},
		{path: write("quay.html", "<p>Quay</p>"), date: "2021-29-11", title: "Quay works", prefix: "tf-"}, // no calendar day
		{path: harbour, date: "2021-03-04", prefix: "hd-"},
		{path: write("harbour-copy.html", "<p>The bridge reopened</p>"), title: "Harbour bridge reopens", with: []string{"reopened"}, prefix: "tf-"},
		{path: write("about.html", "<p>About</p>"), prefix: "tf-"},                                   // neither date nor title
		{path: write("dev.html", "<p>Dev</p>"), date: "2021-03-05", prefix: "hd-"},                   // excluded
		{path: filepath.Join(dir, "missing.html"), date: "2021-03-06", title: "Gone", prefix: "hd-"}, // not shipped
	}
	var kept []string
	golds := pickPages(ents, func(e entry, _ [32]byte) bool { return filepath.Base(e.path) == "dev.html" },
		func(name string, _ []byte) { kept = append(kept, name) })
	if want := []string{"hd-ferry.html.gz", "hd-harbour.html.gz", "tf-quay.html.gz"}; !slices.Equal(kept, want) {
		t.Fatalf("kept %q, want %q", kept, want)
	}
	if len(golds) != 3 {
		t.Fatalf("got %d gold lines, want 3", len(golds))
	}
	if g := golds[0]; g.Date != "2021-03-07" || g.Title != nil || !slices.Equal(g.With, []string{"sailed"}) || !slices.Equal(g.Without, []string{"Menu"}) {
		t.Errorf("dated page lent an untitled copy's segments = %+v", g)
	}
	g := golds[1]
	if g.Date != "2021-03-04" || g.Title == nil || *g.Title != "Harbour bridge reopens" || !slices.Equal(g.With, []string{"reopened"}) {
		t.Errorf("dated page = %+v", g)
	}
	if g := golds[2]; g.Date != "" || g.Title == nil || *g.Title != "Quay works" {
		t.Errorf("titled page = %+v", g)
	}
}
