package analyze_test

import (
	"context"
	"strings"
	"testing"

	"github.com/corroborate/corroborate/internal/analyze"
	"github.com/corroborate/corroborate/internal/compare"
)

// A comparison that panics costs its story's findings and is reported in
// the report's errors under the story's (stable) id; the other stories
// keep theirs.
func TestComparisonFailureIsReported(t *testing.T) {
	ctx := context.Background()
	store, _ := ingestSeeds(t)
	arts, err := store.Articles(ctx, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer analyze.SetCompare(func(in compare.Input) compare.Result {
		if len(in.Docs) >= 3 {
			panic("broken finding stage")
		}
		return compare.Compare(in)
	})()
	rep, _, err := analyze.Regroup(ctx, store, arts, nil)
	if err != nil {
		t.Fatal(err)
	}
	var failed []string
	for _, e := range rep.Errors {
		id, ok := strings.CutPrefix(e.Source, "story ")
		if !ok || !strings.Contains(e.Err, "broken finding stage") {
			t.Errorf("error %+v: want a story's comparison failure", e)
			continue
		}
		failed = append(failed, id)
	}
	big := 0
	for _, st := range rep.Stories {
		if len(st.Articles) < 3 {
			continue
		}
		big++
		if len(failed) != 1 || failed[0] != st.ID {
			t.Errorf("failures name %v, want the story %s", failed, st.ID)
		}
		if len(st.Discrepancies)+len(st.Consensus)+len(st.Stances) != 0 {
			t.Errorf("failed story %s kept findings", st.ID)
		}
	}
	if big != 1 {
		t.Fatalf("%d stories of three or more articles in the seeds, want 1", big)
	}
}
