package storyid_test

import (
	"context"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/analyze"
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
