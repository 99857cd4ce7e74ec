package compare

import (
	"math"
	"regexp"
	"strings"
	"time"

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
		if b, ok := c.gerundVerb(n); ok {
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
//
// The happenings each time dates are read first (markDatedAlts,
// datedthings.go): a participle's noun is the head it is keyed by.
func (c *comparer) markMainEvents(facts []fact) {
	c.markDatedAlts(facts)
	c.markOnlyVerbDays(facts)
	c.markPlannedDays(facts) // plannedday.go
	c.markOnlyHarmDays(facts)
	c.markCentralDays(facts)
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

// sameMeasuredThing reports whether two durations are the only ones of
// their unit in both articles and measure one thing: the nouns they
// modify are one in WordNet or one directly under the other ("a 24-hour
// strike" / "a 34-hour walkout": a walkout is a strike). So are two sums of
// one currency, each its article's only one, that modify one noun ("a
// $2,000 bounty" / "a $3,500 bounty": the sum of a thing the story has
// one of, a classifying premodifier, Quirk et al. 1985 §17.104).
func (c *comparer) sameMeasuredThing(f, g *fact) bool {
	measure := f.v.Type == mention.VDuration || f.v.Type == mention.VMoney && f.v.Unit == g.v.Unit
	if !measure || !f.unique || !g.unique || f.v.Noun == "" || g.v.Noun == "" || generalNoun(f.v.Noun) || generalNoun(g.v.Noun) {
		return false
	}
	return f.v.Noun == g.v.Noun || c.lx.Synonyms(f.v.Noun, g.v.Noun, lexicon.Noun) || c.directlyUnder(f.v.Noun, g.v.Noun)
}

// directlyUnder reports whether a noun sense of one word is a direct
// hyponym of a noun sense of the other.
func (c *comparer) directlyUnder(a, b string) bool { return nounDirectlyUnder(c.lx, a, b) }

// nounDirectlyUnder is directlyUnder on a lexicon.
func nounDirectlyUnder(lx *lexicon.Lexicon, a, b string) bool {
	for _, x := range lx.Senses(a) {
		if x.POS != lexicon.Noun {
			continue
		}
		for _, y := range lx.Senses(b) {
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

// A weekday its article's date resolves ("on Thursday" in an article of
// Friday 10 September: the 9th) and a written date ("on September 10") are
// two ways of naming one day: they are compared as days. A weekday an
// undated article gives stays a weekday: it meets a date written with its
// year ("on March 3, 2020", a Tuesday), whose weekday the calendar gives,
// and is compared with it as weekdays are; a year-less date names no
// weekday and meets it not.

// resolvedDay is the day a weekday value names in its dated article
// (mention.Values keeps it in Unit), "" when its article left it unresolved.
func resolvedDay(v mention.Value) string {
	if v.Type == mention.VWeekday && len(v.Unit) == 10 && v.Unit[4] == '-' && v.Unit[7] == '-' {
		return v.Unit
	}
	return ""
}

// dayFamily is the group of value types whose values name days (weekdays
// and dates) or periods (years and months); every other type is its own.
// (slotFamily, timeprecision.go, groups the values that may be of one fact.)
func dayFamily(t string) string {
	switch t {
	case mention.VWeekday:
		return mention.VDate
	case mention.VYear:
		return mention.VMonth
	}
	return t
}

// yearAndMonth returns the year and the month of two values when one is a
// year and the other a month written with its year ("in 1983" / "in
// November 1983"): the year is compared with the month's year.
func yearAndMonth(a, b mention.Value) (y, m mention.Value, ok bool) {
	if a.Type == mention.VMonth {
		a, b = b, a
	}
	if a.Type != mention.VYear || b.Type != mention.VMonth || statedYear(b) == "" || strings.HasPrefix(b.Norm, "0000") {
		return mention.Value{}, mention.Value{}, false
	}
	return a, b, true
}

// weekdayAndDate returns the weekday and the date of two values when one is
// a weekday and the other a date, the weekday resolved or the date written
// with its year.
func weekdayAndDate(a, b mention.Value) (wd, d mention.Value, ok bool) {
	if a.Type == mention.VDate {
		a, b = b, a
	}
	if a.Type != mention.VWeekday || b.Type != mention.VDate || resolvedDay(a) == "" && dateWeekday(b) == "" {
		return mention.Value{}, mention.Value{}, false
	}
	return a, b, true
}

// dateWeekday is the weekday ("tuesday") of a date written with its year,
// "" for a year-less one.
func dateWeekday(d mention.Value) string {
	if d.Type != mention.VDate || d.Unit == "no-year" || strings.HasPrefix(d.Norm, "0000") {
		return ""
	}
	t, err := time.Parse("2006-01-02", d.Norm)
	if err != nil {
		return ""
	}
	return strings.ToLower(t.Weekday().String())
}

// sameDayAs reports whether a weekday and a date name one day:
// the same month and day (a date written without its year is compared by
// them), or the next or the day before for a weekday told as late in its
// night or early in its morning ("late Thursday" may be Friday's first
// hours), as two weekdays are (nearMidnight).
func sameDayAs(wd, d mention.Value) bool {
	day := resolvedDay(wd)
	if day == "" {
		// An unresolved weekday against the weekday of the date.
		dw := mention.Value{Type: mention.VWeekday, Norm: dateWeekday(d), Text: d.Text}
		return dw.Norm == wd.Norm || nearMidnight(wd, dw) || nearMidnight(dw, wd)
	}
	t, err := time.Parse("2006-01-02", day)
	if err != nil {
		return false
	}
	cands := []time.Time{t}
	lw := strings.ToLower(wd.Text)
	switch {
	case strings.Contains(lw, "late") || strings.Contains(lw, "night"):
		cands = append(cands, t.AddDate(0, 0, 1))
	case strings.Contains(lw, "early") || strings.Contains(lw, "overnight"):
		cands = append(cands, t.AddDate(0, 0, -1))
	}
	for _, x := range cands {
		s := x.Format("2006-01-02")
		if d.Unit == "no-year" || strings.HasPrefix(d.Norm, "0000") {
			if s[5:] == d.Norm[5:] {
				return true
			}
		} else if s == d.Norm {
			return true
		}
	}
	return false
}

// weekdayDateSlot tells whether a resolved weekday and a date are of one
// fact: the same dated verb or thing with shared names or much the same
// words, or both dating the story's main dated event (the weekday's event,
// markMainEvents, is the event the date dates).
func (c *comparer) weekdayDateSlot(f, g *fact, anchor, hasActors bool, sim float64) bool {
	// A weekday read as written is set against a date's weekday only
	// when the two sentences open on one person, or one of them names
	// none: "Ruiz was fined on Tuesday" is not of "Okafor, the club's
	// keeper was fined on Sunday, May 3, 2020".
	if (resolvedDay(f.v) == "" && f.v.Type == mention.VWeekday || resolvedDay(g.v) == "" && g.v.Type == mention.VWeekday) &&
		len(f.people) > 0 && len(g.people) > 0 && !samePerson(f.people[0], g.people[0]) {
		return false
	}
	if (c.sameVerb(f.head, g.head) || c.sameDatedThing(f, g) || anchor) && (hasActors || sim >= 0.3) {
		return true
	}
	w, d := f, g
	if w.v.Type != mention.VWeekday {
		w, d = g, f
	}
	if w.mainEvent == "" || d.reported || d.bg != "" {
		return false
	}
	ev, pos := c.timeEvent(d)
	if ev == "" {
		return false
	}
	return ev == w.mainEvent || c.lx.Synonyms(ev, w.mainEvent, pos)
}

// A bare clock time followed by "left", "remaining", "to go" or "to play"
// is the time left in a period of a game ("with 2:05 left in the third
// period"), not a time of day: two such times of one happening are compared
// as the game clock they read, which a time of day never is. Two periods
// named ("the first half", "the third quarter") must be the same.
var reGameClock = regexp.MustCompile(`^\s*(?:left|remaining|to go|to play)\b(?:\s+(?:in|of)\s+(?:the\s+)?(\w+\s+(?:half|quarter|period|set|frame|inning|overtime)))?`)

// gameClock returns whether a fact is a time left on a game clock, and the
// period it names ("" when none).
func gameClock(f *fact) (bool, string) {
	if f.v.Type != mention.VClock || explicitClock(f.v) || f.v.End > len(f.sent) {
		return false, ""
	}
	m := reGameClock.FindStringSubmatch(f.sent[f.v.End:])
	if m == nil {
		return false, ""
	}
	return true, strings.ToLower(m[1])
}

// gameClockSlack is how far apart two times left on a game clock may be and
// still tell one moment, in the clock's smallest unit (read as minutes of
// a time of day, they are seconds of play: "2:05" and "2:06"): two reports
// of one basket differ by a tick or two, while one player scores many times
// a game, minutes apart ("scored with 2:06 left", "scored with 9:30 left").
const gameClockSlack = 10

// sameGameClock reports whether two clock times are both times left on a
// game clock, of the same period when both name one, close enough to tell
// one moment (gameClockSlack).
func sameGameClock(f, g *fact) bool {
	okf, pf := gameClock(f)
	okg, pg := gameClock(g)
	return okf && okg && (pf == "" || pg == "" || pf == pg) && math.Abs(f.v.Num-g.v.Num) <= gameClockSlack
}

// weekdaysByDoc are the weekday names each article gives (by doc).
func weekdaysByDoc(facts []fact) map[int]map[string]bool {
	out := map[int]map[string]bool{}
	for _, f := range facts {
		if f.v.Type != mention.VWeekday {
			continue
		}
		if out[f.doc] == nil {
			out[f.doc] = map[string]bool{}
		}
		out[f.doc][f.v.Norm] = true
	}
	return out
}

// onlyDaysOfOneDeed reports whether two weekdays are the only days their
// articles name, both of a deed done, and date the same verb, read in its
// clause, with some of the same words around it ("police arrested the
// teacher Friday" / "the retired teacher was arrested on Saturday"): two
// reports of one event that give one day each give the day of that event.
// With no shared word besides the verb they may be two events of a kind
// (arrests on two days of protests). Two only days of one verb of harm
// (verbRole: shot, stabbed, killed) need no shared word: an attack is the
// news of its story, where arrests and hearings recur.
//
// An article that names other days for other deeds ("was shot Friday …
// was charged Monday") still gives one day to the deed: two weekdays that
// are each the only day their article gives that verb (onlyVerbDay) count
// as the only days of their articles.
//
// A day its article gives the story's happening by a pronoun or a general
// noun ("It happened Friday", "the incident occurred Friday") is the day
// of the harm the other article dates ("was shot Wednesday night"), when
// it is the only weekday its article names and the harm's is the only day
// its article gives that harm (generalDayOfHarm).
func (c *comparer) onlyDaysOfOneDeed(f, g *fact, sim float64) bool {
	if f.reported || g.reported {
		return false
	}
	if c.generalDayOfHarm(f, g) || c.onlyDaysOfHarm(f, g) { // harmdays.go
		return true
	}
	only := f.onlyDay && g.onlyDay && (sim >= 0.15 || c.verbRole(f.head) == roleVictim) || f.onlyVerbDay && g.onlyVerbDay && sim >= 0.2
	return only && c.sameVerb(f.head, g.head)
}

// generalDayOfHarm reports whether one of two times dates the story's
// happening by a pronoun or a general noun of happening (generalDay:
// "It happened Friday", "the incident occurred Friday") and the other
// dates a harm done to someone: a verb WordNet files under harming
// (verbRole: shot, killed, wounded), read from its clause or its event
// noun ("in a shooting Wednesday"). An incident told by "it" is the harm
// the story reports; an arrest or a hearing is no such harm, and a day of
// it may be days after. The general day must be the only weekday of its
// article (an "it" among several days may be any of them); the harm's
// article may name other days for other deeds ("was shot Monday … was
// charged Friday": onlyVerbDay).
func (c *comparer) generalDayOfHarm(f, g *fact) bool {
	if f.generalDay == g.generalDay {
		return false
	}
	h, gen := f, g
	if f.generalDay {
		h, gen = g, f
	}
	if !gen.onlyDay || !h.onlyDay && !h.onlyVerbDay {
		return false
	}
	for _, a := range c.datedAlts(h) {
		if a.pos == lexicon.Verb && c.verbRole(a.w) == roleVictim {
			return true
		}
	}
	return false
}

// markOnlyVerbDays marks the weekdays told in the past tense whose article
// dates their verb on no other weekday (a verb read before the time or its
// dated happenings, datedAlts, closeVerbs): the day the article gives that
// deed.
func (c *comparer) markOnlyVerbDays(facts []fact) {
	for i := range facts {
		f := &facts[i]
		if f.v.Type != mention.VWeekday || f.reported || f.head == "" || f.bg != "" {
			continue
		}
		if !c.harmNounDay(f) && (mention.ClauseTense(f.sent, f.v.Start, f.v.End) != mention.TensePast || mention.PresentBefore(f.sent, f.v.Start)) {
			continue
		}
		f.onlyVerbDay = !c.otherDayOfVerb(facts, i)
	}
}

// harmNounDay reports whether a weekday dates a noun of harm done to
// someone and that noun is the verb the day dates ("is dead after a fatal
// shooting Wednesday"): a harm reported is a done deed whatever the tense
// of the clause around it, unless the clause tells of the future.
func (c *comparer) harmNounDay(f *fact) bool {
	if f.v.Event == "" || !c.isEventNoun(f.v.Event) {
		return false
	}
	b := c.lx.Base(f.v.Event, lexicon.Verb)
	return b == f.head && c.verbRole(b) == roleVictim && mention.ClauseTense(f.sent, f.v.Start, f.v.End) != mention.TenseFuture
}

// otherDayOfVerb reports whether fact i's article gives another weekday
// (another value) to fact i's verb, or names another weekday in fact i's
// sentence: two days of two deeds told in one sentence ("was arrested
// Thursday and appeared in court Friday") leave which day dates which verb
// to the reading of the clause, too weak to set one article's day against
// another's.
func (c *comparer) otherDayOfVerb(facts []fact, i int) bool {
	f := &facts[i]
	for j := range facts {
		g := &facts[j]
		if j == i || g.doc != f.doc || g.v.Type != mention.VWeekday || g.v.Norm == f.v.Norm || g.reported {
			continue
		}
		if g.v.Sentence == f.v.Sentence || c.sameVerb(f.head, g.head) {
			return true
		}
		for _, a := range c.datedAlts(g) {
			if a.pos == lexicon.Verb && c.closeVerbs(f.head, a.w) {
				return true
			}
		}
	}
	return false
}

// weekdaysApart reports whether two values' sentences both name weekdays
// and none in common: a clock time "before 11:30 p.m. on Saturday" and one
// "at 3 a.m. on Sunday" are two moments, whoever the sentences name.
func weekdaysApart(f, g *fact) bool {
	days := func(x *fact) map[string]bool {
		m := map[string]bool{}
		for _, o := range x.others {
			if o.Type == mention.VWeekday {
				m[strings.ToLower(o.Norm)] = true
			}
		}
		return m
	}
	return bothDisjoint(days(f), days(g))
}
