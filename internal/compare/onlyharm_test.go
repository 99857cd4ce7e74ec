package compare

import (
	"strings"
	"testing"
)

// Sentences written for these tests (no data set's wording).

// TestOnlyDaysOfOneHarm: two articles that each name one weekday only, both
// the day of one verb of harm, give the day of one attack with no word of
// the two sentences shared; a verb of no harm still needs shared words.
func TestOnlyDaysOfOneHarm(t *testing.T) {
	r := runUndated(
		"Teen hurt near park\n\nA 16-year-old was shot Friday evening outside a laundromat.",
		"Teen hurt near park\n\nOfficers say someone shot the teenager on Sunday by the north gate of Elm Park.",
	)
	if got := kinds(r.Discrepancies); !strings.Contains(got, "Friday evening/on Sunday") {
		t.Errorf("one harm: got %q, want the two days", got)
	}
	r = runUndated(
		"Teen hurt near park\n\nA 16-year-old was questioned Friday evening outside a laundromat.",
		"Teen hurt near park\n\nOfficers say someone questioned the teenager on Sunday by the north gate of Elm Park.",
	)
	if got := kinds(r.Discrepancies); strings.Contains(got, "date:") {
		t.Errorf("no harm: got %q, want no day conflict", got)
	}
}
