package mention

import (
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/corroborate/corroborate/internal/dates"
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
	// Period marks a stretch of time ("the past two years", "last week")
	// rather than the date of an event.
	Period bool
}

const monthAlt = `January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?`
const weekdayAlt = `Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday`
const partAlt = `early|mid|late|the end of|the start of|the beginning of|the middle of`

var (
	// "January 25", "Jan. 25", "25 January" (no year).
	reMonthDay = regexp.MustCompile(`\b(` + monthAlt + `)\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(\d{4}))?|\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(` + monthAlt + `)\b(?:,?\s+(\d{4}))?`)
	// "in late July", "early January", "in November", "since October", "last August", "January 2024".
	reMonth = regexp.MustCompile(`(?i:\b(in|since|during|until|by|from|last|this|next|early|mid|late|mid-|the end of|the start of|the beginning of|the middle of)\s+)?(?i:(early|mid|late)[\s-]+)?\b(` + `January|February|March|April|May|June|July|August|September|October|November|December` + `)\b(?:\s+(\d{4})\b)?`)
	// "on Sunday", "Tuesday", "last Friday", "this Tuesday", "Tuesday's".
	reWeekday = regexp.MustCompile(`(?i:\b(on|this|last|next|since|by|until|late|early)\s+(?:(?:this|last|next)\s+)?)?\b(` + weekdayAlt + `)\b`)
	// Years: "in 2017", "since 2014", "2024".
	reYear = regexp.MustCompile(`(?i:\b(in|since|during|until|by|from|of|for|before|after|early|late|mid)\s+)?\b((?:19|20)\d{2})\b`)
	// Relative periods.
	reRelative = regexp.MustCompile(`(?i)\b(?:(early|late|mid|earlier|later)[\s-]+)?(?:(last|this|next|past|previous|coming)\s+(week|month|year|weekend)|(yesterday|today|tonight|tomorrow)|(earlier|later) this (week|month|year)|the (past|last|previous) (two|three|four|five|six|seven|eight|nine|ten|\d+|few|several) (days|weeks|months|years))\b`)
	reHalf     = regexp.MustCompile(`(?i)\b(?:the\s+)?(first|second) half of ((?:19|20)\d{2})\b|\b(?:the\s+)?(first|second|third|fourth) quarter of ((?:19|20)\d{2})\b`)
)

var numberWords = map[string]int{"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "few": 3, "several": 3}

// Times finds and resolves the time expressions of a sentence against ref
// (the article's publication date, or the story's when it has none; zero
// when unknown: then relative expressions stay unresolved).
func Times(sentence string, ref dates.Date, refConf float64) []Timex {
	var out []Timex
	taken := func(a, b int) bool {
		for _, t := range out {
			if a < t.End && b > t.Start {
				return true
			}
		}
		return false
	}
	add := func(t Timex) {
		if !taken(t.Start, t.End) {
			out = append(out, t)
		}
	}
	// Cheap tests first: most sentences have no time expression, and the
	// regular expressions below are the costliest part of the layer.
	low := strings.ToLower(sentence)
	hasDigit := strings.ContainsAny(sentence, "0123456789")
	hasMonth, hasDay, hasRel := scanTimeWords(low)
	if !hasDigit && !hasMonth && !hasRel {
		return nil
	}
	// Full dates with year.
	var found []dates.Found
	if hasDigit {
		found = dates.FindAll(sentence)
	}
	for _, f := range found {
		add(Timex{Expression: sentence[f.Start:f.End], Start: f.Start, End: f.End, Date: f.Date.String(), Precision: PrecDay, Confidence: 0.9, Weekday: -1})
	}
	var halves [][]int
	if hasDigit && (strings.Contains(low, "half") || strings.Contains(low, "quarter")) {
		halves = reHalf.FindAllStringSubmatchIndex(sentence, -1)
	}
	for _, m := range halves {
		y := sub(sentence, m, 2) + sub(sentence, m, 4)
		part := "early"
		if w := sub(sentence, m, 1) + sub(sentence, m, 3); w == "second" || w == "third" {
			part = "late"
			if w == "second" && sub(sentence, m, 3) != "" {
				part = "mid"
			}
		} else if w == "fourth" {
			part = "late"
		}
		add(Timex{Expression: sentence[m[0]:m[1]], Start: m[0], End: m[1], Date: y, Precision: PrecPartYear, Part: part, Confidence: 0.9, Weekday: -1})
	}
	var monthDays, months [][]int
	if hasMonth {
		if hasDigit {
			monthDays = reMonthDay.FindAllStringSubmatchIndex(sentence, -1)
		}
		months = reMonth.FindAllStringSubmatchIndex(sentence, -1)
	}
	for _, m := range monthDays {
		mon := dates.MonthNumber(sub(sentence, m, 1) + sub(sentence, m, 5))
		day, _ := strconv.Atoi(sub(sentence, m, 2) + sub(sentence, m, 4))
		yr, _ := strconv.Atoi(sub(sentence, m, 3) + sub(sentence, m, 6))
		t := Timex{Expression: sentence[m[0]:m[1]], Start: m[0], End: m[1], Precision: PrecDay, Weekday: -1}
		if yr == 0 {
			if ref.IsZero() {
				continue
			}
			yr, t.Relative = pastYear(ref, mon, day), true
			t.Confidence = 0.8 * refConf
		} else {
			t.Confidence = 0.9
		}
		if !dates.Valid(yr, mon, day) {
			continue
		}
		t.Date = dates.Date{Year: yr, Month: mon, Day: day}.String()
		add(t)
	}
	for _, m := range months {
		prep := strings.ToLower(sub(sentence, m, 1))
		part := strings.ToLower(sub(sentence, m, 2))
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
		mon := dates.MonthNumber(sub(sentence, m, 3))
		yr, _ := strconv.Atoi(sub(sentence, m, 4))
		// "May" alone is too often the verb: require a cue.
		if mon == 5 && prep == "" && part == "" && yr == 0 {
			continue
		}
		t := Timex{Expression: sentence[m[0]:m[1]], Start: m[0], End: m[1], Precision: PrecMonth, Weekday: -1}
		if part != "" {
			t.Precision, t.Part = PrecPartMonth, part
		}
		if yr == 0 {
			if ref.IsZero() {
				continue
			}
			t.Relative = true
			switch prep {
			case "next":
				yr = ref.Year
				if mon <= ref.Month {
					yr++
				}
			case "last":
				yr = ref.Year
				if mon >= ref.Month {
					yr--
				}
			default:
				yr = ref.Year
				if mon > ref.Month {
					yr-- // a month named without a year is the most recent one
				}
			}
			t.Confidence = 0.75 * refConf
		} else {
			t.Confidence = 0.9
		}
		t.Date = strconv.Itoa(yr) + "-" + two(mon)
		add(t)
	}
	var weekdays, relatives, years [][]int
	if hasDay {
		weekdays = reWeekday.FindAllStringSubmatchIndex(sentence, -1)
	}
	if hasRel {
		relatives = reRelative.FindAllStringSubmatchIndex(sentence, -1)
	}
	if hasDigit {
		years = reYear.FindAllStringSubmatchIndex(sentence, -1)
	}
	for _, m := range weekdays {
		w, _ := dates.WeekdayNumber(sub(sentence, m, 2))
		t := Timex{Expression: sentence[m[0]:m[1]], Start: m[0], End: m[1], Precision: PrecDay, Relative: true, Weekday: w}
		mod := strings.ToLower(sub(sentence, m, 1))
		if strings.Contains(strings.ToLower(t.Expression), "next") {
			mod = "next"
		} else if strings.Contains(strings.ToLower(t.Expression), "last") {
			mod = "last"
		}
		if !ref.IsZero() {
			d := resolveWeekday(ref, w, mod)
			t.Date, t.Confidence = d.String(), 0.85*refConf
		}
		add(t)
	}
	for _, m := range relatives {
		t := Timex{Expression: sentence[m[0]:m[1]], Start: m[0], End: m[1], Relative: true, Weekday: -1}
		part := strings.ToLower(sub(sentence, m, 1))
		if part == "earlier" {
			part = "early"
		}
		if part == "later" {
			part = "late"
		}
		t.Part = part
		if ref.IsZero() {
			add(t)
			continue
		}
		rt := ref.Time()
		t.Confidence = 0.8 * refConf
		switch {
		case sub(sentence, m, 4) != "":
			switch strings.ToLower(sub(sentence, m, 4)) {
			case "yesterday":
				rt = rt.AddDate(0, 0, -1)
			case "tomorrow":
				rt = rt.AddDate(0, 0, 1)
			}
			t.Date, t.Precision = dates.FromTime(rt).String(), PrecDay
		case sub(sentence, m, 3) != "":
			which, unit := strings.ToLower(sub(sentence, m, 2)), strings.ToLower(sub(sentence, m, 3))
			step := 0
			switch which {
			case "last", "past", "previous":
				step = -1
			case "next", "coming":
				step = 1
			}
			t.Date, t.Precision = periodDate(rt, unit, step, part)
		case sub(sentence, m, 6) != "":
			t.Date, t.Precision = periodDate(rt, strings.ToLower(sub(sentence, m, 6)), 0, "early")
			t.Part = "early"
			if strings.ToLower(sub(sentence, m, 5)) == "later" {
				t.Part = "late"
			}
		case sub(sentence, m, 9) != "":
			n := numberWords[strings.ToLower(sub(sentence, m, 8))]
			if n == 0 {
				n, _ = strconv.Atoi(sub(sentence, m, 8))
			}
			unit := strings.TrimSuffix(strings.ToLower(sub(sentence, m, 9)), "s")
			var from time.Time
			switch unit {
			case "day":
				from = rt.AddDate(0, 0, -n)
			case "week":
				from = rt.AddDate(0, 0, -7*n)
			case "month":
				from = rt.AddDate(0, -n, 0)
			default:
				from = rt.AddDate(-n, 0, 0)
			}
			t.Period = true
			t.Date, t.Precision = dates.FromTime(from).String()[:7], PrecMonth
			if unit == "year" {
				t.Date, t.Precision = strconv.Itoa(from.Year()), PrecYear
			}
			t.Confidence *= 0.7
		}
		if t.Part != "" && (t.Precision == PrecWeek) {
			t.Precision = PrecPartWeek
		}
		add(t)
	}
	for _, m := range years {
		y := sub(sentence, m, 2)
		prep := strings.ToLower(sub(sentence, m, 1))
		// A bare four-digit number is a year only with a cue or when it
		// is not followed by a counted noun.
		if prep == "" && followsCountNoun(sentence[m[1]:]) {
			continue
		}
		t := Timex{Expression: sentence[m[0]:m[1]], Start: m[0], End: m[1], Date: y, Precision: PrecYear, Confidence: 0.9, Weekday: -1}
		if prep == "early" || prep == "late" || prep == "mid" {
			t.Precision, t.Part = PrecPartYear, prep
		}
		add(t)
	}
	sortTimes(out)
	return out
}

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
	return lw != "and" && lw != "to" && lw != "when" && lw != "after" && lw != "before" && lw != "as" && lw != "in" && lw != "the" &&
		w[0] >= 'a' && w[0] <= 'z' && (strings.HasSuffix(lw, "s") || lw == "people")
}

func sortTimes(ts []Timex) {
	for i := 1; i < len(ts); i++ {
		for j := i; j > 0 && ts[j].Start < ts[j-1].Start; j-- {
			ts[j], ts[j-1] = ts[j-1], ts[j]
		}
	}
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

// pastYear returns the year in which month/day most recently fell on or
// before ref (a date a report mentions without a year is usually past).
func pastYear(ref dates.Date, mon, day int) int {
	if mon < ref.Month || mon == ref.Month && day <= ref.Day {
		return ref.Year
	}
	// Shortly after ref (within two weeks): an announced future date.
	cand := dates.Date{Year: ref.Year, Month: mon, Day: min(day, 28)}
	if cand.Time().Sub(ref.Time()) <= 14*24*time.Hour {
		return ref.Year
	}
	return ref.Year - 1
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
		m := rt.AddDate(0, step, 0)
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
