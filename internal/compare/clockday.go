package compare

import (
	"math"
	"sync"

	"github.com/corroborate/corroborate/internal/lexicon"
	"github.com/corroborate/corroborate/internal/mention"
	"github.com/corroborate/corroborate/internal/text"
)

// The day of one moment (issue 9, session 51, weekday4). A clock time and
// a weekday that are adverbials of one clause ("at 7:48 p.m. Friday",
// "On Friday evening, crews were sent … shortly before 8 p.m.") name one
// point in time together: the day says which day the time of day is of
// (Quirk et al. 1985 §8.55ff, adjuncts of time: two such adjuncts of one
// clause specify one point, the wider one first or last). Two articles of
// one story that give the same time to the minute give the time of one
// moment, an alarm or a shot, however worded apart ("The harbour office
// logged the alarm at 7:48 p.m. Friday" / "On Friday evening, crews from
// the town were sent to the boathouse shortly before 8 p.m."): the days
// those times are given are that moment's day, one fact. The words of the
// two sentences need share nothing; the clock times carry the evidence.
//
// Guards: a time of day in whole hours ("at 10 p.m.") is a round
// figure many moments of a story share (a vigil, a curfew, an arrest), so
// one side at least must be told to the minute; two times that meet only
// round midnight are no evidence (the days are then meant to differ); a
// sentence with two clock times or two days gives no one moment; a clause
// break between the day and the time ("when", "and", "who", a semicolon)
// puts them in two clauses. The slot guards before the time slot
// (two dated things, a state, a statement's day) still hold.

// dayClock returns the clock time a weekday fact's clause gives with it
// (the one moment the two name), ok false when there is none or more than
// one.
func dayClock(f *fact) (mention.Value, bool) {
	var clock mention.Value
	n := 0
	for _, o := range f.others {
		switch o.Type {
		case mention.VClock:
			n++
			clock = o
		case mention.VWeekday:
			return mention.Value{}, false // two days: no one moment
		}
	}
	if n != 1 || clock.HalfDay == "" {
		return mention.Value{}, false
	}
	lo, hi := min(f.v.End, clock.End), max(f.v.Start, clock.Start)
	toks := f.tokens()
	for k := tokenFrom(toks, lo); k >= 0 && k < len(toks) && toks[k].Start < hi; k++ {
		if clauseBreakAt(toks, k) {
			return mention.Value{}, false
		}
	}
	return clock, true
}

// clauseBreakAt reports whether token k opens another clause: a
// subordinator, relative word or coordinator (dayClauseBreaks), or a
// clause's punctuation.
func clauseBreakAt(toks []text.Token, k int) bool {
	return dayClauseBreaks[toks[k].Lower] || clausePunct[toks[k].Text] || isDash(toks, k)
}

// daysOfOneMoment reports whether two weekdays are the days of one moment:
// each given with a clock time of its clause (dayClock), the two times
// agreeing within their qualifiers on one day (not round midnight), one at
// least told to the minute.
func (c *comparer) daysOfOneMoment(f, g *fact) bool {
	if f.v.Type != mention.VWeekday || g.v.Type != mention.VWeekday {
		return false
	}
	x, ok := dayClock(f)
	if !ok || c.clockOfAnotherVerb(f, x) {
		return false
	}
	y, ok := dayClock(g)
	if !ok || x.Unit != y.Unit || x.HalfDay != y.HalfDay || c.clockOfAnotherVerb(g, y) {
		return false
	}
	// A message's time against the moment of what it tells is two
	// moments; two messages' times given to the minute are one message's.
	if c.messageTime(f, x) != c.messageTime(g, y) {
		return false
	}
	if math.Mod(x.Num, 60) == 0 && math.Mod(y.Num, 60) == 0 {
		return false
	}
	return x.Low <= y.High && y.Low <= x.High
}

// clockOfAnotherVerb reports whether the clock time of a weekday's
// sentence dates another verb than the day (headVerb): a nonfinite clause
// between them holds the time (Quirk et al. 1985 §14.5, §15.10: "was charged
// Monday with firing the shot at 10:42 p.m.", an -ing clause after a
// preposition; "on Monday released a video of the shot fired at 10:42
// p.m.", a participle clause after a noun), so the day is that of
// another happening than the time's.
func (c *comparer) clockOfAnotherVerb(f *fact, clock mention.Value) bool {
	h, _, _ := c.headVerb(f.tokens(), clock)
	return h != "" && f.head != "" && h != f.head
}

// messageTime reports whether a weekday and its clock time postmodify a
// noun of a message, the time a prepositional phrase after the noun ("In
// an update at 9:14 a.m. Tuesday, the office said …", "a notice at noon
// Friday"): a prepositional phrase after a noun qualifies that noun
// (Quirk et al. 1985 §17.37, postmodification), so the day and the time
// are the message's, when it was given out, not the moment of what it
// tells. A noun of a message is one whose commonest WordNet sense is a
// communication (noun.communication) lying within four steps under
// "message" or "statement" (update, statement,
// announcement, bulletin, notice, dispatch); a call, an alarm or a search
// at a time is the happening's own moment and is not read so.
func (c *comparer) messageTime(f *fact, clock mention.Value) bool {
	toks := f.tokens()
	k := tokenFrom(toks, min(f.v.Start, clock.Start)) - 1
	for k >= 0 && timeLeadWords[toks[k].Lower] {
		k--
	}
	if k < 0 || !toks[k].IsWord() || toks[k].IsCapitalized() || !c.messageNoun(toks[k].Lower) {
		return false
	}
	// A noun after a determiner or a modifier, not a verb ("was
	// updated at 9:14 a.m.").
	if _, verb := c.timeVerbIn(toks, k); verb {
		return k > 0 && (determiners[toks[k-1].Lower] || toks[k-1].IsCapitalized() && k-1 > 0)
	}
	return true
}

// timeLeadWords are the prepositions of time and the words that may
// qualify a time before it ("at about", "shortly before", "on early").
var timeLeadWords = map[string]bool{
	"at": true, "on": true, "about": true, "around": true, "approximately": true, "roughly": true,
	"shortly": true, "just": true, "before": true, "after": true, "early": true, "late": true,
}

// messageAnchors are the noun synsets of "message" and "statement".
var messageAnchors struct {
	once sync.Once
	ids  []uint32
}

// messageNoun reports whether lower-case w is a noun of a message (see
// messageTime).
func (c *comparer) messageNoun(w string) bool {
	messageAnchors.once.Do(func() {
		messageAnchors.ids = append(c.lx.SynsetIDs("message", lexicon.Noun), c.lx.SynsetIDs("statement", lexicon.Noun)...)
	})
	b := c.lx.Base(w, lexicon.Noun)
	top, ok := c.lx.TopSense(b, lexicon.Noun)
	if !ok || top.Lex != lexicon.NounCommunication {
		return false
	}
	return c.lx.SynsetUnder(top.Synset, lexicon.Noun, messageAnchors.ids, 4)
}
