package mention

import (
	"testing"

	"github.com/corroborate/corroborate/internal/dates"
)

// The sentences of this test are invented.

// TestElidedHead: a count whose noun is left out in a parallel clause of
// the same verb counts the noun of the count before it; another verb, or
// no count before it, recovers nothing.
func TestElidedHead(t *testing.T) {
	for _, tc := range []struct{ s, want string }{
		{"Ann Roe scored 14 points and Bea Doe scored 9 for the visiting side.", "9 point score"},
		{"Five people were killed in Alton and 9 were killed in Bry.", "9 people kill"},
		{"Ann Roe scored 14 points and Bea Doe added 9 for the visiting side.", ""},
		// Since session 50 the people hurt are read (casualty.go), as
		// bareHarmCount reads "9 were injured": the persons counted
		// before them.
		{"Crews rescued 14 miners and 9 were hurt.", "9 miner hurt"},
	} {
		got := ""
		for _, v := range Values(Analyze(tc.s, dates.Date{}, 0)) {
			if v.Type == VCount && v.Text == "9" {
				got = v.Text + " " + v.Unit + " " + v.Event
			}
		}
		if got != tc.want {
			t.Errorf("%q: got %q, want %q", tc.s, got, tc.want)
		}
	}
}
