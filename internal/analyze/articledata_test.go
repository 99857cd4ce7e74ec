package analyze

import (
	"maps"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"testing"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/cluster"
	"github.com/corroborate/corroborate/internal/dates"
	"github.com/corroborate/corroborate/internal/lexicon"
	"github.com/corroborate/corroborate/internal/mention"
)

// TestArticleDataRoundTrip: an article's grouping data read back from its
// stored form is the data (features and fact sentences), and the reading
// stored after it is the reading; a cut form is refused.
func TestArticleDataRoundTrip(t *testing.T) {
	dir := filepath.Join("..", "..", "examples", "seeds")
	entries, err := os.ReadDir(dir)
	if err != nil || len(entries) == 0 {
		t.Fatalf("seeds: %v", err)
	}
	lx := lexicon.Default()
	for _, e := range entries {
		text, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		title := "A made-up headline"
		a := corroborate.Article{ID: e.Name(), Text: string(text), Title: &title}
		d, conf := publishedDate(&a)
		r := mention.Analyze(a.Text, d, conf)
		want := newArticleData(lx, &a, r)
		if len(want.Features.Terms) == 0 || len(want.Facts) == 0 {
			t.Fatalf("%s: no terms or no fact sentences to check", e.Name())
		}
		// Read undated here, the seeds name no day (Features.Named): give
		// them a day and a month, so that the round trip carries them.
		if len(want.Features.Named) == 0 {
			want.Features.Named = []cluster.Span{{Lo: 19000, Hi: 19000, Known: true}, {Lo: 18993, Hi: 19023, Known: true}}
		}
		if len(want.Features.Persons) == 0 {
			want.Features.Persons = []string{"dana roe"}
		}
		reading, err := EncodeReading(r)
		if err != nil {
			t.Fatal(err)
		}
		stored, err := joinStored(want, reading)
		if err != nil {
			t.Fatal(err)
		}
		got, err := decodeArticleData(stored)
		if err != nil {
			t.Fatalf("%s: %v", e.Name(), err)
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s: grouping data differs after the round trip", e.Name())
		}
		var sents [][]string
		for _, ws := range factSentences(lx, r) {
			sents = append(sents, slices.Sorted(maps.Keys(ws)))
		}
		if !reflect.DeepEqual(got.Facts, sents) {
			t.Errorf("%s: fact sentences differ after the round trip", e.Name())
		}
		if _, err := decodeStored(a.Text, stored); err != nil {
			t.Errorf("%s: reading after the grouping data: %v", e.Name(), err)
		}
		plain := want.encode()
		if _, err := decodeData(plain[:len(plain)-3]); err == nil {
			t.Errorf("%s: cut grouping data decoded", e.Name())
		}
	}
}

// TestOverlapIDs: the tie-break's overlap on numbered words is
// overlapScore on word sets, for every pair of seed articles.
func TestOverlapIDs(t *testing.T) {
	dir := filepath.Join("..", "..", "examples", "seeds")
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	lx := lexicon.Default()
	var sets [][]map[string]bool
	for _, e := range entries {
		text, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		sets = append(sets, factSentences(lx, mention.Analyze(string(text), dates.Date{}, 0)))
	}
	ids := newFactIDs(len(sets), func(i int) [][]string {
		var out [][]string
		for _, ws := range sets[i] {
			out = append(out, slices.Sorted(maps.Keys(ws)))
		}
		return out
	})
	nonzero := 0
	for i := range sets {
		for j := range sets {
			want := overlapScore(sets[i], sets[j])
			if got := overlapIDs(ids.of(i), ids.of(j)); got != want {
				t.Errorf("articles %d, %d: overlap %v, want %v", i, j, got, want)
			}
			if i != j && want > 0 {
				nonzero++
			}
		}
	}
	if nonzero == 0 {
		t.Error("no two seed articles overlap: nothing checked")
	}
}
