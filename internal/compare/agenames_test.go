package compare

import (
	"testing"

	"github.com/corroborate/corroborate/internal/dates"
)

// The sentences of this test are invented.

// TestAgeOwnerNames: whose an age is, when the name is written two ways
// or is no name at all. A hyphenated family name shortened to one part
// is one person; a name glued to the word before it by a lost sentence
// break is still that name; a weekday after an age is its sentence's
// time, not the person. Two different family names stay two people, and
// so do a father and a son of one name ("Sr." / "Jr.").
func TestAgeOwnerNames(t *testing.T) {
	pub := dates.Date{Year: 2021, Month: 3, Day: 4}
	for _, tc := range []struct{ name, a, b, want string }{
		{"hyphenated family name",
			"Ana Ruiz-Vela, 34, was shot in the arm outside a bakery in Telford on Monday, police said.",
			"Ana Ruiz, 38, was treated for a wound to the arm at Telford General, her brother said.",
			"number:34/38"},
		{"two family names",
			"Ana Ruiz-Vela, 34, was shot in the arm outside a bakery in Telford on Monday, police said.",
			"Ana Ortiz, 38, was treated for a wound to the arm at Telford General, her brother said.",
			""},
		{"glued to the word before",
			"Deputies were called to a house on Birch Lane in Goldport.Ana Ruiz, 53, was found on the porch with a wound to the neck.",
			"Medics treated 48-year-old Ana Ruiz on the porch for a wound to the neck.",
			"number:53/48-year-old"},
		{"a father and a son of one name",
			"Two men entered a house on Birch Lane in Goldport and confronted the 44-year-old homeowner, Ivo Tamm Sr., and his 22-year-old son, Ivo Tamm Jr., deputies said.",
			"The intruders confronted 49-year-old Ivo Tamm Sr. and his son in the house on Birch Lane.",
			"number:44-year-old/49-year-old"},
		{"a weekday after the age",
			"A neighbour heard the shooting of a 12-year-old Thursday evening from her garden in Carver.",
			"A neighbour heard the shooting of a 14-year-old boy from her garden in Carver.",
			"number:12-year-old/14-year-old"},
	} {
		got := kinds(run(doc("a", "Shooting\n\n"+tc.a, pub), doc("b", "Shooting\n\n"+tc.b, pub)).Discrepancies)
		if got != tc.want {
			t.Errorf("%s: got %q, want %q", tc.name, got, tc.want)
		}
	}
}

// TestAgeBeforeSchoolName: capitalised words after an age followed by a
// person noun modify that noun ("a 21-year-old Elm Valley High School
// student" is an unnamed student), while capitalised words with no person
// noun after them are the person's name.
func TestAgeBeforeSchoolName(t *testing.T) {
	for _, tc := range []struct {
		sent  string
		named bool
	}{
		{"A 21-year-old Elm Valley High School student was stabbed near the pier.", false},
		{"A 21-year-old Marsh College student was stabbed near the pier.", false},
		{"The 21-year-old Ivo Tamm was stabbed near the pier.", true},
	} {
		f := ageFactOf(t, tc.sent)
		if named := f.person != "" && f.person[0] != '~'; named != tc.named {
			t.Errorf("%q: person %q, named %v, want %v", tc.sent, f.person, named, tc.named)
		}
	}
}
