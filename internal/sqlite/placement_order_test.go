package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"maps"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/corroborate/corroborate"
)

// TestPutStatesAsStoryByStory: the postings and buckets, inserted at once
// in key order, are the rows that saving each story in turn (its old
// postings deleted, its new ones inserted) leaves: a story saved twice in
// one placement keeps its last save's postings and seq, a term given twice
// is one row, and a later placement replaces a story's postings.
func TestPutStatesAsStoryByStory(t *testing.T) {
	ctx := context.Background()
	s, err := Open(ctx, filepath.Join(t.TempDir(), "o.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	first := corroborate.Placement{
		Articles: []corroborate.PlacedArticle{
			{Article: "a2", Buckets: []uint64{9, 1 << 63, 3}, CopiesKnown: true},
			{Article: "a1", Buckets: []uint64{9, 2}, CopiesKnown: true},
		},
		States: []corroborate.StoryState{
			{Story: "s2", Data: []byte("x"), Terms: []string{"w:zeta", "w:alpha", "w:zeta"}},
			{Story: "s1", Data: []byte("y"), Terms: []string{"w:beta"}},
			{Story: "s2", Data: []byte("z"), Terms: []string{"w:gamma", "w:alpha"}},
		},
	}
	if err := s.PutPlacement(ctx, first); err != nil {
		t.Fatal(err)
	}
	second := corroborate.Placement{States: []corroborate.StoryState{{Story: "s1", Data: []byte("w"), Terms: []string{"w:delta"}}}}
	if err := s.PutPlacement(ctx, second); err != nil {
		t.Fatal(err)
	}
	rows := func(q string) []string {
		r, err := s.DB().QueryContext(ctx, q)
		if err != nil {
			t.Fatal(err)
		}
		defer r.Close()
		var out []string
		for r.Next() {
			var a, b, c any
			if err := r.Scan(&a, &b, &c); err != nil {
				t.Fatal(err)
			}
			var f []string
			for _, v := range []any{a, b, c} {
				if bs, ok := v.([]byte); ok {
					v = string(bs)
				}
				f = append(f, fmt.Sprint(v))
			}
			out = append(out, strings.TrimSpace(strings.Join(f, " ")))
		}
		return out
	}
	if got, want := rows(`SELECT term, story_id, seq FROM story_postings ORDER BY term, story_id`), []string{"w:alpha s2 3", "w:delta s1 4", "w:gamma s2 3"}; !slices.Equal(got, want) {
		t.Errorf("postings = %q, want %q", got, want)
	}
	if got, want := rows(`SELECT story_id, seq, data FROM story_states ORDER BY rowid`), []string{"s2 3 z", "s1 4 w"}; !slices.Equal(got, want) {
		t.Errorf("states = %q, want %q", got, want)
	}
	if got, want := rows(`SELECT bucket, article_id, '' FROM sketch_buckets ORDER BY bucket, article_id`), []string{"-9223372036854775808 a2", "2 a1", "3 a2", "9 a1", "9 a2"}; !slices.Equal(got, want) {
		t.Errorf("buckets = %q, want %q", got, want)
	}
}

// TestUpsertCountsAsUpserts checks that upsertCounts leaves the rows one
// upsert a term leaves: terms counted before and new ones (more than one
// multi-row statement holds), with and without the number of articles.
func TestUpsertCountsAsUpserts(t *testing.T) {
	ctx := context.Background()
	counts := func(put func(tx *sql.Tx, df map[string]int, articles bool) error) []string {
		s, err := Open(ctx, ":memory:")
		if err != nil {
			t.Fatal(err)
		}
		defer s.Close()
		for round, articles := range []bool{true, false, true} {
			df := map[string]int{articlesTerm: 3 + round}
			for i := 0; i < 150; i++ {
				// Rounds share some terms: round r counts terms r*50 to r*50+149.
				df[fmt.Sprintf("w:t%03d", round*50+i)] = 1 + (i+round)%4
			}
			tx, err := s.DB().BeginTx(ctx, nil)
			if err != nil {
				t.Fatal(err)
			}
			if err := put(tx, df, articles); err != nil {
				t.Fatal(err)
			}
			if err := tx.Commit(); err != nil {
				t.Fatal(err)
			}
		}
		r, err := s.DB().QueryContext(ctx, `SELECT term, df FROM term_counts ORDER BY term`)
		if err != nil {
			t.Fatal(err)
		}
		defer r.Close()
		var out []string
		for r.Next() {
			var term string
			var n int
			if err := r.Scan(&term, &n); err != nil {
				t.Fatal(err)
			}
			out = append(out, fmt.Sprintf("%s %d", term, n))
		}
		return out
	}
	got := counts(func(tx *sql.Tx, df map[string]int, articles bool) error { return upsertCounts(ctx, tx, df, articles) })
	want := counts(func(tx *sql.Tx, df map[string]int, articles bool) error {
		for _, term := range slices.Sorted(maps.Keys(df)) {
			if term == articlesTerm && !articles {
				continue
			}
			if _, err := tx.ExecContext(ctx, `INSERT INTO term_counts(term, df) VALUES (?, ?) ON CONFLICT(term) DO UPDATE SET df = df + excluded.df`, term, df[term]); err != nil {
				return err
			}
		}
		return nil
	})
	if len(want) != 251 || !slices.Equal(got, want) {
		t.Errorf("upsertCounts left %d rows, upserts %d:\n%q\n%q", len(got), len(want), got, want)
	}
}
