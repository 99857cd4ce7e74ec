package main

import (
	"context"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/sqlite"
)

// runJSON runs a command that prints a JSON report and decodes it.
func runJSON(t *testing.T, args ...string) (*corroborate.Report, string) {
	t.Helper()
	e, out, errb := testEnv("")
	if code := run(context.Background(), e, args); code != exitOK {
		t.Fatalf("%v: exit %d, stderr: %s", args, code, errb)
	}
	validate(t, out.Bytes())
	var rep corroborate.Report
	if err := json.Unmarshal(out.Bytes(), &rep); err != nil {
		t.Fatal(err)
	}
	return &rep, errb.String()
}

// storyOf returns the story holding article id.
func storyOf(rep *corroborate.Report, id string) *corroborate.Story {
	for i := range rep.Stories {
		for _, a := range rep.Stories[i].Articles {
			if a == id {
				return &rep.Stories[i]
			}
		}
	}
	return nil
}

// TestAnalyzeOneByOneAndReport: analyze run once per seed keeps the main
// story's id as its articles join it and reports the stored articles of
// the stories its input belongs to; report prints from the store alone,
// follows a merged story's id to its survivor and filters by date.
func TestAnalyzeOneByOneAndReport(t *testing.T) {
	db := filepath.Join(t.TempDir(), "c.db")
	seeds, _ := filepath.Glob(filepath.Join("..", "..", "examples", "seeds", "*.txt"))
	first, _ := runJSON(t, "analyze", "--format", "json", "--db", db, seeds[0])
	if len(first.Stories) != 1 {
		t.Fatalf("first run: %d stories", len(first.Stories))
	}
	born, firstArticle := first.Stories[0].ID, first.Stories[0].Articles[0]
	for _, f := range seeds[1:] {
		rep, _ := runJSON(t, "analyze", "--format", "json", "--db", db, f)
		st := storyOf(rep, firstArticle)
		if st == nil {
			continue // this input belongs to another story
		}
		if st.ID != born {
			t.Errorf("after %s the first article's story is %s, born %s", filepath.Base(f), st.ID, born)
		}
		if len(rep.Articles) != len(st.Articles) {
			t.Errorf("after %s: %d articles reported, the story has %d (stored ones included)", filepath.Base(f), len(rep.Articles), len(st.Articles))
		}
	}
	all, _ := runJSON(t, "report", "--format", "json", "--db", db)
	if len(all.Articles) != len(seeds) || storyOf(all, firstArticle).ID != born {
		t.Fatalf("report: %d articles, %d stories", len(all.Articles), len(all.Stories))
	}
	one, _ := runJSON(t, "report", "--format", "json", "--db", db, "--story", born)
	if len(one.Stories) != 1 || one.Stories[0].ID != born || len(one.Articles) != len(one.Stories[0].Articles) {
		t.Errorf("--story %s gave %d stories", born, len(one.Stories))
	}
	// A story merged into the main one (written as a merge would leave it).
	ctx := context.Background()
	s, err := sqlite.Open(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	s.UpdateStories(ctx, func([]corroborate.StoredStory) ([]corroborate.StoredStory, error) {
		return []corroborate.StoredStory{{ID: "s-00000000old0", MergedInto: born, Created: "2000-01-01T00:00:00Z", Updated: "2000-01-01T00:00:00Z"}}, nil
	})
	s.Close()
	moved, stderr := runJSON(t, "report", "--format", "json", "--db", db, "--story", "s-00000000old0")
	if len(moved.Stories) != 1 || moved.Stories[0].ID != born || !strings.Contains(stderr, "merged into "+born) {
		t.Errorf("--story of a merged story: %d stories, stderr %q", len(moved.Stories), stderr)
	}
	if rep, _ := runJSON(t, "report", "--format", "json", "--db", db, "--since", "2000-01-02"); len(rep.Stories) != len(all.Stories) {
		t.Errorf("--since long ago: %d stories, want %d", len(rep.Stories), len(all.Stories))
	}
	if rep, _ := runJSON(t, "report", "--format", "json", "--db", db, "--since", "2999-01-01"); len(rep.Stories) != 0 || len(rep.Articles) != 0 {
		t.Errorf("--since the future: %d stories", len(rep.Stories))
	}
	for _, bad := range []struct {
		args []string
		code int
	}{
		{[]string{"report", "--db", db, "--story", "s-nope"}, exitPartial},
		{[]string{"report", "--db", db, "--since", "last week"}, exitUsage},
		{[]string{"report", "--db", db, "examples/seeds"}, exitUsage},
	} {
		e, _, errb := testEnv("")
		if code := run(context.Background(), e, bad.args); code != bad.code {
			t.Errorf("%v: exit %d, want %d (%s)", bad.args, code, bad.code, errb)
		}
	}
}
