package pipeline

import (
	"context"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/corroborate/corroborate/internal/source"
	"github.com/corroborate/corroborate/internal/sqlite"
)

const body = "The city council voted on Monday to approve the new budget, which raises spending on schools, officials said."

// TestExtractDeepHTML: a page nested deeper than the HTML tree parser's
// 512 open elements is extracted through the streaming tokenizer.
func TestExtractDeepHTML(t *testing.T) {
	page := "<html><head><title>Budget approved</title></head><body>" + strings.Repeat("<div>", 2000) +
		"<p>" + body + "</p>" + strings.Repeat("</div>", 2000) + "</body></html>"
	a, err := Extract(source.Record{Source: "deep.html", Kind: "html", Body: []byte(page)})
	if err != nil {
		t.Fatalf("Extract(deep page) error %v", err)
	}
	if !strings.Contains(a.Text, "approve the new budget") || a.Title == nil || *a.Title != "Budget approved" {
		t.Errorf("Extract(deep page) = title %v, text %q", a.Title, a.Text)
	}
}

// TestMetadataLimitsAndURLs: over-long metadata is cut, and only http(s)
// URLs are kept.
func TestMetadataLimitsAndURLs(t *testing.T) {
	long := strings.Repeat("word ", 200_000)
	a, err := Extract(source.Record{Source: "r1", Kind: "text", Body: []byte(body), Title: long, Outlet: long, Author: long, URL: "javascript:alert(1)"})
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range []struct {
		name string
		v    *string
		max  int
	}{{"title", a.Title, MaxTitle}, {"outlet", a.Outlet, MaxOutlet}, {"author", a.Author, MaxAuthor}} {
		if f.v == nil || utf8.RuneCountInString(*f.v) > f.max || !strings.HasSuffix(*f.v, "…") {
			t.Errorf("%s not cut to %d characters: %d", f.name, f.max, len(deref(f.v)))
		}
	}
	if a.URL != "" {
		t.Errorf("URL = %q, want none", a.URL)
	}
	a, _ = Extract(source.Record{Source: "r2", Kind: "html", Body: []byte("<html><body><article><p>" + body + "</p></article></body></html>"), URL: "JAVASCRIPT:alert(1)"})
	if a == nil || a.URL != "" {
		t.Errorf("html record URL = %+v", a)
	}
	for _, tt := range []struct {
		in   string
		n    int
		want string
	}{{"short", 5, "short"}, {"héllo wörld", 11, "héllo wörld"}, {strings.Repeat("é", 10), 5, "éééé…"}, {"one two three four", 16, "one two three…"}} {
		if got := Clip(tt.in, tt.n); got != tt.want {
			t.Errorf("Clip(%q, %d) = %q, want %q", tt.in, tt.n, got, tt.want)
		}
	}
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

// TestStuckInputDoesNotCostOthers: an input that never gives a byte times
// out and the other inputs are stored.
func TestStuckInputDoesNotCostOthers(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.txt")
	os.WriteFile(good, []byte("Budget approved\n\n"+body), 0o644)
	store, err := sqlite.Open(context.Background(), ":memory:")
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	pr, pw := io.Pipe()
	defer pw.Close()
	start := time.Now()
	res, err := Ingest(context.Background(), store, []string{"-", good}, Options{Reader: &source.Reader{Stdin: pr, Timeout: 200 * time.Millisecond}})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Articles) != 1 || len(res.Errors) != 1 || res.Errors[0].Source != "-" || !strings.Contains(res.Errors[0].Err, "timed out") {
		t.Errorf("articles %d, errors %+v", len(res.Articles), res.Errors)
	}
	if d := time.Since(start); d > 30*time.Second {
		t.Errorf("took %v", d)
	}
}
