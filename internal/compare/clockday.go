package compare

import (
	"math"

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
