package cluster

import (
	"cmp"
	"math"
	"slices"
	"sort"
	"time"
)

// Options tune the clusterer.
type Options struct {
	// Model scores an article against a story (probability that the
	// article reports the story's event).
	Model Model
	// Threshold is the least score for joining a story: a probability of
	// the model, or the cosine when TextOnly.
	Threshold float64
	// EventVeto is the most days between an article's event date and a
	// story's (both read from the texts) for the article to join it or two
	// stories to merge (0: no veto).
	EventVeto float64
	// WeekdaySpan is the most days a dated article's event span may
	// cover for its weekdays to be held against the weekday an undated
	// article names; a longer span allows every weekday (0: no weekday
	// test; see weekdayVetoed).
	WeekdaySpan int32
	// MonthDaySpan is the most days a story's event span may cover for
	// the year-less day an undated article names to be held against it
	// (0: no such test; see monthDayVetoed).
	MonthDaySpan int32
	// Candidates is how many of an article's heaviest terms are looked up
	// in the inverted index.
	Candidates int
	// MaxCentroid caps the terms kept per story centroid.
	MaxCentroid int
	// PostingCap caps each term's posting list to its most recent stories,
	// so that placing an article costs the same in a store of a thousand
	// or a million articles (news stories are looked up while recent).
	PostingCap int
	// TextOnly scores by the cosine of word vectors alone, with no model,
	// names, dates or figures (the TF-IDF baseline).
	TextOnly bool
	// MergeThreshold is the least model score at which two stories that
	// share an actor, a place and their event date are merged after
	// placement (0: no second look), and MergeDays the most days between
	// their event dates.
	MergeThreshold, MergeDays float64
	// Relook is the least model score at which, after placement, a story
	// of one article joins a story of at least RelookSize articles (0: no
	// second look for lone articles; see relook).
	Relook     float64
	RelookSize int
	// Tiebreak, when set, chooses between stories whose score for the
	// arriving article is within TieMargin of the best (best first): a
	// finer comparison of the article with those stories' articles.
	// article is the article's placement index; it returns a story id.
	Tiebreak  func(article int, stories []int) int
	TieMargin float64
	// MinDocs is the least number of documents the inverse document
	// frequency counts (see idf): a batch of fewer is read as that many,
	// the others holding none of its terms (0: the batch as it is).
	MinDocs int
	// PubVeto is the most days between an article's publication day and
	// the nearest publication day of a story for the article to join it
	// or two stories to join, unless their texts tie them to one event
	// or say nothing either way (0: no veto; see pubVetoed).
	PubVeto float64
	// ApartDays is the most days between an article's event date and a
	// story's, both read from their texts, for the article to join it
	// when neither names a day or a month that ties it to the other's
	// event (0: no such test; see eventsApart).
	ApartDays float64
}

// DefaultOptions returns the fitted defaults (see weights.go).
func DefaultOptions() Options {
	return Options{Model: fitted, Threshold: fitted.Threshold, EventVeto: fittedEventVeto,
		WeekdaySpan: weekdaySpan, MonthDaySpan: monthDaySpan, Candidates: 10, MaxCentroid: 120, PostingCap: 64, TieMargin: 0.05,
		MergeThreshold: fitted.MergeThreshold, MergeDays: fittedMergeDays,
		Relook: relookScore, RelookSize: relookSize, MinDocs: minDocs, PubVeto: pubVeto, ApartDays: apartDays}
}

// minDocs is the default MinDocs. A batch of one event's reports alone
// (what a user may bring) gives every word its reports share a document
// frequency of n and so the least inverse document frequency: only each
// report's own words weigh, and the event splits (session 31: each gold
// story of the tune halves clustered alone, ECB+ 1147 of 1824 pairs
// apart, incidents 185 of 570). Read as a batch of 100 documents of which
// the others hold none of its terms, the words its reports share weigh
// almost as a rare word does, as they would in a store of other news. A
// batch of 100 articles or more is unchanged.
const minDocs = 100

// tw is a term id with a weight; vectors are slices sorted by id.
type tw struct {
	id uint32
	w  float32
}

// vec is a sparse vector with its norm and the norm of each class's part.
type vec struct {
	t     []tw
	norm  float64
	cnorm [nClass]float64
	// facts are the ids of t's figures and absolute dates (the classes
	// n and t), in t's order: what factsApart reads (factIDs).
	facts []uint32
}

// Story is a cluster.
type Story struct {
	ID       int
	Members  []int32
	centroid []tw // sum of member unit vectors, top terms, sorted by id
	// facts are the centroid's figures and absolute dates (factIDs),
	// set with it.
	facts  []uint32
	norm   float64
	cnorm  [nClass]float64
	minDay int32
	maxDay int32
	event  Span
	// dated is the union of the event dates of its articles that have a
	// publication day: dates resolved against a known day.
	dated Span
	// datedDays has bit w set when a dated article of the story puts its
	// event on weekday w (1 Sunday … 7 Saturday); every bit when one puts
	// it in a stretch of more than WeekdaySpan days.
	datedDays uint8
	// named are the days and months its dated articles name
	// (Features.Named), at most maxNamed of them, earliest first
	// (addNamed).
	named []Span
	// persons are the term ids of the people its articles name
	// (Features.Persons), sorted: what it carries as a probe of the
	// second look (asProbe, sharesPerson).
	persons []uint32
	// weekdays has bit w set when an undated article of the story (one
	// with neither a publication day nor an event date) names weekday w
	// for its event (Features.Weekday).
	weekdays uint8
	key      string // gold label, when placed by PlaceGold
}

// Clusterer places articles into stories one at a time.
type Clusterer struct {
	opts    Options
	vocab   map[string]uint32
	class   []uint8 // term id → class index
	df      []int32 // term id → document frequency
	n       int
	stories []*Story
	index   map[uint32][]int32 // term → story ids (most recent last)
	posted  []int32            // term id → len(index[term]), read for every term of every pair (evidence)
	byKey   map[string]int     // gold label → story (PlaceGold)
	// Assign is the story of each placed article, in placement order.
	Assign []int
	// taken marks, by story id, the stories candidatesN has taken in its
	// call numbered takenGen.
	taken    []uint32
	takenGen uint32
}

// New returns an empty clusterer.
func New(opts Options) *Clusterer {
	if opts.PostingCap == 0 {
		opts.PostingCap = 256
	}
	if opts.MaxCentroid == 0 {
		opts.MaxCentroid = 120
	}
	if opts.Candidates == 0 {
		opts.Candidates = 10
	}
	return &Clusterer{opts: opts, vocab: map[string]uint32{}, index: map[uint32][]int32{}, byKey: map[string]int{}}
}

func (c *Clusterer) term(t string) uint32 {
	if id, ok := c.vocab[t]; ok {
		return id
	}
	id := uint32(len(c.df))
	c.vocab[t] = id
	c.df = append(c.df, 0)
	c.posted = append(c.posted, 0)
	c.class = append(c.class, classOf(t))
	return id
}

// SetOptions changes the options of a clusterer (to set a Tiebreak that
// needs the clusterer itself).
func (c *Clusterer) SetOptions(o Options) {
	if o.PostingCap == 0 {
		o.PostingCap = c.opts.PostingCap
	}
	if o.MaxCentroid == 0 {
		o.MaxCentroid = c.opts.MaxCentroid
	}
	if o.Candidates == 0 {
		o.Candidates = c.opts.Candidates
	}
	c.opts = o
}

// Observe counts an article's terms in the document frequencies. Call it
// for every article of a batch before placing them (in placement order),
// or as they arrive. Term ids are given in the order terms are first
// observed (an article's in sorted order), so that sums over vectors, and
// so the stories, depend only on the placement order.
func (c *Clusterer) Observe(f Features) {
	c.n++
	ts := make([]string, 0, len(f.Terms))
	for t := range f.Terms {
		ts = append(ts, t)
	}
	sort.Strings(ts)
	for _, t := range ts {
		c.df[c.term(t)]++
	}
}

func (c *Clusterer) idf(id uint32) float64 {
	return math.Log(float64(max(c.n, c.opts.MinDocs)+1)/float64(c.df[id]+1)) + 1
}

func (c *Clusterer) vector(f Features) vec {
	var v vec
	v.t = make([]tw, 0, len(f.Terms))
	for t, w := range f.Terms {
		if c.opts.TextOnly && t[0] != classWord {
			continue
		}
		id := c.term(t)
		x := w * c.idf(id)
		v.t = append(v.t, tw{id, float32(x)})
	}
	sort.Slice(v.t, func(i, j int) bool { return v.t[i].id < v.t[j].id })
	c.norms(v.t, &v.norm, &v.cnorm)
	v.facts = c.factIDs(v.t)
	return v
}

// isFact reports whether term id is a figure or an absolute date (the
// classes n and t).
func (c *Clusterer) isFact(id uint32) bool {
	k := c.class[id]
	return k == ciFigure || k == ciDate
}

// factIDs returns the ids of the figures and absolute dates among the
// terms of t (isFact), in t's order (sorted by id): a probe's and a
// story's are read once, not at every pair factsApart tests.
func (c *Clusterer) factIDs(t []tw) []uint32 {
	var out []uint32
	for _, x := range t {
		if c.isFact(x.id) {
			out = append(out, x.id)
		}
	}
	return out
}

// norms computes a vector's norm and its classes' norms.
func (c *Clusterer) norms(t []tw, norm *float64, cnorm *[nClass]float64) {
	var s float64
	*cnorm = [nClass]float64{}
	for _, x := range t {
		w := float64(x.w) * float64(x.w)
		s += w
		cnorm[c.class[x.id]] += w
	}
	*norm = math.Sqrt(s)
	for k := range cnorm {
		cnorm[k] = math.Sqrt(cnorm[k])
	}
}

// Place puts one article in a story and returns the story's id.
func (c *Clusterer) Place(f Features) int {
	v := c.vector(f)
	p := probe{v: v, minDay: int32(f.Day), maxDay: int32(f.Day), event: f.Event, weekday: f.Weekday, monthDay: f.MonthDay, named: f.Named, persons: c.persons(f)}
	best, bestScore := -1, 0.0
	type scored struct {
		id    int
		score float64
	}
	var close []scored
	for _, sid := range c.candidates(v.t) {
		score, ok := c.score(p, c.stories[sid])
		if !ok {
			continue
		}
		if score >= c.opts.Threshold {
			close = append(close, scored{sid, score})
		}
		if score > bestScore {
			best, bestScore = sid, score
		}
	}
	if c.opts.Tiebreak != nil && len(close) > 1 && bestScore >= c.opts.Threshold {
		sort.Slice(close, func(i, j int) bool {
			return close[i].score > close[j].score || close[i].score == close[j].score && close[i].id < close[j].id
		})
		var ties []int
		for _, x := range close {
			if x.score >= bestScore-c.opts.TieMargin && len(ties) < 3 {
				ties = append(ties, x.id)
			}
		}
		if len(ties) > 1 {
			best = c.opts.Tiebreak(len(c.Assign), ties)
		}
	}
	if best < 0 || bestScore < c.opts.Threshold {
		best = c.newStory()
	}
	c.add(c.stories[best], len(c.Assign), v, f)
	c.Assign = append(c.Assign, best)
	return best
}

func (c *Clusterer) newStory() int {
	id := len(c.stories)
	c.stories = append(c.stories, &Story{ID: id, minDay: -1, maxDay: -1})
	return id
}

// score is how well a probe fits a story; ok is false when the event
// dates veto the match.
func (c *Clusterer) score(p probe, s *Story) (float64, bool) {
	if c.opts.TextOnly {
		if p.v.norm == 0 || s.norm == 0 {
			return 0, true
		}
		return dot(p.v.t, s.centroid) / (p.v.norm * s.norm), true
	}
	if c.vetoed(p.event, s.event) || c.pubVetoed(p, s) || c.eventsApart(p, s) || c.weekdayVetoed(p.weekday, s.datedDays) || c.monthDayVetoed(p.monthDay, s.dated) {
		return 0, false
	}
	x := c.pair(p, s)
	return c.opts.Model.Prob(x[:]), true
}

// vetoed reports whether two event dates are too far apart for one story.
func (c *Clusterer) vetoed(a, b Span) bool {
	if c.opts.EventVeto <= 0 {
		return false
	}
	gap, known := a.Gap(b)
	return known && gap > c.opts.EventVeto
}

// pubVeto is the default PubVeto: a month.
const pubVeto = 31

// pubVetoed reports whether a probe (an article, or a story in the passes
// after placement) was published more than PubVeto days from every
// publication day of a story while their texts tell two events: nothing
// named ties them to one (recalls), and each gives facts of its own,
// none of which the other gives (factsApart). Reports of one event are
// written within days or weeks of it; two meetings of one cast months
// apart are two events of one running story (related stories, not one),
// however alike their words and names, where a follow-up months later
// (an arrest, a trial, a ruling) names the day or the month of the event
// it follows or retells its facts. The dates only say when to ask; the
// texts answer. Both sides must have a publication day: an undated
// report has nothing to set against it.
func (c *Clusterer) pubVetoed(p probe, s *Story) bool {
	if c.opts.PubVeto <= 0 {
		return false
	}
	if gap, known := p.pubGap(s); !known || gap <= c.opts.PubVeto {
		return false
	}
	if g, known := p.event.Gap(s.event); known && g <= c.opts.PubVeto {
		return false
	}
	if recalls(p.named, s.named, s.event, s.minDay, s.maxDay) || recalls(s.named, p.named, p.event, p.minDay, p.maxDay) {
		return false
	}
	return c.factsApart(p, s)
}

// apartDays is the default ApartDays: the second look's MergeDays, the
// most days between two stories' event dates for them to join.
const apartDays = fittedMergeDays

// eventsApart reports whether an article with a publication day (a
// probe) tells an event that happened after the story's reports were
// all published (its event date begins after the story's last
// publication day) and more than ApartDays from every event date the
// story's dated articles give (Story.dated), while neither names a day
// or a month that holds the other's event, nor a day the other names
// (recalls), and the story names none of the people the probe names
// (sharesPerson). A report of a shooting "on Sunday" and a story of one
// nine days before it, told before that Sunday, are two events, however
// alike their words, their city and its police; a later report of the
// first event (an arrest, an officer back at work, a charge) is dated by
// its own news, and names the day or the month of the event it follows
// ("the March 3 shooting", "killed in March") or its people. Reports of
// one event that read its day differently (a weekday read a week back,
// another source's wrong day) date it before a report of the story was
// written, and are left to the model. Only dated articles count, as for
// the weekday (weekdayVetoed): an undated text's first absolute date may
// be a coming or a recalled one, and the days and months it names are
// not read (Features.Named), so it could show no tie.
func (c *Clusterer) eventsApart(p probe, s *Story) bool {
	if c.opts.ApartDays <= 0 || p.minDay < 0 || s.maxDay < 0 || !p.event.Known || p.event.Lo <= s.maxDay {
		return false
	}
	if gap, known := p.event.Gap(s.dated); !known || gap <= c.opts.ApartDays {
		return false
	}
	return !recalls(p.named, s.named, s.event, s.minDay, s.maxDay) && !recalls(s.named, p.named, p.event, p.minDay, p.maxDay) && !c.sharesPerson(p, s)
}

// persons returns the term ids of the people an article names
// (Features.Persons), sorted.
func (c *Clusterer) persons(f Features) []uint32 {
	var out []uint32
	for _, n := range f.Persons {
		if id, ok := c.vocab["e:"+n]; ok {
			out = append(out, id)
		}
	}
	slices.Sort(out)
	return out
}

// sharesPerson reports whether a story's centroid holds a person the
// probe names, one that is no standing name (evidence).
func (c *Clusterer) sharesPerson(p probe, s *Story) bool {
	for _, id := range p.persons {
		if _, found := slices.BinarySearchFunc(s.centroid, id, func(x tw, id uint32) int { return cmp.Compare(x.id, id) }); found && c.evidence(id) > 0 {
			return true
		}
	}
	return false
}

// factsApart reports whether a probe and a story each give facts of their
// own, figures or absolute dates (the classes n and t), and share none of
// them. A follow-up months later retells the facts of the event it
// follows (the dead and the wounded, the sum, the day), even when it names
// neither the event's day nor its month; a second event of one cast
// brings its own. When either side gives none, its text says nothing
// either way, and the veto does not hold.
func (c *Clusterer) factsApart(p probe, s *Story) bool {
	// Only the two sides' facts count (factIDs): each gives one when its
	// list is not empty, and they share one when the sorted lists meet.
	a, b := p.v.facts, s.facts
	if len(a) == 0 || len(b) == 0 {
		return false
	}
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i] < b[j]:
			i++
		case b[j] < a[i]:
			j++
		default:
			return false
		}
	}
	return true
}

// recalls reports whether the days and months one side names (named) tie
// it to the other side's event: a day both name ("the Oct. 1 shooting" in
// two reports of later arrests), a day or a month that holds the other's
// event date ("the September 10 shooting", "killed two co-workers in
// September"), or, when the other's text gives no event date, a day from
// the day before its first publication day to its last (minDay-1 to
// maxDay: a story's days between are taken too; a first report tells the
// day's or the night's news). A month is not held against a
// publication day: "in November" is too loose a tie to a report that
// does not date its event.
func recalls(named, other []Span, event Span, minDay, maxDay int32) bool {
	for _, n := range named {
		day := n.Lo == n.Hi
		if g, known := n.Gap(event); known && g == 0 {
			return true
		}
		if !day {
			continue
		}
		if !event.Known && n.Lo >= minDay-1 && n.Lo <= maxDay {
			return true
		}
		for _, o := range other {
			if o == n {
				return true
			}
		}
	}
	return false
}

// weekdaySpan is the default WeekdaySpan: an event dated to three days
// at most.
const weekdaySpan = 3

// weekdayVetoed reports whether the weekday an undated article names for
// its event (w: 1 Sunday … 7 Saturday, 0 none) falls on no weekday of the
// event days a story's dated articles give (days, see Story.datedDays),
// nor on the weekday either side of one. An undated report says "on
// Sunday" where a dated one says "on November 27": a report of a weekday
// that none of the story's dated reports gives for its event, nor the day
// before or after, is of another event (the day either side: a
// late-night event told the next day, an aftermath). A dated article
// whose event date covers more than WeekdaySpan days ("in November") allows
// every weekday. Only dated articles' event dates count: an undated
// text's absolute date may be a coming or a recalled one, and nothing
// resolves it.
func (c *Clusterer) weekdayVetoed(w int8, days uint8) bool {
	if w <= 0 || w > 7 || days == 0 || c.opts.WeekdaySpan <= 0 {
		return false
	}
	near := uint8(1)<<w | uint8(1)<<(w%7+1) | uint8(1)<<((w+5)%7+1)
	return days&near == 0
}

// eventWeekdays returns the weekdays of an event span as bits (see
// Story.datedDays): every weekday for a span of more than WeekdaySpan
// days.
func (c *Clusterer) eventWeekdays(ev Span) uint8 {
	if !ev.Known {
		return 0
	}
	if ev.Hi-ev.Lo >= c.opts.WeekdaySpan {
		return 0xfe
	}
	var m uint8
	for d := ev.Lo; d <= ev.Hi; d++ {
		// Day 0 (1970-01-01) was a Thursday.
		m |= 1 << ((d%7+7+4)%7 + 1)
	}
	return m
}

// monthDaySpan is the default MonthDaySpan.
const monthDaySpan = 366

// monthDayVetoed reports whether the day an undated article names for its
// event without its year (month × 100 + day, 0 none) falls on no day of
// the event span a story's dated articles give (s), nor on the days
// either side of it, when that span is known and covers MonthDaySpan days
// at most: as with the weekday (weekdayVetoed), an undated report of "the
// fire on August 7" is of another fire than a story whose dated reports
// put theirs in November.
func (c *Clusterer) monthDayVetoed(md int16, s Span) bool {
	if md == 0 || !s.Known || c.opts.MonthDaySpan <= 0 || s.Hi-s.Lo >= c.opts.MonthDaySpan {
		return false
	}
	for d := s.Lo - 1; d <= s.Hi+1; d++ {
		t := time.Unix(int64(d)*86400, 0).UTC()
		if int16(t.Month())*100+int16(t.Day()) == md {
			return false
		}
	}
	return true
}

// PlaceGold puts an article into the story of its gold label and returns
// the features of every candidate story the index offered, with whether
// it is the gold story: the labelled pairs the model is fitted on. The
// stories are the gold ones built so far, so the pairs are those the
// placement of a perfect clusterer would have met.
func (c *Clusterer) PlaceGold(f Features, key string) (xs [][]float64, ys []bool) {
	v := c.vector(f)
	p := probe{v: v, minDay: int32(f.Day), maxDay: int32(f.Day), event: f.Event}
	for _, sid := range c.candidates(v.t) {
		s := c.stories[sid]
		x := c.pair(p, s)
		xs = append(xs, x[:])
		ys = append(ys, s.key == key)
	}
	sid, ok := c.byKey[key]
	if !ok {
		sid = c.newStory()
		c.stories[sid].key = key
		c.byKey[key] = sid
	}
	c.add(c.stories[sid], len(c.Assign), v, f)
	c.Assign = append(c.Assign, sid)
	return xs, ys
}

// candidates returns the stories sharing one of the vector's heaviest terms.
func (c *Clusterer) candidates(v []tw) []int {
	return c.candidatesN(v, c.opts.Candidates)
}

// candidatesN returns the stories sharing one of the vector's n heaviest
// terms.
func (c *Clusterer) candidatesN(v []tw, n int) []int {
	top := v
	if len(v) > n {
		// Only which terms are the n heaviest matters: the stories are
		// returned sorted.
		top = slices.Clone(v)
		slices.SortFunc(top, func(a, b tw) int {
			if a.w != b.w {
				return cmp.Compare(b.w, a.w)
			}
			return cmp.Compare(a.id, b.id)
		})
		top = top[:n]
	}
	// A story already taken is marked with this call's number in
	// c.taken, by story id (a map of the stories seen was a fifth of
	// the function's time and most of its allocations).
	c.takenGen++
	if c.takenGen == 0 {
		clear(c.taken)
		c.takenGen = 1
	}
	if len(c.taken) < len(c.stories) {
		c.taken = append(c.taken, make([]uint32, len(c.stories)-len(c.taken))...)
	}
	var out []int
	for _, t := range top {
		for _, sid := range c.index[t.id] {
			if c.taken[sid] != c.takenGen {
				c.taken[sid] = c.takenGen
				out = append(out, int(sid))
			}
		}
	}
	sort.Ints(out)
	return out
}

func (c *Clusterer) add(s *Story, article int, v vec, f Features) {
	s.Members = append(s.Members, int32(article))
	if v.norm > 0 {
		unit := make([]tw, len(v.t))
		for i, x := range v.t {
			unit[i] = tw{x.id, float32(float64(x.w) / v.norm)}
		}
		c.absorb(s, unit)
	}
	if f.Day >= 0 {
		if s.minDay < 0 || int32(f.Day) < s.minDay {
			s.minDay = int32(f.Day)
		}
		if int32(f.Day) > s.maxDay {
			s.maxDay = int32(f.Day)
		}
	}
	s.event = s.event.union(f.Event)
	if f.Day >= 0 {
		s.dated = s.dated.union(f.Event)
		s.datedDays |= c.eventWeekdays(f.Event)
	}
	if f.Weekday > 0 && f.Weekday <= 7 {
		s.weekdays |= 1 << f.Weekday
	}
	s.named = addNamed(s.named, f.Named)
	s.persons = unionIDs(s.persons, c.persons(f))
}

// unionIDs returns the sorted union of two sorted id lists.
func unionIDs(a, b []uint32) []uint32 {
	if len(b) == 0 {
		return a
	}
	out := append(slices.Clone(a), b...)
	slices.Sort(out)
	return slices.Compact(out)
}

// maxNamed bounds the days and months a story keeps of what its articles
// name (Story.named), so that a story's state and the veto's cost stay
// small.
const maxNamed = 64

// addNamed adds to a story's named days and months those not yet held,
// and keeps them sorted, earliest first, the maxNamed earliest when there
// are more: the earliest of a set are the earliest of any of its parts,
// so what a story keeps depends on its articles and not on the order
// they joined it in (doc/store.md "Order independence"; a follow-up
// names the day of the event it follows, which comes before it).
func addNamed(to, named []Span) []Span {
	for _, n := range named {
		i, found := slices.BinarySearchFunc(to, n, cmpSpan)
		if found || i >= maxNamed {
			continue
		}
		to = slices.Insert(to, i, n)
		if len(to) > maxNamed {
			to = to[:maxNamed]
		}
	}
	return to
}

// cmpSpan orders spans by their first day, then by their last.
func cmpSpan(a, b Span) int {
	if a.Lo != b.Lo {
		return cmp.Compare(a.Lo, b.Lo)
	}
	return cmp.Compare(a.Hi, b.Hi)
}

// absorb adds a vector to a story's centroid, posting its new terms.
func (c *Clusterer) absorb(s *Story, v []tw) {
	merged := make([]tw, 0, len(s.centroid)+len(v))
	i, j := 0, 0
	for i < len(s.centroid) || j < len(v) {
		switch {
		case j >= len(v) || i < len(s.centroid) && s.centroid[i].id < v[j].id:
			merged = append(merged, s.centroid[i])
			i++
		case i >= len(s.centroid) || v[j].id < s.centroid[i].id:
			merged = append(merged, v[j])
			c.post(v[j].id, s.ID)
			j++
		default:
			merged = append(merged, tw{v[j].id, s.centroid[i].w + v[j].w})
			i++
			j++
		}
	}
	s.centroid = c.trim(s, merged)
	s.facts = c.factIDs(s.centroid)
	c.norms(s.centroid, &s.norm, &s.cnorm)
}

// trim keeps a centroid's heaviest terms.
func (c *Clusterer) trim(s *Story, cen []tw) []tw {
	if len(cen) <= c.opts.MaxCentroid {
		return cen
	}
	// The story's names are kept first (up to a third of the room): they
	// are its actors and places, which related stories are found by; then
	// the heaviest other terms.
	byW := append([]tw(nil), cen...)
	sort.Slice(byW, func(i, j int) bool { return byW[i].w > byW[j].w || byW[i].w == byW[j].w && byW[i].id < byW[j].id })
	keep := make([]tw, 0, c.opts.MaxCentroid)
	kept := map[uint32]bool{}
	for _, x := range byW {
		if c.isName(x.id) && len(keep) < c.opts.MaxCentroid/3 {
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

func (c *Clusterer) isName(id uint32) bool {
	k := c.class[id]
	return k == ciActor || k == ciPlace || k == ciDateline
}

func (c *Clusterer) post(t uint32, sid int) {
	p := c.index[t]
	if len(p) >= c.opts.PostingCap {
		copy(p, p[1:])
		p = p[:len(p)-1]
	}
	c.index[t] = append(p, int32(sid))
	c.posted[t] = int32(len(p) + 1)
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
	c.posted[t] = int32(len(p))
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

// SharedEntities counts the names (actors and places) two stories'
// centroids share.
func (c *Clusterer) SharedEntities(a, b *Story) int {
	n := 0
	i, j := 0, 0
	for i < len(a.centroid) && j < len(b.centroid) {
		switch {
		case a.centroid[i].id == b.centroid[j].id:
			k := c.class[a.centroid[i].id]
			if k == ciActor || k == ciPlace {
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

// Days returns a story's first and last publication days (-1 when unknown).
func (s *Story) Days() (int, int) { return int(s.minDay), int(s.maxDay) }

// Event returns the span of the event dates its articles give.
func (s *Story) Event() Span { return s.event }

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
