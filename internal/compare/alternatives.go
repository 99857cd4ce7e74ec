package compare

import (
	"strings"

	"github.com/corroborate/corroborate/internal/lexicon"
	"github.com/corroborate/corroborate/internal/mention"
	"github.com/corroborate/corroborate/internal/text"
)

// Two times coordinated by "or" in one sentence ("a release likely for
// late 2014 or early 2015", "will reopen on Monday or Tuesday") are
// alternatives of one time: the writer gives the fact as either, and
// neither is the only time of its type in the sentence (the year and
// month slots want the only one, timeSlot). Coordinated alternatives keep
// their order (Quirk et al. 1985 ch. 13, coordination by "or"; a
// time series is told earliest first), so two articles that give one
// fact's alternatives pair them by place: when the members at one place
// agree (sameValue) and the two sentences date one thing, the members at
// the other place are one fact's values too, whatever each sentence's
// other wording ("… for late 2014 or early 2015" / "plans to release the
// film by the end of 2014 or early 2016": early 2015 / early 2016).
//
// One thing dated: the same verb (closeVerbs) or one sentence's verb the
// verb of an event noun of the other ("a release" / "to release"), or an
// act or event noun both sentences hold ("a 2014 or 2015 release date" /
// "a release likely for …"). The pair must agree at the other place:
// alternatives that differ in both members are two facts' or none's.

// altPartner returns the other member of the coordination of two
// alternative times that f's value stands in ("late 2014 or early 2015"),
// and the place of f's value in it (0 first, 1 second); ok is false when
// f's value is no such member.
func altPartner(f *fact) (o mention.Value, place int, ok bool) {
	if !isTime(f.v.Type) {
		return mention.Value{}, 0, false
	}
	for _, x := range f.others {
		if !isTime(x.Type) || dayFamily(x.Type) != dayFamily(f.v.Type) || x.Sentence != f.v.Sentence {
			continue
		}
		switch {
		case x.End <= f.v.Start && orBetween(f.sent, x.End, f.v.Start):
			return x, 1, true
		case f.v.End <= x.Start && orBetween(f.sent, f.v.End, x.Start):
			return x, 0, true
		}
	}
	return mention.Value{}, 0, false
}

// orBetween reports whether the text of sentence s between byte offsets
// from and to is the conjunction "or", with or without a comma before it.
func orBetween(s string, from, to int) bool {
	if from < 0 || to > len(s) || from >= to {
		return false
	}
	w := strings.TrimSpace(s[from:to])
	return w == "or" || w == ", or"
}

// alternativesSlot reports whether two times are the members at one place
// of two coordinations of alternatives whose members at the other place
// agree, in two sentences that date one thing (see above).
func (c *comparer) alternativesSlot(f, g *fact) bool {
	if f.reported || g.reported {
		return false
	}
	pf, kf, okf := altPartner(f)
	pg, kg, okg := altPartner(g)
	if !okf || !okg || kf != kg || !sameValue(pf, pg) || sameValue(f.v, pf) || sameValue(g.v, pg) {
		return false
	}
	return c.oneThingDated(f, g)
}

// nameHead reports whether capitalised token k is the head of a name of
// two or more capitalised words: its last word, with no lower-case noun
// after it that it premodifies ("the Orvel Bridge will reopen", "the Orvel
// Museum of Glass"). A proper name with a common noun as its head names a
// thing of that kind (Quirk et al. 1985 §5.67, "the Severn Bridge": a
// bridge), so the head says what is dated; a capitalised word before a
// lower-case noun ("the Tarn library", "the Tarn Valley library") says
// whose or where.
func nameHead(toks []text.Token, k int) bool {
	if k == 0 || !toks[k-1].IsCapitalized() {
		return false
	}
	if k+1 < len(toks) {
		n := toks[k+1]
		if n.IsCapitalized() {
			return false
		}
		lx := lexicon.Default()
		if lx.Has(n.Lower, lexicon.Noun) && !lx.Has(n.Lower, lexicon.Verb) {
			return false
		}
	}
	return true
}

// alternativesPlaces weighs two times that are both members of
// coordinations of alternatives: the members at one place are one fact's
// values only by alternativesSlot (done, with a strong score, or done with
// 0), and members at two places never differ as one fact's values (done,
// 0): "on Monday or Tuesday" / "on Monday or Thursday" pairs Tuesday with
// Thursday, not with Monday, however alike the two sentences are worded.
// Members at two places that agree ("in 2020 or 2019" / "in 2019 or 2020",
// one window told in two orders) are left to the other rules (not done).
func (c *comparer) alternativesPlaces(f, g *fact) (score float64, done bool) {
	_, kf, okf := altPartner(f)
	_, kg, okg := altPartner(g)
	switch {
	case !okf || !okg:
		return 0, false
	case kf != kg:
		return 0, !sameValue(f.v, g.v)
	case c.alternativesSlot(f, g):
		return 2 + sharedOverlap(f.words, g.words), true
	}
	return 0, true
}

// oneThingDated reports whether two sentences' times date one thing: the
// same verb, one's verb the verb of an event noun the other holds, or an
// act or event noun (one WordNet derives a verb from) both hold.
func (c *comparer) oneThingDated(f, g *fact) bool {
	// The same verb may tell one act of two things ("the library will
	// close" / "the pool will close"): it dates one thing when the two
	// sentences also share a common noun besides the verb.
	same := "" // the shared verb, which is no shared noun of the two
	if c.sameVerb(f.head, g.head) {
		same = f.head
		for w := range f.words {
			if g.words[w] && w != same && !nameWordOf(f, w) && !nameWordOf(g, w) && c.lx.Has(w, lexicon.Noun) {
				return true
			}
		}
	}
	verbOfNoun := func(h string, words map[string]bool) bool {
		if h == "" {
			return false
		}
		for w := range words {
			if w != same && c.lx.Has(w, lexicon.Noun) && c.nounOfVerb(w, lexicon.Noun, h) {
				return true
			}
		}
		return false
	}
	if verbOfNoun(f.head, g.words) || verbOfNoun(g.head, f.words) {
		return true
	}
	for w := range f.words {
		if g.words[w] && w != same && !nameWordOf(f, w) && !nameWordOf(g, w) && len(lexicon.DerivedVerbs(w)) > 0 {
			return true
		}
	}
	return false
}

// nameWordOf reports whether content word w stands capitalised inside
// f's sentence (not its first word): part of a name ("the Tarn library"),
// which says whose or where, not what thing is dated, though WordNet lists
// it as a noun.
func nameWordOf(f *fact, w string) bool {
	if f.names[w] {
		return true
	}
	toks := f.tokens()
	for k, t := range toks {
		if k > 0 && t.IsCapitalized() && t.Lower == w && !nameHead(toks, k) {
			return true
		}
	}
	return false
}

// guardedSlot runs slotScore's guards on two values: done, with score 0,
// when one holds; done, with a strong score, when they are alternatives
// told alike but for one member (alternativesSlot), which is tried before
// datesOfTwoThings and twoEvents, since each sentence may name the thing
// dated in its own way.
func (c *comparer) guardedSlot(f, g *fact) (score float64, done bool) {
	if f.doc == g.doc || f.stretch != g.stretch || c.farApart(f, g) || !c.countsComparable(f, g) || vetoed(f, g) {
		return 0, true
	}
	if f.stretch == "" {
		if s, done := c.alternativesPlaces(f, g); done {
			return s, true
		}
	}
	if c.datesOfTwoThings(f, g) || c.twoEvents(f, g) || localTimesApart(f, g) { // clockzones.go
		return 0, true
	}
	// A figure told alike with the other sentence's companion is that
	// companion's counterpart, not this one's (companionfigure.go).
	if companionAnchor(f, g) || companionAnchor(g, f) {
		return 0, true
	}
	return 0, false
}
