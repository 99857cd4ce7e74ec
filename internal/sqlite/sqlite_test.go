package sqlite

import (
	"context"
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
	if n != 1 {
		t.Errorf("schema_migrations has %d rows, want 1", n)
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
