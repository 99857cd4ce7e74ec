package web

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/storyid"
)

// noFollow is a client that shows redirects instead of following them.
var noFollow = &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}

func getNoFollow(t *testing.T, url string) (*http.Response, string) {
	t.Helper()
	resp, err := noFollow.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp, string(b)
}

// TestStoryIDsStableAndMoved: a story keeps its id as articles join it;
// when a stored story is merged into it, the old id answers 301 on the
// page, the API (with merged_into) and the CSV exports.
func TestStoryIDsStableAndMoved(t *testing.T) {
	s, ts := newTestServer(t, Config{})
	// Added one by one, the seeds' main story keeps the id it was born
	// with as its other articles join it.
	files, _ := filepath.Glob(filepath.Join(seedsDir, "*.txt"))
	var born string
	for _, f := range files {
		b, _ := os.ReadFile(f)
		resp, err := http.Post(ts.URL+"/api/articles?name="+filepath.Base(f), "application/octet-stream", bytes.NewReader(b))
		if err != nil {
			t.Fatal(err)
		}
		var out struct {
			Articles []struct{ Story string } `json:"articles"`
		}
		json.NewDecoder(resp.Body).Decode(&out)
		resp.Body.Close()
		if born == "" {
			born = out.Articles[0].Story
		}
	}
	sid := mainStory(t, ts)
	if sid != born {
		t.Errorf("the main story is %s; it was born as %s", sid, born)
	}
	v := s.current()
	members := slices.Clone(v.stories[sid].Articles)
	// Rewind the stored stories: the latest article was a story of its
	// own, which the next analysis merges into the main story.
	latest := slices.MaxFunc(members, func(a, b string) int {
		return strings.Compare(storyid.OrderKey(v.byID[a]), storyid.OrderKey(v.byID[b]))
	})
	const old = "s-0123456789ab"
	ctx := context.Background()
	if _, err := s.store.UpdateStories(ctx, func(stored []corroborate.StoredStory) ([]corroborate.StoredStory, error) {
		var rest []string
		for _, m := range members {
			if m != latest {
				rest = append(rest, m)
			}
		}
		return []corroborate.StoredStory{{ID: sid, Articles: rest, Created: "2026-01-01T00:00:00Z"}, {ID: old, Articles: []string{latest}, Created: "2026-01-02T00:00:00Z"}}, nil
	}); err != nil {
		t.Fatal(err)
	}
	if err := s.refresh(ctx); err != nil {
		t.Fatal(err)
	}
	if got := mainStory(t, ts); got != sid {
		t.Fatalf("after the merge the story is %s, want %s", got, sid)
	}
	if st, err := s.store.StoredStory(ctx, old); err != nil || st.MergedInto != sid {
		t.Fatalf("stored %s = %+v, %v; want merged into %s", old, st, err, sid)
	}
	tests := []struct{ path, location string }{
		{"/stories/" + old, "/stories/" + sid + "?merged=" + old},
		{"/stories/" + old + "?x=1", "/stories/" + sid + "?merged=" + old + "&x=1"},
		{"/api/stories/" + old, "/api/stories/" + sid},
		{"/api/stories/" + old + "/discrepancies.csv", "/api/stories/" + sid + "/discrepancies.csv"},
	}
	for _, tt := range tests {
		resp, body := getNoFollow(t, ts.URL+tt.path)
		if resp.StatusCode != http.StatusMovedPermanently || resp.Header.Get("Location") != tt.location {
			t.Errorf("GET %s = %d to %q; want 301 to %s", tt.path, resp.StatusCode, resp.Header.Get("Location"), tt.location)
		}
		if tt.path == "/api/stories/"+old {
			var out struct {
				Story corroborate.Story `json:"story"`
				Href  string            `json:"href"`
			}
			if err := json.Unmarshal([]byte(body), &out); err != nil || out.Story.ID != old || out.Story.MergedInto != sid || out.Href != tt.location {
				t.Errorf("moved body = %s (%v)", body, err)
			}
		}
	}
	// Following the redirect lands on the survivor's page, which says
	// which story was merged into it; a "merged" parameter naming a story
	// that was not merged into it says nothing.
	if resp, body := get(t, ts.URL+"/stories/"+old); resp.StatusCode != http.StatusOK || !strings.Contains(body, `class="moved"`) || !strings.Contains(body, "Story "+old+" was merged into this story") {
		t.Errorf("followed redirect: %d, no merged notice", resp.StatusCode)
	}
	if _, body := get(t, ts.URL+"/stories/"+sid+"?merged=s-ffffffffffff"); strings.Contains(body, `class="moved"`) {
		t.Error("a merged notice for a story that was not merged")
	}
	if resp, _ := getNoFollow(t, ts.URL+"/stories/s-ffffffffffff"); resp.StatusCode != http.StatusNotFound {
		t.Errorf("unknown story: %d, want 404", resp.StatusCode)
	}
}
