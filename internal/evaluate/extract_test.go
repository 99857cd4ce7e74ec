package evaluate

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestScoreExtractHalves scores a two-page kit: each half holds its own
// pages, the date misses are shown for the tune half only, and the table
// prints go-htmldate alone beside ours.
func TestScoreExtractHalves(t *testing.T) {
	dir := t.TempDir()
	if err := os.Mkdir(filepath.Join(dir, "pages"), 0o755); err != nil {
		t.Fatal(err)
	}
	// Two page ids, one in each half.
	names := map[Half]string{}
	for i := 0; len(names) < 2; i++ {
		n := "page" + string(rune('a'+i)) + ".html.gz"
		if _, ok := names[HalfOf(n)]; !ok {
			names[HalfOf(n)] = n
		}
	}
	var gold bytes.Buffer
	for _, n := range names {
		page := `<html><head><meta property="article:published_time" content="2023-04-18T09:00:00Z"></head><body><h1>Harbour bridge reopens after repairs</h1>` +
			`<p>The harbour bridge reopened to traffic on Tuesday after eight months of repairs, the city said, and ferries return to their summer timetable.</p></body></html>`
		var z bytes.Buffer
		w := gzip.NewWriter(&z)
		w.Write([]byte(page))
		w.Close()
		if err := os.WriteFile(filepath.Join(dir, "pages", n), z.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		date := "2023-04-19" // wrong on purpose: every extractor misses it
		json.NewEncoder(&gold).Encode(ExtractGold{File: n, Lang: "en", With: []string{"harbour bridge reopened"}, Date: &date})
	}
	if err := os.WriteFile(filepath.Join(dir, "gold.jsonl"), gold.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, h := range []Half{Tune, Holdout, All} {
		var misses bytes.Buffer
		scores, err := ScoreExtract(context.Background(), dir, ExtractOptions{Lang: "all", Half: h, Misses: &misses}, Extractors())
		if err != nil {
			t.Fatal(err)
		}
		want := 1
		if h == All {
			want = 2
		}
		if scores[0].Pages != want || scores[2].DateN != want {
			t.Errorf("half %q: %d pages, %d dated, want %d", h, scores[0].Pages, scores[2].DateN, want)
		}
		if got := strings.Contains(misses.String(), names[Holdout]); got {
			t.Errorf("half %q: a holdout page's miss is shown:\n%s", h, misses.String())
		}
		if h != Holdout && !strings.Contains(misses.String(), names[Tune]) {
			t.Errorf("half %q: the tune page's miss is not shown", h)
		}
		var table bytes.Buffer
		WriteExtractTable(&table, scores)
		if !strings.Contains(table.String(), "go-htmldate alone") {
			t.Errorf("table lacks go-htmldate alone:\n%s", table.String())
		}
	}
}

// TestScoreExtractPart: --part keeps only the tune pages of that part
// (PartOf the page id); a holdout page is in no part.
func TestScoreExtractPart(t *testing.T) {
	dir := t.TempDir()
	if err := os.Mkdir(filepath.Join(dir, "pages"), 0o755); err != nil {
		t.Fatal(err)
	}
	// One tune page of each part and one holdout page.
	names := map[string]string{}
	for i := 0; len(names) < 3; i++ {
		n := "page" + string(rune('a'+i%26)) + strings.Repeat("x", i/26) + ".html.gz"
		k := "holdout"
		if HalfOf(n) == Tune {
			k = PartOf(n)
		}
		if _, ok := names[k]; !ok {
			names[k] = n
		}
	}
	var gold bytes.Buffer
	for _, n := range names {
		page := `<html><head><meta property="article:published_time" content="2023-04-18T09:00:00Z"></head><body><h1>Harbour bridge reopens after repairs</h1>` +
			`<p>The harbour bridge reopened to traffic on Tuesday after eight months of repairs, the city said, and ferries return to their summer timetable.</p></body></html>`
		var z bytes.Buffer
		w := gzip.NewWriter(&z)
		w.Write([]byte(page))
		w.Close()
		if err := os.WriteFile(filepath.Join(dir, "pages", n), z.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		date := "2023-04-19"
		json.NewEncoder(&gold).Encode(ExtractGold{File: n, Lang: "en", Date: &date})
	}
	if err := os.WriteFile(filepath.Join(dir, "gold.jsonl"), gold.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, p := range []string{"a", "b"} {
		var misses bytes.Buffer
		scores, err := ScoreExtract(context.Background(), dir, ExtractOptions{Lang: "all", Half: Tune, Part: p, Misses: &misses}, Extractors())
		if err != nil {
			t.Fatal(err)
		}
		if scores[0].Pages != 1 || !strings.Contains(misses.String(), names[p]) {
			t.Errorf("part %s: %d pages, misses %q, want only %s", p, scores[0].Pages, misses.String(), names[p])
		}
	}
}
