package compare

import (
	"strings"

	"github.com/corroborate/corroborate/internal/lexicon"
	"github.com/corroborate/corroborate/internal/mention"
	"github.com/corroborate/corroborate/internal/text"
)

// onlyAgesOfOneAct reports whether two ages, at least one of them of an
// unnamed person ("a 30-year-old man", "the 16-year-old"), are one
// person's: each is the only age its article states, and each person is
// the subject of the same act in the same voice ("a 30-year-old man was
// struck by a crane arm" / "Olek Sarn, 34, was struck"; not "a
// 19-year-old killed his father" / "Tomas Brevik, 53, was killed"), on no
// two different days. An article that states one age states the age of
// the person its story is about. Two named people are never one person by
// this (samePerson decides), nor two ages of one article.
func onlyAgesOfOneAct(f, g *fact) bool {
	named := func(x *fact) bool { return x.person != "" && !strings.HasPrefix(x.person, "~") }
	return f.v.Type == mention.VAge && g.v.Type == mention.VAge && !(named(f) && named(g)) &&
		f.unique && g.unique && f.sameType == 1 && g.sameType == 1 &&
		f.ageAct != "" && f.ageAct == g.ageAct && !twoDays(f, g)
}

// twoDays reports whether both sentences put their happenings on days
// (sentenceDays: not the day of a statement, "police said Sunday") and
// no day of one is a day of the other: the same date, a weekday and the
// date it falls on, or, unresolved, the same weekday.
func twoDays(f, g *fact) bool {
	if len(f.days) == 0 || len(g.days) == 0 {
		return false
	}
	for _, x := range f.days {
		for _, y := range g.days {
			if sameDay(x, y) {
				return false
			}
		}
	}
	return true
}

// sameDay reports whether two days of two sentences may be one: the same
// weekday (a weekday's resolution follows its verb's tense, so two
// articles' "Saturday" may resolve a week apart), the same date when a
// weekday is unknown, or either unknown.
func sameDay(x, y sentenceDay) bool {
	if x.wd >= 0 && y.wd >= 0 {
		return x.wd == y.wd
	}
	if !x.date.IsZero() && !y.date.IsZero() {
		return daysBetween(x.date, y.date) == 0
	}
	return true
}

// ageAct is the act the person of an age is the subject of: the first verb
// after the age in its clause (an apposition's commas do not end it:
// "Tomas Brevik, 53, was killed"), as "base/passive" or "base/active", or
// the event noun it follows as an of-complement (actOf); "" when none is
// found before a semicolon or a reporting or light verb, or for any other
// value.
func (c *comparer) ageAct(toks []text.Token, v mention.Value) string {
	if v.Type != mention.VAge {
		return ""
	}
	if b := c.actOf(toks, v); b != "" {
		return b + "/passive"
	}
	at := tokenFrom(toks, v.End)
	if at < 0 {
		return ""
	}
	if j := c.possessiveAsideEnd(toks, v); j > 0 {
		at = j + 1 // "Ivo Tamm, 19, whose boat sank, died": the main clause's verb
	}
	fallback, span := "", c.actSpan(toks, at)
	for k := at; k < len(toks) && k <= at+span; k++ {
		if toks[k].Text == ";" || isDash(toks, k) {
			return fallback
		}
		b, ok := c.timeVerbIn(toks, k)
		if !ok {
			continue
		}
		if b == "" {
			return fallback // a reporting or light verb: no act
		}
		if fallback == "" && ingModifier(toks, at, k) {
			fallback = b + "/active"
			continue
		}
		voice := "active"
		if c.passiveAt(toks, k, b) {
			voice = "passive"
		}
		return b + "/" + voice
	}
	return fallback
}

// ingModifier reports whether token k, a verb, is an -ing participle
// right after an age or the noun it modifies (at is the token after the
// age): the verb of a reduced relative clause that postmodifies the
// person ("a 9-year-old boy riding his bike was struck"; Quirk et al.
// 1985 §17.29), not the verb of the person's own clause, which is looked
// for after it. It is the person's act only when no other verb follows.
func ingModifier(toks []text.Token, at, k int) bool {
	if k > at+1 || !strings.HasSuffix(toks[k].Lower, "ing") {
		return false
	}
	return k == 0 || !beForms[toks[k-1].Lower]
}

// actSpan is how many tokens after token at (the token after an age) the
// verb of the age's person is looked for: ageActSpan, twice that when an
// -ing participle clause postmodifies the person (ingModifier), for the
// clause's own verb stands past it.
func (c *comparer) actSpan(toks []text.Token, at int) int {
	for k := at; k < len(toks) && k <= at+1; k++ {
		if _, ok := c.timeVerbIn(toks, k); ok && ingModifier(toks, at, k) {
			return 2 * ageActSpan
		}
	}
	return ageActSpan
}

// passiveAt reports whether the verb at token k (base b) is a passive: a
// form of "be" or "get" before it, past adverbs and "not" ("was fatally
// shot", "was not hurt", "got shot"), or, with no auxiliary, a verb of
// harm or arrest with no object after it — a past participle in a reduced
// relative clause ("a 20-year-old stabbed in the arm was flown out";
// Quirk et al. 1985 §17.30; participleWithoutObject). An -ing form is
// never one ("was fishing" is the progressive).
func (c *comparer) passiveAt(toks []text.Token, k int, b string) bool {
	if strings.HasSuffix(toks[k].Lower, "ing") {
		return false // "was fishing": the progressive, active
	}
	if j := c.skipAdverbs(toks, k-1, -1); j >= 0 {
		lw := toks[j].Lower
		if beForms[lw] || lw == "being" || c.lx.Base(lw, lexicon.Verb) == "get" {
			return true
		}
	}
	if _, irregular := irregularBase(toks[k].Lower); !irregular && !strings.HasSuffix(toks[k].Lower, "ed") {
		return false
	}
	return c.verbRole(b) != "" && c.participleWithoutObject(toks, k-1, b)
}

// actOf is the verb of the event noun whose of-complement the age's person
// is ("the striking of a 17-year-old", "the arrest of 19-year-old Ivo
// Marsh": the person undergoes it, as the subject of "was struck"), "" when
// the age follows no such noun.
func (c *comparer) actOf(toks []text.Token, v mention.Value) string {
	k := tokenFrom(toks, v.Start) - 1
	if k >= 0 {
		if tag, _ := lexicon.ClosedClass(toks[k].Lower); tag == "DT" {
			k--
		}
	}
	if k < 1 || !strings.EqualFold(toks[k].Text, "of") || c.nounBeforeOf(toks, k) < 0 {
		return ""
	}
	n := toks[c.nounBeforeOf(toks, k)].Lower
	if !c.isEventNoun(n) {
		return ""
	}
	if b := c.lx.Base(n, lexicon.Verb); b != "" && c.lx.Has(b, lexicon.Verb) {
		return b
	}
	return ""
}

// ageActSpan is how many tokens after an age its verb is looked for (a
// name and a short apposition: "Olek Sarn of Veldt, 34, was struck").
const ageActSpan = 8

// nounBeforeOf is the token of the noun an of-complement (token of)
// follows: the token before "of", or before a phrase of time between them
// ("the shooting death earlier this month of", "the arrest on Sunday of";
// a weekday, a month or a length of time with determiners, adverbs and
// "on", "last", "next"); -1 when none.
func (c *comparer) nounBeforeOf(toks []text.Token, of int) int {
	j, timed := of-1, false
	for j > 0 && j >= of-4 {
		lw := toks[j].Lower
		tag, _ := lexicon.ClosedClass(lw)
		switch {
		case calendarWord(lw) || c.lx.LengthOfTime(lw):
			timed = true
		case tag == "DT" || lw == "on" || lw == "last" || lw == "next" || c.adverb(lw):
		default:
			if timed {
				return j
			}
			return of - 1
		}
		j--
	}
	return of - 1
}
