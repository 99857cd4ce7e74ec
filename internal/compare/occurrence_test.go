package compare

import (
	"strings"
	"testing"
)

// Sentences written for this test (no data set's wording). A verb of
// occurring dates the event its subject names: "the stabbing happened
// Sunday" dates the stabbing, as "stabbed Thursday night" does; "the crash
// occurred" and "the fire happened" date two events.
func TestOccurrenceDatesItsSubject(t *testing.T) {
	found := []struct {
		name string
		docs []string
		want string
	}{
		{"a gerund subject and its verb",
			[]string{
				"Depot\n\nThe stabbing happened Sunday outside the depot, a guard said.",
				"Depot\n\nThe stabbing Thursday night left a guard with a wound to his arm.",
				"Depot\n\nA man was stabbed Thursday night near the depot on Elm Road.",
			},
			"date:Thursday night/Sunday"},
		{"took place, two clock times of one blast",
			[]string{
				"Blast\n\nThe explosion took place at 7:40 a.m. in a warehouse by the canal.",
				"Blast\n\nA warehouse by the canal was wrecked by an explosion at 9:40 a.m., the port said.",
				"Blast\n\nThe explosion at 9:40 a.m. shook homes across the canal district.",
			},
			"date:9:40 a.m./7:40 a.m."},
		{"an event noun and the verb WordNet derives it from",
			[]string{
				"Silo\n\nThe explosion occurred Tuesday at the grain silo in Marrowby, the county said.",
				"Silo\n\nA tank exploded at the grain silo in Marrowby late Friday, hurting two workers.",
			},
			"date:Tuesday/late Friday"},
		{"a verb of occurring far before its time, no verb between",
			[]string{
				"Bank\n\nThe explosion occurred in the basement of the Harlow Savings Bank on Old Mill Road soon after 6:15 p.m. Police arrived at 6:40 p.m.",
				"Bank\n\nNothing was said of the hours between noon and 8:15 p.m., when the device exploded inside Harlow Savings Bank.",
			},
			"date:6:15 p.m./8:15 p.m."},
		{"a passive held dates its event subject",
			[]string{
				"Vote\n\nThe election was held on Sunday across the islands, the council said.",
				"Vote\n\nTuesday's election across the islands drew few voters, the council said.",
			},
			"date:on Sunday/Tuesday"},
		{"will be held, a future passive",
			[]string{
				"Regatta\n\nThe regatta will be held on Sunday off the islands, the council said.",
				"Regatta\n\nThe regatta off the islands on Tuesday drew few crews, the council said.",
			},
			"date:on Sunday/on Tuesday"},
	}
	for _, c := range found {
		if got := kinds(runUndated(c.docs...).Discrepancies); !strings.Contains(got, c.want) {
			t.Errorf("%s: got %q, want %q", c.name, got, c.want)
		}
	}
	none := []struct {
		name string
		docs []string
	}{
		{"two subjects, two events",
			[]string{
				"Ring road\n\nThe crash occurred at 4:10 p.m. on the ring road near the mill.",
				"Ring road\n\nThe fire happened at 6:30 p.m. on the ring road near the mill.",
			}},
		{"a verb between a far verb of occurring and the time",
			[]string{
				"Gate\n\nThe theft happened some time after the night guards at the depot locked the gate at 9:00 p.m.",
				"Gate\n\nThe theft took place at 11:40 p.m. at the depot, police said.",
			}},
		{"a person held is detained, not an event",
			[]string{
				"Depot\n\nThe driver was held on Sunday at the depot on Elm Road.",
				"Depot\n\nThe driver was questioned on Tuesday at the depot on Elm Road.",
			}},
	}
	for _, c := range none {
		if got := kinds(runUndated(c.docs...).Discrepancies); strings.Contains(got, "date:") {
			t.Errorf("%s: got %q, want no time discrepancy", c.name, got)
		}
	}
}
