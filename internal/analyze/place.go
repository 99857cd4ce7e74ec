package analyze

import (
	"context"
	"fmt"
	"slices"
	"sort"
	"time"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/cluster"
	"github.com/corroborate/corroborate/internal/dedupe"
	"github.com/corroborate/corroborate/internal/lexicon"
	"github.com/corroborate/corroborate/internal/mention"
	"github.com/corroborate/corroborate/internal/storyid"
)

// Placed is what an incremental placement changed.
type Placed struct {
	// Stories are the stories the placed articles touched (their own, the
	// stories they merged, their related stories), as saved, by id.
	Stories []corroborate.Story
	// Articles are the placed articles, with their near-copy marks.
	Articles []corroborate.Article
	// Redirects maps each story merged away to its survivor.
	Redirects map[string]string
	// Pending are the stories whose members did not change but whose
	// comparison reads a story that did (their context): their saved
	// findings wait for Recompare (serve runs it after answering the
	// write).
	Pending []string
	// Relinked are the stories whose members did not change and whose
	// comparison reads no story that did, but whose related stories did:
	// their saved findings were re-saved with the new related list and
	// thread, without a comparison (as saved, by id).
	Relinked []corroborate.Story
	// Restored counts the stored stories restored to place the articles
	// (the candidates, over all articles); Compared the stories compared
	// again; Read the articles those comparisons read.
	Restored, Compared, Read int
	// Failures are the touched stories whose comparison failed, one error
	// each named "story <id>" (the story is saved without findings).
	Failures []corroborate.InputError
}

// Place places stored articles incrementally against the store's
// placement state (corroborate.PlacementStore), one at a time in
// publication order, and saves only what each one changes. For each
// article: its reading (ReadStored); its near-copy check against the
// articles sharing one of its LSH buckets; its clustering features,
// weighted by the stored document frequencies; the stories posted under
// its heaviest terms, restored from their states, and the same placement,
// close-call tie-break and merge second look as the batch clustering
// (cluster.Clusterer); the stories then related to its story, through the
// index of names; stable ids for what changed (storyid.Match over the
// touched stories only), saved with the stories' states. At the end, the
// stories whose members changed — their own, any they merged — are
// compared again, once each, and their findings saved. A related story
// whose comparison reads one of them as context (mutualContext), or whose
// context changes with them, is left
// pending (Placed.Pending, Recompare); any other related story keeps its
// findings, re-saved with its new related list (Placed.Relinked). Nothing
// else is read: the cost follows the stories the articles touch, not the
// store.
//
// The result depends on the order articles arrive in (document
// frequencies grow, an article published earlier than stored ones is
// placed after them): a regroup of the whole store (SaveState after a
// batch analysis) is the reconciliation that gives the batch stories
// whatever the order (doc/store.md).
func Place(ctx context.Context, store corroborate.ArticleStore, arts []corroborate.Article) (*Placed, error) {
	readings, err := placeKeep.read(ctx, store, arts)
	if err != nil {
		return nil, err
	}
	out := &Placed{Redirects: map[string]string{}}
	touched, pending, relinked := map[string]bool{}, map[string]bool{}, map[string]*corroborate.Story{}
	for _, i := range PlacementOrder(arts) {
		p := &placer{store: store, lx: lexicon.Default(), a: &arts[i], r: readings[i], redirects: out.Redirects, redo: touched, pending: pending, relinked: relinked}
		if err := p.place(ctx); err != nil {
			return nil, fmt.Errorf("place %s: %w", arts[i].ID, err)
		}
		out.Restored += p.restored
		out.Articles = append(out.Articles, *p.a)
	}
	if err := compareTouched(ctx, store, touched, out); err != nil {
		return nil, err
	}
	live := func(id string) string {
		if to, ok := out.Redirects[id]; ok {
			return to
		}
		return id
	}
	compared := map[string]bool{}
	for id := range touched {
		compared[live(id)] = true
	}
	for id := range pending {
		if !compared[live(id)] {
			out.Pending = append(out.Pending, live(id))
		}
	}
	out.Pending = slices.Compact(slices.Sorted(slices.Values(out.Pending)))
	for _, id := range sortedKeys(relinked) {
		if _, merged := out.Redirects[id]; !merged && !compared[id] {
			out.Relinked = append(out.Relinked, *relinked[id])
		}
	}
	return out, nil
}

// Recompare compares stored stories again (each with its related stories
// as context, as saved) and saves their findings and titles: the pending
// stories of a placement (Placed.Pending). Stories merged away since are
// skipped. The result holds the stories as saved, the comparisons'
// counts and failures.
func Recompare(ctx context.Context, store corroborate.ArticleStore, ids []string) (*Placed, error) {
	set := map[string]bool{}
	for _, id := range ids {
		set[id] = true
	}
	out := &Placed{Redirects: map[string]string{}}
	if err := compareTouched(ctx, store, set, out); err != nil {
		return nil, err
	}
	return out, nil
}

// sortedKeys are the keys of m in order: slices.Sorted of them, collected
// into a slice sized at once (it ran on every article's terms and fact
// sentences, growing from empty).
func sortedKeys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

// placer places one article.
type placer struct {
	store     corroborate.ArticleStore
	lx        *lexicon.Lexicon
	a         *corroborate.Article
	r         *mention.Analysis
	redirects map[string]string
	redo      map[string]bool               // stories to compare again at the end
	pending   map[string]bool               // stories whose context changed
	relinked  map[string]*corroborate.Story // stories whose related list only changed, as saved
	restored  int
	compared  int
	read      int

	cl         *cluster.Clusterer
	ids        []string      // stable id of each clusterer story (restored ones; "" for new)
	states     []*placeState // stored state of each restored clusterer story
	stored     map[string]*corroborate.StoredStory
	arts       map[string]*corroborate.Article
	anchors    map[string]string      // stored anchors of stories (anchorsOf)
	stateCache map[string]*placeState // stored states loaded by views
}

// place places the article; the stories it changed are added to p.redo,
// those whose related stories changed to p.pending.
func (p *placer) place(ctx context.Context) error {
	f := Features(p.lx, p.a, p.r)
	terms := make([]string, 0, len(f.Terms))
	for t := range f.Terms {
		terms = append(terms, t)
	}
	slices.Sort(terms)
	buckets, err := p.nearCopy(ctx)
	if err != nil {
		return err
	}
	copts := cluster.DefaultOptions()
	p.cl = cluster.New(copts)
	n, df, err := p.store.TermCounts(ctx, terms)
	if err != nil {
		return err
	}
	p.cl.SetCounts(n, df)
	p.cl.Observe(f)
	cands, err := p.store.Posted(ctx, p.cl.TopTerms(f), copts.PostingCap)
	if err != nil {
		return err
	}
	if err := p.restore(ctx, cands); err != nil {
		return err
	}
	copts.Tiebreak = func(_ int, stories []int) int { return p.tiebreak(ctx, stories) }
	p.cl.SetOptions(copts)
	p.cl.Place(f)
	// The arriving article is the only one this clusterer placed (index
	// 0); restored stories' members have no features here.
	p.cl.MergeWith(func(int) cluster.Features { return f })
	changed := p.changed()
	up, err := p.update(ctx, changed)
	if err != nil {
		return err
	}
	placed := corroborate.PlacedArticle{Article: p.a.ID, Terms: terms, Buckets: buckets}
	return up.save(ctx, p, placed)
}

// nearCopy marks the article a copy of the earliest stored article that
// shares one of its buckets and contains or is contained in it (the
// batch's rule: the later copies the earlier); it returns the buckets.
func (p *placer) nearCopy(ctx context.Context) ([]uint64, error) {
	sk := dedupe.SketchOf(p.a.Text)
	buckets := dedupe.Buckets(sk)
	cands, err := p.store.Bucketed(ctx, buckets, maxCopyCandidates)
	if err != nil {
		return nil, err
	}
	key := storyid.OrderKey(p.a)
	var best *corroborate.Article
	bestSim := 0.0
	for _, id := range cands {
		if id == p.a.ID {
			continue
		}
		o, err := p.store.Article(ctx, id)
		if err != nil {
			if corroborate.ErrorCode(err) == corroborate.ENOTFOUND {
				continue
			}
			return nil, err
		}
		ok := storyid.OrderKey(o)
		if ok > key {
			continue // a later article copies this one: left to the regroup
		}
		c := dedupe.Containment(sk.Shingles, dedupe.Shingles(o.Text))
		if c < dedupe.Threshold {
			continue
		}
		if best == nil || ok < storyid.OrderKey(best) || ok == storyid.OrderKey(best) && c > bestSim {
			best, bestSim = o, c
		}
	}
	if best != nil {
		of := best.ID
		if best.CopyOf != nil {
			of = *best.CopyOf
		}
		p.a.CopyOf = corroborate.Ptr(of)
		p.a.Similarity = corroborate.Ptr(round3(bestSim))
	}
	return buckets, nil
}

// maxCopyCandidates caps the articles one bucket offers (the batch's
// bucket cap).
const maxCopyCandidates = 200

// restore restores the candidate stories into the clusterer, in the order
// they were born.
func (p *placer) restore(ctx context.Context, ids []string) error {
	saved, err := p.store.StoryStates(ctx, ids)
	if err != nil {
		return err
	}
	type entry struct {
		id string
		st *placeState
	}
	var list []entry
	for _, s := range saved {
		st, err := decodeState(s.Data)
		if err != nil {
			return fmt.Errorf("story %s: %w", s.Story, err)
		}
		list = append(list, entry{s.Story, st})
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].st.Anchor != list[j].st.Anchor {
			return list[i].st.Anchor < list[j].st.Anchor
		}
		return list[i].id < list[j].id
	})
	for _, e := range list {
		p.cl.Restore(e.st.Cluster, len(p.ids))
		p.ids = append(p.ids, e.id)
		p.states = append(p.states, e.st)
	}
	p.restored += len(list)
	return nil
}

// changed returns the clusterer stories that placement or merging
// changed: the article's own, and any that absorbed another.
func (p *placer) changed() []*cluster.Story {
	var out []*cluster.Story
	for _, s := range p.cl.Stories() {
		origins := 0
		own := false
		for _, m := range originsOf(s) {
			if m < 0 {
				own = true
			} else {
				origins++
			}
		}
		if own || origins > 1 {
			out = append(out, s)
		}
	}
	return out
}

// originsOf returns the restored stories (by index) whose members a
// clusterer story holds, and -1 for the placed article.
func originsOf(s *cluster.Story) []int {
	seen := map[int]bool{}
	var out []int
	for _, m := range s.Members {
		o := cluster.Origin(m)
		if !seen[o] {
			seen[o] = true
			out = append(out, o)
		}
	}
	sort.Ints(out)
	return out
}

// now is the time stamped on saved stories.
func now() string { return time.Now().UTC().Format(time.RFC3339) }

// tiebreak settles a close call between restored stories as the batch
// does (closestByFacts): the story whose twenty most recent articles carry
// most of the article's facts, as a mean over those articles. A story
// whose articles cannot be read scores nothing.
func (p *placer) tiebreak(ctx context.Context, stories []int) int {
	mine := factSentences(p.lx, p.r)
	best, bestScore := stories[0], -1.0
	for _, sid := range stories {
		score := 0.0
		if arts, err := p.storySentences(ctx, p.cl.Stories()[sid]); err == nil && len(arts) > 0 {
			for _, sents := range arts {
				score += overlapScore(mine, sents)
			}
			score /= float64(len(arts))
		}
		if score > bestScore+0.05 {
			best, bestScore = sid, score
		}
	}
	return best
}

// storySentences returns the fact sentences of a restored story's twenty
// most recent articles, article by article.
func (p *placer) storySentences(ctx context.Context, s *cluster.Story) ([][]map[string]bool, error) {
	if p.stored == nil {
		p.stored = map[string]*corroborate.StoredStory{}
	}
	var ids []string
	for _, o := range originsOf(s) {
		if o < 0 {
			continue
		}
		st, err := p.storedStory(ctx, p.ids[o])
		if err != nil {
			return nil, err
		}
		ids = append(ids, st.Articles...)
	}
	var arts []corroborate.Article
	for _, id := range ids {
		a, err := p.store.Article(ctx, id)
		if err != nil {
			return nil, err
		}
		arts = append(arts, *a)
	}
	sort.Slice(arts, func(i, j int) bool { return storyid.OrderKey(&arts[i]) < storyid.OrderKey(&arts[j]) })
	if len(arts) > 20 {
		arts = arts[len(arts)-20:]
	}
	readings, err := placeKeep.read(ctx, p.store, arts)
	if err != nil {
		return nil, err
	}
	out := make([][]map[string]bool, len(readings))
	for k, r := range readings {
		out[k] = factSentences(p.lx, r)
	}
	return out, nil
}

// overlapScore scores how many of an article's facts a story's sentences
// carry: for each of the article's sentences its best overlap with the
// story's, the three best summed (the batch's tie-break, overlapIDs, reads
// sentences as word numbers).
func overlapScore(article, story []map[string]bool) float64 {
	var best []float64
	for _, a := range article {
		m := 0.0
		for _, b := range story {
			if ov := lexicon.Overlap(a, b); ov > m {
				m = ov
			}
		}
		best = append(best, m)
	}
	return sumTopThree(best)
}

// sumTopThree sums the three largest of a sentence's best overlaps.
func sumTopThree(best []float64) float64 {
	sort.Sort(sort.Reverse(sort.Float64Slice(best)))
	sum := 0.0
	for i := 0; i < len(best) && i < 3; i++ {
		sum += best[i]
	}
	return sum
}
