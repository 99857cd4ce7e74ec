package evaluate

import (
	"bufio"
	"cmp"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math/rand"
	"os"
	"slices"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/analyze"
	"github.com/corroborate/corroborate/internal/cluster"
	"github.com/corroborate/corroborate/internal/mention"
	"github.com/corroborate/corroborate/internal/pipeline"
	"github.com/corroborate/corroborate/internal/source"
)

// BCubed holds BCubed precision, recall and F1 of a clustering.
type BCubed struct {
	Name     string
	P, R, F1 float64
	Clusters int
	Articles int
}

// ScoreBCubed compares system clusters with gold labels, both given per item.
func ScoreBCubed(name string, sys []int, gold []string) BCubed {
	n := len(sys)
	var p, r float64
	for i := 0; i < n; i++ {
		same, sysN, goldN := 0, 0, 0
		for j := 0; j < n; j++ {
			s := sys[i] == sys[j]
			g := gold[i] == gold[j]
			if s {
				sysN++
			}
			if g {
				goldN++
			}
			if s && g {
				same++
			}
		}
		p += float64(same) / float64(sysN)
		r += float64(same) / float64(goldN)
	}
	b := BCubed{Name: name, Articles: n}
	if n > 0 {
		b.P, b.R = p/float64(n), r/float64(n)
		b.F1 = f1(b.P, b.R)
	}
	seen := map[int]bool{}
	for _, s := range sys {
		seen[s] = true
	}
	b.Clusters = len(seen)
	return b
}

// StoryRecords loads a labelled clustering kit: records with a gold "story".
func StoryRecords(path string) ([]source.Record, []string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	var recs []source.Record
	var gold []string
	for n := 1; sc.Scan(); n++ {
		var m map[string]any
		if err := json.Unmarshal(sc.Bytes(), &m); err != nil {
			return nil, nil, fmt.Errorf("%s:%d: %w", path, n, err)
		}
		story, _ := m["story"].(string)
		if story == "" {
			return nil, nil, fmt.Errorf("%s:%d: record has no gold story", path, n)
		}
		rs, errs := source.Records(source.Doc{Source: path, Data: append([]byte(nil), sc.Bytes()...)})
		if len(errs) > 0 || len(rs) != 1 {
			return nil, nil, fmt.Errorf("%s:%d: %v", path, n, errs)
		}
		recs = append(recs, rs[0])
		gold = append(gold, story)
	}
	return recs, gold, sc.Err()
}

// StoryGroup is the group of a gold story label that the two halves are
// split by: the ECB+ topic for ECB+ labels ("12a" → "12"), the label itself
// otherwise (an incident id).
func StoryGroup(label string) string { return ECBTopic(label) }

// HalfScore is the engine's and the TF-IDF baseline's score on one half.
type HalfScore struct {
	Half             string
	Engine, Baseline BCubed
	// Alone is the engine's grouping of each gold story of two articles or
	// more clustered on its own (see scoreAlone).
	Alone AloneScore
}

// AloneScore counts how the engine groups each gold story when its
// articles are the whole batch: a small batch of one event, as a user may
// bring, whose own document frequencies weigh the words every report of
// the event shares least.
type AloneScore struct {
	// Stories counts the gold stories of two articles or more, Split those
	// the engine puts in two stories or more.
	Stories, Split int
	// Pairs counts the pairs of articles of one gold story, Apart those the
	// engine puts in two stories.
	Pairs, Apart int
}

// scoreAlone clusters the articles of each gold story among idx on their
// own (in idx's order) and counts the stories and pairs split.
func (rk *readKit) scoreAlone(ctx context.Context, idx []int) (AloneScore, error) {
	byGold := map[string][]int{}
	for _, i := range idx {
		byGold[rk.Gold[i]] = append(byGold[rk.Gold[i]], i)
	}
	var s AloneScore
	for _, g := range sortedKeys(byGold) {
		members := byGold[g]
		if len(members) < 2 {
			continue
		}
		assign, err := rk.group(ctx, members, cluster.DefaultOptions())
		if err != nil {
			return s, err
		}
		s.Stories++
		split := false
		for a := range assign {
			for b := a + 1; b < len(assign); b++ {
				s.Pairs++
				if assign[a] != assign[b] {
					s.Apart++
					split = true
				}
			}
		}
		if split {
			s.Split++
		}
	}
	return s, nil
}

// StoryKit is a labelled clustering kit read into articles.
type StoryKit struct {
	Articles []corroborate.Article
	Gold     []string
}

// LoadStoryKit reads a labelled clustering kit and extracts its articles
// (records without article text are left out, with their labels).
func LoadStoryKit(path string) (*StoryKit, error) {
	recs, gold, err := StoryRecords(path)
	if err != nil {
		return nil, err
	}
	k := &StoryKit{}
	for i, r := range recs {
		a, err := pipeline.Extract(r)
		if err != nil {
			continue
		}
		k.Articles = append(k.Articles, *a)
		k.Gold = append(k.Gold, gold[i])
	}
	return k, nil
}

// halves lists the halves to score for a --half choice: the one asked
// for, or both and then all.
func halves(h Half) []Half {
	if h == All {
		return []Half{Tune, Holdout, All}
	}
	return []Half{h}
}

// readKit is a kit whose articles are read once: the language layer and
// the clustering features of every article.
type readKit struct {
	*StoryKit
	readings []*mention.Analysis
	feats    []cluster.Features
	facts    [][][]string // fact words (FactWords; the fitting reads them)
}

// readStoryKit reads the articles of half h of a kit (the fitting reads
// the tune half only).
func readStoryKit(ctx context.Context, path string, h Half) (*readKit, error) {
	all, err := LoadStoryKit(path)
	if err != nil {
		return nil, err
	}
	kit := &StoryKit{}
	for i, g := range all.Gold {
		if h.In(StoryGroup(g)) {
			kit.Articles = append(kit.Articles, all.Articles[i])
			kit.Gold = append(kit.Gold, g)
		}
	}
	rk := &readKit{StoryKit: kit}
	if rk.readings, err = analyze.Read(ctx, kit.Articles); err != nil {
		return nil, err
	}
	if rk.feats, err = analyze.AllFeatures(ctx, kit.Articles, rk.readings); err != nil {
		return nil, err
	}
	return rk, nil
}

// indices returns the kit's articles of half h, in file order.
func (rk *readKit) indices(h Half) []int {
	var out []int
	for i, g := range rk.Gold {
		if h.In(StoryGroup(g)) {
			out = append(out, i)
		}
	}
	return out
}

// group runs the engine's grouping on the articles idx (in that input
// order) as one batch, and returns each one's story.
func (rk *readKit) group(ctx context.Context, idx []int, opts cluster.Options) ([]int, error) {
	arts := make([]corroborate.Article, len(idx))
	readings := make([]*mention.Analysis, len(idx))
	feats := make([]cluster.Features, len(idx))
	for k, i := range idx {
		arts[k], readings[k], feats[k] = rk.Articles[i], rk.readings[i], rk.feats[i]
	}
	an, err := analyze.Group(ctx, arts, readings, feats, opts)
	if err != nil {
		return nil, err
	}
	return an.StoryOf, nil
}

// partOf keeps the articles of idx, and their stories in assign, whose
// group is in part p of the tune half.
func (rk *readKit) partOf(idx, assign []int, p string) ([]int, []int) {
	var out, as []int
	for k, i := range idx {
		if PartOf(StoryGroup(rk.Gold[i])) == p {
			out, as = append(out, i), append(as, assign[k])
		}
	}
	return out, as
}

func (rk *readKit) gold(idx []int) []string {
	out := make([]string, len(idx))
	for k, i := range idx {
		out[k] = rk.Gold[i]
	}
	return out
}

// ScoreStories clusters each chosen half of the records on its own (as a
// batch of news nobody has read) with the engine and with the TF-IDF
// single-pass baseline, and measures order sensitivity by a shuffled run
// of the last half scored.
// With misses set (the tune half only: holdout items are never listed), it
// also writes the tune half's errors there (see writeStoryMisses).
// With part "a" or "b" (the tune half only), the whole tune half is
// clustered and only that part's articles are scored (PartOf): clustered
// alone, a part is a stream of half the size, whose own document
// frequencies and fewer events of one kind move the scores (ECB+ tune
// parts alone: R 0.887 and 0.888 where the whole half gives 0.943).
func ScoreStories(ctx context.Context, path string, half Half, part string, misses io.Writer) ([]HalfScore, float64, error) {
	rk, err := readStoryKit(ctx, path, All)
	if err != nil {
		return nil, 0, err
	}
	var out []HalfScore
	var idx, assign []int
	for _, h := range halves(half) {
		idx = rk.indices(h)
		if assign, err = rk.group(ctx, idx, cluster.DefaultOptions()); err != nil {
			return nil, 0, err
		}
		pidx, passign := idx, assign
		if part != "" {
			pidx, passign = rk.partOf(idx, assign, part)
		}
		name := string(h)
		if part != "" {
			name += "-" + part
		}
		if h == All {
			name = "all"
		}
		gold := rk.gold(pidx)
		if misses != nil && h == Tune {
			titles := make([]string, len(pidx))
			for k, i := range pidx {
				// The record's source (its url or id) finds the article in
				// the kit: many ECB+ articles have no headline.
				titles[k] = rk.Articles[i].ID + " " + rk.Articles[i].Source
				if t := rk.Articles[i].Title; t != nil && *t != "" {
					titles[k] += " " + *t
				}
			}
			writeStoryMisses(misses, passign, gold, titles)
		}
		alone, err := rk.scoreAlone(ctx, pidx)
		if err != nil {
			return nil, 0, err
		}
		out = append(out, HalfScore{Half: name,
			Engine:   ScoreBCubed("corroborate", passign, gold),
			Baseline: ScoreBCubed("TF-IDF single-pass 0.3", tfidfBaseline(rk.feats, pidx), gold),
			Alone:    alone})
	}
	// Order sensitivity: shuffle the input and compare the two groupings.
	perm := rand.New(rand.NewSource(7)).Perm(len(idx))
	shuffled := make([]int, len(idx))
	for k, p := range perm {
		shuffled[k] = idx[p]
	}
	assign2, err := rk.group(ctx, shuffled, cluster.DefaultOptions())
	if err != nil {
		return nil, 0, err
	}
	back := make([]int, len(idx))
	for k, p := range perm {
		back[p] = assign2[k]
	}
	agree := ScoreBCubed("", back, intsToStrings(assign)).F1
	return out, agree, nil
}

// tfidfBaseline is plain TF-IDF cosine single-pass clustering in file
// order with a fixed threshold of 0.3 (centroids of 80 terms, as the
// engine had before the model: the baseline the issue measured).
func tfidfBaseline(feats []cluster.Features, idx []int) []int {
	opts := cluster.Options{TextOnly: true, Threshold: 0.3, Candidates: 10, MaxCentroid: 80, PostingCap: 64}
	cl := cluster.New(opts)
	for _, i := range idx {
		cl.Observe(feats[i])
	}
	base := make([]int, len(idx))
	for k, i := range idx {
		base[k] = cl.Place(feats[i])
	}
	return base
}

func intsToStrings(xs []int) []string {
	out := make([]string, len(xs))
	for i, x := range xs {
		out[i] = fmt.Sprint(x)
	}
	return out
}

// WriteStories prints each half's scores, the engine beside the baseline.
func WriteStories(w io.Writer, hs []HalfScore, agree float64) {
	fmt.Fprintf(w, "%-8s %-24s %7s %7s %7s %8s %9s\n", "half", "system", "P", "R", "F1", "stories", "articles")
	for _, h := range hs {
		for _, b := range []BCubed{h.Engine, h.Baseline} {
			fmt.Fprintf(w, "%-8s %-24s %7.4f %7.4f %7.4f %8d %9d\n", h.Half, b.Name, b.P, b.R, b.F1, b.Clusters, b.Articles)
		}
	}
	fmt.Fprintf(w, "order sensitivity (%s): BCubed F1 between the run and a shuffled run = %.4f (1 = identical)\n", hs[len(hs)-1].Half, agree)
	for _, h := range hs {
		a := h.Alone
		fmt.Fprintf(w, "each story alone (%s): %d of %d gold stories split, %d of %d pairs apart\n", h.Half, a.Split, a.Stories, a.Apart, a.Pairs)
	}
}

// writeStoryMisses writes a clustering's errors by kind: how many pairs of
// articles of two gold stories share a story (wrong merges, precision) and
// how many of one gold story are apart (splits, recall), then each story
// holding several gold stories and each gold story split, with the
// articles of the minority parts.
func writeStoryMisses(w io.Writer, assign []int, gold []string, titles []string) {
	merges, splits := 0, 0
	for a := range assign {
		for b := a + 1; b < len(assign); b++ {
			switch same, g := assign[a] == assign[b], gold[a] == gold[b]; {
			case same && !g:
				merges++
			case !same && g:
				splits++
			}
		}
	}
	fmt.Fprintf(w, "misses: %d wrong-merge pairs, %d split pairs\n", merges, splits)
	bySys, byGold := map[int]map[string][]int{}, map[string]map[int][]int{}
	for k := range assign {
		if bySys[assign[k]] == nil {
			bySys[assign[k]] = map[string][]int{}
		}
		bySys[assign[k]][gold[k]] = append(bySys[assign[k]][gold[k]], k)
		if byGold[gold[k]] == nil {
			byGold[gold[k]] = map[int][]int{}
		}
		byGold[gold[k]][assign[k]] = append(byGold[gold[k]][assign[k]], k)
	}
	for _, s := range sortedKeys(bySys) {
		if len(bySys[s]) > 1 {
			fmt.Fprintf(w, "merged story %d:", s)
			for _, g := range sortedKeys(bySys[s]) {
				fmt.Fprintf(w, " %s×%d", g, len(bySys[s][g]))
			}
			fmt.Fprintln(w)
		}
	}
	for _, g := range sortedKeys(byGold) {
		if len(byGold[g]) > 1 {
			fmt.Fprintf(w, "split gold %s:", g)
			for _, s := range sortedKeys(byGold[g]) {
				fmt.Fprintf(w, " story %d×%d", s, len(byGold[g][s]))
			}
			fmt.Fprintln(w)
			for _, s := range sortedKeys(byGold[g]) {
				for _, k := range byGold[g][s] {
					fmt.Fprintf(w, "\tstory %d: %s\n", s, titles[k])
				}
			}
		}
	}
}

func sortedKeys[K cmp.Ordered, V any](m map[K]V) []K {
	out := make([]K, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}
