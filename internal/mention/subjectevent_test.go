package mention

import (
	"testing"

	"github.com/corroborate/corroborate/internal/dates"
)

// Sentences written for this test (no data set's wording).

// TestSubjectEventNoun: a month or a year of a clause whose opening
// subject is a happening dates that happening; a subject that is no
// happening, a time in another clause, or a day (left to the day rules)
// gives none.
func TestSubjectEventNoun(t *testing.T) {
	cases := []struct{ sent, text, event string }{
		{"A strong quake with its centre offshore struck the coast in March, killing nine.", "in March", "quake"},
		{"The raid destroyed the old mill in 1998.", "in 1998", "raid"},
		{"The mayor opened the old mill in 1998.", "in 1998", ""},
		{"The raid destroyed the mill, which had been rebuilt in 1998.", "in 1998", ""},
		{"The raid ended quickly and crews arrived in March.", "in March", ""},
		{"The shooting suspect was arrested in March.", "in March", ""},
		{"The murder trial opened in March.", "in March", ""},
		{"The attack was planned in March.", "in March", ""},
		{"The theft was discovered in 1998.", "in 1998", ""},
		{"The blast was later traced to a gas main in 1998.", "in 1998", ""},
		{"The quake hit the coast in March.", "in March", "quake"},              // a past that is its base, after a singular head
		{"The quakes hit the coast in March.", "in March", ""},                  // a plural head: "hit" may be the present
		{"The raid ended whereas crews arrived in March.", "in March", ""},      // a subordinator opens another clause
		{"The bombing plan the group drew up in March failed.", "in March", ""}, // a base form not of the "put" class: a noun
		{"The blast cut the power in March.", "in March", "blast"},
	}
	for _, c := range cases {
		found := false
		for _, v := range Values(Analyze(c.sent, dates.Date{}, 0)) {
			if v.Text != c.text {
				continue
			}
			found = true
			if v.Event != c.event {
				t.Errorf("%q: %q dates event %q, want %q", c.sent, v.Text, v.Event, c.event)
			}
		}
		if !found {
			t.Errorf("%q: no value %q", c.sent, c.text)
		}
	}
}
