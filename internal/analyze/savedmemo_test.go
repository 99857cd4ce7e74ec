package analyze_test

import (
	"bytes"
	"context"
	"encoding/json"
	"sync/atomic"
	"testing"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/analyze"
	"github.com/corroborate/corroborate/internal/compare"
)

// TestRegroupTakesSavedFindings: a regroup of an unchanged store compares
// no story and gives the report of the regroup before it; after a new
// article it compares fewer stories than the store holds and gives the
// report that comparing every story gives.
func TestRegroupTakesSavedFindings(t *testing.T) {
	ctx := context.Background()
	store, _ := ingestSeeds(t)
	var compared atomic.Int32
	defer analyze.SetCompare(func(in compare.Input) compare.Result {
		compared.Add(1)
		return compare.Compare(in)
	})()
	regroup := func(memo *analyze.FindingsMemo) (*corroborate.Report, []byte, int) {
		t.Helper()
		arts, err := store.Articles(ctx, 0)
		if err != nil {
			t.Fatal(err)
		}
		compared.Store(0)
		rep, _, err := analyze.Regroup(ctx, store, arts, memo)
		if err != nil {
			t.Fatal(err)
		}
		j, err := json.Marshal(rep)
		if err != nil {
			t.Fatal(err)
		}
		return rep, j, int(compared.Load())
	}
	first, firstJSON, n := regroup(nil)
	if n != len(first.Stories) {
		t.Fatalf("first regroup compared %d stories of %d", n, len(first.Stories))
	}
	if _, again, n := regroup(nil); n != 0 || !bytes.Equal(again, firstJSON) {
		t.Errorf("regroup of an unchanged store: %d stories compared (want 0), same report %v", n, bytes.Equal(again, firstJSON))
	}
	extra := corroborate.Article{ID: "0123456789abcdef", Source: "extra.txt", Text: "A council met on Monday and approved the new budget for the town library."}
	if _, err := store.PutArticle(ctx, &extra, corroborate.Raw{Kind: "text", Bytes: []byte(extra.Text)}); err != nil {
		t.Fatal(err)
	}
	rep, got, n := regroup(nil)
	if n == 0 || n >= len(rep.Stories) {
		t.Errorf("regroup after one new article compared %d of %d stories; want some, not all", n, len(rep.Stories))
	}
	_, want, all := regroup(&analyze.FindingsMemo{})
	if all != len(rep.Stories) {
		t.Fatalf("regroup with an empty memo compared %d of %d stories", all, len(rep.Stories))
	}
	if !bytes.Equal(got, want) {
		t.Errorf("report with saved findings taken differs from every story compared (%d vs %d bytes of JSON)", len(got), len(want))
	}
}
