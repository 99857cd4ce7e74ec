package compare

import (
	"strings"
	"testing"

	"github.com/corroborate/corroborate/internal/mention"
)

// Sentences written for this test (no data set's wording). A night runs
// over midnight: the evening or night of one day and the first hours of the
// next ("in the early hours of Monday", "shortly after midnight Monday",
// "before dawn Monday") can be one moment told two ways, as "late Sunday"
// and "early Monday" already are (nearMidnight). A daytime part of the day
// before, or days two apart, still differ.
func TestSmallHoursOfTheNextDay(t *testing.T) {
	fire := func(when string) string {
		return "Warehouse\n\nA fire broke out " + when + " at the Kestrel Mills warehouse in Dunmore, the fire chief Alma Roskin said."
	}
	none := []struct{ name, a, b string }{
		{"evening and the early hours of the next day", "Sunday evening", "in the early hours of Monday"},
		{"night and shortly after midnight the next day", "Sunday night", "shortly after midnight Monday"},
		{"late and after midnight on the next day", "late Sunday", "just after midnight on Monday"},
		{"evening and before dawn the next day", "Sunday evening", "before dawn Monday"},
		{"evening and the small hours of the next day", "Thursday evening", "in the small hours of Friday"},
	}
	for _, c := range none {
		if got := kinds(runUndated(fire(c.a), fire(c.b)).Discrepancies); strings.Contains(got, "date:") {
			t.Errorf("%s: got %q, want no date discrepancy", c.name, got)
		}
	}
	found := []struct{ name, a, b string }{
		{"an afternoon is no part of the night", "Sunday afternoon", "in the early hours of Monday"},
		{"a morning is no part of the night", "Sunday morning", "shortly after midnight Monday"},
		{"two days apart", "Saturday night", "in the early hours of Monday"},
		{"after midnight the day before", "Sunday night", "shortly after midnight Saturday"},
	}
	for _, c := range found {
		if got := kinds(runUndated(fire(c.a), fire(c.b)).Discrepancies); !strings.Contains(got, "date:") {
			t.Errorf("%s: got %q, want a date discrepancy", c.name, got)
		}
	}
}

// The phrase of the first hours is read only right before the weekday, and
// "midnight" is no "night" of the day it names.
func TestSmallHoursQualifier(t *testing.T) {
	rows := []struct {
		s, day, want string
	}{
		{"The fire broke out in the early hours of Monday.", "Monday", "in the early hours of"},
		{"The fire broke out shortly after midnight on Monday.", "on Monday", "shortly after midnight"},
		{"The fire broke out before dawn Monday.", "Monday", "before dawn"},
		{"The fire broke out on Monday.", "on Monday", ""},
		{"The guards left after midnight and the fire broke out on Monday.", "on Monday", ""},
		{"The fire broke out before midnight Monday.", "Monday", ""},
	}
	for _, r := range rows {
		i := strings.Index(r.s, r.day)
		v := smallHours(r.s, mention.Value{Type: mention.VWeekday, Text: r.day, Start: i, End: i + len(r.day)})
		if v.Qualifier != r.want {
			t.Errorf("%q: qualifier %q, want %q", r.s, v.Qualifier, r.want)
		}
	}
	sun := mention.Value{Type: mention.VWeekday, Norm: "sunday", Text: "Sunday night"}
	mon := mention.Value{Type: mention.VWeekday, Norm: "monday", Text: "Monday", Qualifier: "shortly after midnight"}
	if !nearMidnight(sun, mon) {
		t.Errorf("Sunday night / shortly after midnight Monday: want one night")
	}
	monNight := mention.Value{Type: mention.VWeekday, Norm: "monday", Text: "Monday night"}
	if nearMidnight(sun, monNight) {
		t.Errorf("Sunday night / Monday night: want two nights")
	}
}
