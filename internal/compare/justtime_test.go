package compare

import (
	"testing"

	"github.com/corroborate/corroborate/internal/dates"
)

// TestJustBeforeAfter: "just before 4:15 a.m." is a moment in the quarter
// hour before 4:15, "just after 4 a.m." one in the quarter hour after 4:
// times inside that span agree, a time outside it still conflicts.
func TestJustBeforeAfter(t *testing.T) {
	pub := dates.Date{Year: 2023, Month: 5, Day: 2}
	a := "Fire\n\nA night guard was shot outside the paint warehouse on Ferris Lane just before 4:15 a.m., police said."
	for _, tc := range []struct{ name, b, want string }{
		{"a time in the quarter hour before agrees",
			"Fire\n\nA night guard was shot outside the paint warehouse on Ferris Lane at 4:02 a.m., police said.", ""},
		{"just after and just before overlap",
			"Fire\n\nA night guard was shot outside the paint warehouse on Ferris Lane just after 4 a.m., police said.", ""},
		{"a time outside the span conflicts",
			"Fire\n\nA night guard was shot outside the paint warehouse on Ferris Lane at 3:40 a.m., police said.", "date:4:15 a.m./3:40 a.m."},
	} {
		r := run(doc("a", a, pub), doc("b", tc.b, pub))
		if got := kinds(r.Discrepancies); got != tc.want {
			t.Errorf("%s: got %q, want %q", tc.name, got, tc.want)
		}
	}
	// "just after 4 a.m." reaches into the quarter hour after 4.
	after := "Fire\n\nA night guard was shot outside the paint warehouse on Ferris Lane just after 4 a.m., police said."
	b := "Fire\n\nA night guard was shot outside the paint warehouse on Ferris Lane at 4:10 a.m., police said."
	if got := kinds(run(doc("a", after, pub), doc("b", b, pub)).Discrepancies); got != "" {
		t.Errorf("a time in the quarter hour after: got %q, want no conflict", got)
	}
}
