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
