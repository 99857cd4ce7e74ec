package sqlite

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/corroborate/corroborate"
)

// TestStoryWritesSeenByOthers: a handle's own story write leaves its
// Version as it was (its view is not stale), another handle's moves.
func TestStoryWritesSeenByOthers(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "c.db")
	a, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	b, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	va, _ := a.Version(ctx)
	vb, _ := b.Version(ctx)
	if _, err := a.UpdateStories(ctx, func([]corroborate.StoredStory) ([]corroborate.StoredStory, error) {
		return []corroborate.StoredStory{{ID: "s-1", Articles: []string{"x"}}}, nil
	}); err != nil {
		t.Fatal(err)
	}
	if v, _ := a.Version(ctx); v != va {
		t.Errorf("writer's Version moved: %d, was %d", v, va)
	}
	if v, _ := b.Version(ctx); v == vb {
		t.Errorf("other handle's Version did not move (%d)", v)
	}
	if st, err := b.StoredStory(ctx, "s-1"); err != nil || len(st.Articles) != 1 {
		t.Errorf("other handle reads %+v, %v", st, err)
	}
}
