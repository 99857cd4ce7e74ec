package compare

import (
	"testing"

	"github.com/corroborate/corroborate/internal/dates"
)

// TestAgeOfOneScene: an article that tells of two unnamed boys leaves
// open which of them another article's unnamed 16-year-old is, unless the
// two sentences give the same place and the same clock time (sceneFigures);
// one figure alike is not enough. Invented sentences.
func TestAgeOfOneScene(t *testing.T) {
	pub := dates.Date{Year: 2022, Month: 5, Day: 8}
	a := "Shootings\n\nA 15-year-old boy was shot in the 300 block of Birch Lane about 9:10 p.m. Friday. Earlier, a 17-year-old boy was shot in the 200 block of Elm Street in Goldport about 4:50 p.m."
	for _, tc := range []struct{ name, b, want string }{
		{"one block and one clock time",
			"The 16-year-old was found outside in the 200 block of Elm Street with wounds to his leg at 4:50 p.m., police said.",
			"number:17-year-old/16-year-old"},
		{"one block, another clock time",
			"The 16-year-old was found outside in the 200 block of Elm Street with wounds to his leg at 6:30 p.m., police said.",
			""},
	} {
		r := run(doc("a", a, pub), doc("b", "Shooting\n\n"+tc.b, pub))
		if got := kinds(r.Discrepancies); got != tc.want {
			t.Errorf("%s: got %q, want %q", tc.name, got, tc.want)
		}
	}
}

// TestAgeOfOneSceneWantsClock: two figures alike that include no clock time
// (a block and a count of wounds) do not say which of two unnamed boys a
// sentence is of (sceneFigures). Invented sentences.
func TestAgeOfOneSceneWantsClock(t *testing.T) {
	pub := dates.Date{Year: 2022, Month: 5, Day: 8}
	a := "Shootings\n\nA 15-year-old boy was shot in the 300 block of Birch Lane about 9:10 p.m. Friday. Earlier, a 17-year-old boy was found with two wounds in the 200 block of Elm Street in Goldport."
	b := "Shooting\n\nThe 16-year-old was found outside in the 200 block of Elm Street with two wounds to his leg, police said."
	if got := kinds(run(doc("a", a, pub), doc("b", b, pub)).Discrepancies); got != "" {
		t.Errorf("got %q, want no discrepancy", got)
	}
}
