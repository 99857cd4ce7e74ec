package mention

import (
	"testing"

	"github.com/corroborate/corroborate/internal/dates"
)

// Sentences written for this test (not taken from any data set).
func TestTemperatures(t *testing.T) {
	ref := dates.Date{Year: 2022, Month: 1, Day: 14}
	found := []struct {
		sent, text, unit string
		num              float64
	}{
		{"Crews worked through the night in temperatures of minus 12 degrees.", "minus 12 degrees", "degree", -12},
		{"Outside, temperatures were minus 8 as the pumps froze.", "minus 8", "degree", -8},
		{"The pumps froze at 15 degrees below zero on the ridge.", "15 degrees below zero", "degree", -15},
		{"Hikers were warned of a 104-degree afternoon in the canyon.", "104-degree", "degree", 104},
		{"The lake was at 4°C when the divers went in.", "4°C", "degree c", 4},
		{"The crew battled the blaze in minus-9 degree weather.", "minus-9 degree", "degree", -9},
		// the scale's symbol glued to the figure
		{"Forecasters expect highs of 9C across the glens on Sunday.", "9C", "degree c", 9},
		{"The thermometer fell to -4C overnight at the pass.", "-4C", "degree c", -4},
		{"Stoves were lit as the mercury dropped to minus 6C.", "minus 6C", "degree c", -6},
		{"The spa pool is kept at 104F all winter.", "104F", "degree f", 104},
		{"It was 12C in the square by noon.", "12C", "degree c", 12},
	}
	for _, c := range found {
		got := firstValue(c.sent, ref, func(v Value) bool {
			return v.Type == VSize && (v.Unit == "degree" || v.Unit == "degree c" || v.Unit == "degree f")
		})
		if got == nil || got.Text != c.text || got.Unit != c.unit || got.Num != c.num {
			t.Errorf("%q: got %+v, want %q %s %v", c.sent, got, c.text, c.unit, c.num)
		}
	}
	for _, s := range []string{
		"The driver made a 90-degree turn into the lane.",
		"The island lies 40 degrees north of the equator.",
		"She holds two degrees in law.",
		"Temperatures of the engines were checked at 40 stations.",
		"The survey buoy was found at 12.5 degrees in latitude.",
		"A tremor of 5 degrees on the Richter scale rattled the valley.",
		"Seismologists logged a 4 degree quake under the lake.",
		// a label after a noun or a name, a model's name
		"The keys were left in Flat 3C on the ground floor.",
		"Passengers for the ferry wait at Gate 12F.",
		"He sat in seat 4C near the wing.",
		"The pilot flew an F-16C over the bay.",
	} {
		for _, v := range Values(Analyze(s, ref, 0.9)) {
			if v.Type == VSize && (v.Unit == "degree" || v.Unit == "degree c" || v.Unit == "degree f") {
				t.Errorf("%q: read %+v as a temperature", s, v)
			}
		}
	}
}
