package compare

import (
	"strings"
	"testing"

	"github.com/corroborate/corroborate/internal/dates"
	"github.com/corroborate/corroborate/internal/mention"
)

// Sentences written for these tests (no data set's wording).

// TestMonthBackground: a count of what a verb did, in a sentence that
// dates its happening by a month alone, is a figure of the story's
// background and is not set against the story's own toll; the same
// sentences without the month are one toll told two ways.
func TestMonthBackground(t *testing.T) {
	for _, tc := range []struct {
		name, a, b string
		want       bool
	}{
		{"a month alone sets the figure back",
			"Storm floods the coast\n\nA storm flooded the valley of Ardel on Tuesday, killing nine people.",
			"Storm floods the coast\n\nA storm flooded the valley of Ardel in March, killing four people.", false},
		{"two tolls of the day's storm",
			"Storm floods the coast\n\nA storm flooded the valley of Ardel on Tuesday, killing nine people.",
			"Storm floods the coast\n\nA storm flooded the valley of Ardel on Tuesday, killing four people.", true},
		{"neither dated: one toll",
			"Storm floods the coast\n\nA storm flooded the valley of Ardel, killing nine people.",
			"Storm floods the coast\n\nA storm flooded the valley of Ardel, killing four people.", true},
		{"a month with the story's own year sets the figure back too",
			"Storm floods the coast\n\nA storm flooded the valley of Ardel, killing nine people.",
			"Storm floods the coast\n\nA storm flooded the valley of Ardel in March 2022, killing four people.", false},
	} {
		// Articles of June 2022: "March 2022" is of the story's year.
		got := kinds(run(doc("a", tc.a, dates.Date{Year: 2022, Month: 6, Day: 9}), doc("b", tc.b, dates.Date{Year: 2022, Month: 6, Day: 9})).Discrepancies)
		if found := strings.Contains(got, "nine/four") || strings.Contains(got, "four/nine"); found != tc.want {
			t.Errorf("%s: got %q, want the toll conflict %v", tc.name, got, tc.want)
		}
	}
}

// TestHappeningFigure: counts of what a verb did and magnitudes measure a
// happening; a count of things with no verb, an amount and an age do not.
func TestHappeningFigure(t *testing.T) {
	for _, tc := range []struct {
		v    mention.Value
		want bool
	}{
		{mention.Value{Type: mention.VCount, Num: 7, Unit: "people", Event: "kill"}, true},
		{mention.Value{Type: mention.VMagnitude, Num: 5.8}, true},
		{mention.Value{Type: mention.VCount, Num: 7, Unit: "village"}, false},
		{mention.Value{Type: mention.VMoney, Num: 7e6, Unit: "usd", Event: "steal"}, false},
		{mention.Value{Type: mention.VAge, Num: 34}, false},
	} {
		if got := happeningFigure(tc.v); got != tc.want {
			t.Errorf("%+v: got %v, want %v", tc.v, got, tc.want)
		}
	}
}

// TestSentenceMonths: only months dating no statement set a sentence's
// happening in a month, written with a year or without.
func TestSentenceMonths(t *testing.T) {
	sv := sentenceValues{
		values: []mention.Value{
			{Type: mention.VMonth, Norm: "0000-09", Unit: "no-year"},
			{Type: mention.VMonth, Norm: "2004-03"},
			{Type: mention.VMonth, Norm: "0000-05", Unit: "no-year"},
		},
		reported: []bool{false, false, true},
		denied:   []bool{false, false, false},
	}
	if got := strings.Join(sentenceMonths(sv), " "); got != "0000-09 2004-03" {
		t.Errorf("got %q, want the two months of a happening", got)
	}
}
