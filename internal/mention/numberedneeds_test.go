package mention

import (
	"reflect"
	"slices"
	"testing"

	"github.com/corroborate/corroborate/internal/text"
)

// TestNumberedNeeds: every match of a pattern with needed words holds one
// of them, and findNumbered, which reads no sentence without one, finds
// what the pattern's scan finds, on made-up sentences with and without
// them in any case.
func TestNumberedNeeds(t *testing.T) {
	if got, want := numberedNeeds[reDur], []string{"second", "minute", "hour", "day", "week", "month", "year", "decade", "centuries", "century"}; !sameSet(got, want) {
		t.Errorf("units of time needed %q, want %q", got, want)
	}
	sents := []string{
		"Turnout rose 4 PER\tCENT in two Years Old wards; 12 Percentage Points, 7%.",
		"A three-CAR crash left a 9-year-old hurt for 5 HOURS, then 2 or 3 Weeks, and 4 to 6 centuries.",
		"Fifty seconds, eleven decades, one day-long vigil, 3 months, 8-Month term.",
		"Seven riders and 40 horses came, and 2 of them left.", "The 12 oldest, 3 per cent.", "4 cents",
		"3\rcar", "ninety-nine", "a dozen-year wait", "5 yr", "10 mins",
	}
	for _, s := range sents {
		for re, needs := range numberedNeeds {
			want := re.FindAllStringSubmatchIndex(s, -1)
			if got := findNumbered(re, s); !reflect.DeepEqual(got, want) {
				t.Fatalf("%q with %.40s…: got %v, want %v", s, re.String(), got, want)
			}
			for _, m := range want {
				if !mayHoldAnyFold(s[m[0]:m[1]], needs) {
					t.Errorf("match %q of %.40s… holds none of %q", s[m[0]:m[1]], re.String(), needs)
				}
			}
		}
	}
	if !mayHoldAnyFold("Five DAYS", []string{"day"}) || mayHoldAnyFold("Five nights", []string{"day"}) || !text.MayContainFold("50%", "%") {
		t.Error("mayHoldAnyFold")
	}
}

func sameSet(a, b []string) bool {
	a, b = slices.Clone(a), slices.Clone(b)
	slices.Sort(a)
	slices.Sort(b)
	return slices.Equal(a, b)
}
