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
	cases := []foundRow{
		{"ballot boxes shut: local times differ, the converted times agree",
			[]string{
				"Vardenia votes\n\nBallot boxes across Vardenia's nine provinces will close at 9:00 p.m. local time (1600 GMT) on polling day.",
				"Vardenia votes\n\nThe election commission said that about 4,000 stations in the provinces were closed at 8:00 p.m. local time (1600 GMT).",
			},
			"date:9:00 p.m. local time/8:00 p.m. local time"},
		{"names that say who, not where",
			[]string{
				"Tessaly votes\n\nBallot counting began at 8 p.m. local time (1700 GMT), the Election Commission said.",
				"Tessaly votes\n\nBallot counting began at 7 p.m. local time (1700 GMT), Reuters reported.",
			},
			"date:8 p.m. local time/7 p.m. local time"},
		{"one place, conversions written in two zone names",
			[]string{
				"Tessaly votes\n\nVoting halls shut their doors at 6 p.m. local time (1400 GMT) nationwide.",
				"Tessaly votes\n\nVoting halls shut their doors at 5 p.m. local time (1400 UTC) nationwide.",
			},
			"date:6 p.m. local time/5 p.m. local time"},
	}
	guards := []guardRow{
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
		{"local times of two provinces: one moment in two zones",
			[]string{
				"Tessaly votes\n\nPolls in the eastern province of Marrow closed at 8 p.m. local time (1700 GMT) on Sunday.",
				"Tessaly votes\n\nPolls in the western province of Quill closed at 7 p.m. local time (1700 GMT) on Sunday.",
			}},
		{"local times of two regions named by compass words",
			[]string{
				"Tessaly votes\n\nThe last polls, in the far west, closed at 7 p.m. local time (1700 GMT).",
				"Tessaly votes\n\nThe first polls, in the far east, closed at 9 p.m. local time (1700 GMT).",
			}},
		{"kick-offs in two cities",
			[]string{
				"Cup night\n\nThe first semi-final in Dorrin starts at 8 p.m. local time (1800 GMT) on Tuesday.",
				"Cup night\n\nThe second semi-final in Ambry starts at 9 p.m. local time (1800 GMT) on Wednesday.",
			}},
		{"no conversion on one side",
			[]string{
				"Vardenia votes\n\nBallot boxes across Vardenia's nine provinces will close at 9:00 p.m. local time on polling day.",
				"Vardenia votes\n\nThe election commission said that about 4,000 stations in the provinces were closed at 8:00 p.m. local time (1600 GMT).",
			}},
	}
	checkFoundRows(t, cases, guards, "local time")
}

// foundRow is a set of undated articles and a discrepancy their comparison
// must report (kinds: "date:<a>/<b>"); guardRow one that must report no
// discrepancy holding a given text.
type foundRow struct {
	name string
	docs []string
	want string
}

type guardRow struct {
	name string
	docs []string
}

// checkFoundRows compares each row's undated articles: every found row
// reports its discrepancy, and no guard row reports one whose kinds hold
// not.
func checkFoundRows(t *testing.T, found []foundRow, guards []guardRow, not string) {
	t.Helper()
	for _, c := range found {
		got := kinds(runUndated(c.docs...).Discrepancies)
		if !strings.Contains(got, c.want) {
			t.Errorf("%s: got %q, want %q", c.name, got, c.want)
		}
	}
	for _, c := range guards {
		if got := kinds(runUndated(c.docs...).Discrepancies); strings.Contains(got, not) {
			t.Errorf("%s: got %q, want no discrepancy holding %q", c.name, got, not)
		}
	}
}
