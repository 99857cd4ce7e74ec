package web

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/analyze"
	"github.com/corroborate/corroborate/internal/pipeline"
	"github.com/corroborate/corroborate/internal/sqlite"
)

// A write above RegroupMax places its article incrementally: the article's
// story page shows it at once, from the saved findings, with no regroup of
// the store; the regroup that follows (the reconciliation) keeps the
// links working.
func TestWritePlacesIncrementally(t *testing.T) {
	s, ts := newTestServer(t, Config{RegroupMax: -1})
	files, _ := filepath.Glob(filepath.Join(seedsDir, "*.txt"))
	links := map[string]string{} // article → story link given when it was added
	for _, f := range files {
		b, _ := os.ReadFile(f)
		resp, err := http.Post(ts.URL+"/api/articles?name="+filepath.Base(f), "application/octet-stream", bytes.NewReader(b))
		if err != nil {
			t.Fatal(err)
		}
		var out struct {
			Articles []struct{ ID, Story string } `json:"articles"`
		}
		json.NewDecoder(resp.Body).Decode(&out)
		resp.Body.Close()
		if len(out.Articles) != 1 || out.Articles[0].Story == "" {
			t.Fatalf("%s: no story for the article: %+v", f, out)
		}
		a := out.Articles[0]
		links[a.ID] = a.Story
		st := s.current().stories[a.Story]
		if st == nil || !slices.Contains(st.Articles, a.ID) {
			t.Fatalf("%s: story %s does not hold the article", f, a.Story)
		}
		if resp, body := get(t, ts.URL+"/stories/"+a.Story); resp.StatusCode != http.StatusOK || !strings.Contains(body, "/articles/"+a.ID) {
			t.Errorf("%s: story page %s: %d, article not shown", f, a.Story, resp.StatusCode)
		}
	}
	// The server's own writes leave its view current: the watcher's look
	// at the store regroups nothing.
	if err := s.sync(context.Background()); err != nil {
		t.Fatal(err)
	}
	if s.memo.Compared != 0 {
		t.Errorf("the watcher regrouped the store after the server's own writes (%d stories compared)", s.memo.Compared)
	}
	// The stories whose related stories changed are compared again after
	// the writes answered: then every related link in the view goes both
	// ways.
	waitRecompared(t, s)
	v := s.current()
	nlinks := 0
	for _, st := range v.report.Stories {
		for _, r := range st.Related {
			nlinks++
			if o := v.stories[r]; o == nil || !slices.Contains(o.Related, st.ID) {
				t.Errorf("story %s lists %s as related, not the other way", st.ID, r)
			}
		}
	}
	t.Logf("%d stories, %d related links", len(v.report.Stories), nlinks)
	if err := s.refresh(context.Background()); err != nil {
		t.Fatal(err)
	}
	// Every link given while adding still answers: the story itself, or a
	// redirect to the live story it was merged into.
	for a, link := range links {
		resp, _ := getNoFollow(t, ts.URL+"/api/stories/"+link)
		live := link
		switch resp.StatusCode {
		case http.StatusOK:
		case http.StatusMovedPermanently:
			live = strings.TrimPrefix(resp.Header.Get("Location"), "/api/stories/")
		default:
			t.Errorf("link %s of article %s: %d after the regroup", link, a, resp.StatusCode)
			continue
		}
		if s.current().stories[live] == nil {
			t.Errorf("link %s of article %s leads to %s, which is not a live story", link, a, live)
		}
	}
	mainStory(t, ts) // the seeds' three-article story is there after the regroup
}

// waitRecompared waits for the comparisons writes left pending.
func waitRecompared(t *testing.T, s *Server) {
	t.Helper()
	for i := 0; i < 600; i++ {
		s.pendingMu.Lock()
		busy := s.recomparing
		s.pendingMu.Unlock()
		if !busy {
			return
		}
		time.Sleep(100 * time.Millisecond)
	}
	t.Fatal("pending comparisons not done after a minute")
}

// A server opened on a store whose saved analysis is current shows it
// without regrouping the store (nothing compared); a store with an
// article no story holds is regrouped.
func TestOpenFromSavedAnalysis(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	path := filepath.Join(dir, "saved.db")
	store, err := sqlite.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	if _, err := pipeline.Ingest(ctx, store, []string{seedsDir}, pipeline.Options{}); err != nil {
		t.Fatal(err)
	}
	arts, err := store.Articles(ctx, 0)
	if err != nil {
		t.Fatal(err)
	}
	want, _, err := analyze.Regroup(ctx, store, arts, nil)
	if err != nil {
		t.Fatal(err)
	}
	s, err := New(ctx, store, Config{Addr: "127.0.0.1:0"})
	if err != nil {
		t.Fatal(err)
	}
	if s.memo.Compared != 0 || s.memo.Reused != 0 {
		t.Errorf("opening a store with a current saved analysis compared %d stories", s.memo.Compared)
	}
	if v := s.current(); len(v.report.Stories) != len(want.Stories) || v.stories[want.Stories[0].ID] == nil {
		t.Errorf("view from the saved analysis: %d stories, want %d", len(v.report.Stories), len(want.Stories))
	}
	extra := corroborate.Article{ID: "0123456789abcdef", Source: "extra.txt", Text: "A council met on Monday and approved the new budget for the town library."}
	if _, err := store.PutArticle(ctx, &extra, corroborate.Raw{Kind: "text", Bytes: []byte(extra.Text)}); err != nil {
		t.Fatal(err)
	}
	s2, err := New(ctx, store, Config{Addr: "127.0.0.1:0"})
	if err != nil {
		t.Fatal(err)
	}
	if s2.memo.Compared == 0 {
		t.Error("a store with an unplaced article was not regrouped")
	}
	if s2.current().storyOf[extra.ID] == "" {
		t.Error("the unplaced article is in no story after the regroup")
	}
}
