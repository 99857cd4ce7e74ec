package cluster

import (
	"slices"
	"sort"
)

// StoryState is what placement needs of a story, with its terms by name so
// that a store can keep it between runs: the centroid (terms and weights,
// sorted by term), the publication days, the event span and the number of
// articles. Incremental placement restores the stories an arriving article
// may join from their states instead of re-clustering the store.
type StoryState struct {
	Terms   []string
	Weights []float32
	MinDay  int32
	MaxDay  int32
	Event   Span
	// Dated is the event span its dated articles give.
	Dated Span
	// DatedDays are the weekdays of its dated articles' event days (see
	// Story.datedDays); a state saved without them takes them from Dated.
	DatedDays uint8
	// Weekdays are the weekdays its undated articles name for their
	// event (see Story.weekdays); none in a state saved without them.
	Weekdays uint8
	// Named are the days and months its dated articles name (see
	// Story.named); none in a state saved without them.
	Named []Span
	// Persons are the terms of the people its articles name (see
	// Story.persons), sorted; none in a state saved without them.
	Persons []string
	Size    int
}

// State returns a story's state.
func (c *Clusterer) State(s *Story) StoryState { return c.States([]*Story{s})[0] }

// States returns the states of stories (the term names are looked up
// once for all of them).
func (c *Clusterer) States(stories []*Story) []StoryState {
	names := make([]string, len(c.df))
	for t, id := range c.vocab {
		names[id] = t
	}
	out := make([]StoryState, len(stories))
	for k, s := range stories {
		st := StoryState{MinDay: s.minDay, MaxDay: s.maxDay, Event: s.event, Dated: s.dated, DatedDays: s.datedDays, Weekdays: s.weekdays, Named: slices.Clone(s.named), Size: len(s.Members)}
		for _, id := range s.persons {
			st.Persons = append(st.Persons, names[id])
		}
		slices.Sort(st.Persons)
		cen := append([]tw(nil), s.centroid...)
		sort.Slice(cen, func(a, b int) bool { return names[cen[a].id] < names[cen[b].id] })
		st.Terms = make([]string, len(cen))
		st.Weights = make([]float32, len(cen))
		for i, x := range cen {
			st.Terms[i], st.Weights[i] = names[x.id], x.w
		}
		out[k] = st
	}
	return out
}

// Counts returns the number of articles counted and the document
// frequency of every term observed.
func (c *Clusterer) Counts() (int, map[string]int) {
	df := make(map[string]int, len(c.vocab))
	for t, id := range c.vocab {
		if c.df[id] > 0 {
			df[t] = int(c.df[id])
		}
	}
	return c.n, df
}

// Restore adds a story from its state and returns it. Its members are
// placeholders standing for stored articles, marked with origin (a
// number of the caller's, ≥ 0; see Origin): their number counts, and
// after Merge the marks tell which restored stories a story holds.
// Restore stories in the order they were born, so that Merge joins the
// later into the earlier as a batch would.
func (c *Clusterer) Restore(st StoryState, origin int) *Story {
	s := c.stories[c.newStory()]
	s.Members = make([]int32, st.Size)
	for i := range s.Members {
		s.Members[i] = int32(-2 - origin)
	}
	s.minDay, s.maxDay, s.event, s.dated, s.datedDays, s.weekdays = st.MinDay, st.MaxDay, st.Event, st.Dated, st.DatedDays, st.Weekdays
	s.named = addNamed(nil, st.Named) // sorted, as addNamed keeps them
	if s.datedDays == 0 {
		s.datedDays = c.eventWeekdays(st.Dated)
	}
	for _, t := range st.Persons {
		s.persons = append(s.persons, c.term(t))
	}
	slices.Sort(s.persons)
	s.persons = slices.Compact(s.persons)
	cen := make([]tw, 0, len(st.Terms))
	for i, t := range st.Terms {
		cen = append(cen, tw{c.term(t), st.Weights[i]})
	}
	sort.Slice(cen, func(i, j int) bool { return cen[i].id < cen[j].id })
	for _, x := range cen {
		c.post(x.id, s.ID)
	}
	s.centroid = cen
	s.facts = c.factIDs(cen)
	c.norms(cen, &s.norm, &s.cnorm)
	return s
}

// SetCounts sets the document frequencies of terms and the number of
// articles counted, as a store keeps them (terms not given count 0), so
// that an arriving article is weighted as in the whole store. Call
// Observe for the arriving article afterwards.
func (c *Clusterer) SetCounts(articles int, df map[string]int) {
	c.n = articles
	ts := make([]string, 0, len(df))
	for t := range df {
		ts = append(ts, t)
	}
	sort.Strings(ts)
	for _, t := range ts {
		c.df[c.term(t)] = int32(df[t])
	}
}

// TopTerms returns an article's heaviest terms (by weight and inverse
// document frequency), the ones candidates are looked up by: at most the
// Candidates option's number.
func (c *Clusterer) TopTerms(f Features) []string {
	v := c.vector(f)
	top := append([]tw(nil), v.t...)
	sort.Slice(top, func(i, j int) bool {
		if top[i].w != top[j].w {
			return top[i].w > top[j].w
		}
		return top[i].id < top[j].id
	})
	names := make([]string, 0, c.opts.Candidates)
	byID := map[uint32]string{}
	for t, id := range c.vocab {
		byID[id] = t
	}
	for i := 0; i < len(top) && i < c.opts.Candidates; i++ {
		names = append(names, byID[top[i].id])
	}
	return names
}

// Names returns the actor and place terms of a story's centroid (the
// terms related stories are found by).
func (c *Clusterer) Names(s *Story) []string {
	byID := map[uint32]string{}
	for t, id := range c.vocab {
		byID[id] = t
	}
	var out []string
	for _, x := range s.centroid {
		if c.isEntity(x.id) {
			out = append(out, byID[x.id])
		}
	}
	sort.Strings(out)
	return out
}

// Origin returns the origin a restored story's member was marked with,
// or -1 for an article placed in this clusterer (a member ≥ 0).
func Origin(member int32) int {
	if member >= 0 {
		return -1
	}
	return int(-2 - member)
}
