package compare

import (
	"slices"
	"strings"

	"github.com/corroborate/corroborate/internal/lexicon"
	"github.com/corroborate/corroborate/internal/mention"
)

// countEventsClash reports whether two counts are counted for two events,
// which are never one fact ("killed 14 and wounded seven"): both have an
// event, neither the same nor a WordNet synonym of the other. A count
// whose "event" is "have" (mention's last tier: "has 4,200 employees",
// "had 12 points") states a possession, a state that another event may
// have brought about or describe ("employs 4,200 people", "scored 12
// points"): "have" is a stative verb (Quirk et al. 1985 §4.28), no
// dynamic event, so it clashes with none; the slot then needs the
// evidence any count without an event needs.
//
// Nor does a count told in a "with" phrase (withHaving), nor two events
// of which one is the noun WordNet derives from the other verb
// (nounOfEvent: "forced the closure of two schools" / "two schools
// closed").
func (c *comparer) countEventsClash(f, g *fact) bool {
	a, b := f.v.Event, g.v.Event
	if f.v.Type != mention.VCount || a == "" || b == "" || possessionEvent(a) || possessionEvent(b) || c.withHaving(f, g) || c.withHaving(g, f) {
		return false
	}
	return !mention.SameEvent(a, b) && !c.lx.Synonyms(a, b, lexicon.Verb) && !nounOfEvent(a, b) && !c.oneStateChange(f, g) // actverbs.go
}

// nounOfEvent reports whether one of two events is an event noun and the
// other a verb WordNet derives it from ("closure" / "close", "arrival" /
// "arrive"): a nominalisation names the verb's action (Quirk et al. 1985
// §17.51–17.54), so the two tell one happening.
func nounOfEvent(a, b string) bool {
	return slices.Contains(lexicon.DerivedVerbs(a), b) || slices.Contains(lexicon.DerivedVerbs(b), a)
}

// withCount reports whether a count is the object of "with" ("returned
// with 184 passengers", "fled with 46 watches", "sailed with 300 people
// aboard"), past the words of its qualifier ("with some 40 guests"). A
// "with" phrase of accompaniment or having (Quirk et al. 1985 §9.46–9.47)
// tells what its subject has or takes along, not what the verb did to the
// counted things: the verb is the subject's act ("returned", "fled"), and
// another outlet's verb of the same things ("carrying 184 passengers",
// "took 46 watches") tells the same having, so the two verbs are no two
// events of the count.
func withCount(f *fact) bool {
	if f.v.Type != mention.VCount {
		return false
	}
	toks := f.tokens()
	k := tokenFrom(toks, f.v.Start) - 1
	q := strings.Fields(strings.ToLower(f.v.Qualifier))
	for k >= 0 && slices.Contains(q, toks[k].Lower) {
		k--
	}
	return k >= 0 && toks[k].Lower == "with"
}

// withHaving reports whether f is a count told in a "with" phrase
// (withCount) after a verb of motion, by the first WordNet sense of its
// event (verb.motion: "returned", "sailed", "fled"), so that the phrase
// tells what the moving subject had along (Quirk et al. 1985 §9.46), and
// g's event does not harm the counted things: "returned with 240
// passengers" / "carrying 215 passengers", "escaped with 52 paintings" /
// "took 35 paintings" tell one having; "fled with two hostages" / "killed
// three hostages" (attackVerb, dyingVerb) two facts, and a "with" phrase
// after another verb ("a gun loaded with four bullets", "finished with 23
// points") keeps its verb's event.
func (c *comparer) withHaving(f, g *fact) bool {
	if !withCount(f) || c.attackVerb(g.v.Event) || c.dyingVerb(g.v.Event) || !c.havingVerb(g.v.Event) && !c.kindOfVerb(f.v.Event, g.v.Event) {
		return false
	}
	s, ok := c.lx.TopSense(f.v.Event, lexicon.Verb)
	return ok && s.Lex == lexicon.VerbMotion
}

// possessionEvent reports whether a count's event is the verb of
// possession "have", a state.
func possessionEvent(e string) bool { return e == "have" }

// bothEventful reports whether two counts both have an event and are
// either both or neither of possession.
func bothEventful(f, g *fact) bool {
	return f.v.Event != "" && g.v.Event != "" && possessionEvent(f.v.Event) == possessionEvent(g.v.Event)
}

// havingVerb reports whether a count's event is itself a verb of having,
// getting, carrying or handling things: its first WordNet sense is in
// verb.possession or verb.contact ("stole", "loaded", "carrying") or one
// of its senses lies within two steps under "get" ("took", "won"). Only
// such a verb (or a kind of the motion verb itself, kindOfVerb) retells
// what a "with" phrase of accompaniment says the moving subject had along
// (Quirk et al. 1985 §9.46); a verb that tells what then befell some of
// the things ("capsized with 60 migrants" / "rescued 25 migrants", "sank
// with 14 crew" / "saved nine crew") tells another fact.
func (c *comparer) havingVerb(v string) bool {
	if v == "" {
		return false
	}
	b := c.lx.Base(v, lexicon.Verb)
	if b == "" {
		b = v
	}
	if s, ok := c.lx.TopSense(b, lexicon.Verb); ok && (s.Lex == lexicon.VerbPossession || s.Lex == lexicon.VerbContact) {
		return true
	}
	return c.lx.Under(b, lexicon.Verb, c.lx.SynsetIDs("get", lexicon.Verb), 2)
}

// kindOfVerb reports whether one of two verbs is a kind of the other
// (WordNet: within two hypernym steps: "loaded" is a way of "filled"),
// so that both tell one act.
func (c *comparer) kindOfVerb(a, b string) bool {
	if a == "" || b == "" {
		return false
	}
	return c.lx.Under(a, lexicon.Verb, c.lx.SynsetIDs(b, lexicon.Verb), 2) || c.lx.Under(b, lexicon.Verb, c.lx.SynsetIDs(a, lexicon.Verb), 2)
}
