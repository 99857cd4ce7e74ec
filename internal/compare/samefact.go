package compare

import (
	"fmt"
	"math"

	"github.com/corroborate/corroborate/internal/lexicon"
	"github.com/corroborate/corroborate/internal/logit"
	"github.com/corroborate/corroborate/internal/mention"
)

// The same-fact model (issue 9; doc/compare.md, "The fitted same-fact
// model"): a logistic regression that rates whether two values no slot rule
// pairs — of one type, in two articles of two origins — state the same
// fact. Its features are numbers only (overlaps, shared verbs, position,
// ambiguity), never words; it is fitted by distant supervision on the
// kits' tune halves (`corroborate eval plant --fit`, samefact_weights.go):
// within one gold story most facts agree across outlets, so the label of a
// pair is whether its two values agree, and a pair whose context predicts
// "agree" is about one fact. valueDiscrepancies pairs a value the rules
// leave without a counterpart in an article with at most one value there:
// the mutual best match, at sameFactThreshold or above (or at
// sharedFigureThreshold when the sentences give another figure alike:
// pairThreshold, sharedfigure.go).

// The features of a pair of values, in order (SameFactFeatureNames).
const (
	sfBias      = iota
	sfClause    // Jaccard of the content words around the values, values masked
	sfSentence  // Jaccard of the sentences' content words
	sfOverlap   // shared share of the smaller word set (sharedOverlap)
	sfVerb      // a shared verb or WordNet verb synonym
	sfHead      // the same head verb (the verb a time dates)
	sfNoun      // the same noun counted or dated, or a WordNet synonym
	sfUnit      // the same unit
	sfEvent     // the same event (a count's verb)
	sfActors    // persons and organisations named in both (0, ½, 1)
	sfLead      // both in the first three sentences of their article
	sfFirst     // each the first value of its type in its article
	sfAmbiguity // how many values of the type the two articles hold (log)
	sfBest      // each the other's best match by clause overlap
	sfAlone     // each the only value of its type in its sentence
	sfTime      // a time (day, date, month, year, clock)
	sfShort     // the shorter clause's content words (log): short clauses share words by chance
	sfAside     // either a background figure of another year or the day of a statement
	sfNumFeatures
)

// SameFactFeatureNames names the same-fact model's features, in order.
var SameFactFeatureNames = [sfNumFeatures]string{"bias", "clause", "sentence", "overlap", "verb", "head_verb", "noun",
	"unit", "event", "actors", "lead", "first", "ambiguity", "best", "alone", "time", "short", "aside"}

// sameFactThreshold is the least probability at which the model pairs two
// values (chosen on the ECB+ tune part a and the incidents tune half,
// checked on part b; doc/compare.md).
const sameFactThreshold = 0.97

// SameFactExample is one pair of values the slot rules leave unpaired, with
// its features and whether the two values agree (the distant label).
type SameFactExample struct {
	X     []float64
	Agree bool
}

// SameFactExamples returns the unpaired value pairs of a story as training
// examples for the same-fact model (eval plant --fit).
func SameFactExamples(in Input) []SameFactExample {
	c := newComparer(in)
	facts := c.valueFacts()
	best, _ := c.ruleBest(facts)
	var out []SameFactExample
	for _, p := range c.unslottedPairs(facts, best) {
		out = append(out, SameFactExample{X: p.x[:], Agree: sameValue(facts[p.i].v, facts[p.j].v)})
	}
	return out
}

// modelPair is a candidate pair of facts i < j for the model, with its
// features.
type modelPair struct {
	i, j int
	x    [sfNumFeatures]float64
}

// ruleBest is each fact's best counterpart by the slot rules in every other
// article, with its score (valueDiscrepancies).
func (c *comparer) ruleBest(facts []fact) ([]map[int]int, []map[int]float64) {
	n := len(facts)
	best := make([]map[int]int, n)
	bestScore := make([]map[int]float64, n)
	byType := map[string][]int{}
	for i := range facts {
		byType[slotFamily(facts[i].v.Type)] = append(byType[slotFamily(facts[i].v.Type)], i)
	}
	for i := range facts {
		best[i] = map[int]int{}
		bestScore[i] = map[int]float64{}
		for _, j := range byType[slotFamily(facts[i].v.Type)] {
			if captionApart(&facts[i], &facts[j]) {
				continue // a caption's day dates its picture (caption.go)
			}
			s := c.slotScore(&facts[i], &facts[j])
			if s > 0 && s > bestScore[i][facts[j].doc] {
				bestScore[i][facts[j].doc] = s
				best[i][facts[j].doc] = j
			}
		}
	}
	return best, bestScore
}

// unslottedPairs lists the pairs of values of one type in two articles of
// the story (not its related stories) of two origins, neither of which the
// rules pair with any value of the other's article, that pass the hard
// guards of a slot.
func (c *comparer) unslottedPairs(facts []fact, best []map[int]int) []modelPair {
	nd := len(c.in.Docs)
	type docType struct {
		doc int
		typ string
	}
	count := map[docType]int{} // values of one type in one article
	first := map[docType]int{}
	key := func(i int) docType { return docType{facts[i].doc, facts[i].v.Type} }
	for i := range facts {
		if facts[i].doc >= nd {
			continue
		}
		k := key(i)
		if count[k] == 0 {
			first[k] = i
		}
		count[k]++
	}
	var out []modelPair
	for i := range facts {
		f := &facts[i]
		if f.doc >= nd {
			continue
		}
		for j := i + 1; j < len(facts); j++ {
			g := &facts[j]
			if g.doc >= nd || g.doc == f.doc || c.origin[f.doc] == c.origin[g.doc] || g.v.Type != f.v.Type {
				continue
			}
			if _, ok := best[i][g.doc]; ok {
				continue
			}
			if _, ok := best[j][f.doc]; ok || !c.modelGuards(f, g) {
				continue
			}
			p := modelPair{i: i, j: j}
			p.x = c.sameFactFeatures(f, g)
			p.x[sfFirst] = b2f(first[key(i)] == i && first[key(j)] == j)
			p.x[sfAmbiguity] = (math.Log1p(float64(count[key(i)])) + math.Log1p(float64(count[key(j)]))) / 2
			out = append(out, p)
		}
	}
	markBestByClause(out, facts)
	return out
}

// markBestByClause sets sfBest on the pairs whose two values are each the
// other's best match by clause overlap among the candidates in the other's
// article.
func markBestByClause(ps []modelPair, facts []fact) {
	type side struct{ fact, doc int }
	top := map[side]float64{}
	for _, p := range ps {
		x := p.x[sfClause]
		for _, s := range []side{{p.i, facts[p.j].doc}, {p.j, facts[p.i].doc}} {
			if x > top[s] {
				top[s] = x
			}
		}
	}
	for k, p := range ps {
		x := p.x[sfClause]
		p.x[sfBest] = b2f(x > 0 && x >= top[side{p.i, facts[p.j].doc}] && x >= top[side{p.j, facts[p.i].doc}])
		ps[k] = p
	}
}

// modelGuards are the slot's hard guards the model never overrides: values
// of one fact are comparable, of one order of magnitude and one unit of
// time, not of two persons, two dated things or two events, not the ends
// of stretches, and not times of a state (modelGuard names none).
func (c *comparer) modelGuards(f, g *fact) bool { return c.modelGuard(f, g) == "" }

// pairGuard is a named guard on two facts.
type pairGuard struct {
	name string
	on   func(c *comparer, f, g *fact) bool
}

// modelGuardList is modelGuards' guards, in the order they are tried.
var modelGuardList = []pairGuard{
	{"stretch", func(_ *comparer, f, g *fact) bool { return f.stretch != "" || g.stretch != "" }},
	{"farApart", func(c *comparer, f, g *fact) bool { return c.farApart(f, g) }},
	{"incomparable", func(c *comparer, f, g *fact) bool { return !c.countsComparable(f, g) }},
	{"vetoed", func(_ *comparer, f, g *fact) bool { return vetoed(f, g) }},
	{"orders", func(_ *comparer, f, g *fact) bool { return ordersApart(f.v, g.v) }},
	{"unitsOfTime", func(_ *comparer, f, g *fact) bool { return unitsOfTimeDiffer(f.v, g.v) }},
	{"datesOfTwoThings", func(c *comparer, f, g *fact) bool { return c.datesOfTwoThings(f, g) }},
	{"twoEvents", func(c *comparer, f, g *fact) bool { return c.twoEvents(f, g) }},
	{"localTimes", func(_ *comparer, f, g *fact) bool { return localTimesApart(f, g) }},
	{"stateVerb", func(c *comparer, f, g *fact) bool {
		return isDayOrClock(f.v.Type) && (c.stateVerb(f.head) || c.stateVerb(g.head))
	}},
	{"deadline", func(_ *comparer, f, g *fact) bool { return f.deadline != g.deadline }},
	{"countEventsClash", func(c *comparer, f, g *fact) bool { return c.countEventsClash(f, g) }},
	{"twoActs", func(c *comparer, f, g *fact) bool { return f.v.Type == mention.VCount && c.twoActs(f, g) }},
	{"twoPredicates", func(c *comparer, f, g *fact) bool { return c.twoPredicates(f, g) }},
	{"twoMeasures", func(c *comparer, f, g *fact) bool { return c.twoMeasures(f, g) }},
}

// modelGuard names the first of modelGuards' guards that holds for two
// facts, in the order they are tried; "" when none does (the plant trace
// says which one kept a pair from the model: modelWhy).
func (c *comparer) modelGuard(f, g *fact) string {
	for _, x := range modelGuardList {
		if x.on(c, f, g) {
			return x.name
		}
	}
	return ""
}

// modelGuardsOn names every one of modelGuards' guards that holds for two
// facts: a guard further down the list may stop the pair as well, and
// lifting the first then shows the next (modelWhy prints them all).
func (c *comparer) modelGuardsOn(f, g *fact) []string {
	var out []string
	for _, x := range modelGuardList {
		if x.on(c, f, g) {
			out = append(out, x.name)
		}
	}
	return out
}

// sameFactFeatures are the features of two facts read from the pair alone
// (unslottedPairs adds those of the article and the candidates).
func (c *comparer) sameFactFeatures(f, g *fact) [sfNumFeatures]float64 {
	var x [sfNumFeatures]float64
	x[sfBias] = 1
	x[sfClause] = jaccard(f.words, g.words)
	x[sfSentence] = jaccard(f.sentWords, g.sentWords)
	x[sfOverlap] = sharedOverlap(f.words, g.words)
	x[sfVerb] = b2f(sharedVerb(f, g))
	x[sfHead] = b2f(f.head != "" && c.sameVerb(f.head, g.head))
	x[sfNoun] = b2f(c.nounAnchored(f, g))
	x[sfUnit] = b2f(unitOf(f.v) == unitOf(g.v))
	x[sfEvent] = b2f(f.v.Event != "" && mention.SameEvent(f.v.Event, g.v.Event))
	x[sfActors] = float64(min(sharedNames(f.actors, g.actors), 2)) / 2
	x[sfLead] = b2f(f.v.Sentence < 3 && g.v.Sentence < 3)
	x[sfAlone] = b2f(f.sameType == 1 && g.sameType == 1)
	x[sfTime] = b2f(isTime(f.v.Type))
	x[sfShort] = math.Log1p(float64(min(len(f.words), len(g.words))))
	x[sfAside] = b2f(f.bg != "" || g.bg != "" || f.reported || g.reported)
	return x
}

// unitOf is a value's unit for the model: a weekday's Unit is the date it
// names (mention.Values), part of the value, and the features must not
// see the values they are to rate (the label is whether the values agree).
func unitOf(v mention.Value) string {
	if v.Type == mention.VWeekday {
		return ""
	}
	return v.Unit
}

func b2f(b bool) float64 {
	if b {
		return 1
	}
	return 0
}

// modelSlots pairs the values the rules leave unpaired: each pair the
// mutual best of its two values between their articles, at
// sameFactThreshold or above (pairThreshold), becomes their best match (best, bestScore,
// at the weakest slot's score so that a rule's link is always stronger).
// Companion figures (companionfigure.go) are each other's best before any
// candidate the model rates higher without that evidence, and need no
// clause of four words (sameDeed): the agreeing term is their evidence.
// It returns the probability of every pair it made.
func (c *comparer) modelSlots(facts []fact, best []map[int]int, bestScore []map[int]float64) map[[2]int]float64 {
	type side struct{ fact, doc int }
	top := map[side]float64{}
	arg := map[side]int{}
	ps := c.unslottedPairs(facts, best)
	probs := make([]float64, len(ps))
	for k, p := range ps {
		probs[k] = logit.Prob(sameFactWeights[:], p.x[:])
		rank := probs[k] + companionRank(&facts[p.i], &facts[p.j], probs[k])
		for _, s := range []struct {
			side
			other int
		}{{side{p.i, facts[p.j].doc}, p.j}, {side{p.j, facts[p.i].doc}, p.i}} {
			if rank > top[s.side] {
				top[s.side], arg[s.side] = rank, s.other
			}
		}
	}
	made := map[[2]int]float64{}
	for k, p := range ps {
		di, dj := facts[p.i].doc, facts[p.j].doc
		if probs[k] < c.pairThreshold(&facts[p.i], &facts[p.j]) || !c.sameDeed(&facts[p.i], &facts[p.j]) && !companionFigures(&facts[p.i], &facts[p.j]) || arg[side{p.i, dj}] != p.j || arg[side{p.j, di}] != p.i {
			continue
		}
		best[p.i][dj], bestScore[p.i][dj] = p.j, minSlotScore/2
		best[p.j][di], bestScore[p.j][di] = p.i, minSlotScore/2
		made[[2]int{p.i, p.j}] = probs[k]
	}
	return made
}

// sameDeed reports whether a pair can be one deed, which the model's pairs
// need whatever their probability: each clause holds four content words or
// more (short clauses share a story's names and places by chance, and a
// stamp holds none), and two times do not date two different verbs (the
// deed is the key of a time: "robbed the bank on Friday" / "was dressed as
// guards on Monday"). A time of a verb of knowing (WordNet's verb.cognition:
// "the coroner identified two riders Monday", "confirmed", "determined") dates
// a step of the inquiry, when something came to be known, not a deed: it is
// one deed only with a time of the same verb, not with a time whose verb
// is not read. A time in a sentence that dates two happenings, one a few
// days from the other ("on Thursday, a day after the minister presented
// it": twoHappeningsDated), is likewise one deed only with a time of the
// same verb: which of the two it dates is the verb's to say.
func (c *comparer) sameDeed(f, g *fact) bool {
	if len(f.words) < 4 || len(g.words) < 4 {
		return false
	}
	if !isTime(f.v.Type) {
		return true
	}
	if f.head == "" || g.head == "" {
		return !c.knowingVerb(f.head) && !c.knowingVerb(g.head) && !twoHappeningsDated(f.sent) && !twoHappeningsDated(g.sent)
	}
	return c.sameVerb(f.head, g.head)
}

// knowingVerb reports whether a verb's commonest WordNet sense is one of
// cognition: knowing, finding out, identifying.
func (c *comparer) knowingVerb(b string) bool {
	if b == "" {
		return false
	}
	s, ok := c.lx.TopSense(b, lexicon.Verb)
	return ok && s.Lex == lexicon.VerbCognition
}

// modelNote is the note of a discrepancy whose fact holds a pair the model
// made ("" when none): the highest probability among them.
func modelNote(g []int, made map[[2]int]float64) string {
	if len(made) == 0 {
		return ""
	}
	in := map[int]bool{}
	for _, i := range g {
		in[i] = true
	}
	p := 0.0
	for k, q := range made {
		if in[k[0]] && in[k[1]] {
			p = math.Max(p, q)
		}
	}
	if p == 0 {
		return ""
	}
	return fmt.Sprintf("same fact by fitted model, p=%.2f", p)
}
