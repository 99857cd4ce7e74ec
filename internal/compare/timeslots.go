package compare

import (
	"github.com/corroborate/corroborate/internal/lexicon"
	"github.com/corroborate/corroborate/internal/mention"
)

// This file keys the times of a story by the event they date: a weekday,
// a date or a clock time of the story's main event ("the quake struck on
// Tuesday", "collapsed Wednesday at the station", "Thursday's shooting") is one
// fact however the articles word the rest of the sentence, and two
// articles that give it two days contradict each other.

// timeEvent is the event a time value dates: the event noun it modifies
// or follows ("Thursday's shooting", "the vote on Friday", "after the
// shootings Thursday night"), as a verb when
// the noun is one's nominalisation ("shooting" → "shoot"), else the verb
// of its clause ("died Thursday", "on Monday opened"). "" when none.
func (c *comparer) timeEvent(f *fact) (string, lexicon.POS) {
	for _, n := range []string{f.v.Noun, f.v.Event} {
		if n == "" || !c.isEventNoun(n) {
			continue
		}
		if b := c.lx.Base(n, lexicon.Verb); b != n && c.lx.Has(b, lexicon.Verb) {
			return b, lexicon.Verb
		}
		return n, lexicon.Noun
	}
	// "according to" is a complex preposition (Quirk et al. 1985), not
	// the verb of an event.
	if f.head != "" && f.head != "accord" && !lightVerb(f.head) && !f.reported && c.happening(f.head) {
		return f.head, lexicon.Verb
	}
	return "", 0
}

// isDayOrClock reports whether a value type dates a moment of an event.
func isDayOrClock(t string) bool {
	return t == mention.VWeekday || t == mention.VDate || t == mention.VClock
}

// markMainEvents finds the story's main dated events: an event (by base
// form or WordNet synonym) that three or more articles date with a time of
// one type, each article with one value, and the articles with at most two
// values between them (one told differently). A recurring event ("were
// arrested Friday", "were arrested Monday", "arrested Tuesday") is dated
// three ways or twice in one article and is no one fact.
func (c *comparer) markMainEvents(facts []fact) {
	type keyed struct {
		i   int
		ev  string
		pos lexicon.POS
	}
	var ks []keyed
	for i := range facts {
		f := &facts[i]
		if !isDayOrClock(f.v.Type) || f.reported || f.bg != "" {
			continue
		}
		if ev, pos := c.timeEvent(f); ev != "" {
			ks = append(ks, keyed{i, ev, pos})
		}
	}
	// Events by name: the distinct names are few, their synonyms are
	// asked once a pair.
	type name struct {
		typ, ev string
		pos     lexicon.POS
	}
	members := map[name][]int{}
	var names []name
	for k, a := range ks {
		n := name{facts[a.i].v.Type, a.ev, a.pos}
		if _, ok := members[n]; !ok {
			names = append(names, n)
		}
		members[n] = append(members[n], k)
	}
	for _, n := range names {
		var group []int
		for _, m := range names {
			if m.typ == n.typ && m.pos == n.pos && (m.ev == n.ev || c.lx.Synonyms(m.ev, n.ev, n.pos)) {
				group = append(group, members[m]...)
			}
		}
		// An article dating the event twice, two ways, is left out (it
		// may tell a recurring event, or two events of one name); the
		// others must date it with at most two values between them.
		torn := map[int]bool{}
		for x, b := range group {
			fb := facts[ks[b].i]
			for _, o := range group[x+1:] {
				if fo := facts[ks[o].i]; fo.doc == fb.doc && !sameValue(fo.v, fb.v) {
					torn[fb.doc] = true
				}
			}
		}
		docs := map[int]bool{}
		var vals []mention.Value
		for _, b := range group {
			fb := facts[ks[b].i]
			if torn[fb.doc] {
				continue
			}
			docs[fb.doc] = true
			known := false
			for _, v := range vals {
				if sameValue(v, fb.v) {
					known = true
					break
				}
			}
			if !known {
				vals = append(vals, fb.v)
			}
		}
		if len(docs) < 3 || len(torn) >= len(docs) || len(vals) > 2 {
			continue
		}
		for _, k := range members[n] {
			if !torn[facts[ks[k].i].doc] {
				facts[ks[k].i].mainEvent = n.ev
			}
		}
	}
}

// mainEventTimes reports whether two times date the story's same main
// event (markMainEvents).
func (c *comparer) mainEventTimes(f, g *fact) bool {
	if f.mainEvent == "" || g.mainEvent == "" {
		return false
	}
	return f.mainEvent == g.mainEvent || c.lx.Synonyms(f.mainEvent, g.mainEvent, lexicon.Verb) || c.lx.Synonyms(f.mainEvent, g.mainEvent, lexicon.Noun)
}

// sameDatedVerb reports whether two times date the same verb, read before
// each of them in its clause ("was appointed in October 2011" / "was
// appointed in March 2012"): with much the same words, one fact.
func (c *comparer) sameDatedVerb(f, g *fact) bool {
	return f.headBefore && g.headBefore && !f.reported && !g.reported && c.sameVerb(f.head, g.head)
}

// sameMeasuredThing reports whether two durations are the only ones of
// their unit in both articles and measure one thing: the nouns they
// modify are one in WordNet or one directly under the other ("a 24-hour
// strike" / "a 34-hour walkout": a walkout is a strike).
func (c *comparer) sameMeasuredThing(f, g *fact) bool {
	if f.v.Type != mention.VDuration || !f.unique || !g.unique || f.v.Noun == "" || g.v.Noun == "" || generalNoun(f.v.Noun) || generalNoun(g.v.Noun) {
		return false
	}
	return f.v.Noun == g.v.Noun || c.lx.Synonyms(f.v.Noun, g.v.Noun, lexicon.Noun) || c.directlyUnder(f.v.Noun, g.v.Noun)
}

// directlyUnder reports whether a noun sense of one word is a direct
// hyponym of a noun sense of the other.
func (c *comparer) directlyUnder(a, b string) bool {
	for _, x := range c.lx.Senses(a) {
		if x.POS != lexicon.Noun {
			continue
		}
		for _, y := range c.lx.Senses(b) {
			if y.POS != lexicon.Noun {
				continue
			}
			for _, h := range x.Hypernyms {
				if h == y.Synset {
					return true
				}
			}
			for _, h := range y.Hypernyms {
				if h == x.Synset {
					return true
				}
			}
		}
	}
	return false
}
