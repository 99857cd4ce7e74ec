package compare

import (
	"strings"
	"testing"
)

// Sentences written for these tests (no data set's wording).

// TestClockZones: two articles that time one verb in a zone with its
// bracketed conversion, the conversions alike, disagree on the time in the
// first zone however else they are worded; a time and its own conversion
// are no two moments of the verb (no round-up). Guards: conversions that
// differ too, two verbs, a time with no conversion on one side.
func TestClockZones(t *testing.T) {
	cases := []struct {
		name string
		docs []string
		want string
	}{
		{"ballot boxes shut: local times differ, the converted times agree",
			[]string{
				"Vardenia votes\n\nBallot boxes across Vardenia's nine provinces will close at 9:00 p.m. local time (1600 GMT) on polling day.",
				"Vardenia votes\n\nThe election commission said that about 4,000 stations in the provinces were closed at 8:00 p.m. local time (1600 GMT).",
			},
			"date:9:00 p.m. local time/8:00 p.m. local time"},
	}
	guards := []struct {
		name string
		docs []string
	}{
		{"the conversions differ too",
			[]string{
				"Vardenia votes\n\nBallot boxes across Vardenia's nine provinces will close at 9:00 p.m. local time (1700 GMT) on polling day.",
				"Vardenia votes\n\nThe election commission said that about 4,000 stations in the provinces were closed at 8:00 p.m. local time (1600 GMT).",
			}},
		{"two verbs",
			[]string{
				"Vardenia votes\n\nBallot boxes across Vardenia's nine provinces will open at 9:00 a.m. local time (0400 GMT) on polling day.",
				"Vardenia votes\n\nThe election commission said that about 4,000 stations in the provinces were closed at 8:00 p.m. local time (0400 GMT).",
			}},
		{"no conversion on one side",
			[]string{
				"Vardenia votes\n\nBallot boxes across Vardenia's nine provinces will close at 9:00 p.m. local time on polling day.",
				"Vardenia votes\n\nThe election commission said that about 4,000 stations in the provinces were closed at 8:00 p.m. local time (1600 GMT).",
			}},
	}
	for _, c := range cases {
		got := kinds(runUndated(c.docs...).Discrepancies)
		if !strings.Contains(got, c.want) {
			t.Errorf("%s: got %q, want %q", c.name, got, c.want)
		}
	}
	for _, c := range guards {
		if got := kinds(runUndated(c.docs...).Discrepancies); strings.Contains(got, "local time") {
			t.Errorf("%s: got %q, want no discrepancy of the local times", c.name, got)
		}
	}
}
