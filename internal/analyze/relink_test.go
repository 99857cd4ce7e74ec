package analyze_test

import (
	"context"
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/analyze"
	"github.com/corroborate/corroborate/internal/storyid"
)

// TestRelinkedFindingsStand: after an add, a related story whose
// comparison reads none of the stories the add changed is not compared
// again: its saved findings are re-saved with its new related list and
// thread (Placed.Relinked), and they are what comparing it again gives.
// With no related story read as context (a context bound of 0) every
// related story of a changed one is relinked and none is left pending;
// with the bound of 1 both can happen.
func TestRelinkedFindingsStand(t *testing.T) {
	for _, bound := range []int{0, 1} {
		relinked, pending := relinkRun(t, bound)
		t.Logf("context bound %d: %d stories relinked, %d pending", bound, relinked, pending)
		if bound == 0 && (relinked == 0 || pending != 0) {
			t.Errorf("context bound 0: %d stories relinked, %d pending; want some relinked and none pending", relinked, pending)
		}
	}
}

// relinkRun regroups the first two seeds (publication order) and places
// the others one at a time with the given context bound, checking each
// relinked story against a new comparison of it.
func relinkRun(t *testing.T, bound int) (relinked, pending int) {
	defer analyze.SetContextCap(bound)()
	ctx := context.Background()
	store, _ := ingestSeeds(t)
	arts, err := store.Articles(ctx, 0)
	if err != nil {
		t.Fatal(err)
	}
	slices.SortFunc(arts, func(a, b corroborate.Article) int {
		return strings.Compare(storyid.OrderKey(&a), storyid.OrderKey(&b))
	})
	if _, _, err := analyze.Regroup(ctx, store, arts[:2], nil); err != nil {
		t.Fatal(err)
	}
	for _, a := range arts[2:] {
		placed, err := analyze.Place(ctx, store, []corroborate.Article{a})
		if err != nil {
			t.Fatal(err)
		}
		pending += len(placed.Pending)
		for _, st := range placed.Relinked {
			relinked++
			if slices.Contains(placed.Pending, st.ID) {
				continue // its comparison is still to come
			}
			again, err := analyze.Recompare(ctx, store, []string{st.ID})
			if err != nil || len(again.Stories) != 1 {
				t.Fatalf("compare %s again: %v", st.ID, err)
			}
			if got, want := storyJSON(st), storyJSON(again.Stories[0]); got != want {
				t.Errorf("bound %d, story %s relinked after %s: findings differ from a new comparison (%d vs %d bytes of JSON)", bound, st.ID, a.ID, len(got), len(want))
			}
		}
		if _, err := analyze.Recompare(ctx, store, placed.Pending); err != nil {
			t.Fatal(err)
		}
	}
	return relinked, pending
}

// storyJSON is a story's JSON, empty lists and missing ones alike.
func storyJSON(st corroborate.Story) string {
	rep := &corroborate.Report{Stories: []corroborate.Story{st}}
	analyze.Normalize(rep)
	b, _ := json.Marshal(rep.Stories[0])
	return string(b)
}
