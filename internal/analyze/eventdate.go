package analyze

import (
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/cluster"
	"github.com/corroborate/corroborate/internal/compare"
	"github.com/corroborate/corroborate/internal/dates"
	"github.com/corroborate/corroborate/internal/mention"
	"github.com/corroborate/corroborate/internal/story"
	"github.com/corroborate/corroborate/internal/text"
)

// eventSentences is how many sentences from the top are read for the
// event date: the headline, the dateline and the lead, where news tells
// when its event happened.
const eventSentences = 4

// EventSpan reads when an article's main event happened from its own time
// expressions (in its headline, dateline and lead, outside direct quotes;
// stretches of time such as "the past two years" are not event dates):
//
//   - an article with a publication date (even a weak one, read from its
//     dateline): the first day named, resolved against that date, that is
//     not after it (a plan announced for next week is not the event);
//   - an undated article: the first absolute date (one that needs no
//     reference) precise to the day, else to the month, as the span of
//     days it covers.
//
// Nor is a date that describes a person or a thing (mention's Attribute:
// a date of birth in a record, "DOB: 04/11/1979", a model year). A year
// alone is not an event date: in a lead it is mostly background
// ("the worst since 2005"). Nor is, in an undated article, a date years
// before the latest year its text names: news names the past it recalls,
// so a birth date or an earlier disaster that opens a lead is background
// when the text goes on to later years. The event date is unknown when the
// text gives none. It is the article's own: an undated article is never
// given the date of the story it joins.
func EventSpan(a *corroborate.Article, r *mention.Analysis) cluster.Span {
	pub, conf := publishedDate(a)
	dated := conf >= 0.3
	floor := int32(math.MinInt32)
	if !dated {
		floor = yearFloor(r)
	}
	var found [2]cluster.Span // by precision: day, month
	// take weighs one time expression; it returns the event date when the
	// expression settles it.
	take := func(t mention.Timex) (cluster.Span, bool) {
		if t.Period || t.Attribute || t.Date == "" {
			return cluster.Span{}, false
		}
		sp, prec, ok := spanOf(t.Date)
		if !ok || prec > 1 {
			return cluster.Span{}, false
		}
		if dated {
			return sp, prec == 0 && sp.Lo <= int32(dayNumber(pub))
		}
		if !t.Relative && !found[prec].Known && sp.Hi >= floor {
			found[prec] = sp
		}
		return cluster.Span{}, false
	}
	// The headline first: the language layer reads the text without it.
	if a.Title != nil {
		for _, t := range mention.Times(*a.Title, pub, conf) {
			if sp, ok := take(t); ok {
				return sp
			}
		}
	}
	for si := 0; si < len(r.Times) && si < eventSentences; si++ {
		for _, t := range r.Times[si] {
			if r.InDirectQuote(si, t) {
				continue
			}
			if sp, ok := take(t); ok {
				return sp
			}
		}
	}
	for _, sp := range found {
		if sp.Known {
			return sp
		}
	}
	return cluster.Span{}
}

// namedDays returns the days and the months an article names anywhere in
// its headline and text, resolved against its publication date, once
// each, in the order first named (stretches of time, years alone and
// dates that describe a person or a thing, mention's Attribute, left out
// as EventSpan leaves them: a date of birth is no event's): what a
// follow-up names of the event it follows (cluster.Features.Named).
func namedDays(a *corroborate.Article, r *mention.Analysis) []cluster.Span {
	var out []cluster.Span
	add := func(t mention.Timex, sentence string) {
		if t.Attribute || t.Date == "" {
			return
		}
		sp, prec, ok := spanOf(t.Date)
		if !ok || prec > 1 || t.Period && (prec != 0 || !opensStretch(sentence, t)) {
			return
		}
		if !slices.Contains(out, sp) {
			out = append(out, sp)
		}
	}
	if a.Title != nil {
		pub, conf := publishedDate(a)
		for _, t := range mention.Times(*a.Title, pub, conf) {
			add(t, *a.Title)
		}
	}
	for i, ts := range r.Times {
		for _, t := range ts {
			s := ""
			if i < len(r.Sentences) {
				s = r.Sentences[i].Text
			}
			add(t, s)
		}
	}
	return out
}

// sinceRe is "since" (and "the") right before a time.
var sinceRe = regexp.MustCompile(`(?i)\bsince\s+(?:the\s+)?$`)

// opensStretch reports whether a day the text writes opens the stretch
// of time it is read as: "since Jan. 22", "since the Jan. 22 shooting".
// The stretch runs from a day the text names, the day of the event a
// follow-up retells ("held since the Jan. 22 shooting"), so the day is
// one the text names though the time is no event's date ("since" gives
// the point a span starts from, up to the time of speaking: Quirk et
// al. 1985, ch. 9, prepositions of time). Only a written day counts;
// "since May", "since Monday" and "until March 3" name none here.
func opensStretch(sentence string, t mention.Timex) bool {
	if t.Start < 0 || t.Start > len(sentence) || !strings.ContainsAny(t.Expression, "0123456789") {
		return false
	}
	return sinceRe.MatchString(text.LastFields(sentence[:t.Start], 2))
}

// yearFloor returns the first day of the year before the latest year an
// article names as a date (not a stretch of time, not resolved against a
// reference), or math.MinInt32 when it names none. The year before, since
// news also names the coming year ("the 2031 budget" in a December 2030
// report); a date further in the future ("by 2030") only makes the event
// date unknown, never wrong.
func yearFloor(r *mention.Analysis) int32 {
	latest := 0
	for _, ts := range r.Times {
		for _, t := range ts {
			if t.Period || t.Relative || len(t.Date) < 4 {
				continue
			}
			if y, err := strconv.Atoi(t.Date[:4]); err == nil && y > latest {
				latest = y
			}
		}
	}
	if latest == 0 {
		return math.MinInt32
	}
	return int32(time.Date(latest-1, 1, 1, 0, 0, 0, 0, time.UTC).Unix() / 86400)
}

// spanOf turns a resolved date ("2024", "2024-09", "2024-09-01") into the
// span of days it covers and its precision (0 day, 1 month, 2 year).
func spanOf(d string) (cluster.Span, int, bool) {
	var from, to time.Time
	var prec int
	switch len(d) {
	case 10:
		t, err := time.Parse("2006-01-02", d)
		if err != nil {
			return cluster.Span{}, 0, false
		}
		from, to, prec = t, t, 0
	case 7:
		t, err := time.Parse("2006-01", d)
		if err != nil {
			return cluster.Span{}, 0, false
		}
		from, to, prec = t, t.AddDate(0, 1, -1), 1
	case 4:
		t, err := time.Parse("2006", d)
		if err != nil {
			return cluster.Span{}, 0, false
		}
		from, to, prec = t, t.AddDate(1, 0, -1), 2
	default:
		return cluster.Span{}, 0, false
	}
	day := func(t time.Time) int32 { return int32(t.Unix() / 86400) }
	return cluster.Span{Lo: day(from), Hi: day(to), Known: true}, prec, true
}

// EventWeekday reads the weekday an undated article names for its event
// when its text gives no event date (EventSpan): the first weekday named in
// its headline, then its dateline and lead, outside direct quotes, that
// points back ("on Sunday", "late Thursday", "last Friday"). Not a day
// that may point ahead or spans a stretch ("this Tuesday", "next Monday",
// "since Tuesday", "until Friday", "by Sunday"), nor the day of a
// statement ("said on Tuesday"): a report often comes days after its
// event. It returns 1 for Sunday … 7 for Saturday, 0 when the article has
// a publication date or an event date, or names no such weekday.
func EventWeekday(a *corroborate.Article, r *mention.Analysis, ev cluster.Span) int8 {
	if _, conf := publishedDate(a); conf >= 0.3 || ev.Known {
		return 0
	}
	if a.Title != nil {
		for _, t := range mention.Times(*a.Title, dates.Date{}, 0) {
			if eventWeekday(t, *a.Title) {
				return int8(t.Weekday) + 1
			}
		}
	}
	for si := 0; si < len(r.Times) && si < eventSentences; si++ {
		for _, t := range r.Times[si] {
			if !r.InDirectQuote(si, t) && eventWeekday(t, r.Sentences[si].Text) {
				return int8(t.Weekday) + 1
			}
		}
	}
	return 0
}

// eventWeekday reports whether a time expression of sentence s names a
// past weekday as the day something happened (see EventWeekday).
func eventWeekday(t mention.Timex, s string) bool {
	if t.Weekday < 0 || t.Period || t.Stamp {
		return false
	}
	for _, w := range strings.Fields(strings.ToLower(t.Expression)) {
		switch w {
		case "this", "next", "since", "until", "by":
			return false
		}
	}
	before := strings.Fields(strings.ToLower(s[:t.Start]))
	if len(before) > 0 {
		switch strings.Trim(before[len(before)-1], ",") {
		case "said", "says", "told", "tells", "stated", "added":
			return false
		}
	}
	return true
}

// EventMonthDay reads the day an undated article names for its event,
// written without its year ("on December 9", "Dec. 9", "9 December"),
// when its text gives no event date (EventSpan): the first such day in its
// headline, then its dateline and lead, outside direct quotes, as month ×
// 100 + day (1209). Not a day that may lie ahead (a clause in the future
// tense, an event scheduled or called off: "the Dec. 9 vote was
// postponed") or that bounds a stretch ("since", "until", "by", "from"),
// nor the day of a statement ("said on Dec. 9"). It returns 0 when the
// article has a publication date or an event date, or names no such day.
func EventMonthDay(a *corroborate.Article, r *mention.Analysis, ev cluster.Span) int16 {
	if _, conf := publishedDate(a); conf >= 0.3 || ev.Known {
		return 0
	}
	if a.Title != nil {
		for _, d := range mention.MonthDays(*a.Title) {
			if eventMonthDay(d, *a.Title) {
				return int16(d.Month*100 + d.Day)
			}
		}
	}
	for si := 0; si < len(r.Sentences) && si < eventSentences; si++ {
		s := r.Sentences[si].Text
		for _, d := range mention.MonthDays(s) {
			if !r.InDirectQuote(si, mention.Timex{Start: d.Start, End: d.End}) && eventMonthDay(d, s) {
				return int16(d.Month*100 + d.Day)
			}
		}
	}
	return 0
}

// eventMonthDay reports whether a year-less date of sentence s names the
// day something happened (see EventMonthDay).
func eventMonthDay(d mention.MonthDay, s string) bool {
	if mention.ClauseTense(s, d.Start, d.End) == mention.TenseFuture {
		return false
	}
	before := strings.Fields(strings.ToLower(s[:d.Start]))
	if n := len(before); n > 0 && before[n-1] == "on" {
		before = before[:n-1]
	}
	if len(before) == 0 {
		return true
	}
	switch strings.Trim(before[len(before)-1], ",") {
	case "said", "says", "told", "tells", "stated", "added",
		"since", "until", "till", "by", "from", "through", "before", "after", "between":
		return false
	}
	return true
}

// EventDays are the event dates of a story's compared articles
// (EventSpan), as the comparison reads them to tell whether a related
// story, or another article of the story, tells the same event.
func EventDays(docs []story.Doc) []compare.EventDays {
	out := make([]compare.EventDays, len(docs))
	for j, d := range docs {
		if d.Article == nil || d.Analysis == nil {
			continue
		}
		sp := EventSpan(d.Article, d.Analysis)
		out[j] = compare.EventDays{Lo: sp.Lo, Hi: sp.Hi, Known: sp.Known}
	}
	return out
}
