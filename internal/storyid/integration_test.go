package storyid_test

import (
	"bufio"
	"context"
	"encoding/json"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/evaluate"
	"github.com/corroborate/corroborate/internal/kittext"
	"github.com/corroborate/corroborate/internal/pipeline"
	"github.com/corroborate/corroborate/internal/source"
	"github.com/corroborate/corroborate/internal/sqlite"
	"github.com/corroborate/corroborate/internal/storyid"
)

// build adds arts to a fresh store in the given order, in batches of the
// given size, analysing the whole store and applying stable ids after
// each batch, as analyze and serve do. It returns the final stories.
func build(t *testing.T, arts []corroborate.Article, batch int) ([]corroborate.Story, *sqlite.Store) {
	t.Helper()
	ctx := context.Background()
	store, err := sqlite.Open(ctx, ":memory:")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { store.Close() })
	var rep *corroborate.Report
	for n := batch; ; n += batch {
		if n > len(arts) {
			n = len(arts)
		}
		cp := slices.Clone(arts[:n])
		if rep, err = pipeline.BuildReport(ctx, &pipeline.Result{Articles: cp}); err != nil {
			t.Fatal(err)
		}
		if _, err := storyid.Apply(ctx, store, rep); err != nil {
			t.Fatal(err)
		}
		if n == len(arts) {
			return rep.Stories, store
		}
	}
}

// bcubedF1 is the BCubed F1 between two groupings of the same articles.
func bcubedF1(a, b []corroborate.Story) float64 {
	groupOf := func(ss []corroborate.Story) map[string]map[string]bool {
		out := map[string]map[string]bool{}
		for _, s := range ss {
			set := map[string]bool{}
			for _, x := range s.Articles {
				set[x] = true
				out[x] = set
			}
		}
		return out
	}
	ga, gb := groupOf(a), groupOf(b)
	var p, r float64
	for x, sa := range ga {
		sb := gb[x]
		common := 0
		for y := range sa {
			if sb[y] {
				common++
			}
		}
		p += float64(common) / float64(len(sa))
		r += float64(common) / float64(len(sb))
	}
	p, r = p/float64(len(ga)), r/float64(len(ga))
	return 2 * p * r / (p + r)
}

// idsByMembers maps each story's sorted members to its id.
func idsByMembers(ss []corroborate.Story) map[string]string {
	out := map[string]string{}
	for _, s := range ss {
		out[strings.Join(slices.Sorted(slices.Values(s.Articles)), " ")] = s.ID
	}
	return out
}

func readArticles(t *testing.T, recs []source.Record) []corroborate.Article {
	t.Helper()
	var out []corroborate.Article
	for _, r := range recs {
		a, err := pipeline.Extract(r)
		if err != nil {
			t.Fatalf("%s: %v", r.Source, err)
		}
		out = append(out, *a)
	}
	return out
}

func seeds(t *testing.T) []corroborate.Article {
	files, _ := filepath.Glob(filepath.Join("..", "..", "examples", "seeds", "*.txt"))
	var recs []source.Record
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		recs = append(recs, source.Record{Source: filepath.Base(f), Kind: "text", Body: b, Raw: b, RawKind: "text"})
	}
	return readArticles(t, recs)
}

// ecbTuneTopic returns the articles of the smallest ECB+ dev topic of the
// tune half (never the holdout half), or skips without the kit.
func ecbTuneTopic(t *testing.T) []corroborate.Article {
	f, err := os.Open(kittext.Path("ecbplus", "dev.jsonl"))
	if err != nil {
		t.Skip("ECB+ kit not present: ", err)
	}
	defer f.Close()
	byTopic := map[string][]source.Record{}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	for sc.Scan() {
		var r struct{ ID, URL, Topic, Text string }
		if json.Unmarshal(sc.Bytes(), &r) != nil || evaluate.HalfOf(r.Topic) != evaluate.Tune {
			continue
		}
		byTopic[r.Topic] = append(byTopic[r.Topic], source.Record{Source: r.URL, ID: r.ID, URL: r.URL, Kind: "text", Body: []byte(r.Text), Raw: sc.Bytes(), RawKind: "json"})
	}
	topics := make([]string, 0, len(byTopic))
	for k := range byTopic {
		topics = append(topics, k)
	}
	sort.Slice(topics, func(i, j int) bool {
		a, b := byTopic[topics[i]], byTopic[topics[j]]
		if len(a) != len(b) {
			return len(a) < len(b)
		}
		x, _ := strconv.Atoi(topics[i])
		y, _ := strconv.Atoi(topics[j])
		return x < y
	})
	if len(topics) == 0 {
		t.Skip("no tune topic")
	}
	return readArticles(t, byTopic[topics[0]])
}

// orderIndependence builds the store in one run, one article at a time in
// publication order, and one at a time in shuffled orders: the stories
// must be the same (BCubed F1 1.000); ids must agree between the one-run
// and the publication-order builds.
func orderIndependence(t *testing.T, arts []corroborate.Article, shuffles int) {
	oneRun, _ := build(t, arts, len(arts))
	chrono := slices.Clone(arts)
	slices.SortFunc(chrono, func(a, b corroborate.Article) int {
		return strings.Compare(storyid.OrderKey(&a), storyid.OrderKey(&b))
	})
	byOne, _ := build(t, chrono, 1)
	if f := bcubedF1(oneRun, byOne); f != 1 {
		t.Errorf("one by one in publication order: BCubed F1 %.4f against one run", f)
	}
	want, got := idsByMembers(oneRun), idsByMembers(byOne)
	for members, id := range want {
		if got[members] != id {
			t.Errorf("story %s: id %s one by one in publication order, %s in one run", members, got[members], id)
		}
	}
	r := rand.New(rand.NewPCG(7, uint64(len(arts))))
	for i := 0; i < shuffles; i++ {
		sh := slices.Clone(arts)
		r.Shuffle(len(sh), func(x, y int) { sh[x], sh[y] = sh[y], sh[x] })
		st, _ := build(t, sh, 1)
		if f := bcubedF1(oneRun, st); f != 1 {
			t.Errorf("one by one, shuffle %d: BCubed F1 %.4f against one run", i, f)
		}
	}
	t.Logf("%d articles, %d stories", len(arts), len(oneRun))
}

func TestOrderIndependenceSeeds(t *testing.T) {
	orderIndependence(t, seeds(t), 3)
}

func TestOrderIndependenceECB(t *testing.T) {
	if testing.Short() {
		t.Skip("analyses the store once per article")
	}
	orderIndependence(t, ecbTuneTopic(t), 1)
}
