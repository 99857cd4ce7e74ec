package compare

import (
	"strings"
	"testing"

	"github.com/corroborate/corroborate/internal/dates"
)

// The day after a verb that names or finds (no report of a proposition)
// dates what was done: a copy that changes it is a discrepancy. The day of
// a statement ("the mayor said on Tuesday") is not compared
// (TestValueGuards).
func TestDayOfANamingOrAFinding(t *testing.T) {
	pub := dates.Date{Year: 2023, Month: 5, Day: 10}
	for _, s := range []string{
		"The Velmar orchestra was named on Monday as the festival's resident ensemble for next season.",
		"A rare fern was discovered Monday by two students walking the ridge above Kessly.",
	} {
		a := "Note\n\n" + s
		b := "Note\n\n" + strings.Replace(s, "Monday", "Thursday", 1)
		r := run(doc("a", a, pub), doc("b", b, pub))
		if len(r.Discrepancies) != 1 || !strings.Contains(kinds(r.Discrepancies), "Thursday") {
			t.Errorf("%q → Thursday: got %q", s, kinds(r.Discrepancies))
		}
	}
	// A verb of speech in the passive still dates the statement.
	a := "Note\n\nFlooding was reported on Monday in three districts of Kessly, the board said."
	b := strings.Replace(a, "Monday", "Thursday", 1)
	if r := run(doc("a", a, pub), doc("b", b, pub)); len(r.Discrepancies) != 0 {
		t.Errorf("a day of a report compared: %q", kinds(r.Discrepancies))
	}
}

// A count of one written as a compound modifier ("a one-seat lead") is a
// figure, not the determiner "one".
func TestOneInACompoundIsAFigure(t *testing.T) {
	pub := dates.Date{Year: 2023, Month: 5, Day: 10}
	a := "Vote\n\nThe ruling bloc in the Dornish assembly kept only a one-seat majority after the recount in Hale."
	b := strings.Replace(a, "one-seat", "three-seat", 1)
	r := run(doc("a", a, pub), doc("b", b, pub))
	if len(r.Discrepancies) != 1 || !strings.Contains(kinds(r.Discrepancies), "one-seat") {
		t.Errorf("one-seat → three-seat: got %q", kinds(r.Discrepancies))
	}
}
