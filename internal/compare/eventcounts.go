package compare

import (
	"github.com/corroborate/corroborate/internal/lexicon"
	"github.com/corroborate/corroborate/internal/mention"
)

// markOnlyOfEvent sets onlyOfEvent on the counts of people that are the
// only figure their article gives for their event: every count of people
// of that event (the same verb, one death toll, or a WordNet synonym:
// "wounded" / "injured") in the article has one value ("80 wounded" and
// "30 of the 80 wounded" say one figure).
func (c *comparer) markOnlyOfEvent(out []fact) {
	for i := range out {
		out[i].onlyOfEvent = c.peopleCount(out[i].v) && c.oneFigureOfEvent(out, i)
	}
}

// peopleCount reports whether a value counts people harmed: killed,
// wounded, injured (harmVerb).
func (c *comparer) peopleCount(v mention.Value) bool {
	return v.Type == mention.VCount && v.Event != "" && isPersonNoun(c.lx, v.Unit) && c.harmVerb(v.Event)
}

// harmVerb reports whether a verb tells of harm to the body: one of a
// death toll ("kill", "die"), or a verb whose first or second WordNet
// sense is filed under verb.body ("wound", "injure", "hurt": its first
// sense is to feel pain).
func (c *comparer) harmVerb(base string) bool {
	if mention.SameEvent(base, "kill") {
		return true
	}
	for _, s := range c.lx.Senses(base) {
		if s.POS == lexicon.Verb && s.Rank <= 1 && s.Lex == lexicon.VerbBody {
			return true
		}
	}
	return false
}

// oneFigureOfEvent reports whether every count of people of the event of
// out[i] in its article has out[i]'s value.
func (c *comparer) oneFigureOfEvent(out []fact, i int) bool {
	f := &out[i]
	for j := range out {
		g := &out[j]
		if j == i || g.doc != f.doc || !c.peopleCount(g.v) || !c.oneEvent(f.v.Event, g.v.Event) {
			continue
		}
		if g.v.Num != f.v.Num {
			return false
		}
	}
	return true
}

// oneEvent reports whether two counts' event verbs count one event: the
// same verb, one death toll, or WordNet synonyms.
func (c *comparer) oneEvent(a, b string) bool {
	return mention.SameEvent(a, b) || a != "" && b != "" && c.lx.Synonyms(a, b, lexicon.Verb)
}

// harmedAlike reports whether two counts of people harmed have one slot
// key though written two ways: the people named by one noun or by a
// hyphenated compound of it, harmed by one verb or by WordNet synonyms
// ("two workers wounded" / "a third co-worker injured"). Synonyms of other
// verbs ("hurled" / "thrown", "struck" / "hit") may be two doings of a
// story; hurting people is one, counted once.
func (c *comparer) harmedAlike(a, b mention.Value) bool {
	return c.peopleCount(a) && c.peopleCount(b) && c.oneEvent(a.Event, b.Event) && (a.Unit == b.Unit || c.compoundOf(a, b))
}

// onlyCountsOfEvent reports whether two counts of people are each the only
// figure their article gives for one event ("the 80 wounded" / "at least
// 50 injured"): in one story they count the same people, whatever else
// their sentences say.
func (c *comparer) onlyCountsOfEvent(f, g *fact) bool {
	return f.onlyOfEvent && g.onlyOfEvent && c.oneEvent(f.v.Event, g.v.Event)
}

// onlyCountsOfThing reports whether two counts are the only counts of one
// specific thing in their articles, neither of people: "three strong
// aftershocks" and "at least four aftershocks" of one quake are one fact
// whatever words surround them. Counts of people are left out, as a
// story's people fall in many groups ("two children" among "ten people"),
// and so are nouns that are verbs too ("arrests", "assists", "shots"):
// acts are counted per day, per player or per person.
func (c *comparer) onlyCountsOfThing(f, g *fact) bool {
	u := f.v.Unit
	return u == g.v.Unit && u != "" && f.unique && g.unique && !generalNoun(u) && !isPersonNoun(c.lx, u) && !c.lx.Has(u, lexicon.Verb)
}
