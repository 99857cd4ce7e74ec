package sqlite

import (
	"context"
	"path/filepath"
	"testing"
)

// TestOpenWithOptions: OpenWith sets each connection's page cache and
// memory map; Open keeps SQLite's defaults.
func TestOpenWithOptions(t *testing.T) {
	ctx := context.Background()
	for _, c := range []struct {
		name        string
		o           Options
		cache, mmap int64
	}{
		{"tuned", Options{CacheKiB: 4096, MmapBytes: 1 << 20}, -4096, 1 << 20},
		{"default", Options{}, -2000, 0},
	} {
		s, err := OpenWith(ctx, filepath.Join(t.TempDir(), "s.db"), c.o)
		if err != nil {
			t.Fatal(err)
		}
		var cache, mmap int64
		if err := s.DB().QueryRowContext(ctx, `PRAGMA cache_size`).Scan(&cache); err != nil {
			t.Fatal(err)
		}
		if err := s.DB().QueryRowContext(ctx, `PRAGMA mmap_size`).Scan(&mmap); err != nil {
			t.Fatal(err)
		}
		s.Close()
		if cache != c.cache || mmap != c.mmap {
			t.Errorf("%s: cache_size %d mmap_size %d, want %d %d", c.name, cache, mmap, c.cache, c.mmap)
		}
	}
}
