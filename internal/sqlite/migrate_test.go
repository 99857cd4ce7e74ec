package sqlite

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"

	"github.com/corroborate/corroborate"
)

// placementObjects are the schema objects migration 0005 creates.
var placementObjects = []string{"placed_articles", "sketch_buckets", "term_counts", "story_states", "story_postings", "story_findings", "stories_merged_into"}

// storeAtVersion4 returns the path of a store holding one article and one
// story whose schema is that of migrations 0001–0004: 0005's objects
// dropped and its version unrecorded, as a store written before it.
func storeAtVersion4(t *testing.T) string {
	t.Helper()
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "c.db")
	s, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if _, err := s.PutArticle(ctx, &corroborate.Article{ID: "a1", Source: "s", Text: "The ferry left two hours late."}, corroborate.Raw{Kind: "text", Bytes: []byte("raw a1")}); err != nil {
		t.Fatal(err)
	}
	if _, err := s.UpdateStories(ctx, func([]corroborate.StoredStory) ([]corroborate.StoredStory, error) {
		return []corroborate.StoredStory{{ID: "s-1", Articles: []string{"a1"}}}, nil
	}); err != nil {
		t.Fatal(err)
	}
	undo0005(t, s)
	return path
}

// undo0005 drops 0005's objects and forgets its version (and 0006's,
// which alters them).
func undo0005(t *testing.T, s *Store) {
	t.Helper()
	undoMigration(t, s, 7, `DROP TABLE tie_answers`)
	undoMigration(t, s, 6, `DROP TABLE copy_pairs`, `ALTER TABLE placed_articles DROP COLUMN copies_known`)
	for _, name := range placementObjects {
		kind := "TABLE"
		if name == "stories_merged_into" {
			kind = "INDEX"
		}
		if _, err := s.DB().Exec(`DROP ` + kind + ` ` + name); err != nil {
			t.Fatalf("drop %s: %v", name, err)
		}
	}
	if _, err := s.DB().Exec(`DELETE FROM schema_migrations WHERE version = 5`); err != nil {
		t.Fatal(err)
	}
}

// checkIntact checks that the article and the story written before are
// read back unchanged, and reports how many of 0005's objects exist.
func checkIntact(t *testing.T, s *Store) int {
	t.Helper()
	ctx := context.Background()
	a, err := s.Article(ctx, "a1")
	if err != nil || a.Text != "The ferry left two hours late." {
		t.Errorf("article after migration: %+v, %v", a, err)
	}
	if raw, err := s.RawInput(ctx, "a1"); err != nil || string(raw.Bytes) != "raw a1" {
		t.Errorf("raw input after migration: %q, %v", raw.Bytes, err)
	}
	st, err := s.StoredStory(ctx, "s-1")
	if err != nil || len(st.Articles) != 1 || st.Articles[0] != "a1" {
		t.Errorf("story after migration: %+v, %v", st, err)
	}
	n := 0
	for _, name := range placementObjects {
		var c int
		if err := s.DB().QueryRow(`SELECT COUNT(*) FROM sqlite_master WHERE name = ?`, name).Scan(&c); err != nil {
			t.Fatal(err)
		}
		n += c
	}
	return n
}

// TestMigration0005 opens a store written before migration 0005: the
// migration adds its tables and leaves the articles, raw inputs and
// stories as they were; a failing migration (0005's statements followed
// by a bad one) changes nothing and records no version.
func TestMigration0005(t *testing.T) {
	ctx := context.Background()
	body, err := migrations.ReadFile("migrations/0005_placement.sql")
	if err != nil {
		t.Fatal(err)
	}

	path := storeAtVersion4(t)
	s, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	if n := checkIntact(t, s); n != len(placementObjects) {
		t.Errorf("after 0005: %d of its %d objects", n, len(placementObjects))
	}
	if err := s.PutPlacement(ctx, corroborate.Placement{Articles: []corroborate.PlacedArticle{{Article: "a1", Terms: []string{"w:ferry"}}}}); err != nil {
		t.Errorf("PutPlacement after 0005: %v", err)
	}
	s.Close()

	path = storeAtVersion4(t)
	s, err = Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	undo0005(t, s)
	bad := string(body) + "\nINSERT INTO no_such_table(x) VALUES (1);\n"
	if err := s.applySQL(ctx, 5, "0005_placement.sql", bad); err == nil {
		t.Fatal("a migration with a bad statement applied")
	}
	if n := checkIntact(t, s); n != 0 {
		t.Errorf("after a failed migration: %d of 0005's objects remain", n)
	}
	var v int
	if err := s.DB().QueryRow(`SELECT MAX(version) FROM schema_migrations`).Scan(&v); err != nil || v != 4 {
		t.Errorf("after a failed migration: version %d, %v; want 4", v, err)
	}
	if err := s.applySQL(ctx, 5, "0005_placement.sql", string(body)); err != nil {
		t.Fatalf("0005 after a failed try: %v", err)
	}
	if n := checkIntact(t, s); n != len(placementObjects) {
		t.Errorf("0005 after a failed try: %d of its %d objects", n, len(placementObjects))
	}
}

// TestMigration0006 opens a store whose placement state was written
// before migration 0006: the migration adds the near-copy pairs and marks
// no counted article's pairs as known (a regroup then measures every
// pair once); the articles, stories and placement state are kept.
func TestMigration0006(t *testing.T) {
	ctx := context.Background()
	path := storeAtVersion4(t)
	s, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.PutPlacement(ctx, corroborate.Placement{Articles: []corroborate.PlacedArticle{{Article: "a1", Terms: []string{"w:ferry"}, Buckets: []uint64{7}, CopiesKnown: true}}}); err != nil {
		t.Fatal(err)
	}
	undoMigration(t, s, 7, `DROP TABLE tie_answers`)
	undoMigration(t, s, 6, `DROP TABLE copy_pairs`, `ALTER TABLE placed_articles DROP COLUMN copies_known`)
	s.Close()

	s, err = Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if n := checkIntact(t, s); n != len(placementObjects) {
		t.Errorf("after 0006: %d of 0005's %d objects", n, len(placementObjects))
	}
	if n, df, err := s.TermCounts(ctx, []string{"w:ferry"}); err != nil || n != 1 || df["w:ferry"] != 1 {
		t.Errorf("term counts after 0006: %d, %v, %v; want 1 article, w:ferry 1", n, df, err)
	}
	if got, err := s.Bucketed(ctx, []uint64{7}, 0); err != nil || len(got) != 1 || got[0] != "a1" {
		t.Errorf("buckets after 0006: %v, %v; want [a1]", got, err)
	}
	known, pairs, err := s.CopyPairs(ctx)
	if err != nil || known != 0 || len(pairs) != 0 {
		t.Errorf("CopyPairs after 0006 = %d, %v, %v; want no article known, no pair", known, pairs, err)
	}
	if err := s.PutPlacement(ctx, corroborate.Placement{Articles: []corroborate.PlacedArticle{{Article: "a2", CopiesKnown: true}}, Copies: []corroborate.CopyPair{{A: "a2", B: "a1", Containment: 0.75}}}); err != nil {
		t.Fatalf("PutPlacement after 0006: %v", err)
	}
	known, pairs, err = s.CopyPairs(ctx)
	if err != nil || known != 1 || len(pairs) != 1 || pairs[0] != (corroborate.CopyPair{A: "a1", B: "a2", Containment: 0.75}) {
		t.Errorf("CopyPairs after a write = %d, %v, %v; want 1 known, [a1 a2 0.75]", known, pairs, err)
	}
}

// undoMigration runs a migration's undoing statements and forgets its
// version, as a store written before it would read.
func undoMigration(t *testing.T, s *Store, version int, undo ...string) {
	t.Helper()
	for _, q := range append(undo, fmt.Sprintf(`DELETE FROM schema_migrations WHERE version = %d`, version)) {
		if _, err := s.DB().Exec(q); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
}

// TestMigration0007 opens a store written before migration 0007: the
// migration adds the tie-break answers, none saved; the placement state is
// kept.
func TestMigration0007(t *testing.T) {
	ctx := context.Background()
	path := storeAtVersion4(t)
	s, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.PutPlacement(ctx, corroborate.Placement{Articles: []corroborate.PlacedArticle{{Article: "a1", Terms: []string{"w:ferry"}, CopiesKnown: true}}}); err != nil {
		t.Fatal(err)
	}
	undoMigration(t, s, 7, `DROP TABLE tie_answers`)
	s.Close()

	s, err = Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if n := checkIntact(t, s); n != len(placementObjects) {
		t.Errorf("after 0007: %d of 0005's %d objects", n, len(placementObjects))
	}
	if known, _, err := s.CopyPairs(ctx); err != nil || known != 1 {
		t.Errorf("CopyPairs after 0007: %d known, %v; want 1", known, err)
	}
	if got, err := s.TieAnswers(ctx); err != nil || len(got) != 0 {
		t.Errorf("TieAnswers after 0007 = %v, %v; want none", got, err)
	}
	if err := s.PutPlacement(ctx, corroborate.Placement{Ties: []corroborate.TieAnswer{{Key: []byte{9}, Pick: 1}}}); err != nil {
		t.Fatalf("PutPlacement after 0007: %v", err)
	}
	if got, err := s.TieAnswers(ctx); err != nil || len(got) != 1 || got[0].Pick != 1 {
		t.Errorf("TieAnswers after a write = %v, %v; want one answer, 1", got, err)
	}
}
