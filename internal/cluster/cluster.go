package cluster

import (
	"math"
	"sort"
)

// Options tune the clusterer.
type Options struct {
	// Threshold is the least similarity for joining a story.
	Threshold float64
	// EntityWeight is the share of entity overlap in similarity (0..1).
	EntityWeight float64
	// DateWindow is the number of days within which dates do not count
	// against a match; beyond it the similarity decays with HalfLife.
	DateWindow, HalfLife float64
	// Candidates is how many of an article's rarest terms are looked up
	// in the inverted index.
	Candidates int
	// MaxCentroid caps the terms kept per story centroid.
	MaxCentroid int
	// PostingCap caps each term's posting list to its most recent stories,
	// so that placing an article costs the same in a store of a thousand
	// or a million articles (news stories are looked up while recent).
	PostingCap int
	// TextOnly disables entities, dates and figures (the TF-IDF baseline).
	TextOnly bool
	// MergeThreshold is the least centroid similarity at which two stories
	// are merged after placement (0: no merging).
	MergeThreshold float64
	// Tiebreak, when set, chooses between stories whose similarity to the
	// arriving article is within TieMargin of the best (best first): a
	// finer comparison of the article with those stories' articles.
	// article is the article's placement index; it returns a story id.
	Tiebreak  func(article int, stories []int) int
	TieMargin float64
}

// DefaultOptions returns the tuned defaults.
func DefaultOptions() Options {
	return Options{Threshold: 0.2, EntityWeight: 0, DateWindow: 4, HalfLife: 10, Candidates: 10, MaxCentroid: 80, PostingCap: 64, TieMargin: 0.05}
}

// tw is a term id with a weight; vectors are slices sorted by id.
type tw struct {
	id uint32
	w  float32
}

// Story is a cluster.
type Story struct {
	ID       int
	Members  []int32
	centroid []tw // sum of member unit vectors, top terms, sorted by id
	norm     float64
	minDay   int32
	maxDay   int32
}

// Clusterer places articles into stories one at a time.
type Clusterer struct {
	opts    Options
	vocab   map[string]uint32
	entity  []bool  // term id → is an entity term
	df      []int32 // term id → document frequency
	n       int
	stories []*Story
	index   map[uint32][]int32 // term → story ids (most recent last)
	// Assign is the story of each placed article, in placement order.
	Assign []int
}

// New returns an empty clusterer.
func New(opts Options) *Clusterer {
	if opts.PostingCap == 0 {
		opts.PostingCap = 256
	}
	return &Clusterer{opts: opts, vocab: map[string]uint32{}, index: map[uint32][]int32{}}
}

func (c *Clusterer) term(t string) uint32 {
	if id, ok := c.vocab[t]; ok {
		return id
	}
	id := uint32(len(c.df))
	c.vocab[t] = id
	c.df = append(c.df, 0)
	c.entity = append(c.entity, len(t) > 2 && t[:2] == "e:")
	return id
}

// SetOptions changes the options of a clusterer (to set a Tiebreak that
// needs the clusterer itself).
func (c *Clusterer) SetOptions(o Options) {
	if o.PostingCap == 0 {
		o.PostingCap = c.opts.PostingCap
	}
	c.opts = o
}

// Observe counts an article's terms in the document frequencies. Call it
// for every article of a batch before placing them, or as they arrive.
func (c *Clusterer) Observe(f Features) {
	c.n++
	for t := range f.Terms {
		c.df[c.term(t)]++
	}
}

func (c *Clusterer) idf(id uint32) float64 {
	return math.Log(float64(c.n+1)/float64(c.df[id]+1)) + 1
}

func (c *Clusterer) vector(f Features) ([]tw, float64) {
	v := make([]tw, 0, len(f.Terms))
	var s float64
	for t, w := range f.Terms {
		if c.opts.TextOnly && t[0] != 'w' {
			continue
		}
		if false {
			continue
		}
		id := c.term(t)
		x := w * c.idf(id)
		v = append(v, tw{id, float32(x)})
		s += x * x
	}
	sort.Slice(v, func(i, j int) bool { return v[i].id < v[j].id })
	return v, math.Sqrt(s)
}

func dot(a, b []tw) float64 {
	var s float64
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i].id == b[j].id:
			s += float64(a[i].w) * float64(b[j].w)
			i++
			j++
		case a[i].id < b[j].id:
			i++
		default:
			j++
		}
	}
	return s
}

// Place puts one article in a story and returns the story's id.
func (c *Clusterer) Place(f Features) int {
	v, vn := c.vector(f)
	best, bestSim := -1, 0.0
	type scored struct {
		id  int
		sim float64
	}
	var close []scored
	for _, sid := range c.candidates(v) {
		sim := c.similarity(v, vn, f.Day, c.stories[sid])
		if sim >= c.opts.Threshold {
			close = append(close, scored{sid, sim})
		}
		if sim > bestSim {
			best, bestSim = sid, sim
		}
	}
	if c.opts.Tiebreak != nil && len(close) > 1 && bestSim >= c.opts.Threshold {
		sort.Slice(close, func(i, j int) bool {
			return close[i].sim > close[j].sim || close[i].sim == close[j].sim && close[i].id < close[j].id
		})
		var ties []int
		for _, x := range close {
			if x.sim >= bestSim-c.opts.TieMargin && len(ties) < 3 {
				ties = append(ties, x.id)
			}
		}
		if len(ties) > 1 {
			best = c.opts.Tiebreak(len(c.Assign), ties)
		}
	}
	if best < 0 || bestSim < c.opts.Threshold {
		best = len(c.stories)
		c.stories = append(c.stories, &Story{ID: best, minDay: -1, maxDay: -1})
	}
	c.add(c.stories[best], len(c.Assign), v, vn, f.Day)
	c.Assign = append(c.Assign, best)
	return best
}

// candidates returns the stories sharing one of the vector's heaviest terms.
func (c *Clusterer) candidates(v []tw) []int {
	top := append([]tw(nil), v...)
	sort.Slice(top, func(i, j int) bool {
		if top[i].w != top[j].w {
			return top[i].w > top[j].w
		}
		return top[i].id < top[j].id
	})
	seen := map[int32]bool{}
	var out []int
	for i := 0; i < len(top) && i < c.opts.Candidates; i++ {
		for _, sid := range c.index[top[i].id] {
			if !seen[sid] {
				seen[sid] = true
				out = append(out, int(sid))
			}
		}
	}
	sort.Ints(out)
	return out
}

func (c *Clusterer) decay(sim float64, gap float64) float64 {
	if gap > c.opts.DateWindow {
		sim *= math.Pow(0.5, (gap-c.opts.DateWindow)/c.opts.HalfLife)
	}
	return sim
}

func (c *Clusterer) similarity(v []tw, vn float64, day int, s *Story) float64 {
	if vn == 0 || s.norm == 0 {
		return 0
	}
	sim := dot(v, s.centroid) / (vn * s.norm)
	if !c.opts.TextOnly && c.opts.EntityWeight > 0 {
		// Who is involved: the share of the article's names (weighted by
		// rarity) that the story has (a meeting of the same three people).
		var hit, all float64
		j := 0
		for _, x := range v {
			if !c.entity[x.id] {
				continue
			}
			w := c.idf(x.id)
			all += w
			for j < len(s.centroid) && s.centroid[j].id < x.id {
				j++
			}
			if j < len(s.centroid) && s.centroid[j].id == x.id {
				hit += w
			}
		}
		if all > 0 {
			sim = (1-c.opts.EntityWeight)*sim + c.opts.EntityWeight*hit/all
		}
	}
	if !c.opts.TextOnly && day >= 0 && s.minDay >= 0 {
		gap := 0.0
		if int32(day) < s.minDay {
			gap = float64(s.minDay - int32(day))
		} else if int32(day) > s.maxDay {
			gap = float64(int32(day) - s.maxDay)
		}
		sim = c.decay(sim, gap)
	}
	return sim
}

func (c *Clusterer) add(s *Story, article int, v []tw, vn float64, day int) {
	s.Members = append(s.Members, int32(article))
	if vn > 0 {
		merged := make([]tw, 0, len(s.centroid)+len(v))
		i, j := 0, 0
		for i < len(s.centroid) || j < len(v) {
			switch {
			case j >= len(v) || i < len(s.centroid) && s.centroid[i].id < v[j].id:
				merged = append(merged, s.centroid[i])
				i++
			case i >= len(s.centroid) || v[j].id < s.centroid[i].id:
				merged = append(merged, tw{v[j].id, float32(float64(v[j].w) / vn)})
				c.post(v[j].id, s.ID)
				j++
			default:
				merged = append(merged, tw{v[j].id, s.centroid[i].w + float32(float64(v[j].w)/vn)})
				i++
				j++
			}
		}
		s.centroid = c.trim(s, merged)
	}
	c.renorm(s)
	if day >= 0 {
		if s.minDay < 0 || int32(day) < s.minDay {
			s.minDay = int32(day)
		}
		if int32(day) > s.maxDay {
			s.maxDay = int32(day)
		}
	}
}

// trim keeps a centroid's heaviest terms.
func (c *Clusterer) trim(s *Story, cen []tw) []tw {
	if len(cen) <= c.opts.MaxCentroid {
		return cen
	}
	// The story's names are kept first (up to a third of the room): they
	// are its actors, which related stories are found by; then the
	// heaviest other terms.
	byW := append([]tw(nil), cen...)
	sort.Slice(byW, func(i, j int) bool { return byW[i].w > byW[j].w || byW[i].w == byW[j].w && byW[i].id < byW[j].id })
	keep := make([]tw, 0, c.opts.MaxCentroid)
	kept := map[uint32]bool{}
	for _, x := range byW {
		if c.entity[x.id] && len(keep) < c.opts.MaxCentroid/3 {
			keep = append(keep, x)
			kept[x.id] = true
		}
	}
	for _, x := range byW {
		if len(keep) >= c.opts.MaxCentroid {
			break
		}
		if !kept[x.id] {
			keep = append(keep, x)
			kept[x.id] = true
		}
	}
	for _, x := range byW {
		if !kept[x.id] {
			c.unpost(x.id, s.ID)
		}
	}
	sort.Slice(keep, func(i, j int) bool { return keep[i].id < keep[j].id })
	return keep
}

func (c *Clusterer) renorm(s *Story) {
	var n float64
	for _, x := range s.centroid {
		n += float64(x.w) * float64(x.w)
	}
	s.norm = math.Sqrt(n)
}

func (c *Clusterer) post(t uint32, sid int) {
	p := c.index[t]
	if len(p) >= c.opts.PostingCap {
		copy(p, p[1:])
		p = p[:len(p)-1]
	}
	c.index[t] = append(p, int32(sid))
}

func (c *Clusterer) unpost(t uint32, sid int) {
	p := c.index[t]
	for i, x := range p {
		if int(x) == sid {
			p = append(p[:i], p[i+1:]...)
			break
		}
	}
	if len(p) == 0 {
		delete(c.index, t)
	} else {
		c.index[t] = p
	}
}

// Stories returns the stories formed so far.
func (c *Clusterer) Stories() []*Story { return c.stories }

// Similarity returns the cosine similarity of two stories' centroids.
func Similarity(a, b *Story) float64 {
	if a.norm == 0 || b.norm == 0 {
		return 0
	}
	return dot(a.centroid, b.centroid) / (a.norm * b.norm)
}

// SharedEntities counts the entity terms two stories' centroids share.
func (c *Clusterer) SharedEntities(a, b *Story) int {
	n := 0
	i, j := 0, 0
	for i < len(a.centroid) && j < len(b.centroid) {
		switch {
		case a.centroid[i].id == b.centroid[j].id:
			if c.entity[a.centroid[i].id] {
				n++
			}
			i++
			j++
		case a.centroid[i].id < b.centroid[j].id:
			i++
		default:
			j++
		}
	}
	return n
}

// Days returns a story's first and last known days (-1 when unknown).
func (s *Story) Days() (int, int) { return int(s.minDay), int(s.maxDay) }

// Merge joins stories whose centroids are at least threshold similar (after
// the date decay), as a newsroom merges two threads found to be one story.
// It works on story centroids only, never re-reading articles, and returns
// the number of merges. Article assignments are updated.
func (c *Clusterer) Merge(threshold float64) int {
	merges := 0
	for changed := true; changed; {
		changed = false
		for _, a := range c.stories {
			if len(a.Members) == 0 {
				continue
			}
			best, bestSim := -1, threshold
			for _, sid := range c.candidates(a.centroid) {
				b := c.stories[sid]
				if sid == a.ID || len(b.Members) == 0 {
					continue
				}
				sim := Similarity(a, b)
				if a.minDay >= 0 && b.minDay >= 0 {
					gap := 0.0
					if a.maxDay < b.minDay {
						gap = float64(b.minDay - a.maxDay)
					} else if b.maxDay < a.minDay {
						gap = float64(a.minDay - b.maxDay)
					}
					sim = c.decay(sim, gap)
				}
				if sim >= bestSim {
					best, bestSim = sid, sim
				}
			}
			if best < 0 {
				continue
			}
			c.join(c.stories[best], a)
			merges++
			changed = true
		}
	}
	return merges
}

// join moves every member of src into dst.
func (c *Clusterer) join(dst, src *Story) {
	for _, x := range src.centroid {
		c.unpost(x.id, src.ID)
	}
	merged := make([]tw, 0, len(dst.centroid)+len(src.centroid))
	i, j := 0, 0
	for i < len(dst.centroid) || j < len(src.centroid) {
		switch {
		case j >= len(src.centroid) || i < len(dst.centroid) && dst.centroid[i].id < src.centroid[j].id:
			merged = append(merged, dst.centroid[i])
			i++
		case i >= len(dst.centroid) || src.centroid[j].id < dst.centroid[i].id:
			merged = append(merged, src.centroid[j])
			c.post(src.centroid[j].id, dst.ID)
			j++
		default:
			merged = append(merged, tw{dst.centroid[i].id, dst.centroid[i].w + src.centroid[j].w})
			i++
			j++
		}
	}
	dst.centroid = c.trim(dst, merged)
	c.renorm(dst)
	if src.minDay >= 0 && (dst.minDay < 0 || src.minDay < dst.minDay) {
		dst.minDay = src.minDay
	}
	if src.maxDay > dst.maxDay {
		dst.maxDay = src.maxDay
	}
	for _, m := range src.Members {
		c.Assign[m] = dst.ID
	}
	dst.Members = append(dst.Members, src.Members...)
	src.Members, src.centroid, src.norm = nil, nil, 0
}
