package mention

import (
	"cmp"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/corroborate/corroborate/internal/dates"
	"github.com/corroborate/corroborate/internal/lexicon"
	"github.com/corroborate/corroborate/internal/text"
)

// Precisions of resolved time expressions.
const (
	PrecDay       = "day"
	PrecWeek      = "week"
	PrecPartWeek  = "part of week"
	PrecMonth     = "month"
	PrecPartMonth = "part of month"
	PrecYear      = "year"
	PrecPartYear  = "part of year"
)

// Timex is a time expression found in a sentence and resolved to a date.
type Timex struct {
	// Expression is the text as written.
	Expression string
	// Start and End are byte offsets in the sentence.
	Start, End int
	// Date is "YYYY", "YYYY-MM" or "YYYY-MM-DD"; empty when unresolved.
	Date string
	// Precision is one of the Prec* constants.
	Precision string
	// Part is "early", "mid" or "late" for parts of weeks, months and years.
	Part string
	// Confidence is how sure the resolution is (0..1).
	Confidence float64
	// Relative reports whether the expression needed a reference date.
	Relative bool
	// Weekday is the weekday the expression names, or -1.
	Weekday time.Weekday
	// Period marks a stretch of time ("the past three months", "since
	// May", "through 2015") rather than the date of an event.
	Period bool
	// Stamp marks the date of a dateline or a page time stamp: when the
	// article was written, not an event.
	Stamp bool
	// Attribute marks a date that describes a thing or a person, not
	// when something happened: a vehicle's model year, a date of birth
	// in a record, a school class named by its year, the "today" of an
	// instruction to the reader (see attributes.go). Only the timeline
	// leaves it out; the other readers see the date as before.
	Attribute bool
}

const monthAlt = `January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?`
const weekdayAlt = `Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday`

var (
	// "March 3", "Mar. 3", "3 March" (no year).
	reMonthDay = regexp.MustCompile(`\b(` + monthAlt + `)\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(\d{4}))?|\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(` + monthAlt + `)\b(?:,?\s+(\d{4}))?`)
	// "in late April", "early March", "in November", "since May", "last February", "March 2024".
	reMonth = regexp.MustCompile(`(?i:\b(in|since|during|until|by|from|last|this|next|early|mid|late|mid-|the end of|the start of|the beginning of|the middle of)\s+)?(?i:(early|mid|late)[\s-]+)?\b(` + `January|February|March|April|May|June|July|August|September|October|November|December` + `)\b(?:,?\s+(?:of\s+)?(\d{4})\b)?`)
	// "on Thursday", "Monday", "last Friday", "this Wednesday", "Saturday's".
	// "Oct. 2011", "Sept. 2012": an abbreviated month with its year (the
	// full names are read by reMonth).
	reMonthAbbrYear = regexp.MustCompile(`\b(Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.\s+((?:19|20)\d{2})\b`)
	reWeekday       = regexp.MustCompile(`(?i:\b(on|this|last|next|since|by|until|late|early)\s+(?:(?:this|last|next)\s+)?)?\b(` + weekdayAlt + `)\b`)
	// Years: "in 2009", "since 2012", "2024".
	reYear = regexp.MustCompile(`(?i:\b(in|since|during|until|by|from|of|for|before|after|early|late|mid)\s+)?\b((?:19|20)\d{2})\b`)
	// Relative periods.
	reRelative = regexp.MustCompile(`(?i)\b(?:(early|late|mid|earlier|later)[\s-]+)?(?:(last|this|next|past|previous|coming)\s+(week|month|year|weekend)|(yesterday|today|tonight|tomorrow)|(earlier|later) this (week|month|year)|the (past|last|previous) (two|three|four|five|six|seven|eight|nine|ten|\d+|few|several) (days|weeks|months|years))\b`)
	reHalf     = regexp.MustCompile(`(?i)\b(?:the\s+)?(first|second) half of ((?:19|20)\d{2})\b|\b(?:the\s+)?(first|second|third|fourth) quarter of ((?:19|20)\d{2})\b`)
)

var numberWords = map[string]int{"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "few": 3, "several": 3}

// Times finds and resolves the time expressions of a sentence against ref
// (the article's publication date, or the story's when it has none; zero
// when unknown: then relative expressions stay unresolved). A date written
// without its year, a month or a weekday is resolved in the direction the
// tense of its clause gives (see ClauseTense).
func Times(sentence string, ref dates.Date, refConf float64) []Timex {
	// Cheap tests first: most sentences have no time expression, and the
	// regular expressions below are the costliest part of the layer.
	low := strings.ToLower(sentence)
	hasDigit := strings.ContainsAny(sentence, "0123456789")
	hasMonth, hasDay, hasRel := scanTimeWords(low)
	if !hasDigit && !hasMonth && !hasRel {
		return nil
	}
	x := &timeScan{s: sentence, low: low, ref: ref, refConf: refConf}
	if hasDigit {
		x.fullDates()
		x.halves()
	}
	if hasMonth {
		if hasDigit {
			x.monthDays()
			x.monthAbbrYears()
		}
		x.months()
	}
	if hasDay {
		x.weekdays()
	}
	if hasRel {
		x.relatives()
	}
	if hasDigit {
		x.years()
	}
	x.joinOfYear()
	x.markPeriods()
	x.markForecasts()
	x.markStamps()
	x.markHabits()
	x.markYearSpans()
	x.markPostStamps()
	x.markAttributes()
	x.carryYear()
	sortTimes(x.out)
	x.weekdaysTakeTheirDate()
	return x.out
}

// timeScan holds one sentence's scan: each pass adds the expressions of
// one kind that do not overlap those found before.
type timeScan struct {
	s, low  string
	ref     dates.Date
	refConf float64
	out     []Timex
}

func (x *timeScan) add(t Timex) {
	for _, o := range x.out {
		if t.Start < o.End && t.End > o.Start {
			return
		}
	}
	x.out = append(x.out, t)
}

func (x *timeScan) sub(m []int, i int) string { return sub(x.s, m, i) }

// fullDates: dates written with their year.
func (x *timeScan) fullDates() {
	for _, f := range dates.FindAll(x.s) {
		d := dates.PreferredReading(f) // "3/10/2015" month first, "07-04-2022" day first
		d = slippedYear(x.ref, x.s[:f.End], d)
		x.add(Timex{Expression: x.s[f.Start:f.End], Start: f.Start, End: f.End, Date: d.String(), Precision: PrecDay, Confidence: dates.ConfWritten, Weekday: -1})
	}
}

// halves: "the second half of 2011", "the third quarter of 2024".
func (x *timeScan) halves() {
	if !strings.Contains(x.low, "half") && !strings.Contains(x.low, "quarter") {
		return
	}
	for _, m := range reHalf.FindAllStringSubmatchIndex(x.s, -1) {
		y := x.sub(m, 2) + x.sub(m, 4)
		part := "early"
		if w := x.sub(m, 1) + x.sub(m, 3); w == "second" || w == "third" {
			part = "late"
			if w == "second" && x.sub(m, 3) != "" {
				part = "mid"
			}
		} else if w == "fourth" {
			part = "late"
		}
		x.add(Timex{Expression: x.s[m[0]:m[1]], Start: m[0], End: m[1], Date: y, Precision: PrecPartYear, Part: part, Confidence: dates.ConfWritten, Weekday: -1})
	}
}

// monthDays: "March 3", "3 March", "Nov. 8" — with or without a year.
func (x *timeScan) monthDays() {
	for _, m := range reMonthDay.FindAllStringSubmatchIndex(x.s, -1) {
		mon := dates.MonthNumber(x.sub(m, 1) + x.sub(m, 5))
		day, _ := strconv.Atoi(x.sub(m, 2) + x.sub(m, 4))
		yr, _ := strconv.Atoi(x.sub(m, 3) + x.sub(m, 6))
		t := Timex{Expression: x.s[m[0]:m[1]], Start: m[0], End: m[1], Precision: PrecDay, Weekday: -1, Confidence: dates.ConfWritten}
		if yr == 0 {
			if x.ref.IsZero() {
				continue
			}
			tense := ClauseTense(x.s, m[0], m[1])
			yr, t.Relative = dayYear(x.ref, mon, day, tense), true
			if (tense == TensePast || tense == TenseNone) && (premodifies(x.s, m[0], m[1]) && defers(x.s, m[0], m[1]) || appointment(x.s[:m[0]])) {
				yr = soonYear(x.ref, mon, day, yr)
			}
			yr = weekdayYear(x.ref, x.s[:m[0]], mon, day, yr)
			t.Confidence = dates.ConfDayOfMonth * x.refConf
		}
		if !dates.Valid(yr, mon, day) {
			continue
		}
		t.Date = dates.Date{Year: yr, Month: mon, Day: day}.String()
		x.add(t)
	}
}

// reWeekdayBefore is a weekday written just before a date ("Monday, Nov.
// 21", "Tues. Nov. 22").
var reWeekdayBefore = regexp.MustCompile(`\b(` + weekdayAlt + `|Mon|Tues?|Wed|Thu(?:rs)?|Fri|Sat|Sun)\.?,?\s+$`)

// weekdayYear returns the year of a day written without one whose weekday
// is written before it (before: the sentence up to the day): of the year
// before ref's, ref's and the next, the one in which the day falls on that
// weekday ("the ferry was due back Tuesday, June 8" in an article of June
// 4 is this year's June 8, a Tuesday, though the clause is past), nearest
// yr; yr itself when it agrees or none does. Another year is taken only
// when it keeps the day within a year of ref, the span a date written
// without its year is read in (dayYear): "on Tuesday, October 14" in an
// article of late October is a mistyped day of that month, not the October
// 14 of the year before, more than a year old.
func weekdayYear(ref dates.Date, before string, mon, day, yr int) int {
	m := reWeekdayBefore.FindStringSubmatch(before)
	if m == nil {
		return yr
	}
	w, ok := dates.WeekdayNumber(m[1])
	if !ok {
		return yr
	}
	for _, y := range []int{yr, ref.Year, ref.Year - 1, ref.Year + 1} {
		if !dates.Valid(y, mon, day) {
			continue
		}
		d := dates.Date{Year: y, Month: mon, Day: day}
		if gap := d.Time().Sub(ref.Time()); d.Weekday() == w && (y == yr || gap < 365*24*time.Hour && gap > -365*24*time.Hour) {
			return y
		}
	}
	return yr
}

// premodifies reports whether the day s[start:end] stands between a
// determiner and a noun ("the Nov. 15 hearing", "a March 3 vote"): the date
// of that noun's event, not of the clause's verb ("the Nov. 15 hearing was
// postponed" tells of a hearing still ahead).
func premodifies(s string, start, end int) bool {
	before := strings.Fields(s[:start])
	after := strings.Fields(s[end:])
	if len(before) == 0 || len(after) == 0 || !determiners[strings.ToLower(before[len(before)-1])] {
		return false
	}
	next := strings.TrimRight(after[0], ".,;:!?")
	r, _ := utf8.DecodeRuneInString(next)
	if !unicode.IsLower(r) || lexicon.IsIndexStopword(next) {
		return false
	}
	lx := lexicon.Default()
	return lx.Has(lx.Base(next, lexicon.Noun), lexicon.Noun)
}

// defers reports whether the event a premodifying day dates (see
// premodifies) is moved, called off or scheduled: a verb of deferral
// (deferVerb: "postponed", "delayed", "rescheduled") or a synonym of
// "cancel" in WordNet ("cancelled", "called off", "scrubbed") right before
// its determiner ("the judge cancelled the Nov. 15 hearing") or within
// three words after its noun ("the Nov. 15 hearing was postponed"), or
// there a participle of scheduling or intention ("a Nov. 15 hearing was
// set", "… was scheduled").
func defers(s string, start, end int) bool {
	ws := words(s)
	first, last := wordsOver(ws, start, end)
	if first < 1 {
		return false
	}
	lx := lexicon.Default()
	deferring := func(k int) bool {
		if k < 0 || k >= len(ws) || ws[k].boundary {
			return false
		}
		b := lx.Base(ws[k].low, lexicon.Verb)
		if b == ws[k].low {
			return false // not an inflected verb
		}
		return deferVerb(b) || b == "cancel" || lx.Synonyms(b, "cancel", lexicon.Verb)
	}
	if deferring(first - 2) {
		return true
	}
	for k := last + 2; k <= last+4 && k < len(ws) && !ws[k].boundary; k++ {
		// "the Nov. 15 hearing was set", "… was scheduled": a
		// participle of scheduling, readiness or intention (futureCue)
		// after the noun puts its event ahead as a deferral does.
		if deferring(k) || isPastForm(ws[k].low) && futureCue(ws[k].low) || ws[k].low == "set" && perfectAux[ws[k-1].low] {
			return true
		}
	}
	return false
}

// reAppointment is the noun "date" with the preposition that gives its
// day ("a court date of", "a new trial date for", "the date set for").
var reAppointment = regexp.MustCompile(`(?i)\bdates?\s+(?:(?:was\s+|is\s+)?set\s+)?(?:of|for)\s+$`)

// appointment reports whether a day is the one an appointment is made for
// (before: the sentence up to the day): "she was handed a hearing date of May 2"
// tells of a past clause but a day still ahead, like a deferral (soonYear).
func appointment(before string) bool {
	return reAppointment.MatchString(before)
}

// soonYear returns the year of a day named as an event's date (see
// premodifies) in a clause in the past or without tense that defers or
// calls it off: the coming such day when it lies within 60 days of ref (a
// scheduled event: "the Nov. 15 hearing was postponed"), else year (the
// reading of the clause's tense).
func soonYear(ref dates.Date, mon, day, year int) int {
	for _, y := range []int{ref.Year, ref.Year + 1} {
		d := dates.Date{Year: y, Month: mon, Day: day}
		if !dates.Valid(y, mon, day) || d.Time().Before(ref.Time()) {
			continue
		}
		if d.Time().Sub(ref.Time()) <= 60*24*time.Hour {
			return y
		}
		break
	}
	return year
}

// months: "in late April", "last February", "March 2024", "since May".
func (x *timeScan) months() {
	// The scan begins monthLeadFields words before the first month's name.
	q := firstMonthName(x.s)
	if q < 0 {
		return
	}
	for _, m := range text.FindAllFrom(reMonth, x.s, q, monthLeadFields) {
		prep, part := monthPrepPart(strings.ToLower(x.sub(m, 1)), strings.ToLower(x.sub(m, 2)))
		mon := dates.MonthNumber(x.sub(m, 3))
		yr, _ := strconv.Atoi(x.sub(m, 4))
		// "May" alone is too often the verb: require a cue. So is a bare
		// month opening the sentence, where its capital says nothing, when
		// the word is also an English verb or adjective (WordNet): "March
		// participants chanted", "August company".
		bare := prep == "" && part == "" && yr == 0
		if bare && (mon == 5 || sentenceStart(x.s, m[0]) && monthIsWord(x.sub(m, 3)) && !verbFollows(x.s[m[1]:])) || yr != 0 && !dates.Valid(yr, mon, 1) {
			continue
		}
		if yr == 0 && monthInName(x.s, m[6], m[7], bare) {
			continue
		}
		t := Timex{Expression: x.s[m[0]:m[1]], Start: m[0], End: m[1], Precision: PrecMonth, Weekday: -1, Confidence: dates.ConfWritten}
		if part != "" {
			t.Precision, t.Part = PrecPartMonth, part
		}
		if yr == 0 {
			if x.ref.IsZero() {
				continue
			}
			t.Relative = true
			tense := ClauseTense(x.s, m[0], m[1])
			yr = monthYear(x.ref, mon, prep, tense)
			if bare && mon == x.ref.Month && (tense == TensePast || tense == TenseNone) && premodifies(x.s, m[0], m[1]) {
				// "a December crash" told in December: a month that
				// names an event's time instead of "this month" or
				// "earlier this month" is another year's, the last.
				yr = x.ref.Year - 1
			}
			t.Confidence = dates.ConfMonth * x.refConf
		}
		t.Date = strconv.Itoa(yr) + "-" + two(mon)
		x.add(t)
	}
}

// monthInName reports whether the month's name s[start:end], written
// without a year, is the first word of a name: a street's, when the next
// word is a street suffix of USPS Publication 28 ("a house on October
// Lane"), or, for a month with no preposition or part before it (bare), a
// person's, when a capitalised word other than a month, a weekday or an
// ordinal follows ("the neighbour, April <Surname>, said"). A determiner,
// possessive or number before the month makes it a modifier that dates its
// noun ("a June <Court> ruling", "the city's July <Festival>"), and a line
// in title case capitalises every word, so neither is a name.
func monthInName(s string, start, end int, bare bool) bool {
	rest := s[end:]
	if !strings.HasPrefix(rest, " ") {
		return false
	}
	next := strings.Fields(rest)
	if len(next) == 0 {
		return false
	}
	w := strings.TrimRight(next[0], namePunct)
	r, _ := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) || strings.ToUpper(w) == w {
		return false // lower case; an abbreviation or a line in capitals
	}
	lw := strings.ToLower(w)
	if _, ok := StreetWord(strings.TrimSuffix(lw, ".")); ok {
		return true
	}
	if _, wd := dates.WeekdayNumber(w); !bare || wd || dates.MonthNumber(w) > 0 || ordinals[lw] > 0 || lw == "first" {
		return false
	}
	before := strings.Fields(s[:start])
	if len(before) > 0 {
		p := strings.ToLower(strings.Trim(before[len(before)-1], "\"“(["))
		if determiners[p] || modelDeterminers[p] || possessiveWord(p) || numberWords[p] > 0 || strings.ContainsAny(p, "0123456789") {
			return false
		}
	}
	return !titleCased(strings.Fields(s))
}

// sentenceStart reports whether only quotes, brackets or spaces come before i.
func sentenceStart(s string, i int) bool {
	return strings.TrimLeft(s[:i], " \"“‘'([") == ""
}

// monthIsWord reports whether a month's name, in lower case, is also an
// English verb or adjective in WordNet ("march", "august").
func monthIsWord(name string) bool {
	lx := lexicon.Default()
	w := strings.ToLower(name)
	return lx.Has(w, lexicon.Verb) || lx.Has(w, lexicon.Adj)
}

// verbFollows reports whether the next word of rest is a verb of a
// clause — an auxiliary, a past form, a present in -s ("March was", "March
// saw", "March marks") — so that a month opening the sentence is its
// subject, not a noun's modifier ("March participants").
func verbFollows(rest string) bool {
	ws := words(rest)
	if len(ws) == 0 || ws[0].boundary {
		return false
	}
	w := ws[0].low
	if futureAux[w] || pastAux[w] || presentAux[w] && w != "to" || isPastForm(w) {
		return true
	}
	lx := lexicon.Default()
	base := lx.Base(w, lexicon.Verb)
	return strings.HasSuffix(w, "s") && base != w && lx.Has(base, lexicon.Verb)
}

// monthAbbrYears: "Oct. 2011".
func (x *timeScan) monthAbbrYears() {
	for _, m := range reMonthAbbrYear.FindAllStringSubmatchIndex(x.s, -1) {
		mon := dates.MonthNumber(x.sub(m, 1))
		yr, _ := strconv.Atoi(x.sub(m, 2))
		if mon == 0 || !dates.Valid(yr, mon, 1) {
			continue
		}
		x.add(Timex{Expression: x.s[m[0]:m[1]], Start: m[0], End: m[1], Date: strconv.Itoa(yr) + "-" + two(mon),
			Precision: PrecMonth, Weekday: -1, Confidence: dates.ConfWritten})
	}
}

// monthPrepPart reads the words before a month: a preposition or "last" /
// "next", and a part ("early", "mid", "late").
func monthPrepPart(prep, part string) (string, string) {
	if prep == "early" || prep == "mid" || prep == "late" || prep == "mid-" {
		part, prep = strings.TrimSuffix(prep, "-"), ""
	}
	switch prep {
	case "the end of":
		part = "late"
	case "the start of", "the beginning of":
		part = "early"
	case "the middle of":
		part = "mid"
	}
	return prep, part
}

// weekdays: "on Thursday", "last Friday", "next Monday".
func (x *timeScan) weekdays() {
	// Every match holds a weekday's name, written with its capital
	// (reWeekday's names are not case-folded), so "day" as written; at
	// most two words come before it ("since last Monday").
	q := strings.Index(x.s, "day")
	if q < 0 {
		return
	}
	for _, m := range text.FindAllFrom(reWeekday, x.s, q, 2) {
		if m[2] < 0 && inName(x.s, m[0]) {
			continue
		}
		w, _ := dates.WeekdayNumber(x.sub(m, 2))
		t := Timex{Expression: x.s[m[0]:m[1]], Start: m[0], End: m[1], Precision: PrecDay, Relative: true, Weekday: w}
		mod := strings.ToLower(x.sub(m, 1))
		if le := strings.ToLower(t.Expression); strings.Contains(le, "next") {
			mod = "next"
		} else if strings.Contains(le, "last") {
			mod = "last"
		}
		if !x.ref.IsZero() {
			d := weekdayDate(x.ref, w, mod, ClauseTense(x.s, m[0], m[1]))
			t.Date, t.Confidence = d.String(), dates.ConfWeekday*x.refConf
		}
		x.add(t)
	}
}

// relatives: "yesterday", "last week", "earlier this month", "the past three months".
func (x *timeScan) relatives() {
	// The scan begins four words before the first key (relativeKeys).
	q := firstRelativeKey(x.s)
	if q < 0 {
		return
	}
	for _, m := range text.FindAllFrom(reRelative, x.s, q, 4) {
		if todayInName(x.s, m[0], m[1]) {
			continue
		}
		t := Timex{Expression: x.s[m[0]:m[1]], Start: m[0], End: m[1], Relative: true, Weekday: -1}
		part := strings.ToLower(x.sub(m, 1))
		switch part {
		case "earlier":
			part = "early"
		case "later":
			part = "late"
		}
		t.Part = part
		if !x.ref.IsZero() {
			x.resolveRelative(&t, m, part)
		}
		if t.Part != "" && t.Precision == PrecWeek {
			t.Precision = PrecPartWeek
		}
		x.add(t)
	}
}

// todayInName reports whether a bare "today" at s[start:end] is part of a
// name: written with a capital (or in capitals) inside a sentence of
// ordinary case, not where a clause may open (the sentence start, after a
// colon, a dash, a quotation mark or a bracket), it names a newspaper, a
// programme or a station ("a <Paper> Today survey", "told TODAY'S <Call
// sign>"), as a weekday after a capitalised word does (inName). A line in
// title case or in capitals capitalises every word, so its "Today" is the
// day.
func todayInName(s string, start, end int) bool {
	w := s[start:end]
	if !strings.EqualFold(w, "today") || w == "today" {
		return false
	}
	before := strings.TrimRight(s[:start], " ")
	if before == "" || strings.HasSuffix(before, ".") || strings.ContainsAny(before[len(before)-1:], ":;\"'(-[!?") ||
		strings.HasSuffix(before, "—") || strings.HasSuffix(before, "–") || strings.HasSuffix(before, "“") || strings.HasSuffix(before, "‘") {
		return false
	}
	return strings.ToUpper(s) != s && !titleCased(strings.Fields(s))
}

// resolveRelative dates a relative expression matched by reRelative.
func (x *timeScan) resolveRelative(t *Timex, m []int, part string) {
	rt := x.ref.Time()
	t.Confidence = dates.ConfRelative * x.refConf
	switch {
	case x.sub(m, 4) != "":
		switch strings.ToLower(x.sub(m, 4)) {
		case "yesterday":
			rt = rt.AddDate(0, 0, -1)
		case "tomorrow":
			rt = rt.AddDate(0, 0, 1)
		}
		t.Date, t.Precision = dates.FromTime(rt).String(), PrecDay
	case x.sub(m, 3) != "":
		which, unit := strings.ToLower(x.sub(m, 2)), strings.ToLower(x.sub(m, 3))
		step := 0
		switch which {
		case "last", "past", "previous":
			step = -1
		case "next", "coming":
			step = 1
		}
		t.Date, t.Precision = periodDate(rt, unit, step, part)
	case x.sub(m, 6) != "":
		t.Date, t.Precision = periodDate(rt, strings.ToLower(x.sub(m, 6)), 0, "early")
		t.Part = "early"
		if strings.ToLower(x.sub(m, 5)) == "later" {
			t.Part = "late"
		}
	case x.sub(m, 9) != "":
		n := numberWords[strings.ToLower(x.sub(m, 8))]
		if n == 0 {
			n, _ = strconv.Atoi(x.sub(m, 8))
		}
		unit := strings.TrimSuffix(strings.ToLower(x.sub(m, 9)), "s")
		var from time.Time
		switch unit {
		case "day":
			from = rt.AddDate(0, 0, -n)
		case "week":
			from = rt.AddDate(0, 0, -7*n)
		case "month":
			from = monthStep(rt, -n)
		default:
			from = rt.AddDate(-n, 0, 0)
		}
		t.Period = true
		t.Date, t.Precision = dates.FromTime(from).String()[:7], PrecMonth
		if unit == "year" {
			t.Date, t.Precision = strconv.Itoa(from.Year()), PrecYear
		}
		t.Confidence *= dates.ConfPeriodFactor
	}
}

// years: "in 2009", "since 2012", a bare "2024" not followed by a counted noun.
func (x *timeScan) years() {
	if !hasYearFigures(x.s) {
		return // reYear needs "19" or "20" and two more figures
	}
	for _, m := range reYear.FindAllStringSubmatchIndex(x.s, -1) {
		y := x.sub(m, 2)
		prep := strings.ToLower(x.sub(m, 1))
		// A bare four-digit number is a year only with a cue or when it
		// is not followed by a counted noun.
		if prep == "" && followsCountNoun(x.s[m[1]:]) || yearDecade(y, x.s[m[1]:]) || inDigitChain(x.s, m[4], m[5]) || prep == "" && labelNumber(x.s, m[4]) || (prep == "" || prep == "from") && houseNumber(x.s, m[4], m[5]) || prep == "" && hundredBlock(x.s[m[5]:]) {
			continue
		}
		t := Timex{Expression: x.s[m[0]:m[1]], Start: m[0], End: m[1], Date: y, Precision: PrecYear, Confidence: dates.ConfWritten, Weekday: -1}
		if prep == "early" || prep == "late" || prep == "mid" {
			t.Precision, t.Part = PrecPartYear, prep
		}
		x.add(t)
	}
}

// hasYearFigures reports whether s holds four figures opening with "19"
// or "20", what reYear needs: most sentences with a figure hold no year.
func hasYearFigures(s string) bool {
	for i := 0; i+4 <= len(s); i++ {
		if (s[i] == '1' && s[i+1] == '9' || s[i] == '2' && s[i+1] == '0') && isASCIIDigit(s[i+2]) && isASCIIDigit(s[i+3]) {
			return true
		}
	}
	return false
}

// isDecade reports whether a year is the start of a decade's name: "1990s",
// "the 1990's".
func isDecade(rest string) bool {
	return strings.HasPrefix(rest, "s") || strings.HasPrefix(rest, "'s") || strings.HasPrefix(rest, "’s")
}

// yearDecade reports whether year y followed by rest names a decade: a
// year ending in 0 ("the 1990s", "the 1960's"); "1983's album" is the
// album of a year.
func yearDecade(y, rest string) bool {
	return strings.HasSuffix(y, "0") && isDecade(rest) || strings.HasPrefix(rest, "s")
}

// inName reports whether a weekday written at start is part of a name
// ("the Free Sunday newspaper", "Super Tuesday"): the word just before it is
// capitalised and does not open the sentence, and the weekday does not
// follow a name as its time (nameThenDay).
func inName(s string, start int) bool {
	before := strings.TrimRight(s[:start], " ")
	if len(before) != start-1 || before == "" || strings.HasSuffix(before, ",") {
		return false // not one space before, or a comma: a bracket, the sentence start, "in Ostby, Sunday"
	}
	i := strings.LastIndexAny(before, " \n\"“(") + 1
	prev := before[i:]
	if i == 0 || prev == "" {
		return false
	}
	r, _ := utf8.DecodeRuneInString(prev)
	if !unicode.IsUpper(r) || dates.MonthNumber(prev) > 0 || strings.ToUpper(prev) == prev {
		return false // lower case; a month ("Jan. Monday"); a time zone or dateline in capitals
	}
	_, weekday := dates.WeekdayNumber(prev)
	return !weekday && !nameThenDay(s, before[:i], prev, start)
}

// DayPartWords are the parts of the day a day's name takes ("Friday
// night", "Monday morning": WordNet's noun.time hyponyms of "time of day"
// that follow a day's name), as a regular-expression alternation.
const DayPartWords = `morning|afternoon|evening|night|overnight`

// reDayPart is a part of the day written after a weekday ("Friday
// morning").
var reDayPart = regexp.MustCompile(`^[A-Za-z]+day\s+(?:` + DayPartWords + `)\b`)

// nameThenDay reports whether a weekday after the capitalised word prev
// (head is the text before prev) is the time of what a name did, not the
// name's last word: it takes a part of the day ("at the Harbor Inn Friday
// morning"), or prev ends a name of two capitalised words ("told the Daily
// News Thursday") or is no common English word ("in Tarvik Sunday"). A
// named day WordNet lists ("Good Friday", "Palm Sunday") stays a name, and
// so does a weekday after one common word ("Super Tuesday").
func nameThenDay(s, head, prev string, start int) bool {
	end := start + strings.IndexFunc(s[start:], func(r rune) bool { return !unicode.IsLetter(r) })
	if end < start {
		end = len(s)
	}
	lx := lexicon.Default()
	if lx.Has(strings.Trim(prev, ".'’")+"_"+s[start:end], lexicon.Noun) {
		return false
	}
	if reDayPart.MatchString(s[start:]) {
		return true
	}
	bare := strings.Trim(prev, ".'’")
	if bare == "" {
		return false
	}
	h := strings.TrimRight(head, " ")
	if len(h) == len(head)-1 && h != "" {
		w := h[strings.LastIndexAny(h, " \n\"“(")+1:]
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) && !strings.HasSuffix(w, ".") || w == "St." {
			return true
		}
	}
	return !lx.IsCommon(bare)
}

// Words that make a time expression a stretch of time, not the date of an
// event: a duration ("since May", "for the past month", "over the last
// week", "since the start of 1996") or the end of a forecast or deadline
// ("through 2015", "by 2030", "until June", "through the end of June"; "by
// the end of 1983" may date what had happened by then and stays a date).
var periodLeadRe = regexp.MustCompile(`(?i)(?:\b(?:since|through|thru|throughout|until|till|by|within)\s+(?:the\s+)?|\b(?:since|through|thru|throughout|until|till)\s+the\s+(?:end|close|start|beginning|middle)\s+|\b(?:for|over|in|during|within)\s+the\s+)$`)

// dayAfterTheRe is "in the", "for the", "over the" or "during the" right
// before a time: the lead of a stretch ("in the past three months"), unless
// the time is one named day.
var dayAfterTheRe = regexp.MustCompile(`(?i)\b(?:for|over|in|during)\s+the\s+$`)

// A bound of a stretch of time: "since 2014", "from 1995", "before 1997",
// "after June".
var periodExprRe = regexp.MustCompile(`(?i)^(?:since|until|by|from|before|after)\b`)

// A range of time: "from 1993 to 2001", "1958 to 1963", "between 2001 and 2005".
var (
	rangeLeadRe  = regexp.MustCompile(`(?i)\b(?:from|between)\s+$`)
	rangeStartRe = regexp.MustCompile(`(?i)^\s*(?:to|until|through|[-–—])\s*\S`)
	rangeEndRe   = regexp.MustCompile(`(?i)(?:\bto|\buntil|\bthrough|[-–—])\s*$`)
	rangeAndRe   = regexp.MustCompile(`(?i)\band\s+$`)
)

// yearOfEvents reports whether a time expression is a year alone followed
// by a plural noun of events or acts ("the 1971 lootings", "the 2010
// elections": lexicon.EventNoun).
func yearOfEvents(s string, t Timex) bool {
	if len(t.Expression) != 4 || t.Precision != PrecYear || strings.Trim(t.Expression, "0123456789") != "" {
		return false
	}
	next := strings.Fields(s[t.End:])
	if len(next) == 0 {
		return false
	}
	w := strings.TrimRight(next[0], ".,;:!?")
	_, ev := lexicon.Default().EventNoun(w)
	return ev && strings.HasSuffix(w, "s") && w == strings.ToLower(w)
}

// notUntilRe is "not until" (or "n't until", "never until") right before a
// time: a focus construction naming when something happened, no bound of a
// stretch of time (CGEL 2002, ch. 8 §10: "until" under negation).
var notUntilRe = regexp.MustCompile(`(?i)(?:\bnot|n['’]t|\bnever)\s+until\s+$`)

// markPeriods flags durations, ranges and forecast horizons as periods.
func (x *timeScan) markPeriods() {
	for i := range x.out {
		t := &x.out[i]
		// The patterns read before the time are anchored at its start
		// and hold at most three words (periodLeadRe: "since the end"):
		// they are asked of the last three (text.LastFields).
		before := text.LastFields(x.s[:t.Start], 3)
		switch {
		case notUntilRe.MatchString(before):
			// "It was not until June 3 that …": the moment it happened.
		case yearOfEvents(x.s, *t):
			// "in the 1998 floods": a year before a plural noun of events
			// dates those events, it bounds no stretch of time.
		case dayAfterTheRe.MatchString(before) && t.Precision == PrecDay && (t.Weekday >= 0 || strings.ContainsAny(t.Expression, "0123456789")):
			// "in the March 4 referendum", "during the Sunday vote": a
			// day after "the" modifies the noun that follows it; one day
			// is no stretch of time ("in the past week" is).
		case periodExprRe.MatchString(t.Expression) || periodLeadRe.MatchString(before) || rangeLeadRe.MatchString(before):
			t.Period = true
		case rangeStartRe.MatchString(x.s[t.End:]) && x.endsRange(t.End):
			t.Period = true // the start of "1958 to 1963"
		case rangeEndRe.MatchString(before) && x.startsRange(t.Start):
			t.Period = true // its end
		case rangeAndRe.MatchString(before) && x.afterBetween(t.Start):
			t.Period = true // the end of "between 2001 and 2005"
		}
	}
}

// afterBetween reports whether the time expression starting at start
// closes a range opened by "between" ("between 2001 and 2005").
func (x *timeScan) afterBetween(start int) bool {
	for _, o := range x.out {
		if o.End < start && start-o.End <= 6 && rangeLeadRe.MatchString(x.s[:o.Start]) && strings.HasPrefix(strings.ToLower(strings.TrimSpace(x.s[max(0, o.Start-8):o.Start])), "between") {
			return true
		}
	}
	return false
}

// endsRange reports whether another time expression follows the one ending
// at end, after a range word ("to", "and", a dash).
func (x *timeScan) endsRange(end int) bool {
	for _, o := range x.out {
		if o.Start > end && o.Start-end <= 10 && rangeEndRe.MatchString(x.s[end:o.Start]) {
			return true
		}
	}
	return false
}

// startsRange reports whether another time expression precedes the one
// starting at start, before a range word.
func (x *timeScan) startsRange(start int) bool {
	for _, o := range x.out {
		if o.End < start && start-o.End <= 10 && rangeStartRe.MatchString(x.s[o.End:start]+"x") {
			return true
		}
	}
	return false
}

var (
	// The start of a dateline: "WASHINGTON, ", "SPRINGFIELD, Ill., ", "Lyon, ".
	datelinePlaceRe = regexp.MustCompile(`^\s*\p{Lu}[\p{L}.'’\-]*(?:\s+\p{Lu}[\p{L}.'’\-]*)*(?:,\s*\p{Lu}[\p{L}.'’\-]*(?:\s+\p{Lu}[\p{L}.'’\-]*)*)*,?\s*$`)
	// What closes a dateline: an agency in brackets and a dash.
	datelineEndRe = regexp.MustCompile(`^\s*,?\s*(?:\([^()]{1,40}\))?\s*(?:[-–—]+|:)\s`)
	// A clock time right after a date: ", 09:12", " 7:05 am", " @ 2:47PM".
	stampClockRe = regexp.MustCompile(`^\s*[,|@-]?\s*(?:at\s+)?\d{1,2}[:.]\d{2}\b`)
	// Words of a time stamp line: "Posted: Tue Apr 15, 2008 3:07pm EDT | Updated ...".
	// Sources: the labels of the page-date properties of schema.org
	// (datePublished, dateModified, dateCreated: "published", "updated",
	// "modified", "created", with "first"/"last" as in "first published",
	// "last modified") and WordPress core's default "Posted on"; the access
	// labels of the citation styles (APA 7 §9.16 "Retrieved", MLA 9
	// "Accessed", and "Downloaded"); the closed class of prepositions of time
	// (Quirk et al. 1985 §9.33: on, at, by) and "ago"; the meridiem marks;
	// the zone abbreviations of the IANA tz database and "hrs"; the units of
	// time of ISO 8601-1.
	stampWordRe = regexp.MustCompile(`(?i)\b(?:posted|published|updated|last|modified|created|first|downloaded|retrieved|accessed|ago|on|at|by|am|pm|a\.\s?m|p\.\s?m|gmt|utc|[ecmp][sd]t|bst|cet|cest|ist|hrs?|et|(?:second|minute|hour|day|week|month|year)s?)\b|\d{1,2}(?::\d{2}){1,2}\s*(?:am|pm|a\.m\.|p\.m\.)?|\d+`)
)

// markStamps flags the date of a dateline ("WASHINGTON, April 9 (Reuters)
// —") and the dates of a time stamp line ("Posted: Tue Apr 15, 2008 3:07pm
// EDT"): they say when the article was written, not when an event was.
func (x *timeScan) markStamps() {
	if len(x.out) == 0 {
		return
	}
	if isStampLine(x.s, x.out) || isHeadlineLine(x.s, x.out) {
		for i := range x.out {
			x.out[i].Stamp = true
		}
		return
	}
	// A page's time stamp glued to the first sentence by a scraper: a
	// date with a clock time opening the sentence ("5 March 2021, 09:12
	// (GMT+04:00) On March 4-5 …"). A time opened by a preposition ("On
	// Sunday at 10:42 p.m., deputies …") is a prepositional phrase, an
	// adverbial of the clause after it (Quirk et al. 1985 §8.13, §9.1), as
	// "On March 3, 2024, at 10:30" is: no stamp.
	for i := range x.out {
		t := &x.out[i]
		if strings.TrimSpace(x.s[:t.Start]) == "" && t.Precision == PrecDay && stampClockRe.MatchString(x.s[t.End:]) && !prepositionFirst(t.Expression) {
			t.Stamp = true
		}
	}
	for i := range x.out {
		t := &x.out[i]
		if t.Start > 80 || !datelineEndRe.MatchString(x.s[t.End:]) {
			continue
		}
		prefix := x.s[:t.Start]
		for _, o := range x.out { // "LONDON, Tuesday, April 9 (AP) —"
			if o.End <= t.Start {
				prefix = prefix[:o.Start] + strings.Repeat(" ", o.End-o.Start) + prefix[o.End:]
			}
		}
		if datelinePlaceRe.MatchString(strings.TrimRight(prefix, " ,")) {
			for j := range x.out {
				if x.out[j].End <= t.End {
					x.out[j].Stamp = true
				}
			}
		}
	}
}

// isStampLine reports whether a sentence is only a time stamp: no lower-case
// word is left once its dates, clock times and stamp words are removed, and
// it is short.
func isStampLine(s string, ts []Timex) bool {
	if len(strings.Fields(s)) > 14 {
		return false
	}
	rest := []byte(s)
	for _, t := range ts {
		for k := t.Start; k < t.End; k++ {
			rest[k] = ' '
		}
	}
	r := stampWordRe.ReplaceAllString(string(rest), " ")
	for _, w := range strings.Fields(r) {
		c, _ := utf8.DecodeRuneInString(w)
		if unicode.IsLower(c) {
			return false
		}
	}
	return true
}

// monthWords are the months of the Gregorian calendar and the
// abbreviations the AP Stylebook writes for them ("Sept.", "Jan.");
// relWords the deictic words and calendar units of relative time ("last
// week", "yesterday": CGEL ch. 17, temporal deixis).
var monthWords = map[string]bool{"january": true, "february": true, "march": true, "april": true, "may": true, "june": true,
	"july": true, "august": true, "september": true, "october": true, "november": true, "december": true, "jan": true, "feb": true,
	"mar": true, "apr": true, "jun": true, "jul": true, "aug": true, "sep": true, "sept": true, "oct": true, "nov": true, "dec": true}

var relWords = map[string]bool{"week": true, "weeks": true, "month": true, "months": true, "year": true, "years": true,
	"weekend": true, "yesterday": true, "today": true, "tonight": true, "tomorrow": true, "days": true}

// scanTimeWords tells, in one pass over the words of a lower-case
// sentence, whether it names a month, a weekday, or a relative period.
func scanTimeWords(low string) (month, day, rel bool) {
	start := -1
	for i := 0; i <= len(low); i++ {
		letter := i < len(low) && low[i] >= 'a' && low[i] <= 'z'
		if letter && start < 0 {
			start = i
		}
		if !letter && start >= 0 {
			w := low[start:i]
			start = -1
			switch {
			case monthWords[w]:
				month = true
			case strings.HasSuffix(w, "day") && len(w) >= 6:
				if _, ok := dates.WeekdayNumber(w); ok {
					day = true
				}
			case relWords[w]:
				rel = true
			}
		}
	}
	return month, day, rel || day
}

func followsCountNoun(rest string) bool {
	rest = strings.TrimLeft(rest, " ")
	w := rest
	if i := strings.IndexAny(rest, " ,.;:"); i >= 0 {
		w = rest[:i]
	}
	if w == "" {
		return false
	}
	lw := strings.ToLower(w)
	// A plural noun of events or acts is dated by the year, not counted
	// ("the 1971 lootings", "the 2010 elections": lexicon.EventNoun); a
	// count of them that large is written with its thousands separator.
	if _, ev := lexicon.Default().EventNoun(lw); ev && strings.HasSuffix(lw, "s") {
		return false
	}
	return lw != "and" && lw != "to" && lw != "when" && lw != "after" && lw != "before" && lw != "as" && lw != "in" && lw != "the" &&
		w[0] >= 'a' && w[0] <= 'z' && (strings.HasSuffix(lw, "s") || lw == "people")
}

// sortTimes orders times by where they start, times starting at one
// offset kept in the order found.
func sortTimes(ts []Timex) {
	slices.SortStableFunc(ts, func(a, b Timex) int { return cmp.Compare(a.Start, b.Start) })
}

func sub(s string, m []int, i int) string {
	if 2*i+1 >= len(m) || m[2*i] < 0 {
		return ""
	}
	return s[m[2*i]:m[2*i+1]]
}

func two(n int) string {
	if n < 10 {
		return "0" + strconv.Itoa(n)
	}
	return strconv.Itoa(n)
}

// dayYear returns the year of a day written without one (month/day),
// seen from ref in the direction of the clause's tense: on or after ref for
// the future, on or before it for the past, the nearest of the two for the
// present; with no tense, the most recent one, or one shortly ahead (within
// two weeks: an announced date).
func dayYear(ref dates.Date, mon, day int, tense Tense) int {
	if tense == TenseTimetable {
		tense = TensePresent
	}
	onOrBefore := mon < ref.Month || mon == ref.Month && day <= ref.Day
	switch tense {
	case TenseFuture:
		if onOrBefore && !(mon == ref.Month && day == ref.Day) {
			return ref.Year + 1
		}
		return ref.Year
	case TensePast:
		if onOrBefore {
			return ref.Year
		}
		return ref.Year - 1
	case TensePresent:
		best, bestGap := ref.Year, -1.0
		for _, y := range []int{ref.Year - 1, ref.Year, ref.Year + 1} {
			d := dates.Date{Year: y, Month: mon, Day: min(day, 28)}
			gap := d.Time().Sub(ref.Time()).Hours()
			if gap < 0 {
				gap = -gap - 1 // a tie goes to the past
			}
			if bestGap < 0 || gap < bestGap {
				best, bestGap = y, gap
			}
		}
		return best
	}
	if onOrBefore {
		return ref.Year
	}
	cand := dates.Date{Year: ref.Year, Month: mon, Day: min(day, 28)}
	if cand.Time().Sub(ref.Time()) <= 14*24*time.Hour {
		return ref.Year
	}
	return ref.Year - 1
}

// monthYear returns the year of a month named without one: "next" and
// "last" say which; otherwise the clause's tense (the coming such month
// for the future, the nearest for the present, the most recent one for the
// past or no tense).
func monthYear(ref dates.Date, mon int, prep string, tense Tense) int {
	switch {
	case prep == "next":
		if mon <= ref.Month {
			return ref.Year + 1
		}
		return ref.Year
	case prep == "last":
		if mon >= ref.Month {
			return ref.Year - 1
		}
		return ref.Year
	case tense == TenseFuture:
		if mon < ref.Month {
			return ref.Year + 1
		}
		return ref.Year
	case tense == TensePresent || tense == TenseTimetable:
		ahead := (mon - ref.Month + 12) % 12
		if ahead != 0 && ahead < 12-ahead {
			if mon < ref.Month {
				return ref.Year + 1
			}
			return ref.Year
		}
	}
	if mon > ref.Month {
		return ref.Year - 1
	}
	return ref.Year
}

// weekdayDate resolves a weekday against ref: "next" and "last" say which
// way; otherwise the clause's tense (the coming one for the future, the
// nearest for the present, the most recent one — ref itself on that
// weekday — for the past or no tense).
func weekdayDate(ref dates.Date, w time.Weekday, mod string, tense Tense) dates.Date {
	switch {
	case mod == "next" || mod == "last":
		return resolveWeekday(ref, w, mod)
	case tense == TenseFuture || tense == TenseTimetable:
		// "will play Saturday", "reopens Saturday" in an article of a
		// Saturday: that day.
		fwd := (int(w) - int(ref.Weekday()) + 7) % 7
		return dates.FromTime(ref.Time().AddDate(0, 0, fwd))
	case tense == TensePresent:
		back := (int(ref.Weekday()) - int(w) + 7) % 7
		if back > 3 {
			return resolveWeekday(ref, w, "next")
		}
	}
	return resolveWeekday(ref, w, "")
}

// resolveWeekday resolves a weekday against ref: the most recent such day on
// or before ref (a weekday named in an article of that weekday is that day),
// or the next one for "next".
func resolveWeekday(ref dates.Date, w time.Weekday, mod string) dates.Date {
	rt := ref.Time()
	back := (int(rt.Weekday()) - int(w) + 7) % 7
	switch mod {
	case "next":
		fwd := (int(w) - int(rt.Weekday()) + 7) % 7
		if fwd == 0 {
			fwd = 7
		}
		return dates.FromTime(rt.AddDate(0, 0, fwd))
	case "last":
		if back == 0 {
			back = 7
		}
	}
	return dates.FromTime(rt.AddDate(0, 0, -back))
}

// periodDate resolves "last week", "this month", "next year" and the like.
func periodDate(rt time.Time, unit string, step int, part string) (string, string) {
	switch unit {
	case "week", "weekend":
		// Weeks start on Monday.
		off := (int(rt.Weekday()) + 6) % 7
		monday := rt.AddDate(0, 0, -off+7*step)
		d := monday
		switch part {
		case "late":
			d = monday.AddDate(0, 0, 4)
		case "mid":
			d = monday.AddDate(0, 0, 2)
		}
		if unit == "weekend" {
			d = monday.AddDate(0, 0, 5)
		}
		prec := PrecWeek
		if part != "" {
			prec = PrecPartWeek
		}
		return dates.FromTime(d).String(), prec
	case "month":
		m := monthStep(rt, step)
		if part != "" {
			return m.Format("2006-01"), PrecPartMonth
		}
		return m.Format("2006-01"), PrecMonth
	default:
		y := rt.AddDate(step, 0, 0)
		if part != "" {
			return strconv.Itoa(y.Year()), PrecPartYear
		}
		return strconv.Itoa(y.Year()), PrecYear
	}
}

// reWeekdayIn is a weekday written anywhere in a full date's text.
var reWeekdayIn = regexp.MustCompile(`\b(` + weekdayAlt + `)\b`)

// slippedYear returns the date d written with its year and a weekday
// (upto: the sentence up to the date's end, "… Friday, January 10th,
// 2019") in the year of the article's date ref when the weekday does not
// fall on d but falls on the same day of ref's year, one year from d's:
// the year a writer types out of habit around a new year, which the
// weekday and the article's date both correct. Otherwise d.
func slippedYear(ref dates.Date, upto string, d dates.Date) dates.Date {
	if ref.IsZero() || d.Day == 0 || d.Year == ref.Year || d.Year != ref.Year-1 && d.Year != ref.Year+1 {
		return d
	}
	tail := upto
	if len(tail) > 40 {
		tail = tail[len(tail)-40:]
	}
	ms := reWeekdayIn.FindAllString(tail, -1)
	if len(ms) == 0 {
		return d
	}
	w, ok := dates.WeekdayNumber(ms[len(ms)-1])
	if !ok || d.Weekday() == w || !dates.Valid(ref.Year, d.Month, d.Day) {
		return d
	}
	if r := (dates.Date{Year: ref.Year, Month: d.Month, Day: d.Day}); r.Weekday() == w {
		return r
	}
	return d
}

// Where the scans of reMonth and reRelative may begin (text.FindAllFrom):
// a match of reMonth has at most four words before the month's name ("the
// end of" and "early": "since the end of early May" reads "the end of
// early May"), one of reRelative at most four before its last word, which
// holds one of relativeKeys ("early last week", "later earlier this
// month", "the past three days" after a part word).
const monthLeadFields = 4

// monthNames are reMonth's names of the months, as written (the pattern
// does not fold their case).
var monthNames = [...]string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}

// firstMonthName is where the first month's name of s begins, or -1.
func firstMonthName(s string) int {
	q := -1
	for _, n := range monthNames {
		if i := strings.Index(s, n); i >= 0 && (q < 0 || i < q) {
			q = i
		}
	}
	return q
}

// relativeKeys are words one of which every match of reRelative holds (its
// last word: "week", "weekend", "month", "year", "yesterday", "today",
// "tonight", "tomorrow", "days", …), in lower case.
var relativeKeys = [...]string{"week", "month", "year", "day", "tonight", "tomorrow"}

// firstRelativeKey is where a match of reRelative may hold its key at the
// earliest: the first of relativeKeys in either case (an ASCII test that
// may also stop at a few other bytes, never after the key), or -1 when s
// holds none. reRelative folds case, so a Kelvin sign may stand for the
// "k" of "week": a text holding one is scanned from its start.
func firstRelativeKey(s string) int {
	if strings.ContainsRune(s, '\u212a') {
		return 0
	}
	q := -1
	for _, k := range relativeKeys {
		if i := text.IndexFold(s, k); i >= 0 && (q < 0 || i < q) {
			q = i
		}
	}
	return q
}

// prepositionFirst reports whether a time expression opens with a
// preposition ("On Sunday", "on March 3"): Penn Treebank "IN" in the
// closed classes.
func prepositionFirst(expr string) bool {
	f := strings.Fields(expr)
	if len(f) < 2 {
		return false
	}
	tag, _ := lexicon.ClosedClass(strings.ToLower(f[0]))
	return tag == "IN"
}
