package storyid_test

import (
	"bufio"
	"context"
	"encoding/json"
	"maps"
	"math/rand/v2"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/analyze"
	"github.com/corroborate/corroborate/internal/evaluate"
	"github.com/corroborate/corroborate/internal/kittext"
	"github.com/corroborate/corroborate/internal/pipeline"
	"github.com/corroborate/corroborate/internal/source"
	"github.com/corroborate/corroborate/internal/sqlite"
	"github.com/corroborate/corroborate/internal/storyid"
)

// placeBuild stores arts in the given order: the first seed of them
// regrouped in one run (analyze.Regroup), then each of the others placed
// incrementally (analyze.Place) as it arrives. It checks what every
// placement saved and returns the live stored stories and the store.
func placeBuild(t *testing.T, arts []corroborate.Article, seed int) ([]corroborate.Story, *sqlite.Store) {
	t.Helper()
	ctx := context.Background()
	store, err := sqlite.Open(ctx, ":memory:")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { store.Close() })
	put := func(as []corroborate.Article) {
		for i := range as {
			if _, err := store.PutArticle(ctx, &as[i], corroborate.Raw{Kind: "text", Bytes: []byte(as[i].Text)}); err != nil {
				t.Fatal(err)
			}
		}
	}
	first := slices.Clone(arts[:seed])
	put(first)
	if seed > 0 {
		if _, _, err := analyze.Regroup(ctx, store, first, nil); err != nil {
			t.Fatal(err)
		}
	}
	for _, a := range arts[seed:] {
		one := []corroborate.Article{a}
		put(one)
		placed, err := analyze.Place(ctx, store, one)
		if err != nil {
			t.Fatal(err)
		}
		own := false
		for _, st := range placed.Stories {
			own = own || slices.Contains(st.Articles, a.ID)
		}
		if !own {
			t.Fatalf("placing %s: its story is not among the %d stories saved", a.ID, len(placed.Stories))
		}
	}
	return liveStories(t, store), store
}

// liveStories returns the stored live stories, checking that each article
// is in one and that each has its findings saved, with the same members.
func liveStories(t *testing.T, store *sqlite.Store) []corroborate.Story {
	t.Helper()
	ctx := context.Background()
	stored, err := store.Stories(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var out []corroborate.Story
	seen := map[string]string{}
	for _, s := range stored {
		if s.MergedInto != "" {
			if live, ok, err := storyid.Resolve(ctx, store, s.ID); err != nil || !ok || live == s.ID {
				t.Errorf("merged story %s does not lead to a live story (%q, %v, %v)", s.ID, live, ok, err)
			}
			continue
		}
		for _, a := range s.Articles {
			if other, ok := seen[a]; ok {
				t.Errorf("article %s in stories %s and %s", a, other, s.ID)
			}
			seen[a] = s.ID
		}
		f, err := store.StoryFindings(ctx, []string{s.ID})
		if err != nil || len(f) != 1 {
			t.Fatalf("story %s: findings not saved (%v)", s.ID, err)
		}
		st, err := analyze.DecodeFindings(f[0].Data)
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(slices.Sorted(slices.Values(st.Articles)), s.Articles) {
			t.Errorf("story %s: saved findings are of %v, members %v", s.ID, st.Articles, s.Articles)
		}
		out = append(out, corroborate.Story{ID: s.ID, Articles: s.Articles})
	}
	return out
}

// placeThenReconcile places articles one at a time in the given order and
// returns the BCubed F1 of the incremental stories against one run; after
// the reconciliation (a regroup of the store) the stories must be those
// of the one run (BCubed F1 1.000) and saved as such.
func placeThenReconcile(t *testing.T, oneRun []corroborate.Story, arts []corroborate.Article, seed int) float64 {
	t.Helper()
	got, store := placeBuild(t, arts, seed)
	f := bcubedF1(oneRun, got)
	all, err := store.Articles(context.Background(), 0)
	if err != nil {
		t.Fatal(err)
	}
	rep, _, err := analyze.Regroup(context.Background(), store, all, nil)
	if err != nil {
		t.Fatal(err)
	}
	if g := bcubedF1(oneRun, rep.Stories); g != 1 {
		t.Errorf("after the reconciliation: BCubed F1 %.4f against one run", g)
	}
	if g := bcubedF1(oneRun, liveStories(t, store)); g != 1 {
		t.Errorf("stored stories after the reconciliation: BCubed F1 %.4f against one run", g)
	}
	return f
}

func placementOrders(t *testing.T, arts []corroborate.Article, shuffles int) {
	oneRun, _ := build(t, arts, len(arts))
	chrono := slices.Clone(arts)
	slices.SortFunc(chrono, func(a, b corroborate.Article) int {
		return strings.Compare(storyid.OrderKey(&a), storyid.OrderKey(&b))
	})
	f := placeThenReconcile(t, oneRun, chrono, 0)
	t.Logf("incremental, publication order, from an empty store: BCubed F1 %.4f against one run", f)
	f = placeThenReconcile(t, oneRun, chrono, len(chrono)/2)
	t.Logf("incremental, publication order, second half placed: BCubed F1 %.4f against one run", f)
	r := rand.New(rand.NewPCG(11, uint64(len(arts))))
	for i := 0; i < shuffles; i++ {
		sh := slices.Clone(arts)
		r.Shuffle(len(sh), func(x, y int) { sh[x], sh[y] = sh[y], sh[x] })
		f = placeThenReconcile(t, oneRun, sh, 0)
		t.Logf("incremental, shuffle %d: BCubed F1 %.4f against one run", i, f)
	}
}

func TestPlacementSeeds(t *testing.T) {
	placementOrders(t, seeds(t), 2)
}

func TestPlacementECB(t *testing.T) {
	if testing.Short() {
		t.Skip("places every article")
	}
	placementOrders(t, ecbTuneTopic(t), 1)
}

// TestPlacementTuneHalf measures incremental placement on the ECB+ dev
// tune half (never the holdout half): the first 90% of its articles (in
// publication order) regrouped in one run, the last 10% placed one at a
// time. It prints the BCubed F1 of the stories against the one run over
// every article and against the gold stories, for the incremental store
// and for the one run. A measurement: run with CORROBORATE_PLACE_TUNE=1.
func TestPlacementTuneHalf(t *testing.T) {
	if os.Getenv("CORROBORATE_PLACE_TUNE") == "" {
		t.Skip("set CORROBORATE_PLACE_TUNE=1 to measure")
	}
	arts, gold := ecbTuneHalf(t)
	slices.SortFunc(arts, func(a, b corroborate.Article) int {
		return strings.Compare(storyid.OrderKey(&a), storyid.OrderKey(&b))
	})
	oneRun, _ := build(t, arts, len(arts))
	got, _ := placeBuild(t, arts, len(arts)*9/10)
	t.Logf("ECB+ dev tune half, %d articles, last %d placed one at a time: BCubed F1 against one run %.4f; against gold: incremental %.4f, one run %.4f",
		len(arts), len(arts)-len(arts)*9/10, bcubedF1(oneRun, got), bcubedF1(gold, got), bcubedF1(gold, oneRun))
}

// ecbTuneHalf returns the ECB+ dev articles of the tune half with their
// gold stories, or skips without the kit.
func ecbTuneHalf(t *testing.T) ([]corroborate.Article, []corroborate.Story) {
	f, err := os.Open(kittext.Path("ecbplus", "dev.jsonl"))
	if err != nil {
		t.Skip("ECB+ kit not present: ", err)
	}
	defer f.Close()
	var recs []source.Record
	label := map[string]string{}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	for sc.Scan() {
		var r struct{ ID, URL, Topic, Story, Text string }
		if json.Unmarshal(sc.Bytes(), &r) != nil || evaluate.HalfOf(r.Topic) != evaluate.Tune {
			continue
		}
		recs = append(recs, source.Record{Source: r.URL, ID: r.ID, URL: r.URL, Kind: "text", Body: []byte(r.Text), Raw: sc.Bytes(), RawKind: "json"})
		label[r.URL] = r.Story
	}
	var arts []corroborate.Article
	for _, r := range recs {
		if a, err := pipeline.Extract(r); err == nil { // a record with no article text is left out, as analyze does
			arts = append(arts, *a)
		}
	}
	byStory := map[string][]string{}
	for _, a := range arts {
		byStory[label[a.Source]] = append(byStory[label[a.Source]], a.ID)
	}
	var gold []corroborate.Story
	for _, k := range slices.Sorted(maps.Keys(byStory)) {
		gold = append(gold, corroborate.Story{ID: k, Articles: byStory[k]})
	}
	return arts, gold
}
