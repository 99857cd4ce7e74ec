package compare

import (
	"github.com/corroborate/corroborate/internal/lexicon"
	"github.com/corroborate/corroborate/internal/mention"
)

// The day of a deed and the day of a deed to come. English tells what is
// arranged for a coming day in the future forms (Quirk et al. 1985
// §4.42-4.48: "will be arraigned on Friday", "is to be sentenced", "is
// due to appear", "is scheduled to", "is set for"), and a day told so is
// the day of a thing that has not happened when the article is written.
// Two outlets that give one coming act two days disagree on it ("will be
// sentenced Friday" / "sentencing is scheduled for next Thursday"), in
// whatever words each tells the rest; a deed told as done and a deed told
// as to come are two events, whatever verb they share ("was arraigned
// Monday" / "will be arraigned Friday": a second hearing, or a report
// that the first has passed), and their days are no one fact.

// dayDone and dayToCome are what a fact's dayTold says of its day.
const (
	dayDone   = 1
	dayToCome = 2
)

// markPlannedDays marks the days (weekdays and dates, not reported) whose
// clause is told in the past (dayDone) or in the future (dayToCome), and
// the weekdays told in the future of an act their article gives no other
// weekday (plannedDay): the one day the article gives that coming act.
// A verb of scheduling is no act of its own here ("is scheduled for
// Tuesday" whose subject was not read): what it schedules is unknown.
func (c *comparer) markPlannedDays(facts []fact) {
	for i := range facts {
		f := &facts[i]
		if f.v.Type != mention.VWeekday && f.v.Type != mention.VDate || f.reported || f.bg != "" {
			continue
		}
		switch mention.ClauseTense(f.sent, f.v.Start, f.v.End) {
		case mention.TensePast:
			if !mention.PresentBefore(f.sent, f.v.Start) {
				f.dayTold = dayDone
			}
		case mention.TenseFuture:
			f.dayTold = dayToCome
		}
	}
	for i := range facts {
		f := &facts[i]
		if f.dayTold != dayToCome || f.v.Type != mention.VWeekday || f.head == "" || c.closeVerbs(f.head, "schedule") || f.head == "schedule" {
			continue
		}
		f.plannedDay = !c.otherComingDay(facts, i)
	}
}

// otherComingDay reports whether fact i's article gives its coming act
// another weekday (another value, of the same verb or dated thing), or
// names another coming weekday in fact i's sentence (which day dates which
// verb is then left to the reading of the clause).
func (c *comparer) otherComingDay(facts []fact, i int) bool {
	f := &facts[i]
	for j := range facts {
		g := &facts[j]
		if j == i || g.doc != f.doc || g.v.Type != mention.VWeekday || g.v.Norm == f.v.Norm || g.reported {
			continue
		}
		if g.v.Sentence == f.v.Sentence && g.dayTold == dayToCome || c.sameVerb(f.head, g.head) {
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

// plannedDays reports whether two weekdays are the days two articles give
// one coming act: each the one day its article gives it (plannedDay), the
// same verb or dated thing ("will appear in court Thursday" / "his first
// court appearance is set for Friday"), and, when both sentences name
// people or bodies, one of them shared (two defendants' hearings are two
// acts).
func (c *comparer) plannedDays(f, g *fact) bool {
	if !f.plannedDay || !g.plannedDay {
		return false
	}
	if len(f.actors) > 0 && len(g.actors) > 0 && sharedNames(f.actors, g.actors) == 0 {
		return false
	}
	return c.sameVerb(f.head, g.head) || c.sameDatedThing(f, g)
}

// doneAndToCome reports whether one of two days is told as the day of a
// deed done and the other as the day of a deed to come, the done day
// before the date of the article that tells the deed to come
// (markPlannedDays): that article was written after the done deed and
// still told one to come, so both are true at once (a first hearing held
// and a second one set, a vigil held and a funeral planned) and they are
// two events, not one fact told two ways. The day of an event is read
// against the time of its telling (Reichenbach 1947, speech time and
// event time): a deed done after the other article was written may be the
// very deed it told to come ("is scheduled to appear Monday" written on a
// Wednesday / "appeared in court Friday"), and then the two days differ.
// Days an undated article leaves unresolved are not set in order.
func (c *comparer) doneAndToCome(f, g *fact) bool {
	if f.dayTold == dayToCome {
		f, g = g, f
	}
	if f.dayTold != dayDone || g.dayTold != dayToCome {
		return false
	}
	done, coming := calendarDay(f.v), calendarDay(g.v)
	p := c.all[g.doc].Article.Published
	return done != "" && coming != "" && done < coming && p != nil && len(*p) >= 10 && done < (*p)[:10]
}

// calendarDay is the day a weekday or a date names, "YYYY-MM-DD" ("" when
// its article left it unresolved or the date has no day).
func calendarDay(v mention.Value) string {
	if v.Type == mention.VWeekday {
		return resolvedDay(v)
	}
	if v.Type == mention.VDate && len(v.Norm) == 10 && v.Norm[4] == '-' && v.Norm[7] == '-' {
		return v.Norm
	}
	return ""
}

// comingActsOfTwo reports whether two days are told as the days of deeds
// to come (dayToCome) of two different people: each sentence names a
// person and the two share none ("Dena Ybarra will be sentenced Tuesday"
// / "Carl Metz will be sentenced Friday", two co-defendants' hearings).
// A deed to come is an arrangement made for someone: English names whom
// it is for in the clause that tells it (its subject or the object of its
// verb, Quirk et al. 1985 §4.42-4.48), so two arrangements told of two
// named people are two acts, however alike the rest of their words. A
// sentence that names no one ("The 34-year-old will be sentenced Friday")
// may be told of anyone and is left to the other readings, as
// plannedDays leaves it.
func comingActsOfTwo(f, g *fact) bool {
	return f.dayTold == dayToCome && g.dayTold == dayToCome && len(f.people) > 0 && len(g.people) > 0 && !sharePerson(f, g)
}
