package compare

import (
	"testing"

	"github.com/corroborate/corroborate/internal/dates"
)

// The sentences of this test are invented.

// TestPossessionEvent: a count whose event is "have" (a possession, a
// state) clashes with no other event: "Ann Roe had 12 points" and "Ann Roe
// scored 14 points", told alike, are one player's points; two events
// ("scored" / "blocked") still never pair.
func TestPossessionEvent(t *testing.T) {
	pub := dates.Date{Year: 2023, Month: 3, Day: 4}
	a := "Tarn beat Oslen\n\nAnn Roe scored 14 points and Bea Doe scored 9 for the visiting Oslen side (11-15)."
	for _, tc := range []struct{ name, b, want string }{
		{"have against score", "Tarn beat Oslen\n\nOslen were led by 9 points from Bea Doe, while Ann Roe had 12 points and three steals.", "number:14/12"},
		{"two events", "Tarn beat Oslen\n\nOslen were led by 9 points from Bea Doe, while Ann Roe blocked 12 shots and three passes.", ""},
	} {
		if got := kinds(run(doc("a", a, pub), doc("b", tc.b, pub)).Discrepancies); got != tc.want {
			t.Errorf("%s: got %q, want %q", tc.name, got, tc.want)
		}
	}
}

// TestParticipleHave: the label of a count of possession reads "had".
func TestParticipleHave(t *testing.T) {
	if got := participle("have"); got != "had" {
		t.Errorf("participle(have) = %q, want had", got)
	}
}
