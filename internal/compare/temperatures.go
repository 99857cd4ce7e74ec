package compare

import (
	"math"
	"strings"

	"github.com/corroborate/corroborate/internal/mention"
)

// sameTemperatureScale reports whether two temperatures (sizes whose unit
// is the degree, mention/temperature.go) are of one scale: both of the same
// written scale, or one written with none ("33 degrees") and the other
// with one ("25 degrees Celsius", "25C"). News gives the scale once and
// then writes the bare "degrees" (the Guardian and Observer style guide,
// "temperatures"), so a bare figure is of the scale another outlet writes
// unless it lies nearer that figure turned into the other scale: "77
// degrees" and "25C" are one heat in two scales (25 °C = 77 °F: °F = °C ×
// 9/5 + 32, NIST Special Publication 811, 2008, B.8), no conflict, while
// "33 degrees" and "25C" are read in one scale and differ. Celsius and
// Fahrenheit, both written, never compare.
func sameTemperatureScale(a, b mention.Value) bool {
	if a.Unit == b.Unit {
		return true
	}
	if !strings.HasPrefix(a.Unit, "degree") || !strings.HasPrefix(b.Unit, "degree") {
		return false
	}
	bare, scaled := a, b
	if b.Unit == "degree" {
		bare, scaled = b, a
	}
	if bare.Unit != "degree" {
		return false // "degree c" and "degree f"
	}
	other := scaled.Num*9/5 + 32 // the scaled figure in Fahrenheit
	if scaled.Unit == "degree f" {
		other = (scaled.Num - 32) * 5 / 9
	}
	return math.Abs(bare.Num-scaled.Num) < math.Abs(bare.Num-other)
}
