package analyze

import (
	"context"
	"fmt"
	"maps"
	"reflect"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/compare"
	"github.com/corroborate/corroborate/internal/dates"
	"github.com/corroborate/corroborate/internal/mention"
	"github.com/corroborate/corroborate/internal/storyid"
)

func TestNearestContext(t *testing.T) {
	anchors := []string{
		"2031-05-10 s0", // the story itself
		"2031-05-12 a1", // 2 days
		"2031-05-01 a2", // 9 days
		"~ a3",          // undated
		"2031-05-09 a4", // 1 day
		"2031-04-01 a5", // 39 days
		"2031-05-08 a6", // 2 days, begun before a1
		"2031-06-30 a7", // 51 days
		"2031-05-10 a8", // same day
		"2031-05-15 a9", // 5 days
		"",              // a story whose state is missing
		"2031-05-11 b1", // 1 day, begun after a4
	}
	all := seq(len(anchors))[1:]
	for _, tc := range []struct {
		name string
		self int
		rel  []int
		want []int
	}{
		{"up to the cap: all, as given", 0, []int{9, 3, 1}, []int{9, 3, 1}},
		{"nearest in days, ties to the later, undated last", 0, all, []int{1, 2, 4, 5, 6, 8, 9, 11}},
		{"order of the input kept", 0, reversed(all), []int{11, 9, 8, 6, 5, 4, 2, 1}},
		{"an undated story: dated ones first, latest begun first", 3, []int{0, 1, 2, 4, 5, 6, 7, 8, 9, 10}, []int{0, 1, 2, 4, 6, 7, 8, 9}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := nearestContext(anchors, tc.self, tc.rel); !slices.Equal(got, tc.want) {
				t.Errorf("got %v, want %v", got, tc.want)
			}
		})
	}
}

func reversed(s []int) []int {
	out := slices.Clone(s)
	slices.Reverse(out)
	return out
}

// contextBatch builds a batch of a story (group 0) and eleven related
// stories: ten of one article each, dated 1 to 40 days from it, and a
// large one of compareCap+6 articles, some undated, that began 3 days
// before it.
func contextBatch(t *testing.T) *Batch {
	t.Helper()
	an := &Batch{}
	add := func(day string, text string) int {
		a := corroborate.Article{ID: fmt.Sprintf("x%03d", len(an.Articles)), Text: text}
		var d dates.Date
		if day != "" {
			a.Published, a.PublishedConfidence = corroborate.Ptr(day), 0.9
			d = mustDate(t, day)
		}
		an.Articles = append(an.Articles, a)
		an.Readings = append(an.Readings, mention.Analyze(text, d, 0.9))
		return len(an.Articles) - 1
	}
	own := []int{
		add("2031-05-10", "Harbour master Imre Vass said the ferry terminal at Lindqvist would reopen on Friday."),
		add("2031-05-10", "The Lindqvist ferry terminal reopens on Friday, harbour master Imre Vass told reporters."),
	}
	an.groups = append(an.groups, own)
	for _, gap := range []int{1, 40, 2, 9, 30, 4, 15, 6, 22, 11} {
		day := mustDate(t, "2031-05-10").Time().AddDate(0, 0, gap).Format("2006-01-02")
		an.groups = append(an.groups, []int{add(day, fmt.Sprintf("Imre Vass spoke again about the Lindqvist ferry, %d days on.", gap))})
	}
	var big []int
	for i := 0; i < compareCap+6; i++ {
		day := mustDate(t, "2031-05-07").Time().AddDate(0, 0, i).Format("2006-01-02")
		if i%9 == 4 {
			day = "" // undated: re-dated against the story's date
		}
		big = append(big, add(day, fmt.Sprintf("Divers inspected pier %d of the Lindqvist terminal on Monday, Imre Vass said.", i)))
	}
	// In the order of their keys, as an incremental placement gives a
	// story's articles (undated ones last).
	slices.SortFunc(big, func(a, b int) int {
		return strings.Compare(storyid.OrderKey(&an.Articles[a]), storyid.OrderKey(&an.Articles[b]))
	})
	an.groups = append(an.groups, big)
	an.related = make([][]int, len(an.groups))
	for k := 1; k < len(an.groups); k++ {
		an.related[0] = append(an.related[0], k)
		an.related[k] = []int{0}
	}
	return an
}

// recordInputs replaces the comparison with one that records its input by
// the story's first article.
func recordInputs(t *testing.T) map[string]compare.Input {
	got := map[string]compare.Input{}
	var mu sync.Mutex
	t.Cleanup(SetCompare(func(in compare.Input) compare.Result {
		mu.Lock()
		defer mu.Unlock()
		got[in.Docs[0].Article.ID] = in
		return compare.Result{}
	}))
	return got
}

// A story's comparison reads the contextCap related stories nearest to it
// in time; the story keeps all its related stories.
func TestStoriesBoundContext(t *testing.T) {
	got := recordInputs(t)
	an := contextBatch(t)
	out, err := an.Stories(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if len(out[0].Related) != 11 {
		t.Errorf("related stories %d, want 11", len(out[0].Related))
	}
	var firsts []string
	for _, c := range got["x000"].Context {
		firsts = append(firsts, c.Docs[0].Article.ID)
	}
	// Gaps of 1, 2, 4, 6, 9, 11 and 15 days and the large story, 3 days
	// before; not the stories 22, 30 and 40 days away.
	want := []string{"x002", "x004", "x005", "x007", "x008", "x009", "x011"}
	if len(firsts) != contextCap || !slices.Equal(firsts[:7], want) || len(got["x000"].Context[7].Docs) != compareCap {
		t.Errorf("context %v (last of %d articles), want %v and the large story's %d most recent", firsts, len(got["x000"].Context[len(firsts)-1].Docs), want, compareCap)
	}
}

// An incremental comparison gives a related story only the articles its
// comparison reads, with the whole story's anchor and reference date: the
// story compared gets the same input as from the whole related story.
func TestTrimmedContextSameInput(t *testing.T) {
	got := recordInputs(t)
	whole := contextBatch(t)
	if _, err := whole.Stories(context.Background()); err != nil {
		t.Fatal(err)
	}
	want := got["x000"]
	trimmed := contextBatch(t)
	big := len(trimmed.groups) - 1
	trimmed.anchors = groupAnchors(trimmed.Articles, trimmed.groups)
	trimmed.refs = map[int]dates.Date{big: storyDate(trimmed.Articles, trimmed.groups[big])}
	g := trimmed.groups[big]
	trimmed.groups[big] = g[len(g)-compareCap:]
	trimmed.only = map[int]bool{0: true}
	if _, err := trimmed.Stories(context.Background()); err != nil {
		t.Fatal(err)
	}
	have := got["x000"]
	if len(have.Context) != len(want.Context) {
		t.Fatalf("%d related stories as context, want %d", len(have.Context), len(want.Context))
	}
	undated := 0
	for j := range want.Context {
		w, h := want.Context[j], have.Context[j]
		if len(w.Docs) != len(h.Docs) {
			t.Fatalf("context %d: %d articles, want %d", j, len(h.Docs), len(w.Docs))
		}
		for i := range w.Docs {
			if w.Docs[i].Article.ID != h.Docs[i].Article.ID || !reflect.DeepEqual(w.Docs[i].Analysis, h.Docs[i].Analysis) {
				t.Errorf("context %d, article %d: %s read otherwise than %s", j, i, h.Docs[i].Article.ID, w.Docs[i].Article.ID)
			}
			if w.Docs[i].Article.Published == nil {
				undated++
			}
		}
		if !reflect.DeepEqual(w.Merged, h.Merged) {
			t.Errorf("context %d: entities merged otherwise", j)
		}
	}
	if undated == 0 {
		t.Error("no undated article in the context: the reference date is not tested")
	}
}

// A story reads a related story only when each is among the other's
// contextCap nearest: a hub with more related stories than the cap is read
// by its nearest only, and a story whose nearest do not hold it reads less
// than its nearest.
func TestMutualContext(t *testing.T) {
	// Story 0, the hub, is related to stories 1 to 10, begun 1 to 10 days
	// after it; story 11 is related to story 10 alone, and stories 12 to
	// 20, each related to story 1 alone, crowd story 1's nearest with
	// stories begun on the same day as story 1.
	anchors := []string{"2031-03-01 h"}
	related := make([][]int, 21)
	for d := 1; d <= 10; d++ {
		anchors = append(anchors, fmt.Sprintf("2031-03-%02d r%02d", 1+d, d))
		related[0] = append(related[0], d)
		related[d] = append(related[d], 0)
	}
	anchors = append(anchors, "2031-03-12 lone")
	related[10] = append(related[10], 11)
	related[11] = []int{10}
	for k := 12; k <= 20; k++ {
		anchors = append(anchors, fmt.Sprintf("2031-03-02 c%02d", k))
		related[1] = append(related[1], k)
		related[k] = []int{1}
	}
	got := mutualContext(anchors, related)
	want := map[int][]int{
		0:  {2, 3, 4, 5, 6, 7, 8},            // its 8 nearest but story 1, whose nearest are the crowd
		1:  {13, 14, 15, 16, 17, 18, 19, 20}, // the crowd, the most recently begun first
		9:  nil,                              // beyond the hub's 8 nearest: it does not read the hub
		10: {11},
		11: {10},
		3:  {0},
	}
	for k, w := range want {
		if !slices.Equal(got[k], w) {
			t.Errorf("story %d reads %v, want %v", k, got[k], w)
		}
	}
	readers := 0
	for k := range got {
		if slices.Contains(got[k], 0) {
			readers++
		}
	}
	if readers > contextCap {
		t.Errorf("%d stories read the hub, want at most %d", readers, contextCap)
	}
}

// A related story of a changed story is compared again (pending) only when
// its comparison reads the changed story, before the add or after it:
// among its contextCap nearest related stories, with the changed story's
// anchor as stored and as the add leaves it.
func TestContextChanged(t *testing.T) {
	anchors := map[string]string{"x": "2031-05-10 x", "c": "2031-07-20 c", "m": "2031-05-11 m"}
	var far []string // ten related stories 1 to 10 days from x
	for d := 1; d <= 10; d++ {
		id := fmt.Sprintf("r%02d", d)
		anchors[id] = fmt.Sprintf("2031-05-%02d %s", 10+d, id)
		far = append(far, id)
	}
	near, away := "2031-05-10 c", "2031-08-01 c"
	with := func(ids ...string) []string { return slices.Sorted(slices.Values(append(slices.Clone(far), ids...))) }
	for _, tc := range []struct {
		name          string
		before, after []string
		anchor        string // c's anchor after the add ("": unchanged)
		want          bool
	}{
		{"no changed story related", far, far, "", false},
		{"few related stories: all read", []string{"r01", "c"}, []string{"r01", "c"}, "", true},
		{"changed story beyond the nearest, and still", with("c"), with("c"), away, false},
		{"changed story moved among the nearest", with("c"), with("c"), near, true},
		{"newly related beyond the nearest", far, with("c"), away, false},
		{"newly related among the nearest", far, with("c"), near, true},
		{"a story read before merged into one beyond the nearest", with("m"), with("c"), away, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			// Every other story is related to x alone, so each holds x
			// among its nearest: x reads its own nearest.
			p := &placer{anchors: maps.Clone(anchors), stateCache: map[string]*placeState{"x": {Related: tc.before}}}
			for id := range anchors {
				if id != "x" {
					p.stateCache[id] = &placeState{Anchor: anchors[id], Related: []string{"x"}}
				}
			}
			up := &placeUpdate{states: map[string]*placeState{"x": {Anchor: anchors["x"], Related: tc.after}}}
			if tc.anchor != "" {
				up.states["c"] = &placeState{Anchor: tc.anchor, Related: []string{"x"}}
			}
			touched := map[string]bool{"c": true, "m": true}
			got, err := p.contextChanged(context.Background(), up, "x", touched)
			if err != nil || got != tc.want {
				t.Errorf("got %v (%v), want %v", got, err, tc.want)
			}
		})
	}
}

// A story that does not read a changed story may still read other stories
// after the add: when the changed story enters the nearest of a related
// story of theirs, the farthest of that story's nearest leaves them
// (nearestMoved), and its comparison is left pending too.
func TestNearestMoved(t *testing.T) {
	anchors := map[string]string{"y": "2031-09-01 y", "c": "2031-09-01 c"}
	var rel []string // eight related stories 1 to 8 days from y
	for d := 1; d <= 8; d++ {
		id := fmt.Sprintf("n%d", d)
		anchors[id] = fmt.Sprintf("2031-09-%02d %s", 1+d, id)
		rel = append(rel, id)
	}
	for _, tc := range []struct {
		name   string
		anchor string // c's anchor after the add
		want   []string
	}{
		{"changed story nearest: the farthest leaves", "2031-09-01 c", []string{"n8"}},
		{"changed story beyond the nearest: none moves", "2031-12-01 c", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := &placer{anchors: maps.Clone(anchors), stateCache: map[string]*placeState{"y": {Anchor: anchors["y"], Related: rel}}}
			after := slices.Sorted(slices.Values(append(slices.Clone(rel), "c")))
			up := &placeUpdate{states: map[string]*placeState{
				"y": {Anchor: anchors["y"], Related: after},
				"c": {Anchor: tc.anchor, Related: []string{"y"}},
			}}
			got, err := p.nearestMoved(context.Background(), up, "y", map[string]bool{"c": true})
			if err != nil || !slices.Equal(got, tc.want) {
				t.Errorf("got %v (%v), want %v", got, err, tc.want)
			}
		})
	}
}
