package compare

import (
	"strings"
	"testing"

	"github.com/corroborate/corroborate/internal/mention"
	"github.com/corroborate/corroborate/internal/text"
)

// Sentences written for these tests (no data set's wording).

// TestReportedHappening: a passive verb of reporting whose subject is a
// noun of a happening ("the robbery was reported", "the collision,
// which was reported") tells when the happening was reported to the
// authorities, a time of the story: its time dates "report", not a
// statement. A person or a thing said ("the mayor was reported Sunday")
// still dates a statement.
func TestReportedHappening(t *testing.T) {
	c := newComparer(Input{})
	for _, tc := range []struct {
		sentence, time, typ, want string
		reported                  bool
	}{
		{"The robbery was reported shortly after 4 a.m. outside a bakery on Wren Street.", "4 a.m.", mention.VClock, "report", false},
		{"Two cyclists were hurt in the collision, which was reported about 7:20 p.m. Tuesday near the Osk bridge.", "7:20 p.m.", mention.VClock, "report", false},
		{"Two cyclists were hurt in the collision, which was reported about 7:20 p.m. Tuesday near the Osk bridge.", "Tuesday", mention.VWeekday, "report", false},
		// controls: a person reported, a thing reported
		{"The mayor was reported Sunday to have left the council.", "Sunday", mention.VWeekday, "", true},
		{"Her statement was reported on Sunday by the town paper.", "Sunday", mention.VWeekday, "", true},
	} {
		v := mention.Value{Type: tc.typ, Text: tc.time, Start: strings.Index(tc.sentence, tc.time)}
		v.End = v.Start + len(tc.time)
		got, rep, _ := c.headVerb(text.Tokens(tc.sentence), v)
		if got != tc.want || rep != tc.reported {
			t.Errorf("%q (%s): got %q reported %v, want %q reported %v", tc.sentence, tc.time, got, rep, tc.want, tc.reported)
		}
	}
	found := []dayFound{
		{"the day a robbery was reported",
			[]string{
				"Man hurt in robbery\n\nEli Roe, 44, was hurt in the robbery, which was reported about 9 p.m. Friday at a shop on Wren Street, police said.",
				"Man hurt in robbery\n\nThe robbery was reported about 9 p.m. Sunday at a shop on Wren Street, where Eli Roe was found hurt.",
			},
			"date:"},
	}
	expectDays(t, found)
}
