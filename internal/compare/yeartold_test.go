package compare

import (
	"strings"
	"testing"

	"github.com/corroborate/corroborate/internal/mention"
)

// TestYearToldTwice: values written for this test. Two days or two months
// written with their years and the same but for them are a year told two
// ways; other pairs are not.
func TestYearToldTwice(t *testing.T) {
	for _, tc := range []struct {
		a, b mention.Value
		want bool
	}{
		{mention.Value{Type: mention.VDate, Norm: "2021-05-03"}, mention.Value{Type: mention.VDate, Norm: "2023-05-03"}, true},
		{mention.Value{Type: mention.VMonth, Norm: "2009-05"}, mention.Value{Type: mention.VMonth, Norm: "2010-05"}, true},
		{mention.Value{Type: mention.VDate, Norm: "2021-05-03"}, mention.Value{Type: mention.VDate, Norm: "2023-05-04"}, false},
		{mention.Value{Type: mention.VDate, Norm: "2023-05-03"}, mention.Value{Type: mention.VDate, Norm: "2023-05-03"}, false},
		{mention.Value{Type: mention.VDate, Norm: "2021-05-03"}, mention.Value{Type: mention.VDate, Norm: "2023-05-03", Unit: "no-year"}, false},
		{mention.Value{Type: mention.VMonth, Norm: "2021-05"}, mention.Value{Type: mention.VDate, Norm: "2023-05-03"}, false},
	} {
		if got := yearToldTwice(tc.a, tc.b); got != tc.want {
			t.Errorf("yearToldTwice(%s, %s) = %v, want %v", tc.a.Norm, tc.b.Norm, got, tc.want)
		}
	}
}

// TestDayOfAnotherYearAgainstStoryDay: sentences written for this test. A
// day of the story's year and the same day written with another year,
// dated by one verb of one named person, are one fact though the other
// year sets its side back: that year is the very value compared. The same
// day of another verb stays apart.
func TestDayOfAnotherYearAgainstStoryDay(t *testing.T) {
	a := doc("a", "Bridge\n\nMayor Ada Quist opened the footbridge over the Vesk on May 3, 2023, after two years of work.", day)
	b := doc("b", "Bridge\n\nThe new footbridge was opened by Mayor Ada Quist on May 3, 2021, the town council said in a statement.", day)
	if got := kinds(run(a, b).Discrepancies); !strings.Contains(got, "2021") || !strings.Contains(got, "2023") {
		t.Errorf("one opening, two years: got %q, want May 3, 2023 against May 3, 2021", got)
	}
	c := doc("c", "Bridge\n\nMayor Ada Quist opened the footbridge over the Vesk on May 3, 2023, after two years of work.", day)
	d := doc("d", "Bridge\n\nMayor Ada Quist was first elected on May 3, 2021, the town council said in a statement.", day)
	if got := kinds(run(c, d).Discrepancies); strings.Contains(got, "2021") {
		t.Errorf("an opening and an election: got %q, want no date discrepancy", got)
	}
}
