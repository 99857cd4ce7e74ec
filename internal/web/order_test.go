package web

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"regexp"
	"slices"
	"testing"
)

// After incremental writes the view is the one a reload builds: a new
// server on the same store lists the same stories in the same order (by
// their earliest article, so stories whose latest dates tie come alike on
// the stories page), each with its articles in publication order. A
// patch that put a new story last, or left a story whose earliest article
// changed where it was, listed tied stories in another order until a
// reload. The article listing is the reload's too: articles as the store
// lists them, without the sources the article's own page reads.
func TestIncrementalViewEqualsReload(t *testing.T) {
	s, ts := newTestServer(t, Config{RegroupMax: -1})
	ingestSeeds(t, ts, "")
	// Invented articles on three unrelated matters, each added alone, the
	// later ones published earlier: a story whose earliest article is
	// older than the stories already shown comes in after them, and two
	// stories end on the same day.
	for _, rec := range []map[string]string{
		{"title": "Dockworkers in Porto Velha end strike", "outlet": "Harbour Daily", "published": "2025-03-10",
			"text": "Dockworkers in Porto Velha ended a nine-day strike on Monday after the port authority agreed to raise night-shift pay by 6 percent, union leader Marta Quillon said. Cranes resumed loading grain ships within hours."},
		{"title": "Lindenfeld council approves library budget", "outlet": "Valley Courier", "published": "2025-03-10",
			"text": "The Lindenfeld town council approved a budget of 4.2 million euros for the new public library on Monday, mayor Otto Brenneck said. Construction of the library is to begin in the autumn."},
		{"title": "Storm closes mountain pass near Karsk", "outlet": "Alpine Wire", "published": "2025-03-08",
			"text": "A snowstorm closed the Karsk mountain pass on Saturday, stranding about 40 lorries, the regional road agency said. Ploughs were expected to reopen the pass by Sunday evening."},
		{"title": "Lindenfeld library plan goes to council vote", "outlet": "Lindenfeld Post", "published": "2025-03-05",
			"text": "The Lindenfeld town council will vote on a 4.2 million euro budget for the new public library next Monday, mayor Otto Brenneck said on Wednesday. The library is to be built beside the old market hall."},
	} {
		code, body := do(t, http.DefaultClient, "POST", ts.URL+"/api/articles", "application/json", `{"records": [`+string(mustJSON(rec))+`]}`)
		if code != http.StatusCreated {
			t.Fatalf("POST %s: %d %.300s", rec["title"], code, body)
		}
	}
	waitRecompared(t, s)
	fresh, fts := reopen(t, s)
	// Reading one article with its sources leaves the listing as it was.
	for _, u := range []string{ts.URL, fts.URL} {
		if code, body := do(t, http.DefaultClient, "GET", u+"/api/articles/"+s.current().report.Articles[0].ID, "", ""); code != http.StatusOK {
			t.Fatalf("GET an article: %d %.300s", code, body)
		}
	}
	if got, want := storyOrder(s), storyOrder(fresh); !slices.EqualFunc(got, want, slices.Equal) {
		t.Errorf("stories after the writes (id, then articles):\n%q\nafter a reload:\n%q", got, want)
	}
	for _, path := range []string{"/api/stories?per_page=200", "/api/stories?per_page=200&q=Lindenfeld", "/api/articles?per_page=200", "/"} {
		_, got := get(t, ts.URL+path)
		_, want := get(t, fts.URL+path)
		if path == "/" {
			got, want = storyLinks(got), storyLinks(want)
		}
		if got != want {
			t.Errorf("GET %s after the writes:\n%.2000s\nafter a reload:\n%.2000s", path, got, want)
		}
	}
}

// reopen starts a second server on s's store: the view a reload builds.
func reopen(t *testing.T, s *Server) (*Server, *httptest.Server) {
	t.Helper()
	fresh, err := New(context.Background(), s.store, Config{Addr: "127.0.0.1:0", RegroupMax: -1})
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(fresh.Handler())
	t.Cleanup(ts.Close)
	return fresh, ts
}

// storyOrder lists the view's stories in order, each as its id followed
// by its articles in order.
func storyOrder(s *Server) [][]string {
	var out [][]string
	for _, st := range s.current().report.Stories {
		out = append(out, append([]string{st.ID}, st.Articles...))
	}
	return out
}

var storyLinkRE = regexp.MustCompile(`href="/stories/[0-9a-z-]+"`)

// storyLinks is the story links of a page, in order, as JSON.
func storyLinks(page string) string {
	b, _ := json.Marshal(storyLinkRE.FindAllString(page, -1))
	return string(b)
}
