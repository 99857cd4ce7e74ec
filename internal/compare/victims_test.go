package compare

import (
	"testing"

	"github.com/corroborate/corroborate/internal/dates"
)

// TestTwoUnnamedPeoples: the days of two unnamed people's happenings (a boy
// and a man, a woman and a girl, no age written in both) are two facts; the
// same kind of person, or one age written in both, may be one happening
// told two ways. Invented sentences.
func TestTwoUnnamedPeoples(t *testing.T) {
	pub := dates.Date{Year: 2022, Month: 3, Day: 9}
	a := "Shooting\n\nA 16-year-old boy was grazed by gunfire Monday afternoon in the Alder Vale neighborhood, police said."
	for _, tc := range []struct{ b, want string }{
		{"Shooting\n\nIn Alder Vale, a 31-year-old man was grazed by gunfire early Sunday, police said.", ""},
		{"Shooting\n\nIn Alder Vale, a 17-year-old boy was grazed by gunfire early Sunday, police said.", "date:Monday afternoon/early Sunday"},
		{"Shooting\n\nIn Alder Vale, a 16-year-old man was grazed by gunfire early Sunday, police said.", "date:Monday afternoon/early Sunday"},
	} {
		if got := kinds(run(doc("a", a, pub), doc("b", tc.b, pub)).Discrepancies); got != tc.want {
			t.Errorf("%q: got %q, want %q", tc.b, got, tc.want)
		}
	}
}
