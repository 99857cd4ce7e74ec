package compare

import (
	"github.com/corroborate/corroborate/internal/lexicon"
	"github.com/corroborate/corroborate/internal/mention"
)

// objectComplement is, for a count read with no event that is the object
// of a verb (objectVerb) and is followed by an adjective that ends its
// clause, that adjective: "will keep 74 stores open", "left 12 schools
// shut". The verb is complex-transitive, the adjective an object
// complement (Quirk et al. 1985 §16.44): the count is of things kept or
// left in a state, not of things the verb's act changed.
func (c *comparer) objectComplement(f *fact) string {
	if f.v.Type != mention.VCount || f.v.Event != "" || c.keepingVerb(f) == "" {
		return ""
	}
	k := tokenFrom(f.toks, f.v.End)
	if k < 0 {
		return ""
	}
	w := f.toks[k].Lower
	if _, ok := c.lx.TopSense(w, lexicon.Adj); !ok {
		return ""
	}
	if k+1 < len(f.toks) {
		switch n := f.toks[k+1].Lower; n {
		case ".", ",", ";", ":", "and", "or", "until", "for", "during", "while", "after":
		default:
			return ""
		}
	}
	return w
}

// stateAndAct reports whether one count is of things kept in a state by a
// verb (objectComplement: "keep 74 stores open") and the other a count of
// another act ("close 38 stores"): two sets, unless the other's act is the
// keeping verb itself or its participle is the state ("left 38 stores
// closed" is "closed 38 stores").
func (c *comparer) stateAndAct(f, g *fact) bool {
	adj := c.objectComplement(f)
	if adj == "" {
		return false
	}
	e := g.v.Event
	if e == "" {
		e = g.act
	}
	v := c.keepingVerb(f)
	if stateAfter(g, adj) {
		return false
	}
	if e == "" || possessionEvent(e) || mention.SameEvent(e, v) || participle(e) == adj || c.lx.Synonyms(e, v, lexicon.Verb) {
		return false
	}
	return true
}

// modalsAndTo are the words before a verb's plain form in a verb group:
// the central modals and the infinitive marker.
var modalsAndTo = map[string]bool{"will": true, "would": true, "can": true, "could": true, "may": true, "might": true,
	"must": true, "shall": true, "should": true, "to": true}

// keepingVerb is the verb whose object a count is, read right before it
// past one determiner: an inflected verb (objectVerb's reading, f.act) or
// a plain form after a modal or "to" ("will keep 74 stores"); "" when
// none.
func (c *comparer) keepingVerb(f *fact) string {
	if f.act != "" {
		return f.act
	}
	at := tokenFrom(f.toks, f.v.Start)
	k := at - 1
	if k >= 0 && objectDeterminers[f.toks[k].Lower] {
		k--
	}
	if at < 0 || k < 1 || !modalsAndTo[f.toks[k-1].Lower] {
		return ""
	}
	w := f.toks[k].Lower
	if !f.toks[k].IsWord() || !c.lx.Has(w, lexicon.Verb) {
		return ""
	}
	return w
}

// stateAfter reports whether count g is told in the state adj within its
// clause ("70 stores will remain open", "70 stay open"): a count in the
// same state as the kept one (objectComplement) is of the same set.
func stateAfter(g *fact, adj string) bool {
	k := tokenFrom(g.toks, g.v.End)
	for ; k >= 0 && k < len(g.toks); k++ {
		switch w := g.toks[k].Lower; w {
		case ".", ",", ";", ":":
			return false
		case adj:
			return true
		}
	}
	return false
}
