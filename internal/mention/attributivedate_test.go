package mention

import (
	"testing"

	"github.com/corroborate/corroborate/internal/dates"
)

// TestAttributiveDateNoun: a full date set off by a comma after its year
// between a determiner and a noun dates that noun; a date after a
// preposition dates nothing after its comma; a place named with its
// region set off by commas is one phrase of place between an event noun
// and its time (sentences written for this test).
func TestAttributiveDateNoun(t *testing.T) {
	for _, tc := range []struct {
		sent, text, noun, event string
	}{
		{"Roe chaired a May 12, 1998, meeting at the lodge.", "May 12, 1998", "meeting", ""},
		{"Doe recalled the Jan. 5, 2009, attack on the depot.", "Jan. 5, 2009", "attack", ""},
		{"The council's May 4, 2011, vote was close.", "May 4, 2011", "vote", ""},
		{"On May 12, 1998, police arrested Roe.", "May 12, 1998", "", ""},
		{"Doe was at the meeting in Lake Orin, Ore., on May 9, 1998, where Roe spoke.", "May 9, 1998", "meeting", "meeting"},
		{"The attack in Lyon, France, on Monday killed two guards.", "Monday", "attack", "attack"},
		{"Doe met Roe, Poe, on Monday.", "Monday", "", ""},
	} {
		a := Analyze(tc.sent, dates.Date{}, 0.9)
		found := false
		for _, v := range Values(a) {
			if v.Text != tc.text && v.Text != "on "+tc.text {
				continue
			}
			found = true
			if v.Noun != tc.noun || v.Event != tc.event {
				t.Errorf("%q: %q noun %q event %q, want %q %q", tc.sent, v.Text, v.Noun, v.Event, tc.noun, tc.event)
			}
		}
		if !found {
			t.Errorf("%q: no value %q in %+v", tc.sent, tc.text, Values(a))
		}
	}
}
