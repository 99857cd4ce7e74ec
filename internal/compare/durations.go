package compare

import "github.com/corroborate/corroborate/internal/mention"

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
