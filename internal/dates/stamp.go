package dates

import (
	"regexp"
	"strconv"
	"strings"
	"time"
)

// relStampRe matches a time stamp a web page writes relative to when it
// is read: "3 hours ago", "an hour ago", "45 mins ago", "2h ago", "2 days
// ago", and "yesterday" or "today" before a clock time ("Yesterday at
// 10:15", "Today, 9:30 AM"). A bare "yesterday" is left out: in prose it
// is the day before the article, not before the reader.
var relStampRe = regexp.MustCompile(`(?i)\b(?:(?:(\d{1,3})\s*(seconds?|secs?|s|minutes?|mins?|m|hours?|hrs?|h|days?|d)|(?:an?|one)\s+(second|minute|hour|day))\s+ago|(just now)|(yesterday|today),?\s+(?:at\s+)?\d{1,2}[:.]\d\d)\b`)

// FindRelativeStamp returns the day of the first time stamp written
// relative to the reading (relStampRe) in s, resolved against ref, the
// time the page was read, in ref's own time zone; false when s has none
// or ref is the zero time. Weeks and months ago are too coarse to give a
// day and are not read.
func FindRelativeStamp(s string, ref time.Time) (Date, bool) {
	if ref.IsZero() {
		return Date{}, false
	}
	m := relStampRe.FindStringSubmatch(s)
	switch {
	case m == nil:
		return Date{}, false
	case m[4] != "":
		return FromTime(ref), true
	case m[5] != "":
		if strings.EqualFold(m[5], "yesterday") {
			return FromTime(ref.AddDate(0, 0, -1)), true
		}
		return FromTime(ref), true
	}
	if m[3] != "" {
		return FromTime(ref.Add(-stampUnit(m[3]))), true // "an hour ago"
	}
	n, _ := strconv.Atoi(m[1])
	return FromTime(ref.Add(-time.Duration(n) * stampUnit(m[2]))), true
}

// stampUnit returns the length of a relative stamp's unit ("mins", "h",
// "days").
func stampUnit(u string) time.Duration {
	switch strings.ToLower(u)[0] {
	case 's':
		return time.Second
	case 'm':
		return time.Minute
	case 'h':
		return time.Hour
	}
	return 24 * time.Hour
}

// LatestIn returns md in the latest year that puts it on or before ref's
// day and no more than a year before it (a byline's "June 24" read in
// December is this year's; read in January, last year's); the zero Date
// for a zero ref or a day that exists in neither year (29 February).
func (md MonthDay) LatestIn(ref time.Time) Date {
	if ref.IsZero() {
		return Date{}
	}
	day := FromTime(ref).Time()
	for y := ref.Year(); y >= ref.Year()-1; y-- {
		if d := md.In(y); !d.IsZero() && !d.Time().After(day) {
			return d
		}
	}
	return Date{}
}
