package compare

import (
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
func (c *comparer) countEventsClash(f, g *fact) bool {
	a, b := f.v.Event, g.v.Event
	if f.v.Type != mention.VCount || a == "" || b == "" || possessionEvent(a) || possessionEvent(b) {
		return false
	}
	return !mention.SameEvent(a, b) && !c.lx.Synonyms(a, b, lexicon.Verb)
}

// possessionEvent reports whether a count's event is the verb of
// possession "have", a state.
func possessionEvent(e string) bool { return e == "have" }

// bothEventful reports whether two counts both have an event and are
// either both or neither of possession.
func bothEventful(f, g *fact) bool {
	return f.v.Event != "" && g.v.Event != "" && possessionEvent(f.v.Event) == possessionEvent(g.v.Event)
}
