package storetest

import (
	"context"
	"slices"
	"testing"

	"github.com/corroborate/corroborate"
)

// placementCases are the behaviour tests of the placement half of the
// store (corroborate.PlacementStore).
var placementCases = []struct {
	name string
	run  func(t *testing.T, open func(t *testing.T) corroborate.ArticleStore)
}{
	{"each article counted once in the term counts", testTermCounts},
	{"near-copy buckets find the articles holding a key", testBuckets},
	{"near-copy pairs are kept, replaced and reset", testCopyPairs},
	{"tie-break answers are kept, replaced, dropped and reset", testTieAnswers},
	{"postings give the most recently saved stories", testPostings},
	{"story states and findings are replaced, dropped and reset", testStatesAndFindings},
	{"narrowed story updates see a story and those merged into it", testUpdateStoriesOf},
	{"the store is walked a page at a time, in insertion order", testArticlesAfter},
}

func putPlacement(t *testing.T, s corroborate.ArticleStore, p corroborate.Placement) {
	t.Helper()
	if err := s.PutPlacement(context.Background(), p); err != nil {
		t.Fatalf("PutPlacement: %v", err)
	}
}

func testTermCounts(t *testing.T, open func(t *testing.T) corroborate.ArticleStore) {
	ctx := context.Background()
	s := open(t)
	if n, df, err := s.TermCounts(ctx, []string{"w:fire"}); err != nil || n != 0 || len(df) != 0 {
		t.Fatalf("TermCounts on a fresh store = %d, %v, %v", n, df, err)
	}
	putPlacement(t, s, corroborate.Placement{Articles: []corroborate.PlacedArticle{
		{Article: "a1", Terms: []string{"w:fire", "e:anna berg", "w:fire"}},
		{Article: "a2", Terms: []string{"w:fire", "w:river"}},
		// The same article twice in one write: counted once.
		{Article: "a2", Terms: []string{"w:fire", "w:river"}},
	}})
	// a1 again: already counted, not counted twice.
	putPlacement(t, s, corroborate.Placement{Articles: []corroborate.PlacedArticle{{Article: "a1", Terms: []string{"w:fire"}}}})
	// Counts given whole (a regroup) are added as they are; an article
	// given with no terms counts in the number of articles only.
	putPlacement(t, s, corroborate.Placement{DF: map[string]int{"w:fire": 3, "w:ash": 1}, Articles: []corroborate.PlacedArticle{{Article: "a3"}}})
	n, df, err := s.TermCounts(ctx, []string{"w:fire", "w:river", "e:anna berg", "w:absent", "w:ash"})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]int{"w:fire": 5, "w:river": 1, "e:anna berg": 1, "w:ash": 1}
	if n != 3 || len(df) != len(want) {
		t.Fatalf("TermCounts = %d, %v; want 3, %v", n, df, want)
	}
	for k, v := range want {
		if df[k] != v {
			t.Errorf("df[%q] = %d, want %d", k, df[k], v)
		}
	}
}

func testCopyPairs(t *testing.T, open func(t *testing.T) corroborate.ArticleStore) {
	ctx := context.Background()
	s := open(t)
	if known, pairs, err := s.CopyPairs(ctx); err != nil || known != 0 || len(pairs) != 0 {
		t.Fatalf("CopyPairs on a fresh store = %d, %v, %v", known, pairs, err)
	}
	putPlacement(t, s, corroborate.Placement{
		Articles: []corroborate.PlacedArticle{{Article: "a1", CopiesKnown: true}, {Article: "a2", CopiesKnown: true}, {Article: "a3"}},
		Copies:   []corroborate.CopyPair{{A: "a2", B: "a1", Containment: 0.5}, {A: "a1", B: "a3", Containment: 0.9}},
	})
	// A pair given again (either way round) replaces its containment; an
	// article counted again keeps what it was counted with.
	putPlacement(t, s, corroborate.Placement{
		Articles: []corroborate.PlacedArticle{{Article: "a3", CopiesKnown: true}},
		Copies:   []corroborate.CopyPair{{A: "a1", B: "a2", Containment: 0.625}},
	})
	known, pairs, err := s.CopyPairs(ctx)
	want := []corroborate.CopyPair{{A: "a1", B: "a2", Containment: 0.625}, {A: "a1", B: "a3", Containment: 0.9}}
	if err != nil || known != 2 || !slices.Equal(pairs, want) {
		t.Errorf("CopyPairs = %d, %v, %v; want 2, %v", known, pairs, err, want)
	}
	putPlacement(t, s, corroborate.Placement{Reset: true, Articles: []corroborate.PlacedArticle{{Article: "a1"}}})
	if known, pairs, err := s.CopyPairs(ctx); err != nil || known != 0 || len(pairs) != 0 {
		t.Errorf("CopyPairs after a reset = %d, %v, %v; want 0, none", known, pairs, err)
	}
}

func testTieAnswers(t *testing.T, open func(t *testing.T) corroborate.ArticleStore) {
	ctx := context.Background()
	s := open(t)
	if got, err := s.TieAnswers(ctx); err != nil || len(got) != 0 {
		t.Fatalf("TieAnswers on a fresh store = %v, %v", got, err)
	}
	k1, k2, k3 := []byte{1, 0, 255}, []byte{2}, []byte{0, 3}
	putPlacement(t, s, corroborate.Placement{Ties: []corroborate.TieAnswer{{Key: k1, Pick: 1}, {Key: k2, Pick: 0}}})
	putPlacement(t, s, corroborate.Placement{DropTies: [][]byte{k2}, Ties: []corroborate.TieAnswer{{Key: k1, Pick: 2}, {Key: k3, Pick: 0}}})
	got, err := s.TieAnswers(ctx)
	want := []corroborate.TieAnswer{{Key: k3, Pick: 0}, {Key: k1, Pick: 2}}
	if err != nil || len(got) != len(want) {
		t.Fatalf("TieAnswers = %v, %v; want %v", got, err, want)
	}
	for i := range want {
		if !slices.Equal(got[i].Key, want[i].Key) || got[i].Pick != want[i].Pick {
			t.Errorf("TieAnswers[%d] = %v, want %v", i, got[i], want[i])
		}
	}
	putPlacement(t, s, corroborate.Placement{Reset: true})
	if got, err := s.TieAnswers(ctx); err != nil || len(got) != 0 {
		t.Errorf("TieAnswers after a reset = %v, %v; want none", got, err)
	}
}

func testBuckets(t *testing.T, open func(t *testing.T) corroborate.ArticleStore) {
	ctx := context.Background()
	s := open(t)
	big := uint64(1) << 63 // keys use all 64 bits
	putPlacement(t, s, corroborate.Placement{Articles: []corroborate.PlacedArticle{
		{Article: "a1", Buckets: []uint64{1, big + 5}},
		{Article: "a2", Buckets: []uint64{2, big + 5}},
		{Article: "a3", Buckets: []uint64{3}},
	}})
	got, err := s.Bucketed(ctx, []uint64{big + 5, 3, 99}, 0)
	if err != nil || !slices.Equal(got, []string{"a1", "a2", "a3"}) {
		t.Errorf("Bucketed = %v, %v; want [a1 a2 a3]", got, err)
	}
	got, err = s.Bucketed(ctx, []uint64{2}, 0)
	if err != nil || !slices.Equal(got, []string{"a2"}) {
		t.Errorf("Bucketed(2) = %v, %v; want [a2]", got, err)
	}
	if got, err = s.Bucketed(ctx, []uint64{big + 5}, 1); err != nil || len(got) != 1 {
		t.Errorf("Bucketed with limit 1 = %v, %v; want one article", got, err)
	}
	held, err := s.BucketHolders(ctx, []uint64{big + 5, 3, 99, 3})
	want := map[uint64][]string{big + 5: {"a1", "a2"}, 3: {"a3"}}
	if err != nil || len(held) != len(want) {
		t.Fatalf("BucketHolders = %v, %v; want %v", held, err, want)
	}
	for k, ids := range want {
		if !slices.Equal(held[k], ids) {
			t.Errorf("BucketHolders[%d] = %v, want %v", k, held[k], ids)
		}
	}
	// More keys than one query holds.
	many := make([]uint64, 0, 2000)
	for k := uint64(1000); len(many) < cap(many); k++ {
		many = append(many, k)
	}
	many = append(many, 1)
	if held, err := s.BucketHolders(ctx, many); err != nil || len(held) != 1 || !slices.Equal(held[1], []string{"a1"}) {
		t.Errorf("BucketHolders of 2,001 keys = %v, %v; want only 1: [a1]", held, err)
	}
	if held, err := s.BucketHolders(ctx, nil); err != nil || len(held) != 0 {
		t.Errorf("BucketHolders() = %v, %v; want none", held, err)
	}
}

func testPostings(t *testing.T, open func(t *testing.T) corroborate.ArticleStore) {
	ctx := context.Background()
	s := open(t)
	for _, id := range []string{"s-1", "s-2", "s-3"} {
		putPlacement(t, s, corroborate.Placement{States: []corroborate.StoryState{{Story: id, Data: []byte(id), Terms: []string{"e:anna berg", "w:" + id}}}})
	}
	got, err := s.Posted(ctx, []string{"e:anna berg"}, 0)
	if err != nil || !slices.Equal(got, []string{"s-1", "s-2", "s-3"}) {
		t.Errorf("Posted = %v, %v; want all three", got, err)
	}
	got, err = s.Posted(ctx, []string{"e:anna berg"}, 2)
	if err != nil || !slices.Equal(got, []string{"s-2", "s-3"}) {
		t.Errorf("Posted, 2 per term = %v, %v; want the two saved last", got, err)
	}
	// Saving s-1 again makes it the most recent; its old terms go.
	putPlacement(t, s, corroborate.Placement{States: []corroborate.StoryState{{Story: "s-1", Data: []byte("x"), Terms: []string{"e:anna berg"}}}})
	got, err = s.Posted(ctx, []string{"e:anna berg", "w:s-1"}, 2)
	if err != nil || !slices.Equal(got, []string{"s-1", "s-3"}) {
		t.Errorf("Posted after a new save = %v, %v; want [s-1 s-3]", got, err)
	}
}

func testStatesAndFindings(t *testing.T, open func(t *testing.T) corroborate.ArticleStore) {
	ctx := context.Background()
	s := open(t)
	putPlacement(t, s, corroborate.Placement{
		Articles: []corroborate.PlacedArticle{{Article: "a1", Terms: []string{"w:x"}, Buckets: []uint64{7}}},
		States:   []corroborate.StoryState{{Story: "s-1", Data: []byte("one"), Terms: []string{"w:x"}}, {Story: "s-2", Data: []byte("two")}},
		Findings: []corroborate.StoryFindings{{Story: "s-1", Key: "k1", Data: []byte("f1")}, {Story: "s-2", Key: "k2", Data: []byte("f2")}},
	})
	putPlacement(t, s, corroborate.Placement{
		States:   []corroborate.StoryState{{Story: "s-1", Data: []byte("one again")}},
		Findings: []corroborate.StoryFindings{{Story: "s-1", Key: "k1b", Data: []byte("f1b")}},
		Drop:     []string{"s-2"},
	})
	st, err := s.StoryStates(ctx, []string{"s-2", "s-1", "s-1", "s-9"})
	if err != nil || len(st) != 1 || st[0].Story != "s-1" || string(st[0].Data) != "one again" {
		t.Errorf("StoryStates = %+v, %v; want s-1 replaced, s-2 dropped", st, err)
	}
	f, err := s.StoryFindings(ctx, []string{"s-1", "s-2"})
	if err != nil || len(f) != 1 || f[0].Key != "k1b" || string(f[0].Data) != "f1b" {
		t.Errorf("StoryFindings = %+v, %v; want s-1's new findings only", f, err)
	}
	if got, err := s.Posted(ctx, []string{"w:x"}, 0); err != nil || len(got) != 0 {
		t.Errorf("Posted after a save without terms = %v, %v; want none", got, err)
	}
	putPlacement(t, s, corroborate.Placement{Reset: true})
	n, _, err := s.TermCounts(ctx, nil)
	if err != nil || n != 0 {
		t.Errorf("TermCounts after a reset = %d, %v", n, err)
	}
	if got, _ := s.Bucketed(ctx, []uint64{7}, 0); len(got) != 0 {
		t.Errorf("Bucketed after a reset = %v", got)
	}
	if got, _ := s.StoryStates(ctx, []string{"s-1"}); len(got) != 0 {
		t.Errorf("StoryStates after a reset = %v", got)
	}
	if err := s.PutPlacement(ctx, corroborate.Placement{States: []corroborate.StoryState{{Data: []byte("x")}}}); corroborate.ErrorCode(err) != corroborate.EINVALID {
		t.Errorf("a state without a story id: %v, want EINVALID", err)
	}
}

func testUpdateStoriesOf(t *testing.T, open func(t *testing.T) corroborate.ArticleStore) {
	ctx := context.Background()
	s := open(t)
	saveStories(t, s,
		corroborate.StoredStory{ID: "s-a", Articles: []string{"a1", "a2"}},
		corroborate.StoredStory{ID: "s-b", MergedInto: "s-a"},
		corroborate.StoredStory{ID: "s-c", Articles: []string{"a3"}},
	)
	var seen []string
	wrote, err := s.UpdateStoriesOf(ctx, []string{"s-a", "s-x"}, func(stored []corroborate.StoredStory) ([]corroborate.StoredStory, error) {
		seen = nil
		for _, st := range stored {
			seen = append(seen, st.ID)
		}
		return []corroborate.StoredStory{{ID: "s-a", Articles: []string{"a1", "a2", "a4"}}}, nil
	})
	if err != nil || !wrote {
		t.Fatalf("UpdateStoriesOf = %v, %v", wrote, err)
	}
	if !slices.Equal(seen, []string{"s-a", "s-b"}) {
		t.Errorf("UpdateStoriesOf saw %v; want [s-a s-b] (the story and the one merged into it)", seen)
	}
	got, err := s.StoredStory(ctx, "s-a")
	if err != nil || !slices.Equal(got.Articles, []string{"a1", "a2", "a4"}) {
		t.Errorf("after UpdateStoriesOf: %+v, %v", got, err)
	}
	if c, err := s.StoredStory(ctx, "s-c"); err != nil || !slices.Equal(c.Articles, []string{"a3"}) {
		t.Errorf("a story not asked for changed: %+v, %v", c, err)
	}
}

func testArticlesAfter(t *testing.T, open func(t *testing.T) corroborate.ArticleStore) {
	ctx := context.Background()
	s := open(t)
	if n, err := s.ArticleCount(ctx); err != nil || n != 0 {
		t.Fatalf("ArticleCount on a fresh store = %d, %v", n, err)
	}
	if got, next, err := s.ArticlesAfter(ctx, "", 2); err != nil || len(got) != 0 || next != "" {
		t.Fatalf("ArticlesAfter on a fresh store = %v, %q, %v", got, next, err)
	}
	var want []string
	for _, id := range []string{"c", "a", "e", "b", "d"} {
		if _, err := s.PutArticle(ctx, &corroborate.Article{ID: id, Source: id + ".txt", Text: "Body " + id + "."}, corroborate.Raw{Kind: "text", Bytes: []byte(id)}); err != nil {
			t.Fatal(err)
		}
		want = append(want, id)
	}
	var got []string
	pages := 0
	for cursor := ""; ; pages++ {
		page, next, err := s.ArticlesAfter(ctx, cursor, 2)
		if err != nil {
			t.Fatal(err)
		}
		if len(page) == 0 {
			if next != "" {
				t.Errorf("an empty page gave the cursor %q", next)
			}
			break
		}
		if len(page) > 2 {
			t.Fatalf("a page of %d articles, limit 2", len(page))
		}
		for _, a := range page {
			got = append(got, a.ID)
			if a.Text == "" {
				t.Errorf("article %s listed without its text", a.ID)
			}
		}
		cursor = next
	}
	if !slices.Equal(got, want) || pages != 3 {
		t.Errorf("walked %v in %d pages; want %v (insertion order) in 3", got, pages, want)
	}
	if n, err := s.ArticleCount(ctx); err != nil || n != 5 {
		t.Errorf("ArticleCount = %d, %v; want 5", n, err)
	}
	if _, _, err := s.ArticlesAfter(ctx, "", 0); corroborate.ErrorCode(err) != corroborate.EINVALID {
		t.Errorf("a page without a limit: %v, want EINVALID", err)
	}
}
