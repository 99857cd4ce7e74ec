package compare

import (
	"reflect"
	"slices"
	"testing"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/dates"
	"github.com/corroborate/corroborate/internal/story"
)

// Sentences written for this test (no data set's wording).

// TestCacheKeepsFacts: two related stories compared with one cache, each
// as the other's context (near: the same week; far: weeks apart), give
// their discrepancies and the findings they give without a cache, and
// each article's facts are read once, by the first comparison that reads
// the article.
func TestCacheKeepsFacts(t *testing.T) {
	pub := dates.Date{Year: 2023, Month: 5, Day: 2}
	x := []story.Doc{
		doc("x1", "Fire\n\nFire crews fought a blaze at a warehouse on Mill Road on Monday, and 3 firefighters were hurt, officials said.", pub),
		doc("x2", "Warehouse fire\n\nFour firefighters were hurt on Monday as a blaze tore through a warehouse on Mill Road, a spokesman said.", pub),
	}
	for _, tc := range []struct {
		name         string
		pb           dates.Date
		wantX, wantY string
	}{
		{"the same week", pub, "number:3/Four", "number:52/53 number:2/5"},
		{"weeks apart", dates.Date{Year: 2023, Month: 6, Day: 20}, "number:3/Four", "number:52/53 number:2/5"},
	} {
		y := []story.Doc{
			doc("y1", "Inquiry\n\nThe owner of the warehouse on Mill Road, Dana Vell, 52, said on Tuesday that 2 alarms had failed.", tc.pb),
			doc("y2", "Inquiry\n\nDana Vell, 53, owner of the Mill Road warehouse, said on Tuesday that 5 alarms had failed.", tc.pb),
		}
		mx := story.Assemble(&corroborate.Story{}, x)
		my := story.Assemble(&corroborate.Story{}, y)
		compareBoth := func(cache *Cache) [2]Result {
			return [2]Result{
				Compare(Input{Docs: x, Merged: mx, Context: []Context{{Docs: y, Merged: my}}, Cache: cache}),
				Compare(Input{Docs: y, Merged: my, Context: []Context{{Docs: x, Merged: mx}}, Cache: cache}),
			}
		}
		want := compareBoth(nil)
		if kx, ky := kinds(want[0].Discrepancies), kinds(want[1].Discrepancies); kx != tc.wantX || ky != tc.wantY {
			t.Errorf("%s: discrepancies %q and %q, want %q and %q", tc.name, kx, ky, tc.wantX, tc.wantY)
		}
		cache := NewCache()
		if got := compareBoth(cache); !reflect.DeepEqual(got, want) {
			t.Errorf("%s: with a cache\n%+v\nwant\n%+v", tc.name, got, want)
		}
		if len(cache.facts) != 4 {
			t.Errorf("%s: %d articles' facts kept, want 4", tc.name, len(cache.facts))
		}
		kept := cache.facts[docKey{x[1].Analysis, mx, 1}]
		c := newComparer(Input{Docs: x, Merged: mx, Cache: cache})
		if kept == nil || c.docFactsOf(x[1].Analysis, docMerged{mx, 1}) != kept {
			t.Errorf("%s: an article's facts were read again", tc.name)
		}
	}
}

// TestCacheForgetsFacts: past docFactsSize facts the cache forgets the
// facts it keeps before it keeps more.
func TestCacheForgetsFacts(t *testing.T) {
	for _, tc := range []struct {
		name    string
		kept, n int
		want    int // articles kept after the second
	}{
		{"room left", 10, 5, 2},
		{"full", docFactsSize - 2, 5, 1},
	} {
		cache := NewCache()
		cache.keepDocFacts(docKey{i: 1}, &docFacts{facts: make([]fact, tc.kept)})
		cache.keepDocFacts(docKey{i: 2}, &docFacts{stretches: make([]fact, tc.n)})
		if len(cache.facts) != tc.want {
			t.Errorf("%s: %d articles kept, want %d", tc.name, len(cache.facts), tc.want)
		}
		if _, ok := cache.docFacts(docKey{i: 2}); !ok {
			t.Errorf("%s: the last article's facts are not kept", tc.name)
		}
	}
}

// BenchmarkThread compares the three stories of a made-up thread, each
// with the other two as its context, as one report does: with the
// report's cache (each article's typed values and facts read once) and
// without one (read by each of the three comparisons). Its allocations
// count an op's work without the noise of a shared machine's load.
func BenchmarkThread(b *testing.B) {
	pub := dates.Date{Year: 2023, Month: 5, Day: 2}
	texts := [][]string{
		{"Fire\n\nFire crews fought a blaze at a warehouse on Mill Road on Monday, and 3 firefighters were hurt, officials said. About 40 workers left the site.",
			"Warehouse fire\n\nFour firefighters were hurt on Monday as a blaze tore through a warehouse on Mill Road, a spokesman said. Some 45 workers were sent home.",
			"Blaze\n\nA fire at a Mill Road warehouse on Monday hurt 3 firefighters and forced 40 workers out, the fire service said on Tuesday."},
		{"Inquiry\n\nThe owner of the warehouse on Mill Road, Dana Vell, 52, said on Tuesday that 2 alarms had failed. The building is 30 years old.",
			"Inquiry\n\nDana Vell, 53, owner of the Mill Road warehouse, said on Tuesday that 5 alarms had failed in the 30-year-old building.",
			"Alarms\n\nInvestigators said on Wednesday that 2 of the 12 alarms at the Mill Road warehouse had failed, owner Dana Vell, 52, said."},
		{"Road\n\nMill Road reopened on Thursday after 3 days of repairs costing $40,000, the council said.",
			"Reopened\n\nThe council said Mill Road reopened on Thursday after four days of repairs that cost $45,000.",
			"Repairs\n\nRepairs to Mill Road took 3 days and cost $40,000, council official Ray Doss, 61, said on Thursday."},
	}
	stories := make([][]story.Doc, len(texts))
	merged := make([]*story.Merged, len(texts))
	for k, ts := range texts {
		for j, s := range ts {
			stories[k] = append(stories[k], doc(string(rune('a'+k))+string(rune('1'+j)), s, pub))
		}
		merged[k] = story.Assemble(&corroborate.Story{}, stories[k])
	}
	compareAll := func(cache *Cache) {
		for k := range stories {
			in := Input{Docs: stories[k], Merged: merged[k], Cache: cache}
			for r := range stories {
				if r != k {
					in.Context = append(in.Context, Context{Docs: stories[r], Merged: merged[r]})
				}
			}
			Compare(in)
		}
	}
	b.Run("cache", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			compareAll(NewCache())
		}
	})
	b.Run("none", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			compareAll(nil)
		}
	})
}

// TestCacheCountsFactsOnce: an article kept twice (two stories compared at
// once read it) counts its facts once, and an article whose facts alone
// pass docFactsSize is not kept, nor does it clear the cache.
func TestCacheCountsFactsOnce(t *testing.T) {
	type keep struct{ i, n int }
	for _, tc := range []struct {
		name  string
		keeps []keep
		kept  []int // the articles kept at the end
		n     int   // the facts counted
	}{
		{"one article twice", []keep{{1, 10}, {1, 10}}, []int{1}, 10},
		{"twice, then to the bound", []keep{{1, docFactsSize / 2}, {1, docFactsSize / 2}, {2, docFactsSize / 2}}, []int{1, 2}, docFactsSize},
		{"one article past the bound", []keep{{1, 10}, {2, docFactsSize + 1}}, []int{1}, 10},
	} {
		cache := NewCache()
		for _, k := range tc.keeps {
			cache.keepDocFacts(docKey{i: k.i}, &docFacts{facts: make([]fact, k.n)})
		}
		var kept []int
		for _, k := range tc.keeps {
			if _, ok := cache.docFacts(docKey{i: k.i}); ok && !slices.Contains(kept, k.i) {
				kept = append(kept, k.i)
			}
		}
		if !slices.Equal(kept, tc.kept) || cache.nFacts != tc.n {
			t.Errorf("%s: articles %v kept counting %d facts, want %v counting %d", tc.name, kept, cache.nFacts, tc.kept, tc.n)
		}
	}
}

// TestCacheKeepsFactsAtSize: the facts a cache keeps are in slices of
// exactly their number (an article of three or more facts grew a slice
// with room left), and the comparer's scratch holds none of them after.
func TestCacheKeepsFactsAtSize(t *testing.T) {
	pub := dates.Date{Year: 2023, Month: 5, Day: 2}
	x := []story.Doc{
		doc("x1", "Fire\n\nFire crews fought a blaze at a warehouse on Mill Road on Monday, and 3 firefighters were hurt, officials said. About 40 workers left the site by 9 p.m.", pub),
		doc("x2", "Warehouse fire\n\nFour firefighters were hurt on Monday as a blaze tore through a warehouse on Mill Road, a spokesman said. Some 45 workers were sent home.", pub),
	}
	mx := story.Assemble(&corroborate.Story{}, x)
	cache := NewCache()
	Compare(Input{Docs: x, Merged: mx, Cache: cache})
	most := 0
	for k, df := range cache.facts {
		if cap(df.facts) != len(df.facts) || cap(df.stretches) != len(df.stretches) {
			t.Errorf("article %d: facts %d of room %d, stretches %d of room %d", k.i, len(df.facts), cap(df.facts), len(df.stretches), cap(df.stretches))
		}
		most = max(most, len(df.facts))
	}
	if most < 3 {
		t.Errorf("at most %d facts an article, want an article of 3 or more", most)
	}
	c := newComparer(Input{Docs: x, Merged: mx})
	c.readDocFacts(x[0].Analysis, docMerged{mx, 0})
	for _, s := range c.factScratch {
		if len(s) != 0 || slices.ContainsFunc(s[:cap(s)], func(f fact) bool { return f.sent != "" }) {
			t.Errorf("the scratch keeps %d facts, %d of its room not cleared", len(s), cap(s))
		}
	}
}

// TestExactFacts: facts copied at their number, none as nil, and the
// scratch returned empty and cleared.
func TestExactFacts(t *testing.T) {
	for _, n := range []int{0, 1, 3, 5} {
		facts := make([]fact, n, 8)
		for i := range facts {
			facts[i].sent = "s"
		}
		scratch, exact := exactFacts(facts)
		if len(exact) != n || cap(exact) != n || n == 0 && exact != nil {
			t.Errorf("%d facts: exact %d of room %d (nil %v)", n, len(exact), cap(exact), exact == nil)
		}
		if len(scratch) != 0 || cap(scratch) != 8 || facts[:cap(facts)][max(n, 1)-1].sent != "" {
			t.Errorf("%d facts: scratch %d of room %d, not cleared", n, len(scratch), cap(scratch))
		}
		for i := range exact {
			if exact[i].sent != "s" {
				t.Errorf("%d facts: fact %d not copied", n, i)
			}
		}
	}
}
