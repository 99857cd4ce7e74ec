package source

import (
	"bytes"
	"compress/gzip"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func gz(t *testing.T, b []byte) []byte {
	t.Helper()
	var buf bytes.Buffer
	w := gzip.NewWriter(&buf)
	w.Write(b)
	w.Close()
	return buf.Bytes()
}

func TestRecordsKinds(t *testing.T) {
	tests := []struct {
		name, src string
		data      string
		kinds     []string
		errs      int
	}{
		{"text", "a.txt", "Headline\n\nSome body text.", []string{"text"}, 0},
		{"html by content", "page", "<!DOCTYPE html><html><body><p>x</p></body></html>", []string{"html"}, 0},
		{"json object", "r.json", `{"id":"a1","title":"T","body":"Body text here."}`, []string{"text"}, 0},
		{"json array", "r.json", `[{"id":"a1","text":"One."},{"id":"a2","html":"<p>Two.</p>"}]`, []string{"text", "html"}, 0},
		{"json lines with a bad line", "r.jsonl", "{\"url\":\"https://x.example/1\",\"content\":\"One.\"}\n{broken\n{\"id\":\"b\",\"text\":\"Two.\"}\n", []string{"text", "text"}, 1},
		{"record without text", "r.jsonl", "{\"id\":\"a\",\"title\":\"only a title\"}\n", nil, 1},
		{"empty", "e.txt", "  \n\t", nil, 1},
		{"binary", "b.bin", "\x00\x01\x02PNG\x00\x00", nil, 1},
		{"not utf-8", "l.txt", "caf\xe9 au lait", nil, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			recs, errs := Records(Doc{Source: tt.src, Data: []byte(tt.data)})
			var kinds []string
			for _, r := range recs {
				kinds = append(kinds, r.Kind)
			}
			if strings.Join(kinds, ",") != strings.Join(tt.kinds, ",") {
				t.Errorf("kinds = %v, want %v", kinds, tt.kinds)
			}
			if len(errs) != tt.errs {
				t.Errorf("errors = %v, want %d", errs, tt.errs)
			}
			for _, e := range errs {
				if !strings.Contains(e.Error(), tt.src) {
					t.Errorf("error %q does not name the input %q", e, tt.src)
				}
			}
		})
	}
}

func TestJSONAliasesAndSource(t *testing.T) {
	recs, errs := Records(Doc{Source: "f.jsonl", Data: []byte(`{"id":"r1","link":"https://news.example/a","site_name":"Example News","headline":"H","date":"2024-05-06","body":"Text."}
{"id":"r2","text":"Other."}`)})
	if len(errs) != 0 || len(recs) != 2 {
		t.Fatalf("got %d records, errors %v", len(recs), errs)
	}
	r := recs[0]
	if r.Source != "https://news.example/a" || r.Outlet != "Example News" || r.Title != "H" || r.Published != "2024-05-06" || string(r.Body) != "Text." {
		t.Errorf("record = %+v", r)
	}
	if recs[1].Source != "r2" {
		t.Errorf("source without url = %q, want the id", recs[1].Source)
	}
}

// streamAll reads an item with Stream and collects what it yields.
func streamAll(r *Reader, it Item) ([]Record, []error, error) {
	var recs []Record
	var errs []error
	err := r.Stream(context.Background(), it, func(rec Record, err error) error {
		if err != nil {
			errs = append(errs, err)
		} else {
			recs = append(recs, rec)
		}
		return nil
	})
	return recs, errs, err
}

func TestReadGzipAndLimits(t *testing.T) {
	dir := t.TempDir()
	plain := []byte("Headline\n\nBody text of the article.")
	os.WriteFile(filepath.Join(dir, "a.txt.gz"), gz(t, plain), 0o644)
	os.WriteFile(filepath.Join(dir, "noext"), gz(t, plain), 0o644)
	trunc := gz(t, bytes.Repeat(plain, 50))
	os.WriteFile(filepath.Join(dir, "trunc.gz"), trunc[:len(trunc)/2], 0o644)
	os.WriteFile(filepath.Join(dir, "big.txt"), bytes.Repeat([]byte("word "), 300_000), 0o644)
	os.WriteFile(filepath.Join(dir, "bomb.gz"), gz(t, bytes.Repeat([]byte("a"), 3<<20)), 0o644)

	r := &Reader{MaxBytes: 1 << 20}
	for _, name := range []string{"a.txt.gz", "noext"} {
		recs, errs, err := streamAll(r, Item{Source: filepath.Join(dir, name), Kind: "file"})
		if err != nil || len(errs) > 0 || len(recs) != 1 || !bytes.Equal(recs[0].Body, plain) {
			t.Errorf("%s: %v %v %+v", name, err, errs, recs)
		}
	}
	for _, name := range []string{"trunc.gz", "big.txt", "bomb.gz", "missing.txt"} {
		_, _, err := streamAll(r, Item{Source: filepath.Join(dir, name), Kind: "file"})
		if err == nil {
			t.Errorf("%s: want error", name)
		} else if !strings.Contains(err.Error(), name) {
			t.Errorf("%s: error %q does not name the input", name, err)
		}
	}
}

func TestExpand(t *testing.T) {
	dir := t.TempDir()
	os.MkdirAll(filepath.Join(dir, "sub", ".hidden"), 0o755)
	for _, p := range []string{"a.txt", "sub/b.html", "sub/.hidden/c.txt", "sub/.d.txt"} {
		os.WriteFile(filepath.Join(dir, p), []byte("x"), 0o644)
	}
	items, errs := Expand([]string{dir, filepath.Join(dir, "*.txt"), "-", "https://example.org/a", filepath.Join(dir, "nope*.txt"), filepath.Join(dir, "missing")})
	var got []string
	for _, it := range items {
		got = append(got, it.Kind+":"+strings.TrimPrefix(it.Source, dir))
	}
	// A folder given by its absolute path: sources start at its own name.
	base := filepath.Base(dir)
	want := "file:" + base + "/a.txt,file:" + base + "/sub/b.html,file:/a.txt,stdin:-,url:https://example.org/a"
	if strings.Join(got, ",") != want {
		t.Errorf("items = %v\nwant %v", got, want)
	}
	if len(errs) != 2 {
		t.Errorf("errors = %v, want 2", errs)
	}
}

func TestFeed(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("testdata", "feed.xml"))
	if err != nil {
		t.Fatal(err)
	}
	recs, errs := Records(Doc{Source: "feed.xml", Data: b})
	if len(recs) != 2 || len(errs) != 1 {
		t.Fatalf("records %d, errors %v", len(recs), errs)
	}
	r := recs[0]
	if r.Source != "https://valleypost.example/news/cafe-rules" || r.Title != "Café owners protest new rules" || r.Published != "2023-03-06" || r.Outlet != "Valley Post" || r.Kind != "html" {
		t.Errorf("record = %+v", r)
	}
	if !strings.Contains(errs[0].Error(), "no text") {
		t.Errorf("error = %v", errs[0])
	}
	if _, errs := Records(Doc{Source: "bad.xml", Data: []byte("<?xml version=\"1.0\"?><rss><channel><item><title>x</title></rss")}); len(errs) != 1 || !strings.Contains(errs[0].Error(), "bad.xml") {
		t.Errorf("malformed feed: %v", errs)
	}
}

// TestFetched checks that a record knows when its page was read: a JSON
// record's own crawl time, a saved page's file time.
func TestFetched(t *testing.T) {
	recs, errs := Records(Doc{Source: "f.jsonl", Data: []byte(`{"url":"https://news.example/a","html":"<html><body><p>Text.</p></body></html>","date_download":"2024-01-03 02:00:00"}
{"url":"https://news.example/b","html":"<html><body><p>Text.</p></body></html>","crawled_at":"2024-01-03"}
`)})
	if len(errs) > 0 || len(recs) != 2 {
		t.Fatalf("%v %d records", errs, len(recs))
	}
	if want := time.Date(2024, 1, 3, 2, 0, 0, 0, time.UTC); !recs[0].Fetched.Equal(want) {
		t.Errorf("date_download: %v, want %v", recs[0].Fetched, want)
	}
	if !recs[1].Fetched.IsZero() {
		t.Errorf("a crawl day without its time is not a reading time: %v", recs[1].Fetched)
	}
	dir := t.TempDir()
	p := filepath.Join(dir, "page.html")
	os.WriteFile(p, []byte("<html><body><h1>Headline here</h1><p>Text.</p></body></html>"), 0o644)
	saved := time.Date(2023, 5, 6, 7, 8, 9, 0, time.UTC)
	os.Chtimes(p, saved, saved)
	got, _, err := streamAll(&Reader{}, Item{Source: p, Kind: "file"})
	if err != nil || len(got) != 1 || !got[0].Fetched.Equal(saved) {
		t.Errorf("saved page: %v %+v", err, got)
	}
}
