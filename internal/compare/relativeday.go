package compare

import (
	"regexp"
	"strings"

	"github.com/corroborate/corroborate/internal/mention"
)

// reRelativeDay is a measure phrase of days, nights, weeks or months
// before "after" or "before": "a day after the minister presented it",
// "two days before the vote", "the day after the crash". The phrase
// premodifies a time adverbial (Quirk et al. 1985 §8.62) whose clause or
// noun phrase names a second happening, set that far from the time of the
// main clause: the sentence dates two happenings ("Parliament began
// debating the budget on Thursday, a day after the minister presented
// it": Thursday is the debate's day, the presentation's is Wednesday).
var reRelativeDay = regexp.MustCompile(`(?i)\b(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+|a few|several|the)\s+(?:days?|nights?|weeks?|months?)\s+(?:after|before)\b`)

// twoHappeningsDated reports whether sentence s dates two happenings, one
// of them by its distance from the other (reRelativeDay): its time belongs
// to the main clause's verb alone, so it is one deed with another
// article's time only when both verbs are read and are one (sameDeed).
func twoHappeningsDated(s string) bool {
	return reRelativeDay.MatchString(s)
}

// reDayOfSpan is an appositive after a day that names it as one day of a
// happening of several days: "on Wednesday, the second day of a strike",
// "Friday, the final day of the talks" (apposition, Quirk et al. 1985
// §17.65ff: the second phrase identifies the first).
var reDayOfSpan = regexp.MustCompile(`(?i)^\s*,\s*(?:the|its|their)\s+(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)|opening|last|final)\s+(?:full\s+)?day\s+of\b`)

// reCalendarSpan is a unit of the calendar after "day of" ("the last day
// of the month", "the first day of June"): a span of the calendar, not a
// happening of several days, whose days date any deed within it.
var reCalendarSpan = regexp.MustCompile(`(?i)^\s+(?:the\s+|this\s+|that\s+)?(?:week|weekend|month|year|quarter|season|term|january|february|march|april|may|june|july|august|september|october|november|december)\b`)

// spanDay is the ordinal of the day a weekday or date names within a
// happening of several days (reDayOfSpan), "first" for an opening day, ""
// when the sentence names none.
func spanDay(f *fact) string {
	if f.v.Type != mention.VWeekday && f.v.Type != mention.VDate || f.v.End > len(f.sent) {
		return ""
	}
	m := reDayOfSpan.FindStringSubmatchIndex(f.sent[f.v.End:])
	if m == nil || reCalendarSpan.MatchString(f.sent[f.v.End+m[1]:]) {
		return ""
	}
	o := strings.ToLower(f.sent[f.v.End+m[2] : f.v.End+m[3]])
	if o != "opening" && o != "1st" {
		return o
	}
	return "first"
}

// daysOfASpan reports whether two days are two days of one happening of
// several: one is named a day of it other than the first ("on Wednesday,
// the second day of a strike") and the other is not that day ("began a
// two-day strike early Tuesday"). Such a day dates what went on in the
// happening's course, not the happening's start, so it is no other
// telling of the other's day. The same ordinal on both sides, or a first
// day against a day not named, may be one day.
func daysOfASpan(f, g *fact) bool {
	a, b := spanDay(f), spanDay(g)
	return a != b && (a != "" && a != "first" || b != "" && b != "first")
}

// daysOfASpanApart is daysOfASpan unless only one side names its day of
// the span and both verbs are read and the same verb: the same deed dated by two
// articles ("pickets blocked the gate on Wednesday, the second day of a
// strike" / "pickets blocked the gate on Thursday") is one fact, whatever
// day of the span one of them says it fell on.
func (c *comparer) daysOfASpanApart(f, g *fact) bool {
	if !daysOfASpan(f, g) {
		return false
	}
	if spanDay(f) != "" && spanDay(g) != "" {
		return true
	}
	return f.head == "" || f.head != g.head
}
