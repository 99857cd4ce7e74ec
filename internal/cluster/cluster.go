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
	// TextOnly disables entities and dates (the TF-IDF baseline).
	TextOnly bool
	// MergeThreshold is the least centroid similarity at which two stories
	// are merged after placement (0: no merging).
	MergeThreshold float64
}

// DefaultOptions returns the tuned defaults.
func DefaultOptions() Options {
	return Options{Threshold: 0.2, EntityWeight: 0, DateWindow: 4, HalfLife: 10, Candidates: 12, MaxCentroid: 120}
}

// Story is a cluster.
type Story struct {
	ID       int
	Members  []int
	centroid map[string]float64 // sum of member TF-IDF vectors (unnormalized)
	norm     float64
	entities map[string]int
	minDay   int
	maxDay   int
}

// Clusterer places articles into stories one at a time.
type Clusterer struct {
	opts    Options
	df      map[string]int
	n       int
	stories []*Story
	index   map[string][]int // term → story ids
	// Assign is the story of each placed article, in placement order.
	Assign []int
}

// New returns an empty clusterer.
func New(opts Options) *Clusterer {
	return &Clusterer{opts: opts, df: map[string]int{}, index: map[string][]int{}}
}

// Observe counts an article's terms in the document frequencies. Call it
// for every article of a batch before placing them, or as they arrive.
func (c *Clusterer) Observe(f Features) {
	c.n++
	for t := range f.Terms {
		c.df[t]++
	}
}

func (c *Clusterer) idf(t string) float64 {
	return math.Log(float64(c.n+1)/float64(c.df[t]+1)) + 1
}

func (c *Clusterer) vector(f Features) (map[string]float64, float64) {
	v := make(map[string]float64, len(f.Terms))
	var s float64
	for t, w := range f.Terms {
		if c.opts.TextOnly && t[0] != 'w' {
			continue
		}
		x := w * c.idf(t)
		v[t] = x
		s += x * x
	}
	return v, math.Sqrt(s)
}

// Place puts one article in a story and returns the story's id.
func (c *Clusterer) Place(f Features) int {
	v, vn := c.vector(f)
	best, bestSim := -1, 0.0
	for _, sid := range c.candidates(v) {
		s := c.stories[sid]
		sim := c.similarity(v, vn, f, s)
		if sim > bestSim {
			best, bestSim = sid, sim
		}
	}
	if best < 0 || bestSim < c.opts.Threshold {
		best = len(c.stories)
		c.stories = append(c.stories, &Story{ID: best, centroid: map[string]float64{}, entities: map[string]int{}, minDay: -1, maxDay: -1})
	}
	c.add(c.stories[best], len(c.Assign), v, vn, f)
	c.Assign = append(c.Assign, best)
	return best
}

// candidates returns the stories sharing one of the article's rarest terms.
func (c *Clusterer) candidates(v map[string]float64) []int {
	type tw struct {
		t string
		w float64
	}
	terms := make([]tw, 0, len(v))
	for t, w := range v {
		terms = append(terms, tw{t, w})
	}
	sort.Slice(terms, func(i, j int) bool {
		if terms[i].w != terms[j].w {
			return terms[i].w > terms[j].w
		}
		return terms[i].t < terms[j].t
	})
	seen := map[int]bool{}
	var out []int
	for i := 0; i < len(terms) && i < c.opts.Candidates; i++ {
		for _, sid := range c.index[terms[i].t] {
			if !seen[sid] {
				seen[sid] = true
				out = append(out, sid)
			}
		}
	}
	sort.Ints(out)
	return out
}

func (c *Clusterer) similarity(v map[string]float64, vn float64, f Features, s *Story) float64 {
	if vn == 0 || s.norm == 0 {
		return 0
	}
	var dot float64
	for t, x := range v {
		dot += x * s.centroid[t]
	}
	cos := dot / (vn * s.norm)
	sim := cos
	if !c.opts.TextOnly {
		// Entity overlap, weighted by rarity: sharing a rare name counts
		// more than sharing the country everyone mentions.
		if len(f.Entities) > 0 && len(s.entities) > 0 {
			var hit, all float64
			for _, e := range f.Entities {
				w := c.idf("e:" + e)
				all += w
				if s.entities[e] > 0 {
					hit += w
				}
			}
			sim = (1-c.opts.EntityWeight)*cos + c.opts.EntityWeight*hit/all
		}
		// Dates: a decaying window around the story's days.
		if f.Day >= 0 && s.minDay >= 0 {
			gap := 0.0
			if f.Day < s.minDay {
				gap = float64(s.minDay - f.Day)
			} else if f.Day > s.maxDay {
				gap = float64(f.Day - s.maxDay)
			}
			if gap > c.opts.DateWindow {
				sim *= math.Pow(0.5, (gap-c.opts.DateWindow)/c.opts.HalfLife)
			}
		}
	}
	return sim
}

func (c *Clusterer) add(s *Story, article int, v map[string]float64, vn float64, f Features) {
	s.Members = append(s.Members, article)
	if vn > 0 {
		for t, x := range v {
			if _, ok := s.centroid[t]; !ok {
				c.index[t] = append(c.index[t], s.ID)
			}
			s.centroid[t] += x / vn
		}
	}
	// Keep the centroid compact.
	if len(s.centroid) > c.opts.MaxCentroid*2 {
		type tw struct {
			t string
			w float64
		}
		all := make([]tw, 0, len(s.centroid))
		for t, w := range s.centroid {
			all = append(all, tw{t, w})
		}
		sort.Slice(all, func(i, j int) bool { return all[i].w > all[j].w || all[i].w == all[j].w && all[i].t < all[j].t })
		for _, x := range all[c.opts.MaxCentroid:] {
			delete(s.centroid, x.t)
			c.unindex(x.t, s.ID)
		}
	}
	var n float64
	for _, x := range s.centroid {
		n += x * x
	}
	s.norm = math.Sqrt(n)
	for _, e := range f.Entities {
		s.entities[e]++
	}
	if f.Day >= 0 {
		if s.minDay < 0 || f.Day < s.minDay {
			s.minDay = f.Day
		}
		if f.Day > s.maxDay {
			s.maxDay = f.Day
		}
	}
}

func (c *Clusterer) unindex(t string, sid int) {
	ids := c.index[t]
	for i, x := range ids {
		if x == sid {
			c.index[t] = append(ids[:i], ids[i+1:]...)
			break
		}
	}
	if len(c.index[t]) == 0 {
		delete(c.index, t)
	}
}

// Stories returns the stories formed so far.
func (c *Clusterer) Stories() []*Story { return c.stories }

// Similarity returns the cosine similarity of two stories' centroids.
func Similarity(a, b *Story) float64 {
	if a.norm == 0 || b.norm == 0 {
		return 0
	}
	var dot float64
	for t, x := range a.centroid {
		dot += x * b.centroid[t]
	}
	return dot / (a.norm * b.norm)
}

// SharedEntities counts the entities two stories share.
func SharedEntities(a, b *Story) int {
	n := 0
	for e := range a.entities {
		if b.entities[e] > 0 {
			n++
		}
	}
	return n
}

// Days returns a story's first and last known days (-1 when unknown).
func (s *Story) Days() (int, int) { return s.minDay, s.maxDay }

// Merge joins stories whose centroids are at least threshold similar (after
// the date decay), as a newsroom merges two threads found to be one story.
// It works on story centroids only, never re-reading articles, and returns
// the number of merges. Article assignments are updated.
func (c *Clusterer) Merge(threshold float64) int {
	merges := 0
	for changed := true; changed; {
		changed = false
		for _, a := range c.stories {
			if a == nil || len(a.Members) == 0 {
				continue
			}
			best, bestSim := -1, threshold
			for _, sid := range c.candidates(a.centroid) {
				b := c.stories[sid]
				if sid == a.ID || b == nil || len(b.Members) == 0 {
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
					if gap > c.opts.DateWindow {
						sim *= math.Pow(0.5, (gap-c.opts.DateWindow)/c.opts.HalfLife)
					}
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
	for t, x := range src.centroid {
		if _, ok := dst.centroid[t]; !ok {
			c.index[t] = append(c.index[t], dst.ID)
		}
		dst.centroid[t] += x
		c.unindex(t, src.ID)
	}
	var n float64
	for _, x := range dst.centroid {
		n += x * x
	}
	dst.norm = math.Sqrt(n)
	for e, k := range src.entities {
		dst.entities[e] += k
	}
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
	src.Members, src.centroid, src.entities, src.norm = nil, map[string]float64{}, map[string]int{}, 0
}
