package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"maps"
	"net/http"
	"os"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/corroborate/corroborate/internal/evaluate"
	"github.com/corroborate/corroborate/internal/kittext"
)

// ecbKit is the ECB+ dev kit beside the repository (absent in plain CI).
var ecbKit = kittext.Path("ecbplus", "dev.jsonl")

// ecbTuneTopics returns the JSON Lines records of the ECB+ dev topics of
// the tune half (never the holdout half), smallest topic first.
func ecbTuneTopics(t *testing.T) [][][]byte {
	f, err := os.Open(ecbKit)
	if err != nil {
		return nil
	}
	defer f.Close()
	byTopic := map[string][][]byte{}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	for sc.Scan() {
		var r struct{ Topic string }
		if json.Unmarshal(sc.Bytes(), &r) == nil && evaluate.HalfOf(r.Topic) == evaluate.Tune {
			byTopic[r.Topic] = append(byTopic[r.Topic], bytes.Clone(sc.Bytes()))
		}
	}
	var topics []string
	for k := range byTopic {
		topics = append(topics, k)
	}
	sort.Slice(topics, func(i, j int) bool {
		if a, b := len(byTopic[topics[i]]), len(byTopic[topics[j]]); a != b {
			return a < b
		}
		x, _ := strconv.Atoi(topics[i])
		y, _ := strconv.Atoi(topics[j])
		return x < y
	})
	var out [][][]byte
	for _, k := range topics {
		out = append(out, byTopic[k])
	}
	return out
}

// storyList returns every story id the server lists, with its articles.
func storyList(t *testing.T, base string) map[string][]string {
	t.Helper()
	out := map[string][]string{}
	for page := 1; ; page++ {
		resp, err := http.Get(base + "/api/stories?per_page=200&page=" + strconv.Itoa(page))
		if err != nil {
			t.Fatal(err)
		}
		var list struct {
			Stories []struct {
				ID       string   `json:"id"`
				Articles []string `json:"articles"`
			} `json:"stories"`
			Pages int `json:"pages"`
		}
		err = json.NewDecoder(resp.Body).Decode(&list)
		resp.Body.Close()
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range list.Stories {
			out[s.ID] = s.Articles
		}
		if page >= list.Pages {
			return out
		}
	}
}

// movedTo asks for a story page without following redirects and returns
// the status and the story id it redirects to (without the query).
func movedTo(t *testing.T, base, id string) (int, string) {
	t.Helper()
	c := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	resp, err := c.Get(base + "/stories/" + id)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	to, _, _ := strings.Cut(strings.TrimPrefix(resp.Header.Get("Location"), "/stories/"), "?")
	return resp.StatusCode, to
}

// savedLinksAfterMerge adds the articles of the smallest ECB+ tune topics
// through the API one at a time, saving every story link seen on the way,
// until stories merge. Then every saved link must still answer (200, or
// 301 to a listed story), and the browser follows the saved link of a
// merged story to its survivor. It returns the ids of the added articles.
func savedLinksAfterMerge(ctx context.Context, t *testing.T, base string, topics [][][]byte) map[string]bool {
	t.Helper()
	saved := map[string]bool{}
	for id := range storyList(t, base) {
		saved[id] = true
	}
	added := map[string]bool{}
	var merged []string // saved links no longer listed, in the order they went
	gone := map[string]bool{}
	for k := 0; k < len(topics) && k < 3 && len(merged) == 0; k++ {
		for _, rec := range topics[k] {
			resp, err := http.Post(base+"/api/articles?name=ecbplus.jsonl", "application/x-ndjson", bytes.NewReader(rec))
			if err != nil {
				t.Fatal(err)
			}
			var out struct {
				Articles []struct{ ID, Story string } `json:"articles"`
			}
			json.NewDecoder(resp.Body).Decode(&out)
			resp.Body.Close()
			if resp.StatusCode != http.StatusCreated || len(out.Articles) != 1 {
				t.Fatalf("POST an ECB+ record: %d", resp.StatusCode)
			}
			added[out.Articles[0].ID] = true
			live := storyList(t, base)
			for _, id := range slices.Sorted(maps.Keys(saved)) {
				if _, ok := live[id]; !ok && !gone[id] {
					gone[id] = true
					merged = append(merged, id)
				}
			}
			for id := range live {
				saved[id] = true
			}
		}
	}
	if len(merged) == 0 {
		t.Fatal("no story merged while the ECB+ tune topics were added one at a time: the saved-link test needs a merge (add another topic)")
	}
	live := storyList(t, base)
	old := ""
	for _, id := range merged {
		if _, ok := live[id]; !ok && old == "" {
			old = id // merged and not back to life since
		}
	}
	for id := range saved {
		code, to := movedTo(t, base, id)
		_, isLive := live[id]
		_, toLive := live[to]
		if isLive && code != http.StatusOK || !isLive && (code != http.StatusMovedPermanently || !toLive) {
			t.Errorf("saved link /stories/%s: %d to %q (live %v)", id, code, to, isLive)
		}
	}
	if old == "" {
		t.Fatalf("every merged story came back to life: %v", merged)
	}
	_, survivor := movedTo(t, base, old)
	if err := chromedp.Do(ctx, chromedp.EmulateViewport(1280, 900), chromedp.Navigate(base+"/stories/"+old), chromedp.WaitVisible("main h1")); err != nil {
		t.Fatalf("saved link of merged story %s: %v", old, err)
	}
	if here, err := chromedp.Run(ctx, chromedp.Location()); err != nil || !strings.HasPrefix(here, base+"/stories/"+survivor+"?") {
		t.Errorf("the saved link of merged story %s led to %q (%v), want its survivor %s", old, here, err, survivor)
	}
	if note, err := chromedp.Run(ctx, chromedp.Text("p.moved")); err != nil || !strings.Contains(note, old) {
		t.Errorf("the survivor's page does not say that %s was merged into it: %q (%v)", old, note, err)
	}
	t.Logf("%d articles added, %d story links saved, %d merged (%s → %s)", len(added), len(saved), len(merged), old, survivor)
	return added
}

// ecbStoryWalk opens the largest ECB+ story: its grid has rows, a cell
// leads to its highlighted sentence, and there is a source card per
// article.
func ecbStoryWalk(ctx context.Context, t *testing.T, base string, added map[string]bool) {
	t.Helper()
	best, size := "", 0
	for id, arts := range storyList(t, base) {
		n := 0
		for _, a := range arts {
			if added[a] {
				n++
			}
		}
		if n > size || n == size && id < best {
			best, size = id, n
		}
	}
	if size < 2 {
		t.Fatalf("no ECB+ story of two articles or more")
	}
	if err := chromedp.Do(ctx, chromedp.EmulateViewport(1280, 900), chromedp.Navigate(base+"/stories/"+best), chromedp.WaitVisible("table.grid")); err != nil {
		t.Fatalf("ECB+ story %s: %v", best, err)
	}
	href := waitJS(ctx, t, `(() => { const a = document.querySelector("table.grid td.cell a[href*='#s']"); if (!a) return "none"; a.id = "e2e-ecb-cell"; return a.getAttribute("href"); })()`, time.Minute)
	if href == "none" {
		t.Fatalf("ECB+ story %s: no grid cell links to a sentence", best)
	}
	if err := chromedp.Do(ctx, chromedp.Click("#e2e-ecb-cell"), chromedp.WaitVisible(".sentence:target")); err != nil {
		t.Fatalf("ECB+ story %s: follow %s: %v", best, href, err)
	}
	bg := waitJS(ctx, t, `getComputedStyle(document.querySelector(".sentence:target")).backgroundColor`, time.Minute)
	if bg == "rgba(0, 0, 0, 0)" {
		t.Errorf("ECB+ story %s: the sentence %s is not highlighted", best, href)
	}
	if err := chromedp.Do(ctx, chromedp.Navigate(base+"/stories/"+best), chromedp.WaitVisible(".sources")); err != nil {
		t.Fatal(err)
	}
	cards, err := chromedp.Run(ctx, chromedp.Evaluate[float64](`document.querySelectorAll(".sources article.source").length`))
	if err != nil {
		t.Fatal(err)
	}
	if int(cards) != len(storyList(t, base)[best]) {
		t.Errorf("ECB+ story %s: %v source cards for %d articles", best, cards, len(storyList(t, base)[best]))
	}
}

// waitJS evaluates js until it returns a non-empty string, for at most
// limit: a page may be between two documents (a reload, a redirect), and
// an evaluation cut short by that is simply tried again.
func waitJS(ctx context.Context, t *testing.T, js string, limit time.Duration) string {
	t.Helper()
	deadline := time.Now().Add(limit)
	for {
		v, err := chromedp.Run(ctx, chromedp.Evaluate[string](js))
		if err == nil && v != "" {
			return v
		}
		if time.Now().After(deadline) || ctx.Err() != nil {
			t.Fatalf("waited %v for %s: last %q, %v", limit, js, v, err)
		}
		select {
		case <-ctx.Done():
		case <-time.After(200 * time.Millisecond):
		}
	}
}
