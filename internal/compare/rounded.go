package compare

import (
	"math"

	"github.com/corroborate/corroborate/internal/mention"
)

// Round figures and the clock dial (issue 9, session 56, precinvE).

// roundedTens reports whether measure a, a figure of 100 or more that ends
// in a zero and no more than that (120, not 100 or 1,000: valueRange widens
// those), may be measure b rounded to the nearest ten: b lies within five
// of it in one unit ("gusts of up to 120 kilometres an hour" / "gusts up
// to 121 km/h"). A round number is the usual form of an approximation
// (Channell 1994, Vague Language: round numbers are read as approximate),
// so the two tell one measure. Measures only: distances, sizes and magnitudes.
// Counts of people or things, ages, years, clock times, shares and
// amounts of money are kept exact, where "120 people" against "121" is a
// toll told two ways.
func roundedTens(a, b mention.Value) bool {
	if a.Type != b.Type || !roundableMeasure(a.Type) || a.Unit != b.Unit || a.Num < 100 {
		return false
	}
	if math.Mod(a.Num, 10) != 0 || math.Mod(a.Num, 100) == 0 {
		return false
	}
	return math.Abs(a.Num-b.Num) <= 5
}

// roundableMeasure reports whether values of type t are measures that
// reports round (roundedTens).
func roundableMeasure(t string) bool {
	return t == mention.VDistance || t == mention.VSize || t == mention.VMagnitude
}

// dialSpansMeet reports whether the spans of two clock times, one of them
// written with no a.m. or p.m., meet on the twelve-hour dial: the span
// "just before noon" (11:45 to 12:00, justNear) holds "11:52". The dial
// runs round, so the spans are tried half a day and a day apart too.
func dialSpansMeet(x, y mention.Value) bool {
	for _, d := range []float64{0, 720, -720, 1440, -1440} {
		if x.Low+d <= y.High && y.Low <= x.High+d {
			return true
		}
	}
	return false
}

// dialApart is how far apart two clock times are on the twelve-hour dial,
// in minutes, for a time written with no a.m. or p.m.: the dial runs
// round, so "11:52" and "noon" (12:00 p.m.) are eight minutes apart, not
// 712.
func dialApart(x, y float64) float64 {
	d := math.Abs(math.Mod(x, 720) - math.Mod(y, 720))
	return math.Min(d, 720-d)
}
