package compare

import (
	"regexp"
	"strings"

	"github.com/corroborate/corroborate/internal/mention"
)

// seconds converts a duration's unit to seconds (0 for an unknown unit):
// the units of time of ISO 8601-1 (2019, §3.1), the month as a twelfth of
// the Julian year of 365.25 days, as the IAU defines the year.
var seconds = map[string]float64{"second": 1, "minute": 60, "hour": 3600, "day": 86400, "week": 604800,
	"month": 2629800, "year": 31557600, "decade": 315576000, "century": 3155760000}

// calendarUnit reports whether a unit of time is counted on the calendar
// (a month, a year and their multiples), whose length in days varies: "a
// month" and "four weeks", "a year" and "52 weeks" may be one stretch.
func calendarUnit(u string) bool {
	return u == "month" || u == "year" || u == "decade" || u == "century"
}

// unitScale returns the factor that turns a distance into metres or a
// duration into seconds, 0 for another type or an unknown unit.
func unitScale(v mention.Value) float64 {
	switch v.Type {
	case mention.VDistance:
		return metres[v.Unit]
	case mention.VDuration:
		return seconds[v.Unit]
	}
	return 0
}

// inexactConversion reports whether two values' units convert only
// roughly: distances are converted and rounded by the writer ("40 miles
// (64 km)"); a calendar unit and a unit of fixed length are not a whole
// multiple of each other.
func inexactConversion(a, b mention.Value) bool {
	if a.Unit == b.Unit {
		return false
	}
	if a.Type == mention.VDuration {
		return calendarUnit(a.Unit) != calendarUnit(b.Unit)
	}
	return true
}

// scaled returns a value's figure in the common unit of its type (metres,
// seconds) when it has one, else as written.
func scaled(v mention.Value) float64 {
	if k := unitScale(v); k > 0 {
		return v.Num * k
	}
	return v.Num
}

// ordersApart reports whether two values are more than five times apart,
// in the common unit of their type when both have one: the values of one
// fact are of one order of magnitude ("35 miles" is no "9 mm"). Clock
// times are not figures of a size.
func ordersApart(a, b mention.Value) bool {
	if a.Type == mention.VClock {
		return false
	}
	x, y := a.Num, b.Num
	if unitScale(a) > 0 && unitScale(b) > 0 {
		x, y = scaled(a), scaled(b)
	}
	return x > 0 && y > 0 && max(x, y) > 5*min(x, y)
}

// unitsOfTimeDiffer reports whether two durations are written in two
// units of time: they are one stretch only in one statement told twice
// (aligned statements); "a week" and "three days" in two sentences are as
// often two stretches.
func unitsOfTimeDiffer(a, b mention.Value) bool {
	return a.Type == mention.VDuration && a.Unit != b.Unit
}

// reAnchor is the happening a stretch is measured from, named after
// "after" or "before" up to the end of its phrase: "nine days after
// suffering a stroke", "two weeks before the vote".
var reAnchor = regexp.MustCompile(`^\s+(after|before)\s+([^,;:.()]+)`)

// oneStretch reports whether two durations measure the stretch between
// the same two happenings, so that two units of time are one stretch told
// two ways ("died nine days after suffering a stroke" / "died a week
// after suffering a stroke"): each is an offset from a happening named
// after "after" or "before" (the same word on both sides; Quirk et al.
// 1985 §8.62, a measure phrase premodifying a time adverbial), the
// happening is told in the same content words (two at least), and the
// sentences share a verb besides the happening's own words: the other end
// of the stretch.
func (c *comparer) oneStretch(f, g *fact) bool {
	if f.v.Type != mention.VDuration || g.v.Type != mention.VDuration || f.frame != "apart" || g.frame != "apart" {
		return false
	}
	anchor := func(x *fact) (string, map[string]bool) {
		if x.v.End > len(x.sent) {
			return "", nil
		}
		m := reAnchor.FindStringSubmatch(strings.ToLower(x.sent[x.v.End:]))
		if m == nil {
			return "", nil
		}
		return m[1], c.lx.ContentWords(m[2])
	}
	fw, fa := anchor(f)
	gw, ga := anchor(g)
	if fw == "" || fw != gw || len(fa) < 2 || len(fa) != len(ga) {
		return false
	}
	for w := range fa {
		if !ga[w] {
			return false
		}
	}
	for x := range f.verbs {
		if g.verbs[x] && !fa[x] {
			return true
		}
	}
	return false
}
