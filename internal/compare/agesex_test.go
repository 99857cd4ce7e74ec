package compare

import (
	"testing"

	"github.com/corroborate/corroborate/internal/dates"
)

// Articles written for this test (no data set's wording).

// TestAgesOfOneSex: two articles that each give ages of unnamed people of
// both sexes, and one age only of a man, give one man's age; an article
// that also names a person with an age, or gives a second male age (a boy's),
// leaves open which one it is.
func TestAgesOfOneSex(t *testing.T) {
	pub := dates.Date{Year: 2022, Month: 3, Day: 9}
	x := "Quay\n\nOfficers said a 37-year-old Vell man, a 26-year-old Vell woman and a 12-year-old Vell girl were cut in the brawl on the quay."
	for _, tc := range []struct{ name, y, want string }{
		{"told apart by sex",
			"Quay\n\nThree people were cut in the brawl on the quay, wardens said. A 26-year-old woman was cut on the arm. The male victim is 34 years old.",
			"number:37-year-old/34 years old"},
		{"a second man",
			"Quay\n\nThree people were cut in the brawl on the quay, wardens said. A 26-year-old woman was cut on the arm. The male victim is 34 years old. A 17-year-old Vell boy was cut too.",
			""},
		{"a named person of no known sex",
			"Quay\n\nThree people were cut in the brawl on the quay, wardens said. Tarran Pell, 26, was cut on the arm. The male victim is 34 years old.",
			""},
		// A named person's first name or pronouns tell their sex: the
		// named woman is the woman, the one man the man.
		{"a named woman",
			"Quay\n\nThree people were cut in the brawl on the quay, wardens said. Ana Pell, 26, was cut on her arm. The male victim is 34 years old.",
			"number:37-year-old/34 years old"},
	} {
		r := run(doc("a", x, pub), doc("b", tc.y, pub))
		if got := kinds(r.Discrepancies); got != tc.want {
			t.Errorf("%s: got %q, want %q", tc.name, got, tc.want)
		}
	}
}

// TestNamedAgeOfOneSex: a named woman (her first name, her pronouns) is
// the one woman of her article, as the unnamed woman is of the other's,
// when both are victims; not when the named woman has no role in the
// happening (a relative, a witness), nor when both women are named (two
// names are two people).
func TestNamedAgeOfOneSex(t *testing.T) {
	pub := dates.Date{Year: 2022, Month: 3, Day: 9}
	x := "Quay\n\nOfficers said a 37-year-old Vell man and a 26-year-old Vell woman were stabbed in the brawl on the quay."
	for _, tc := range []struct{ name, x, y, want string }{
		{"a named woman's age", x,
			"Quay\n\nTwo people were stabbed in the brawl on the quay, wardens said. Ana Pell, 29, was stabbed in her arm. The male victim is 37 years old.",
			"number:26-year-old/29"},
		{"a named woman of no role", x,
			"Quay\n\nTwo people were stabbed in the brawl on the quay, wardens said. Ana Pell, 29, runs the kiosk by the quay. The male victim is 37 years old.",
			""},
		{"two named women",
			"Quay\n\nOfficers said a 37-year-old Vell man and Eva Lind, 26, were stabbed in the brawl on the quay.",
			"Quay\n\nTwo people were stabbed in the brawl on the quay, wardens said. Ana Pell, 29, was stabbed in her arm. The male victim is 37 years old.",
			""},
	} {
		r := run(doc("a", tc.x, pub), doc("b", tc.y, pub))
		if got := kinds(r.Discrepancies); got != tc.want {
			t.Errorf("%s: got %q, want %q", tc.name, got, tc.want)
		}
	}
}
