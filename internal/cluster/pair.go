package cluster

import (
	"math"

	"github.com/corroborate/corroborate/internal/logit"
)

// Class indices of the term classes.
const (
	ciWord = iota
	ciHead
	ciActor
	ciPlace
	ciDateline
	ciDate
	ciFigure
	ciQuote
	ciOther
	nClass
)

func classOf(t string) uint8 {
	if t == "" {
		return ciOther
	}
	switch t[0] {
	case classWord:
		return ciWord
	case classHead:
		return ciHead
	case classActor:
		return ciActor
	case classPlace:
		return ciPlace
	case classDateline:
		return ciDateline
	case classDate:
		return ciDate
	case classFigure:
		return ciFigure
	case classQuote:
		return ciQuote
	}
	return ciOther
}

// The pairwise features of an article (or a story) and a story.
const (
	fBias         = iota
	fCosine       // cosine of the whole vectors
	fWords        // cosine of the word parts (body TF-IDF)
	fHead         // cosine of the headline-and-lead parts
	fActors       // share of the article's actors (weighted by rarity; standing names aside, see evidence) the story names
	fPlaces       // share of the article's places (weighted by rarity) the story names
	fDateline     // the article's dateline place is among the story's
	fFigures      // cosine of the figures given
	fDates        // cosine of the absolute dates named
	fQuotes       // cosine of the statements' words
	fEventGap     // log(1+days) between the event dates, when both are known
	fEventUnknown // 1 when either event date is unknown
	fPubGap       // log(1+days) between publication days, when both are known
	fPubUnknown   // 1 when either publication day is unknown
	fNoActor      // 1 when the article names no actor
	fNoPlace      // 1 when the article names no place
	fWordsUndated // words cosine when either publication day is unknown
	fStorySize    // log(1+articles) of the story
	fStoryActors  // share of the story's actors (by weight) the article names
	fStoryPlaces  // share of the story's places (by weight) the article names
	fActorMiss    // 1 when both name actors and none is shared
	fFigureMiss   // 1 when both give figures and none is shared
	fDateMiss     // 1 when both name absolute dates and none is shared
	fCosineU      // the cosine again when either publication day is unknown
	fHeadU        // the headline-and-lead cosine again when undated
	fActorsU      // the article's actor share again when undated
	fStoryActorsU // the story's actor share again when undated
	fStoryPlacesU // the story's place share again when undated
	fFigureMissU  // the figure miss flag again when undated
	NumFeatures
)

// FeatureNames names the pairwise features, in order.
var FeatureNames = [NumFeatures]string{"bias", "cosine", "words", "headline_lead", "actors", "places", "dateline",
	"figures", "dates_named", "quotes", "event_gap", "event_unknown", "pub_gap", "pub_unknown",
	"no_actor", "no_place", "words_undated", "story_size",
	"story_actors", "story_places", "actor_miss", "figure_miss", "date_miss", "cosine_undated", "headline_lead_undated", "actors_undated", "story_actors_undated", "story_places_undated", "figure_miss_undated"}

// probe is what is compared with a story: an article, or another story.
type probe struct {
	v              vec
	minDay, maxDay int32
	event          Span
	weekday        int8
	monthDay       int16
	named          []Span   // the days and months it names (Features.Named, Story.named)
	persons        []uint32 // the term ids of the people it names (Features.Persons), sorted
}

// pubGap returns the days between the publication days of a probe and a
// story (0 when they overlap) and whether both have one.
func (p probe) pubGap(s *Story) (float64, bool) {
	if p.minDay < 0 || s.minDay < 0 {
		return 0, false
	}
	return Span{Lo: p.minDay, Hi: p.maxDay, Known: true}.Gap(Span{Lo: s.minDay, Hi: s.maxDay, Known: true})
}

// pair computes the pairwise features of a probe and a story in one pass
// over the two sparse vectors.
func (c *Clusterer) pair(p probe, s *Story) [NumFeatures]float64 {
	var x [NumFeatures]float64
	x[fBias] = 1
	var cdot [nClass]float64
	var hit, all [nClass]float64   // probe weight of the class found in the story / in all
	var shit, sall [nClass]float64 // story weight of the class found in the probe / in all
	a, b := p.v.t, s.centroid
	i, j := 0, 0
	for i < len(a) || j < len(b) {
		switch {
		case j >= len(b) || i < len(a) && a[i].id < b[j].id:
			all[c.class[a[i].id]] += float64(a[i].w) * c.evidence(a[i].id)
			i++
		case i >= len(a) || b[j].id < a[i].id:
			sall[c.class[b[j].id]] += float64(b[j].w) * c.evidence(b[j].id)
			j++
		default:
			k := c.class[a[i].id]
			e := c.evidence(a[i].id)
			cdot[k] += float64(a[i].w) * float64(b[j].w) * e
			all[k] += float64(a[i].w) * e
			hit[k] += float64(a[i].w) * e
			sall[k] += float64(b[j].w) * e
			shit[k] += float64(b[j].w) * e
			i++
			j++
		}
	}
	var total float64
	for k := range cdot {
		total += cdot[k]
	}
	x[fCosine] = ratio(total, p.v.norm*s.norm)
	cos := func(k int) float64 { return ratio(cdot[k], p.v.cnorm[k]*s.cnorm[k]) }
	x[fWords], x[fHead], x[fFigures], x[fDates], x[fQuotes] = cos(ciWord), cos(ciHead), cos(ciFigure), cos(ciDate), cos(ciQuote)
	x[fActors] = ratio(hit[ciActor], all[ciActor])
	x[fPlaces] = ratio(hit[ciPlace], all[ciPlace])
	if hit[ciDateline] > 0 {
		x[fDateline] = 1
	}
	if gap, ok := p.event.Gap(s.event); ok {
		x[fEventGap] = math.Log1p(gap)
	} else {
		x[fEventUnknown] = 1
	}
	if gap, ok := p.pubGap(s); ok {
		x[fPubGap] = math.Log1p(gap)
	} else {
		x[fPubUnknown] = 1
		x[fWordsUndated] = x[fWords]
	}
	if all[ciActor] == 0 {
		x[fNoActor] = 1
	}
	if all[ciPlace] == 0 {
		x[fNoPlace] = 1
	}
	x[fStorySize] = math.Log1p(float64(len(s.Members)))
	x[fStoryActors] = ratio(shit[ciActor], sall[ciActor])
	x[fStoryPlaces] = ratio(shit[ciPlace], sall[ciPlace])
	miss := func(k int) float64 {
		if all[k] > 0 && sall[k] > 0 && hit[k] == 0 {
			return 1
		}
		return 0
	}
	x[fActorMiss], x[fFigureMiss], x[fDateMiss] = miss(ciActor), miss(ciFigure), miss(ciDate)
	if x[fPubUnknown] == 1 {
		x[fCosineU], x[fHeadU], x[fActorsU], x[fStoryActorsU], x[fStoryPlacesU], x[fFigureMissU] = x[fCosine], x[fHead], x[fActors], x[fStoryActors], x[fStoryPlaces], x[fFigureMiss]
	}
	return x
}

// standingStories is the most stories a name may be among and still be
// evidence that two reports tell one event. A name that the stories of
// many events give is one of the area's standing institutions or places
// (its police, its county, its hospital, a side of town) or a figure of
// the news at large: every report of that city or beat names it, so
// sharing it says nothing of the event. Set by hand on the tune halves:
// incidents tune F1 0.9469 at none, 0.9493 at 4, 0.9507 at 5 to 7, 0.9470
// at 8, 0.9478 at 10; ECB+ tune 0.9471 from 5 on (0.9442 at 3).
const standingStories = 6

// evidence is how much a term counts in the pair's comparisons: 1, or 0
// for a name (actor, place, dateline) that more than standingStories
// stories give (read from the inverted index, so it depends only on the
// placement order). Such a name still finds candidates and stays in the
// stories' centroids and norms; it only adds nothing to their overlap.
func (c *Clusterer) evidence(id uint32) float64 {
	if c.isName(id) && c.posted[id] > standingStories {
		return 0
	}
	return 1
}

func ratio(a, b float64) float64 {
	if b == 0 {
		return 0
	}
	return a / b
}

// Model is a logistic regression over the pairwise features.
type Model struct {
	// Weights are the coefficients of FeatureNames, in order.
	Weights [NumFeatures]float64
	// Threshold is the least probability for an article to join a story,
	// and MergeThreshold for two stories to merge on the second look.
	Threshold, MergeThreshold float64
}

// Prob returns the probability that the pair is one event.
func (m Model) Prob(x []float64) float64 { return logit.Prob(m.Weights[:], x) }
