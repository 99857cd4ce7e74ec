package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/corroborate/corroborate"
)

// bulkPlacement is a placement of n stories, each posted under 40 of 300
// terms, with the same terms in many stories (as centroids share them).
func bulkPlacement(n int, reset bool) corroborate.Placement {
	p := corroborate.Placement{Reset: reset}
	for s := 0; s < n; s++ {
		st := corroborate.StoryState{Story: fmt.Sprintf("s-%03d", (s*7)%n), Data: []byte{byte(s)}}
		for k := 0; k < 40; k++ {
			st.Terms = append(st.Terms, fmt.Sprintf("w:t%03d", (s*13+k*29)%300))
		}
		p.States = append(p.States, st)
	}
	return p
}

// postingsState is what the store holds of postings: the rows read through
// each index of story_postings, the statements of its indexes, the schema
// version and SQLite's integrity check.
type postingsState struct {
	byKey, byRecent, byStory []string
	indexes                  []string
	version                  int
	check                    string
}

func readPostings(t *testing.T, db *sql.DB) postingsState {
	t.Helper()
	ctx := context.Background()
	col := func(q string) []string {
		r, err := db.QueryContext(ctx, q)
		if err != nil {
			t.Fatal(err)
		}
		defer r.Close()
		var out []string
		for r.Next() {
			var s string
			if err := r.Scan(&s); err != nil {
				t.Fatal(err)
			}
			out = append(out, s)
		}
		if err := r.Err(); err != nil {
			t.Fatal(err)
		}
		return out
	}
	var st postingsState
	st.byKey = col(`SELECT term || ' ' || story_id || ' ' || seq FROM story_postings ORDER BY term, story_id`)
	st.byRecent = col(`SELECT term || ' ' || seq || ' ' || story_id FROM story_postings INDEXED BY story_postings_recent WHERE term > '' ORDER BY term, seq`)
	st.byStory = col(`SELECT story_id || ' ' || term FROM story_postings INDEXED BY story_postings_story WHERE story_id > '' ORDER BY story_id, term`)
	st.indexes = col(`SELECT name || ': ' || sql FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'story_postings' AND sql IS NOT NULL ORDER BY name`)
	if err := db.QueryRowContext(ctx, `PRAGMA schema_version`).Scan(&st.version); err != nil {
		t.Fatal(err)
	}
	if err := db.QueryRowContext(ctx, `PRAGMA integrity_check`).Scan(&st.check); err != nil {
		t.Fatal(err)
	}
	return st
}

// insertedState puts p's postings into a fresh store one entry an index at
// a time (the rowWriter alone, as putStates did before indexedAfter) and
// reads them back.
func insertedState(t *testing.T, p corroborate.Placement) postingsState {
	t.Helper()
	ctx := context.Background()
	s, err := Open(ctx, filepath.Join(t.TempDir(), "ref.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	// Each story once in p (bulkPlacement), saved with seq 1, 2, … in order.
	var rows []any
	for i, st := range p.States {
		for _, term := range st.Terms {
			rows = append(rows, term, st.Story, i+1)
		}
	}
	tx, err := s.DB().BeginTx(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	w := newRowWriter(tx, `INSERT OR IGNORE INTO story_postings(term, story_id, seq)`, 3)
	if err := w.write(ctx, rows); err != nil {
		t.Fatal(err)
	}
	w.close()
	if err := tx.Commit(); err != nil {
		t.Fatal(err)
	}
	return readPostings(t, s.DB())
}

// TestIndexedAfterAsInserted: postings put into an empty table, whose
// indexes are dropped and made again after (indexedAfter), are the rows
// and index entries that inserting each entry into the indexed table
// leaves, with the same index statements and a sound database; the
// indexes are made again (the schema version moves) only when the table
// was empty: a fresh store, or a Reset of a full one. A table holding
// rows keeps its indexes (the version stays).
func TestIndexedAfterAsInserted(t *testing.T) {
	ctx := context.Background()
	s, err := Open(ctx, filepath.Join(t.TempDir(), "b.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	check := func(name string, got, want postingsState, remade bool, before int) {
		t.Helper()
		if got.check != "ok" {
			t.Errorf("%s: integrity check %q", name, got.check)
		}
		if len(got.byKey) == 0 || !slices.Equal(got.byKey, want.byKey) || !slices.Equal(got.byRecent, want.byRecent) || !slices.Equal(got.byStory, want.byStory) {
			t.Errorf("%s: postings differ from one insert an entry (%d rows, want %d)", name, len(got.byKey), len(want.byKey))
		}
		if len(got.indexes) != 2 || !slices.Equal(got.indexes, want.indexes) {
			t.Errorf("%s: indexes %q, want %q", name, got.indexes, want.indexes)
		}
		if (got.version != before) != remade {
			t.Errorf("%s: schema version %d after %d: indexes made again = %v, want %v", name, got.version, before, got.version != before, remade)
		}
	}
	fresh := bulkPlacement(150, false)
	v0 := readPostings(t, s.DB()).version
	if err := s.PutPlacement(ctx, fresh); err != nil {
		t.Fatal(err)
	}
	first := readPostings(t, s.DB())
	check("fresh store", first, insertedState(t, fresh), true, v0)

	// A placement over the full table: the new stories' postings go in
	// with the indexes kept.
	more := corroborate.Placement{States: []corroborate.StoryState{{Story: "s-new", Data: []byte{1}, Terms: []string{"w:t001", "w:zzz"}}}}
	if err := s.PutPlacement(ctx, more); err != nil {
		t.Fatal(err)
	}
	kept := readPostings(t, s.DB())
	if kept.version != first.version || len(kept.byKey) != len(first.byKey)+2 || kept.check != "ok" {
		t.Errorf("full table: version %d → %d, rows %d → %d, check %q: want the indexes kept and two rows more", first.version, kept.version, len(first.byKey), len(kept.byKey), kept.check)
	}

	// A Reset empties the table first: made again, the same rows as a
	// fresh store's (seq counts on from the states deleted: none).
	reset := bulkPlacement(120, true)
	if err := s.PutPlacement(ctx, reset); err != nil {
		t.Fatal(err)
	}
	check("reset", readPostings(t, s.DB()), insertedState(t, reset), true, kept.version)
}

// TestIndexedAfterRollsBack: a fill that fails leaves the table's indexes
// as they were once the transaction is rolled back.
func TestIndexedAfterRollsBack(t *testing.T) {
	ctx := context.Background()
	s, err := Open(ctx, filepath.Join(t.TempDir(), "r.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	before := readPostings(t, s.DB())
	tx, err := s.DB().BeginTx(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	boom := errors.New("boom")
	if err := indexedAfter(ctx, tx, "story_postings", func() error { return boom }); !errors.Is(err, boom) {
		t.Fatalf("indexedAfter = %v, want the fill's error", err)
	}
	if err := tx.Rollback(); err != nil {
		t.Fatal(err)
	}
	after := readPostings(t, s.DB())
	if len(after.indexes) != 2 || !slices.Equal(after.indexes, before.indexes) || after.version != before.version {
		t.Errorf("after a failed fill: indexes %q (version %d), want %q (version %d)", after.indexes, after.version, before.indexes, before.version)
	}
}

// TestIndexedAfterKeepsUnique: a UNIQUE index on the postings (as a later
// migration might add) decides which rows INSERT OR IGNORE leaves out;
// indexedAfter keeps it, so a save into the empty table leaves out the
// same rows as into a full one instead of failing when the index is made
// again. Guard: the table's other indexes are still made again.
func TestIndexedAfterKeepsUnique(t *testing.T) {
	ctx := context.Background()
	s, err := Open(ctx, filepath.Join(t.TempDir(), "u.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	// At most one posting a story and save.
	if _, err := s.DB().Exec(`CREATE UNIQUE INDEX story_postings_one ON story_postings(story_id, seq)`); err != nil {
		t.Fatal(err)
	}
	v0 := readPostings(t, s.DB()).version
	save := func(story string) {
		t.Helper()
		p := corroborate.Placement{States: []corroborate.StoryState{{Story: story, Data: []byte{1}, Terms: []string{"w:quay", "w:lantern"}}}}
		if err := s.PutPlacement(ctx, p); err != nil {
			t.Fatalf("save %s: %v", story, err)
		}
	}
	save("s-1") // an empty table
	save("s-2") // a full one
	got := readPostings(t, s.DB())
	if want := []string{"w:lantern s-1 1", "w:lantern s-2 2"}; !slices.Equal(got.byKey, want) || got.check != "ok" {
		t.Errorf("postings %q (check %q), want %q", got.byKey, got.check, want)
	}
	if got.version == v0 {
		t.Errorf("schema version unmoved: the other indexes were not made again")
	}
}

// TestIndexedAfterKeepsStats: the statistics ANALYZE left for the
// postings' indexes (sqlite_stat1, sqlite_stat4), which DROP INDEX
// deletes, are as they stood after a Reset save that made the indexes
// again, as after one that kept them.
func TestIndexedAfterKeepsStats(t *testing.T) {
	ctx := context.Background()
	s, err := Open(ctx, filepath.Join(t.TempDir(), "a.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if err := s.PutPlacement(ctx, bulkPlacement(150, false)); err != nil {
		t.Fatal(err)
	}
	if _, err := s.DB().Exec(`ANALYZE`); err != nil {
		t.Fatal(err)
	}
	stats := func() string {
		t.Helper()
		var out string
		for _, q := range []string{
			`SELECT COALESCE(group_concat(idx || '=' || stat, ';'), '') FROM (SELECT * FROM sqlite_stat1 WHERE tbl = 'story_postings' AND idx != tbl ORDER BY idx)`,
			`SELECT COALESCE(group_concat(idx || '=' || neq || '/' || nlt || '/' || hex(sample), ';'), '') FROM (SELECT * FROM sqlite_stat4 WHERE tbl = 'story_postings' AND idx != tbl ORDER BY idx, sample)`,
		} {
			var x string
			if err := s.DB().QueryRow(q).Scan(&x); err != nil {
				t.Fatal(err)
			}
			out += x + "\n"
		}
		return out
	}
	before := stats()
	if !strings.Contains(before, "story_postings_story=") || !strings.Contains(before, "story_postings_recent=") {
		t.Fatalf("ANALYZE left no statistics of the indexes: %q", before)
	}
	v := readPostings(t, s.DB()).version
	if err := s.PutPlacement(ctx, bulkPlacement(120, true)); err != nil {
		t.Fatal(err)
	}
	after := readPostings(t, s.DB())
	if after.version == v || after.check != "ok" {
		t.Fatalf("indexes not made again (version %d → %d) or check %q", v, after.version, after.check)
	}
	if got := stats(); got != before {
		t.Errorf("statistics after a Reset save:\n%s\nwant\n%s", got, before)
	}
}
