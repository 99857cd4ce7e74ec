package analyze

import (
	"context"
	"fmt"
	"slices"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/dedupe"
)

// copyPairs are the near-copy pairs of a grouping, as the placement state
// keeps them (corroborate.CopyPair).
type copyPairs struct {
	// all are the measured pairs at or above dedupe.Threshold.
	all []corroborate.CopyPair
	// fresh are those of all that the grouping measured (all of them,
	// unless the saved pairs were taken).
	fresh []corroborate.CopyPair
	// reused: the pairs among the saved analysis's articles were taken as
	// saved, and only the pairs the other articles make were measured.
	reused bool
	// crowded: a bucket was held by more than dedupe.MaxBucket articles,
	// so which pairs are candidates depends on the articles' order; the
	// pairs are then not kept as known.
	crowded bool
}

// storedCopies are the saved near-copy pairs a regroup may take: old
// marks the articles of the saved analysis (every pair at or above the
// threshold among them is saved), the others are new.
type storedCopies struct {
	store corroborate.PlacementStore
	old   []bool
	pairs []corroborate.CopyPair
}

// markCopies finds near-copies: the later article (placement order) is a
// copy of the earlier. It returns each article's near-copy bucket keys
// and the pairs. With known, only the pairs that new articles make are
// measured (their bucket mates read from the store) and the pairs among
// the others are taken as saved: the same candidates, containments and
// copies as measuring every pair, as long as no bucket is crowded (every
// bucket then holds all its articles, whatever their order); a crowded
// bucket, or a saved state that does not fit the articles, measures all.
// Buckets of articles whose pairs were taken are left nil (bucketsOf).
func markCopies(ctx context.Context, arts []corroborate.Article, order []int, known *storedCopies) ([][]uint64, copyPairs, error) {
	rank := make([]int, len(arts))
	for r, i := range order {
		rank[i] = r
	}
	ddocs := make([]dedupe.Doc, len(arts))
	for i, a := range arts {
		ddocs[i] = dedupe.Doc{ID: a.ID, Text: a.Text, Order: rank[i]}
	}
	if known != nil {
		buckets, cp, ok, err := markKnown(ctx, arts, ddocs, known)
		if err != nil || ok {
			return buckets, cp, err
		}
	}
	sketches := make([]dedupe.Sketch, len(arts))
	buckets := make([][]uint64, len(arts))
	if err := parallel(ctx, len(arts), func(i int) {
		sketches[i] = dedupe.SketchOf(arts[i].Text)
		buckets[i] = dedupe.Buckets(sketches[i])
	}); err != nil {
		return nil, copyPairs{}, err
	}
	cands, crowded := dedupe.Candidates(buckets)
	measured := make([]dedupe.Pair, len(cands))
	for k, c := range cands {
		measured[k] = dedupe.Pair{A: c[0], B: c[1], Containment: dedupe.Containment(sketches[c[0]].Shingles, sketches[c[1]].Shingles)}
	}
	applyCopies(arts, dedupe.Resolve(ddocs, measured))
	cp := copyPairs{all: keptPairs(arts, measured), crowded: crowded}
	cp.fresh = cp.all
	return buckets, cp, nil
}

// markKnown is markCopies with the saved pairs (see there); ok is false
// when they cannot be taken and every pair must be measured.
func markKnown(ctx context.Context, arts []corroborate.Article, ddocs []dedupe.Doc, known *storedCopies) (buckets [][]uint64, cp copyPairs, ok bool, err error) {
	at := make(map[string]int, len(arts))
	var fresh []int
	for i := range arts {
		at[arts[i].ID] = i
		if !known.old[i] {
			fresh = append(fresh, i)
		}
	}
	buckets = make([][]uint64, len(arts))
	shingles := make([]map[uint64]bool, len(arts))
	if err := parallel(ctx, len(fresh), func(k int) {
		sk := dedupe.SketchOf(arts[fresh[k]].Text)
		buckets[fresh[k]], shingles[fresh[k]] = dedupe.Buckets(sk), sk.Shingles
	}); err != nil {
		return nil, cp, false, err
	}
	// The new articles of each key, then its saved articles.
	holders := map[uint64][]int{}
	for _, i := range fresh {
		for _, k := range buckets[i] {
			holders[k] = append(holders[k], i)
		}
	}
	keys := make([]uint64, 0, len(holders))
	for k := range holders {
		keys = append(keys, k)
	}
	stored, err := known.store.BucketHolders(ctx, keys)
	if err != nil {
		return nil, cp, false, fmt.Errorf("near-copy pairs: %w", err)
	}
	cands := map[[2]int]bool{}
	for k, news := range holders {
		all := slices.Clone(news)
		for _, id := range stored[k] {
			j, in := at[id]
			if !in || !known.old[j] {
				return nil, cp, false, nil
			}
			all = append(all, j)
		}
		if len(all) > dedupe.MaxBucket {
			return nil, cp, false, nil
		}
		for _, i := range news {
			for _, j := range all {
				if j != i {
					cands[[2]int{min(i, j), max(i, j)}] = true
				}
			}
		}
	}
	var need []int
	queued := make([]bool, len(arts))
	for c := range cands {
		for _, i := range c {
			if shingles[i] == nil && !queued[i] {
				queued[i] = true
				need = append(need, i)
			}
		}
	}
	if err := parallel(ctx, len(need), func(k int) { shingles[need[k]] = dedupe.Shingles(arts[need[k]].Text) }); err != nil {
		return nil, cp, false, err
	}
	measured := make([]dedupe.Pair, 0, len(cands)+len(known.pairs))
	for c := range cands {
		measured = append(measured, dedupe.Pair{A: c[0], B: c[1], Containment: dedupe.Containment(shingles[c[0]], shingles[c[1]])})
	}
	cp = copyPairs{fresh: keptPairs(arts, measured), reused: true}
	for _, c := range known.pairs {
		a, inA := at[c.A]
		b, inB := at[c.B]
		if !inA || !inB || !known.old[a] || !known.old[b] {
			return nil, copyPairs{}, false, nil
		}
		measured = append(measured, dedupe.Pair{A: min(a, b), B: max(a, b), Containment: c.Containment})
	}
	cp.all = append(slices.Clone(known.pairs), cp.fresh...)
	applyCopies(arts, dedupe.Resolve(ddocs, measured))
	return buckets, cp, true, nil
}

// applyCopies marks the copies found on the articles.
func applyCopies(arts []corroborate.Article, copies []dedupe.Copy) {
	for _, c := range copies {
		arts[c.Doc].CopyOf = corroborate.Ptr(arts[c.Of].ID)
		arts[c.Doc].Similarity = corroborate.Ptr(round3(c.Similarity))
	}
}

// keptPairs are the measured pairs at or above the near-copy threshold,
// by article id, in the order measured (sorted by the store).
func keptPairs(arts []corroborate.Article, measured []dedupe.Pair) []corroborate.CopyPair {
	var out []corroborate.CopyPair
	for _, p := range measured {
		if p.Containment >= dedupe.Threshold {
			out = append(out, corroborate.CopyPair{A: arts[p.A].ID, B: arts[p.B].ID, Containment: p.Containment})
		}
	}
	return out
}

// bucketsOf returns article i's near-copy bucket keys, sketching its text
// when the grouping took its pairs as saved.
func (an *Batch) bucketsOf(i int) []uint64 {
	if an.buckets[i] == nil {
		an.buckets[i] = dedupe.Buckets(dedupe.SketchOf(an.Articles[i].Text))
	}
	return an.buckets[i]
}

// storedCopies returns the saved near-copy pairs a regroup of arts may
// take, or nil: they are taken when the store holds the state a regroup
// of this engine left (currentState) and every article it counted has
// its pairs known.
func (sa *savedAnalysis) storedCopies(ctx context.Context, store corroborate.ArticleStore, arts []corroborate.Article) (*storedCopies, error) {
	fresh, ok, err := sa.currentState(ctx, store, arts)
	if err != nil || !ok {
		return nil, err
	}
	known, pairs, err := store.CopyPairs(ctx)
	if err != nil {
		return nil, fmt.Errorf("near-copy pairs: %w", err)
	}
	if known != len(arts)-len(fresh) {
		return nil, nil
	}
	sc := &storedCopies{store: store, old: make([]bool, len(arts)), pairs: pairs}
	for i := range sc.old {
		sc.old[i] = true
	}
	for _, i := range fresh {
		sc.old[i] = false
	}
	return sc, nil
}
