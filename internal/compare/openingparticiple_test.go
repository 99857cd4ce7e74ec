package compare

import (
	"strings"
	"testing"

	"github.com/corroborate/corroborate/internal/mention"
	"github.com/corroborate/corroborate/internal/text"
)

// TestOpeningParticiple: a time inside an -ing clause that opens its
// sentence dates the clause's verb (Quirk et al. 1985 §15.58), the
// participles English uses as prepositions head no clause, and a verb of
// saying dates a statement (sentences written for this test).
func TestOpeningParticiple(t *testing.T) {
	c := newComparer(Input{})
	for _, tc := range []struct {
		sentence, time, typ, want string
		reported                  bool
	}{
		{"Starting at 7 p.m., the marchers walked to the town hall.", "7 p.m.", mention.VClock, "start", false},
		{"Beginning on Monday, crews will clear the harbor road.", "Monday", mention.VWeekday, "begin", false},
		{"\"Arriving on Tuesday, the crews found the pier gone.", "Tuesday", mention.VWeekday, "arrive", false},
		{"Announcing on Monday that the levy had passed, the mayor thanked the voters.", "Monday", mention.VWeekday, "", true},
		{"Following the raid on Monday, the depot was closed.", "Monday", mention.VWeekday, "", false},
		{"Including the fire on Monday, the town has lost three barns.", "Monday", mention.VWeekday, "", false},
	} {
		v := mention.Value{Type: tc.typ, Text: tc.time, Start: strings.Index(tc.sentence, tc.time)}
		v.End = v.Start + len(tc.time)
		got, rep, _ := c.headVerb(text.Tokens(tc.sentence), v)
		if got != tc.want || rep != tc.reported {
			t.Errorf("%q: got %q reported %v, want %q reported %v", tc.sentence, got, rep, tc.want, tc.reported)
		}
	}
}

// TestAttributiveDateMeetsItsNoun: a full date set off by commas between
// a determiner and its noun ("a May 12, 1998, meeting") and a date
// after a place named with its region ("the meeting in Lake Orin, Ore.,
// on May 9, 1998") date one meeting, so the two dates are one fact
// (articles written for this test).
func TestAttributiveDateMeetsItsNoun(t *testing.T) {
	a := doc("a", "Harbor board\n\nDoe was at the meeting in Lake Orin, Ore., on May 9, 1998, where the board approved the dredging. The harbor was dredged on June 2, 1998.", day)
	b := doc("b", "Harbor board\n\nDoe was among the guests at a May 12, 1998, meeting at the lodge, at which Roe spoke of a new pier. The dredging began on June 2, 1998.", day)
	if got := kinds(run(a, b).Discrepancies); got != "date:May 9, 1998/May 12, 1998" {
		t.Errorf("got %q, want the two dates of the meeting", got)
	}
}
