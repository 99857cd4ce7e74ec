package mention

import (
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/corroborate/corroborate/internal/dates"
	"github.com/corroborate/corroborate/internal/text"
)

// reUpdateHead is the label of an update section a news site adds to an
// article it keeps on the same page ("UPDATE (June 9):", "UPDATE at 2 p.m.
// (June 9):", "UPDATED 6/9/21 7:40 A.M.:", "Update, June 9:"), up to
// the colon, dash or bar that ends it (at most 60 bytes on); the colon of
// a clock time ("UPDATE 12:40 p.m. (June 9):") does not end it.
var reUpdateHead = regexp.MustCompile(`^(?:UPDATE[DS]?|Update[ds]?)\b(?:\d:\d|[^:|–—]){0,60}?(?::|\s[-–—|]\s|$)`)

// reHeadWeekday is a weekday named in an update header, in any case
// ("UPDATE (Friday):", "UPDATE 2 PM FRIDAY:").
var reHeadWeekday = regexp.MustCompile(`(?i)\b(` + weekdayAlt + `)\b`)

// reHeadMonth is a month named in an update header, in any case.
var reHeadMonth = regexp.MustCompile(`(?i)\b(?:` + monthAlt + `)(?:\s|\d|$)`)

// updateDate returns the day an update header names and the header's
// length, or a zero date when s opens no dated update header. A day
// written without its year is the one nearest ref: an update follows its
// article closely, and sites keep an article's first date over its
// updates.
func updateDate(s string, ref dates.Date) (dates.Date, int) {
	loc := reUpdateHead.FindStringIndex(s)
	if loc == nil {
		return dates.Date{}, 0
	}
	head := s[:loc[1]]
	if d := headWeekday(head, ref); !d.IsZero() {
		return d, loc[1]
	}
	for _, t := range Times(head, ref, 1) {
		if t.Precision != PrecDay || t.Date == "" {
			continue
		}
		tm, err := time.Parse("2006-01-02", t.Date)
		if err != nil {
			continue
		}
		d := dates.FromTime(tm)
		if t.Relative {
			d.Year = dayYear(ref, d.Month, d.Day, TensePresent)
		}
		return near(d, ref, loc[1])
	}
	if d := slashDay(head, ref); !d.IsZero() {
		return near(d, ref, loc[1])
	}
	return dates.Date{}, 0
}

// updateHeadLen returns the length of the update header that opens s
// ("UPDATE, June 9:"), or 0 when none does. It reads any sentence, not
// only a paragraph's first (as updateRefs does): its reader (values.go)
// asks it only of times already read as stamps, and a page stamp after an
// update label is the page's time wherever a scraper left it ("<text>.
// Updated <date> <time>").
func updateHeadLen(s string) int {
	if loc := reUpdateHead.FindStringIndex(s); loc != nil {
		return loc[1]
	}
	return 0
}

// headWeekday returns the day of a header that names a weekday but no
// month ("UPDATE (Wednesday):", "UPDATE 1:15PM FRIDAY:"): the first such
// day on or after ref, as an update comes after the article it updates;
// zero when the header names no weekday or also a month or a numeric day
// (then the date is read as written).
func headWeekday(head string, ref dates.Date) dates.Date {
	m := reHeadWeekday.FindStringSubmatch(head)
	if m == nil || reHeadMonth.MatchString(head) || reSlashDay.MatchString(head) {
		return dates.Date{}
	}
	w, ok := dates.WeekdayNumber(m[1])
	if !ok {
		return dates.Date{}
	}
	fwd := (int(w) - int(ref.Weekday()) + 7) % 7
	return dates.FromTime(ref.Time().AddDate(0, 0, fwd))
}

// near returns d and n when d lies within a year of ref, else nothing.
func near(d, ref dates.Date, n int) (dates.Date, int) {
	if gap := d.Time().Sub(ref.Time()); gap > 366*24*time.Hour || gap < -366*24*time.Hour {
		return dates.Date{}, 0
	}
	return d, n
}

// reSlashDay is a numeric day with slashes and a short year or none
// ("8/3/16", "(8/16)"), as update headers write it.
var reSlashDay = regexp.MustCompile(`\b(\d{1,2})/(\d{1,2})(?:/(\d{2}))?\b`)

// slashDay reads a header's numeric day: month first, as slash dates lean
// (dates.PreferredReading), day first only when that is no date; without
// a year, the one nearest ref.
func slashDay(head string, ref dates.Date) dates.Date {
	m := reSlashDay.FindStringSubmatch(head)
	if m == nil {
		return dates.Date{}
	}
	a, _ := strconv.Atoi(m[1])
	b, _ := strconv.Atoi(m[2])
	mon, day := a, b
	if !dates.Valid(2000, mon, day) {
		mon, day = b, a
	}
	if !dates.Valid(2000, mon, day) {
		return dates.Date{}
	}
	if m[3] == "" {
		return dates.Date{Year: dayYear(ref, mon, day, TensePresent), Month: mon, Day: day}
	}
	y, _ := strconv.Atoi(m[3])
	if !dates.Valid(2000+y, mon, day) {
		return dates.Date{}
	}
	return dates.Date{Year: 2000 + y, Month: mon, Day: day}
}

// updateRefs returns, for each sentence, the date of the update section
// it belongs to (zero outside one) and, for a section's first sentence,
// the length of its header (else 0). A dated update header opening a
// paragraph ("UPDATE (June 9): …") starts a section that runs to the next
// update header; the last one runs to the end of its paragraph, or of the
// next paragraph when the header stands alone in its own. Within it "today",
// "last month" and the weekdays are seen from the update's day, not from
// the article's date.
func updateRefs(ss []text.Sentence, ref dates.Date) ([]dates.Date, []int) {
	refs, heads := make([]dates.Date, len(ss)), make([]int, len(ss))
	if ref.IsZero() {
		return refs, heads
	}
	lastHead := -1 // the last sentence opening an update header
	for i, s := range ss {
		if reUpdateHead.MatchString(s.Text) {
			lastHead = i
		}
	}
	var cur dates.Date
	lastPara := -1
	for i, s := range ss {
		opens := i == 0 || ss[i-1].Para != s.Para
		if opens && strings.HasPrefix(strings.ToLower(s.Text), "update") {
			d, n := updateDate(s.Text, ref)
			cur, lastPara = d, s.Para
			if !d.IsZero() {
				heads[i] = n
				if strings.TrimSpace(s.Text[n:]) == "" && paraEnd(ss, i) {
					lastPara = s.Para + 1
				}
			}
		}
		if !cur.IsZero() && s.Para > lastPara && i > lastHead {
			cur = dates.Date{}
		}
		refs[i] = cur
	}
	return refs, heads
}

// paraEnd reports whether sentence i ends its paragraph.
func paraEnd(ss []text.Sentence, i int) bool {
	return i+1 >= len(ss) || ss[i+1].Para != ss[i].Para
}
