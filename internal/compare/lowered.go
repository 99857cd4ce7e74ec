package compare

import (
	"strings"

	"github.com/corroborate/corroborate/internal/lexicon"
	"github.com/corroborate/corroborate/internal/mention"
	"github.com/corroborate/corroborate/internal/text"
)

// A figure in the "to" phrase of a verb of decrease ("cut his lead to 11
// seconds", "had weakened to a Category 1 storm with winds of 80 mph", "the
// fine was reduced to $2,000") is the state a changing quantity reached:
// the end point of the change, told beside (often after) the state before
// it. Verbs of calibratable change of state take the end point in a "to"
// phrase (Levin 1993 §45.6: "fell to 5 percent"; Quirk et al. 1985 §9.25,
// "to" of goal and result). Another outlet's figure told with no change is
// the state before or at another time ("leads by 28 seconds", "struck with
// winds of 115 mph"), not a rival figure for the same state, so a lowered
// figure is compared only with another lowered one (its frame is
// "lowered": distinctFacts keeps two frames apart). A figure that grew
// ("rose to 14") is left to saysRising, which reports it as a possible
// update of a toll that only grows; a decrease is no correction of a toll
// but a quantity that went down.

// decreaseSynsets are WordNet's verb.change senses of "decrease", "reduce"
// and "weaken"; a verb below them within three steps ("cut", "drop",
// "fall", "lower", "slash", "trim", "slow") says a figure went down.
func (c *comparer) decreaseSynsets() []uint32 {
	var out []uint32
	for _, w := range []string{"decrease", "reduce", "weaken"} {
		out = append(out, c.lx.SensesIn(w, lexicon.Verb, lexicon.VerbChange)...)
	}
	return out
}

// loweredGap and loweredObject bound the words between "to" and the figure
// ("to a Category 1 storm with winds of 80 mph": eight) and between the
// verb and "to" (its object: "cut Tomas Irizar's lead to": four).
const (
	loweredGap    = 8
	loweredObject = 4
)

// loweredFrame is "lowered" for a figure (not a time) told as the end
// point of a decrease, "" otherwise.
func (c *comparer) loweredFrame(toks []text.Token, v mention.Value) string {
	if isTime(v.Type) || v.Type == mention.VClock || v.Type == mention.VAge {
		return ""
	}
	at := tokenFrom(toks, v.Start)
	if at < 0 {
		return ""
	}
	// "to" within loweredGap words before the figure, nothing but words
	// and figures between ("from 28 to 11" is a range's start, not a
	// change's end, when "from" stands right before the other figure).
	to := -1
	for k := at - 1; k >= 0 && k >= at-1-loweredGap; k-- {
		if !toks[k].IsWord() && !toks[k].IsNumber() {
			return ""
		}
		if toks[k].Lower == "to" {
			to = k
			break
		}
	}
	if to < 1 {
		return ""
	}
	anchors := c.decreaseSynsets()
	for k := to - 1; k >= 0 && k >= to-1-loweredObject; k-- {
		t := toks[k]
		if !t.IsWord() && t.Text != "'" && t.Text != "’" {
			return ""
		}
		if b, ok := c.decreaseVerb(t.Lower); ok && c.lx.Under(b, lexicon.Verb, anchors, 3) {
			if v.Type == mention.VCount && to == at-1 && !c.countedInObject(toks[k+1:to], v) {
				return ""
			}
			return "lowered"
		}
	}
	return ""
}

// decreaseVerb returns the base of a word read as a verb (an irregular
// form, or a regular one WordNet has as a verb), and whether it is one.
func (c *comparer) decreaseVerb(lw string) (string, bool) {
	if b, ok := irregularBase(lw); ok {
		return b, true
	}
	b := c.lx.Base(strings.TrimSuffix(lw, "'s"), lexicon.Verb)
	return b, c.lx.Has(b, lexicon.Verb)
}

// countedInObject (for a count right after "to") reports whether the things a count counts are named in
// the object of the verb of decrease ("cut the number of beds to 40 beds",
// "cut the crews to three crews"). Otherwise "to" before a count is the
// "to" of direction or recipient (Quirk et al. 1985 §9.25, "cut power to
// 40,000 homes", "slashed aid to 12 countries"): the count is what the
// decrease reaches, not the quantity that went down.
func (c *comparer) countedInObject(obj []text.Token, v mention.Value) bool {
	if v.Unit == "" {
		return false
	}
	for _, t := range obj {
		if t.IsWord() && (t.Lower == v.Unit || c.lx.Base(t.Lower, lexicon.Noun) == v.Unit) {
			return true
		}
	}
	return false
}
