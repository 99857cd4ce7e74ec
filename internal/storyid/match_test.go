package storyid

import (
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/corroborate/corroborate"
)

// key orders the test articles by name: a1 < a2 < ...
func key(a string) string { return a }

// step applies one clustering to the stored stories, as a store would.
func step(stored []corroborate.StoredStory, clusters [][]string, now string) ([]corroborate.StoredStory, Plan) {
	cl := make([]Cluster, len(clusters))
	for i, c := range clusters {
		cl[i] = Cluster{Articles: c, Title: "T " + slices.Min(c)}
	}
	plan := Match(stored, cl, key, now)
	byID := map[string]corroborate.StoredStory{}
	for _, s := range stored {
		byID[s.ID] = s
	}
	for _, ch := range plan.Changes {
		if old, ok := byID[ch.ID]; ok && ch.Created == "" {
			ch.Created = old.Created
		}
		byID[ch.ID] = ch
	}
	var out []corroborate.StoredStory
	for _, id := range slices.Sorted(func(yield func(string) bool) {
		for id := range byID {
			if !yield(id) {
				return
			}
		}
	}) {
		out = append(out, byID[id])
	}
	return out, plan
}

func TestMatchLifecycle(t *testing.T) {
	var stored []corroborate.StoredStory
	// Born: each story's id comes from its earliest article.
	stored, p := step(stored, [][]string{{"a1", "a2"}, {"b1"}}, "t1")
	if p.IDs[0] != NewID("a1", 0) || p.IDs[1] != NewID("b1", 0) || len(p.Changes) != 2 {
		t.Fatalf("born: ids %v, %d changes", p.IDs, len(p.Changes))
	}
	storyA, storyB := p.IDs[0], p.IDs[1]
	// The same clustering again changes nothing.
	stored, p = step(stored, [][]string{{"b1"}, {"a2", "a1"}}, "t2")
	if p.IDs[0] != storyB || p.IDs[1] != storyA || len(p.Changes) != 0 {
		t.Fatalf("again: ids %v, changes %+v", p.IDs, p.Changes)
	}
	// An article joins, even an earlier one: the story keeps its id.
	stored, p = step(stored, [][]string{{"a0", "a1", "a2"}, {"b1"}}, "t3")
	if p.IDs[0] != storyA || len(p.Changes) != 1 || p.Changes[0].Updated != "t3" || p.Changes[0].Created != "t1" {
		t.Fatalf("join: ids %v, changes %+v", p.IDs, p.Changes)
	}
	// A new story c, then a bridging article merges b and c into a: a began
	// first and survives; b and c redirect to it.
	stored, p = step(stored, [][]string{{"a0", "a1", "a2"}, {"b1"}, {"c1"}}, "t4")
	storyC := p.IDs[2]
	stored, p = step(stored, [][]string{{"a0", "a1", "a2", "b1", "c1", "x1"}}, "t5")
	if p.IDs[0] != storyA || p.Redirects[storyB] != storyA || p.Redirects[storyC] != storyA {
		t.Fatalf("merge: ids %v, redirects %v", p.IDs, p.Redirects)
	}
	// A split keeps the id on the larger part; b1 and c1 leave together,
	// and b, born from b1, comes back to life under its old id.
	stored, p = step(stored, [][]string{{"b1", "c1"}, {"a0", "a1", "a2", "x1"}}, "t6")
	if p.IDs[1] != storyA || p.IDs[0] != storyB {
		t.Fatalf("split: ids %v, want [%s %s]", p.IDs, storyB, storyA)
	}
	if _, ok := p.Redirects[storyB]; ok || p.Redirects[storyC] != storyA {
		t.Errorf("after split: redirects %v", p.Redirects)
	}
	// The part that took the new id later merges into a again: stories
	// merged into it are re-pointed, no chain is left.
	splitID := p.IDs[0]
	_, p = step(stored, [][]string{{"a0", "a1", "a2", "b1", "c1", "x1"}}, "t7")
	if p.Redirects[splitID] != storyA || p.Redirects[storyB] != storyA {
		t.Errorf("re-merge: redirects %v", p.Redirects)
	}
	for _, ch := range p.Changes {
		if ch.MergedInto != "" && ch.MergedInto != storyA {
			t.Errorf("chain left: %+v", ch)
		}
	}
}

// TestSplitKeepsLargerPart: the larger part keeps the id even when the
// smaller part holds the article the story was named after; the smaller
// part then takes the next id derived from that article.
func TestSplitKeepsLargerPart(t *testing.T) {
	stored, p := step(nil, [][]string{{"a1", "a2", "a3", "a4"}}, "t1")
	id := p.IDs[0]
	_, p = step(stored, [][]string{{"a1"}, {"a2", "a3", "a4"}}, "t2")
	if p.IDs[1] != id || p.IDs[0] != NewID("a1", 1) {
		t.Errorf("split ids %v; want [%s %s]", p.IDs, NewID("a1", 1), id)
	}
	if len(p.Redirects) != 0 {
		t.Errorf("a split redirects nothing: %v", p.Redirects)
	}
}

// TestUnknownMembersStay: articles a clustering did not see (it read an
// older snapshot of the store) stay in their story's heir.
func TestUnknownMembersStay(t *testing.T) {
	stored, p := step(nil, [][]string{{"a1", "a2", "n1"}, {"z1"}}, "t1")
	stored, p2 := step(stored, [][]string{{"a1", "a2"}}, "t2")
	if p2.IDs[0] != p.IDs[0] || len(p2.Changes) != 0 {
		t.Errorf("ids %v, changes %+v", p2.IDs, p2.Changes)
	}
	for _, s := range stored {
		if s.ID == p.IDs[1] && !slices.Equal(s.Articles, []string{"z1"}) {
			t.Errorf("a story the clustering did not see changed: %+v", s)
		}
	}
}

// TestMatchOrderIndependent: shuffling the clusters and their members
// gives every group the same id.
func TestMatchOrderIndependent(t *testing.T) {
	stored, _ := step(nil, [][]string{{"a1", "a2"}, {"b1", "b2"}, {"c1"}, {"d1", "d2", "d3"}}, "t1")
	final := [][]string{{"a1", "a2", "b1", "e1"}, {"b2", "c1"}, {"d1"}, {"d2", "d3"}, {"f1"}}
	_, want := step(stored, final, "t2")
	r := rand.New(rand.NewPCG(1, 2))
	for round := 0; round < 20; round++ {
		perm := r.Perm(len(final))
		shuffled := make([][]string, len(final))
		for i, j := range perm {
			shuffled[i] = slices.Clone(final[j])
			r.Shuffle(len(shuffled[i]), func(x, y int) { shuffled[i][x], shuffled[i][y] = shuffled[i][y], shuffled[i][x] })
		}
		_, got := step(stored, shuffled, "t2")
		for i, j := range perm {
			if got.IDs[i] != want.IDs[j] {
				t.Fatalf("round %d: cluster %v got %s, want %s", round, final[j], got.IDs[i], want.IDs[j])
			}
		}
		if len(got.Changes) != len(want.Changes) {
			t.Fatalf("round %d: %d changes, want %d", round, len(got.Changes), len(want.Changes))
		}
	}
}

// TestChronologicalEqualsOneRun: stories built one article at a time in
// publication order, through merges, get the ids of a single run.
func TestChronologicalEqualsOneRun(t *testing.T) {
	steps := [][][]string{
		{{"a1"}},
		{{"a1"}, {"a2"}},
		{{"a1"}, {"a2"}, {"a3"}},
		{{"a1", "a2", "a3", "a4"}}, // a4 bridges the three
		{{"a1", "a2", "a3", "a4"}, {"a5"}},
	}
	var stored []corroborate.StoredStory
	var p Plan
	for i, s := range steps {
		stored, p = step(stored, s, "t")
		_ = i
	}
	_, one := step(nil, steps[len(steps)-1], "t")
	if !slices.Equal(p.IDs, one.IDs) {
		t.Errorf("one by one %v, one run %v", p.IDs, one.IDs)
	}
	if len(p.Redirects) != 2 {
		t.Errorf("the two absorbed stories redirect: %v", p.Redirects)
	}
}

// TestArticleInTwoClusters: an article listed in two clusters (an
// upstream fault) is saved in one story only, so the store never refuses
// the write.
func TestArticleInTwoClusters(t *testing.T) {
	_, p := step(nil, [][]string{{"a1", "a2"}, {"a2", "b1"}}, "t1")
	seen := map[string]int{}
	for _, ch := range p.Changes {
		for _, a := range ch.Articles {
			seen[a]++
		}
	}
	if seen["a2"] != 1 || seen["a1"] != 1 || seen["b1"] != 1 {
		t.Errorf("members saved %v", seen)
	}
}
