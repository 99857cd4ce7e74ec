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
		"The cellist Ruth Anker was named Monday to the board of the Velmar music school.",
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
	a := "Note\n\nA gas leak under the Kessly tram depot was reported to the fire service on Monday by a night porter."
	b := strings.Replace(a, "Monday", "Thursday", 1)
	if r := run(doc("a", a, pub), doc("b", b, pub)); len(r.Discrepancies) != 0 {
		t.Errorf("a day of a report compared: %q", kinds(r.Discrepancies))
	}
}

// A count of one written as a compound modifier ("a one-length lead") is a
// figure, not the determiner "one".
func TestOneInACompoundIsAFigure(t *testing.T) {
	pub := dates.Date{Year: 2023, Month: 5, Day: 10}
	a := "Regatta\n\nThe Tarn eight crossed the finish line on the Osk with a one-length lead over the Kessly crew."
	b := strings.Replace(a, "one-length", "three-length", 1)
	r := run(doc("a", a, pub), doc("b", b, pub))
	if len(r.Discrepancies) != 1 || !strings.Contains(kinds(r.Discrepancies), "one-length") {
		t.Errorf("one-length → three-length: got %q", kinds(r.Discrepancies))
	}
}
