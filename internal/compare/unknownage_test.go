package compare

import (
	"testing"

	"github.com/corroborate/corroborate/internal/dates"
)

// The sentences of this test are invented.

// TestUnknownAgeAligned: an age whose person is not known (no name, no
// person noun) conflicts with another age told in the same sentence, the
// only age of each; an age in a sentence that shares the words but holds
// the age elsewhere ("with a 70-year-old") is another person's, and
// so is an age beside a second age.
func TestUnknownAgeAligned(t *testing.T) {
	pub := dates.Date{Year: 2021, Month: 5, Day: 8}
	a := "Fall at Marrow Pier\n\nA 19-year-old was hurt in a fall from the sea wall at Marrow Pier on Friday, rangers said."
	for _, tc := range []struct{ name, b, want string }{
		{"same sentence, another age", "Marrow Pier fall\n\nA 23-year-old was hurt in a fall from the sea wall at Marrow Pier on Friday, rangers said.", "number:19-year-old/23-year-old"},
		{"person noun on one side", "Marrow Pier fall\n\nA 23-year-old man was hurt in a fall from the sea wall at Marrow Pier on Friday, rangers said.", "number:19-year-old/23-year-old"},
		{"the age elsewhere in the sentence", "Marrow Pier fall\n\nHe was hurt in a fall from the sea wall at Marrow Pier on Friday with a 70-year-old, rangers said.", ""},
		{"two ages in the sentence", "Marrow Pier fall\n\nA 23-year-old and a 19-year-old were hurt in a fall from the sea wall at Marrow Pier on Friday, rangers said.", ""},
	} {
		if got := kinds(run(doc("a", a, pub), doc("b", tc.b, pub)).Discrepancies); got != tc.want {
			t.Errorf("%s: got %q, want %q", tc.name, got, tc.want)
		}
	}
}

// TestCloseStatements: an article that gives two men's ages leaves open
// which man a sentence speaks of, unless the two articles' sentences say
// nearly all the same.
func TestCloseStatements(t *testing.T) {
	pub := dates.Date{Year: 2021, Month: 5, Day: 8}
	a := "Pier\n\nA 31-year-old man was struck in his chest and was pronounced dead at the pier. A 40-year-old man was taken to the county clinic with a cut hand."
	for _, tc := range []struct{ name, b, want string }{
		{"nearly the same sentence", "Pier\n\nA 35-year-old man struck in the chest was pronounced dead at the pier. A 40-year-old man was treated for a cut to his hand at the county clinic.", "number:31-year-old/35-year-old"},
		{"a sentence that shares less", "Pier\n\nA 35-year-old man was pronounced dead on the ramp near the fishing boats. A 40-year-old man was treated for a cut to his hand at the county clinic.", ""},
	} {
		if got := kinds(run(doc("a", a, pub), doc("b", tc.b, pub)).Discrepancies); got != tc.want {
			t.Errorf("%s: got %q, want %q", tc.name, got, tc.want)
		}
	}
}
