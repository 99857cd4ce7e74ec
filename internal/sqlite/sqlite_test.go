package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"io/fs"
	"path/filepath"
	"testing"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/storetest"
)

func TestStore(t *testing.T) {
	storetest.Run(t, func(t *testing.T) corroborate.ArticleStore {
		s, err := Open(context.Background(), filepath.Join(t.TempDir(), "c.db"))
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { s.Close() })
		return s
	})
}

func TestMemoryAndReopen(t *testing.T) {
	ctx := context.Background()
	m, err := Open(ctx, ":memory:")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := m.PutArticle(ctx, &corroborate.Article{ID: "x", Source: "s", Text: "harbour bridge", Lead: "harbour bridge"}, corroborate.Raw{Kind: "text", Bytes: []byte("x")}); err != nil {
		t.Fatal(err)
	}
	ids, err := m.Search(ctx, "harbour", 10)
	if err != nil || len(ids) != 1 {
		t.Errorf("Search = %v, %v", ids, err)
	}
	m.Close()

	path := filepath.Join(t.TempDir(), "sub", "c.db")
	s, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	s.PutArticle(ctx, &corroborate.Article{ID: "y", Source: "s", Text: "t"}, corroborate.Raw{Kind: "text", Bytes: []byte("y")})
	s.Close()
	s, err = Open(ctx, path) // migrations are not applied twice
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	var n int
	s.DB().QueryRow(`SELECT COUNT(*) FROM schema_migrations`).Scan(&n)
	files, _ := fs.Glob(migrations, "migrations/*.sql")
	if n != len(files) {
		t.Errorf("schema_migrations has %d rows, want %d", n, len(files))
	}
	var mode string
	s.DB().QueryRow(`PRAGMA journal_mode`).Scan(&mode)
	if mode != "wal" {
		t.Errorf("journal_mode = %q, want wal", mode)
	}
	if list, _ := s.Articles(ctx, 0); len(list) != 1 {
		t.Errorf("after reopen: %d articles", len(list))
	}
}

// TestConcurrentHandles writes from several store handles on one file at
// once — as separate processes do — and checks that every article is
// stored exactly once and that each handle's Version sees the others'
// writes.
func TestConcurrentHandles(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "c.db")
	const writers, batches, per = 4, 30, 8
	stores := make([]*Store, writers)
	for i := range stores {
		s, err := Open(ctx, path)
		if err != nil {
			t.Fatal(err)
		}
		defer s.Close()
		stores[i] = s
	}
	v0, err := stores[0].Version(ctx)
	if err != nil {
		t.Fatal(err)
	}
	errc := make(chan error, writers)
	for w, s := range stores {
		go func() {
			for b := 0; b < batches; b++ {
				var batch []corroborate.ArticleInput
				for k := 0; k < per; k++ {
					id := fmt.Sprintf("w%d-b%d-k%d", w, b, k)
					// Every writer also stores one shared article per batch.
					if k == 0 {
						id = fmt.Sprintf("shared-%d", b)
					}
					batch = append(batch, corroborate.ArticleInput{Article: &corroborate.Article{ID: id, Source: fmt.Sprintf("w%d", w), Text: id}, Raw: corroborate.Raw{Kind: "text", Bytes: []byte(id)}})
				}
				if _, err := s.PutArticles(ctx, batch); err != nil {
					errc <- err
					return
				}
			}
			errc <- nil
		}()
	}
	for range stores {
		if err := <-errc; err != nil {
			t.Errorf("writer: %v", err)
		}
	}
	list, err := stores[0].Articles(ctx, 0)
	if err != nil {
		t.Fatal(err)
	}
	want := writers*batches*(per-1) + batches
	seen := map[string]int{}
	for _, a := range list {
		seen[a.ID]++
	}
	if len(list) != want || len(seen) != want {
		t.Errorf("stored %d articles (%d distinct), want %d", len(list), len(seen), want)
	}
	if a, err := stores[1].Article(ctx, "shared-0"); err != nil || len(a.Sources) != writers {
		t.Errorf("shared article sources = %v, %v; want %d", a, err, writers)
	}
	if v, err := stores[0].Version(ctx); err != nil || v == v0 {
		t.Errorf("Version did not see the other handles' writes: %d, %v (was %d)", v, err, v0)
	}
}

func TestIsBusy(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "c.db")
	a, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	// A second raw connection with no busy timeout, holding the write lock.
	db, err := sql.Open("sqlite", "file:"+path+"?_txlock=immediate")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	_, err = tx.ExecContext(ctx, `INSERT INTO article_sources(article_id, source) VALUES ('x', 'y')`)
	if err != nil {
		t.Fatal(err)
	}
	db2, _ := sql.Open("sqlite", "file:"+path+"?_txlock=immediate")
	defer db2.Close()
	_, err = db2.BeginTx(ctx, nil)
	if !isBusy(err) {
		t.Errorf("isBusy(%v) = false", err)
	}
	tx.Rollback()
	if isBusy(fmt.Errorf("other")) {
		t.Error("isBusy(other) = true")
	}
}
