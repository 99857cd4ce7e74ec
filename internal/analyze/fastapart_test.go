package analyze

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/kittext"
	"github.com/corroborate/corroborate/internal/sqlite"
)

// TestFastEpochsApart builds a fast store of three epochs (the base and
// two copies, the wide renaming) and regroups the whole of it, as
// `reindex --all` would. With each epoch moved in time (fastshift_test.go)
// no story joins articles of two epochs by their words and days; a
// near-copy (text containing another's, whatever the days) still may.
// The guard row builds the same epochs without the move: the copies share
// their days and the regroup joins them across epochs (the stores of
// sessions 54 and 55). Stories related across epochs (shared names and
// near-equal words: relations do not read days) are counted, not
// refused: the move does not part them (doc/store.md, Session 56).
func TestFastEpochsApart(t *testing.T) {
	if testing.Short() {
		t.Skip("reads kit articles")
	}
	ctx := context.Background()
	var arts []corroborate.Article
	for _, kit := range []string{kittext.Path("incidents", "dev.jsonl"), kittext.Path("polnear", "train.jsonl")} {
		all, _, err := readBaseArticles([]string{kit}, 0)
		if err != nil {
			t.Skip("shared data not present: ", err)
		}
		arts = append(arts, all[:30]...)
	}
	wide := fastWide
	fastWide = true
	defer func() { fastWide = wide }()
	known := newFastKnown(t)
	dir := t.TempDir()
	fb := buildFastBase(ctx, t, filepath.Join(dir, "base.db"), arts, known)
	for _, tc := range []struct {
		name  string
		moved bool
	}{{"moved", true}, {"same days", false}} {
		t.Run(tc.name, func(t *testing.T) {
			name := filepath.Join(dir, strings.ReplaceAll(tc.name, " ", "-")+".db")
			if err := copyFile(filepath.Join(dir, "base.db"), name); err != nil {
				t.Fatal(err)
			}
			store, err := sqlite.Open(ctx, name)
			if err != nil {
				t.Fatal(err)
			}
			defer store.Close()
			all := append([]corroborate.Article(nil), fb.arts...)
			epoch := map[string]int{}
			for _, a := range fb.arts {
				epoch[a.ID] = 0
			}
			var eps []*fastEpoch
			for e := 1; e <= 2; e++ {
				r := newFastRenamer(fb.names, fb.vocab, known, e)
				if !tc.moved {
					r = unmoved(r)
				}
				ep, err := prepareFastEpoch(ctx, fb, r, e)
				if err != nil {
					t.Fatal(err)
				}
				eps = append(eps, ep)
				for _, a := range ep.arts {
					epoch[a.ID] = e
				}
				all = append(all, ep.arts...)
			}
			if err := putFastEpochs(ctx, store, eps); err != nil {
				t.Fatal(err)
			}
			an, _, err := ProcessStored(ctx, store, all)
			if err != nil {
				t.Fatal(err)
			}
			joined, copied, related := epochsMet(an, epoch)
			if tc.moved && joined > 0 {
				t.Errorf("regroup: %d stories hold articles of two epochs by their words and days; want none", joined)
			}
			if !tc.moved && joined == 0 {
				t.Errorf("regroup without the move: no story joined across epochs; the guard no longer shows the twins")
			}
			t.Logf("%d articles, %d stories: %d joined across epochs, %d as near-copies; %d pairs related across epochs", len(all), len(an.groups), joined, copied, related)
		})
	}
}

// unmoved is r without its move in time (the names alone renamed).
func unmoved(r *fastRenamer) *fastRenamer {
	out := &fastRenamer{words: map[string]string{}}
	for w, v := range r.words {
		if !(len(w) == 4 && w[0] >= '0' && w[0] <= '9') {
			out.words[w] = v
		}
	}
	return out
}

// epochsMet counts the groups of a regroup that hold articles of more
// than one epoch: joined when an article of another epoch than the
// group's first is not marked a near-copy (its text contains or is
// contained in another's: shingles shared, whatever the days), copied
// when each such article is; and the related pairs of groups of
// different epochs.
func epochsMet(an *Batch, epoch map[string]int) (joined, copied, related int) {
	groupEpoch := make([]int, len(an.groups))
	for k, g := range an.groups {
		groupEpoch[k] = epoch[an.Articles[g[0]].ID]
		other, copies := 0, 0
		for _, i := range g {
			if epoch[an.Articles[i].ID] != groupEpoch[k] {
				other++
				if an.Articles[i].CopyOf != nil {
					copies++
				}
			}
		}
		switch {
		case other > copies:
			joined++
		case other > 0:
			copied++
		}
	}
	for k := range an.groups {
		for _, o := range an.related[k] {
			if o > k && groupEpoch[o] != groupEpoch[k] {
				related++
			}
		}
	}
	return joined, copied, related
}
