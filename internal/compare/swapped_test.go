package compare

import (
	"testing"

	"github.com/corroborate/corroborate/internal/dates"
)

// TestSwappedNouns: sentences written for these tests. Two articles that
// keep a phrase and put two nouns of one kind at its centre tell one thing
// two ways; one noun a kind of the other, a phrase of function words, a
// plural against a singular and an article that writes both are none.
func TestSwappedNouns(t *testing.T) {
	pub := dates.Date{Year: 2023, Month: 3, Day: 11}
	const x = "Theft\n\nPolice said thieves took the Brenner family's hunting rifle from the cabin near Lake Oduya last week."
	for _, tc := range []struct{ name, x, y, want string }{
		{"two kinds of one thing in one phrase", x,
			"Theft\n\nDeputies say thieves took the Brenner family's hunting shotgun from the cabin.",
			"other:rifle/shotgun"},
		{"one a kind of the other", x,
			"Theft\n\nDeputies say thieves took the Brenner family's hunting gun from the cabin.", ""},
		{"a plural against a singular", x,
			"Theft\n\nDeputies say thieves took the Brenner family's hunting shotguns from the cabin.", ""},
		{"one article writes both", x + " A shotgun was left behind in the shed.",
			"Theft\n\nDeputies say thieves took the Brenner family's hunting shotgun from the cabin.", ""},
		{"a phrase of function words",
			"Theft\n\nA rifle was in the back of the truck.",
			"Theft\n\nDeputies said a shotgun was in the back of the truck.", ""},
	} {
		r := run(doc("a", tc.x, pub), doc("b", tc.y, pub))
		if got := alignKinds(r); got != tc.want {
			t.Errorf("%s: got %q, want %q", tc.name, got, tc.want)
		}
	}
}
