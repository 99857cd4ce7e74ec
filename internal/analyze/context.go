package analyze

import (
	"cmp"
	"slices"
	"time"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/storyid"
)

// contextCap bounds the related stories a story's comparison reads as
// context: a story with more related stories is compared with the
// contextCap of them nearest to it in time (nearestContext). Related
// stories come from the index of names, so in a store of years of news a
// running story gathers related stories without end (one posting list
// holds up to 64 stories), and every one of them was read, up to its
// compareCap most recent articles, each time the story was compared: the
// cost of an add grew with the store (doc/store.md, Add latency). The
// story keeps all its related stories (its related list and thread); only
// what its comparison reads is bounded. 8 is above every story of the
// evaluation kits (ECB+ dev: at most 4 related stories), so their
// findings do not change; the batch and the incremental comparisons apply
// the same bound, so both give the same findings. The relation is mutual
// (mutualContext): a story is read by at most contextCap others, so an add
// leaves pending at most the changed story's contextCap nearest (and the
// few whose nearest it reorders). A variable so that a test can lower it.
var contextCap = 8

// nearestContext returns the related stories (positions in anchors) that
// story self's comparison reads: all of them up to contextCap, else the
// contextCap whose earliest articles lie nearest in days to self's (the
// comparison reads the values of a related story only when the two began
// within days of each other, see compare's threadDocs); on a tie, and for
// undated stories (ranked after dated ones), the most recently begun
// first. An anchor is a story's earliest article's storyid.OrderKey,
// unique to the story, so the order is total and does not depend on the
// order of rel. The result keeps the order of rel.
func nearestContext(anchors []string, self int, rel []int) []int {
	if len(rel) <= contextCap {
		return rel
	}
	day := func(k int) (time.Time, bool) {
		a := anchors[k]
		if len(a) < 10 {
			return time.Time{}, false
		}
		t, err := time.Parse("2006-01-02", a[:10])
		return t, err == nil
	}
	here, dated := day(self)
	gap := func(k int) int64 {
		there, ok := day(k)
		switch {
		case !ok:
			return 1 << 62
		case !dated:
			return 1 << 61
		}
		d := int64(there.Sub(here).Hours() / 24)
		if d < 0 {
			d = -d
		}
		return d
	}
	ranked := slices.Clone(rel)
	slices.SortFunc(ranked, func(a, b int) int {
		if c := cmp.Compare(gap(a), gap(b)); c != 0 {
			return c
		}
		return cmp.Compare(anchors[b], anchors[a])
	})
	keep := map[int]bool{}
	for _, k := range ranked[:contextCap] {
		keep[k] = true
	}
	var out []int
	for _, k := range rel {
		if keep[k] {
			out = append(out, k)
		}
	}
	return out
}

// groupAnchors returns each group's anchor: the storyid.OrderKey of its
// earliest article ("" for an empty group).
func groupAnchors(arts []corroborate.Article, groups [][]int) []string {
	out := make([]string, len(groups))
	for k, g := range groups {
		for _, i := range g {
			if key := storyid.OrderKey(&arts[i]); out[k] == "" || key < out[k] {
				out[k] = key
			}
		}
	}
	return out
}

// seq returns 0, 1, …, n-1.
func seq(n int) []int {
	out := make([]int, n)
	for i := range out {
		out[i] = i
	}
	return out
}

// mutualContext returns, for each story, the related stories its
// comparison reads: those among its contextCap nearest (nearestContext)
// that hold it among their own contextCap nearest. The relation is mutual
// so that a story is read by at most contextCap others: when a story
// changes, only its nearest related stories read it and need comparing
// again, however many related stories it has (doc/store.md, Add latency).
// Each list keeps the order of related[k].
func mutualContext(anchors []string, related [][]int) [][]int {
	near := make([][]int, len(related))
	for k := range related {
		near[k] = nearestContext(anchors, k, related[k])
	}
	out := make([][]int, len(related))
	for k := range related {
		for _, r := range near[k] {
			if slices.Contains(near[r], k) {
				out[k] = append(out[k], r)
			}
		}
	}
	return out
}

// storyView gives stories' related stories and anchors as they stand at
// one moment (before or after a placement), by story id, so that the
// context a stored story's comparison reads (mutualContext) can be worked
// out without loading the whole store.
type storyView struct {
	related func(id string) ([]string, error)
	anchors func(ids []string) (map[string]string, error)
}

// nearest returns the related stories of id among its contextCap nearest
// (nearestContext), in the order of its related list.
func (v storyView) nearest(id string) ([]string, error) {
	rel, err := v.related(id)
	if err != nil || len(rel) <= contextCap {
		return rel, err
	}
	cands := append([]string{id}, rel...)
	anc, err := v.anchors(cands)
	if err != nil {
		return nil, err
	}
	anchors := make([]string, len(cands))
	for j, c := range cands {
		anchors[j] = anc[c]
	}
	var out []string
	for _, j := range nearestContext(anchors, 0, seq(len(cands))[1:]) {
		out = append(out, cands[j])
	}
	return out, nil
}

// reads returns the related stories story id's comparison reads: its
// nearest that hold it among their nearest (mutualContext).
func (v storyView) reads(id string) ([]string, error) {
	near, err := v.nearest(id)
	if err != nil {
		return nil, err
	}
	var out []string
	for _, y := range near {
		ny, err := v.nearest(y)
		if err != nil {
			return nil, err
		}
		if slices.Contains(ny, id) {
			out = append(out, y)
		}
	}
	return out, nil
}
