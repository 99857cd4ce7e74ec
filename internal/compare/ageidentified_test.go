package compare

import (
	"testing"

	"github.com/corroborate/corroborate/internal/dates"
)

// Sentences written for this test (no data set's wording).

// TestAgeIdentifiedAs: an unnamed person's age belongs to the name a
// passive of identifying gives its noun phrase, so it meets that
// person's age in another article; a sentence in which someone else is
// identified keeps the age from the name, as does an age inside a
// relative clause of the noun identified.
func TestAgeIdentifiedAs(t *testing.T) {
	pub := dates.Date{Year: 2022, Month: 3, Day: 9}
	named := "Depot\n\nWardens said they are still questioning witnesses about what Ivo Tamm, 55, saw at the depot."
	for _, tc := range []struct{ name, x, want string }{
		{"the age's noun phrase identified",
			"Depot\n\nA 52-year-old courier seen near the depot gates has been identified as Ivo Tamm. Warden Ada Pell found his van.",
			"number:52-year-old/55"},
		{"the age's noun phrase identified past a relative clause with its own auxiliary",
			"Depot\n\nA 52-year-old courier who was seen near the depot gates late on Monday has been identified as Ivo Tamm.",
			"number:52-year-old/55"},
		{"someone else identified",
			"Depot\n\nA 52-year-old courier was questioned after the driver was identified as Ivo Tamm. Warden Ada Pell found his van.",
			""},
		{"the age inside a relative clause of the one identified",
			"Depot\n\nThe warden who stopped a 52-year-old courier at the depot gates has been identified as Ivo Tamm.",
			""},
	} {
		r := run(doc("a", tc.x, pub), doc("b", named, pub))
		if got := kinds(r.Discrepancies); got != tc.want {
			t.Errorf("%s: got %q, want %q", tc.name, got, tc.want)
		}
	}
}

// TestGluedOpener: a name glued to the next sentence's opener by a lost
// full stop ("… Wardens.The") is not the owner of the age after it.
func TestGluedOpener(t *testing.T) {
	for _, tc := range []struct {
		name string
		want bool
	}{
		{"Lakeside Wardens.The", true},
		{"Lakeside.He", true},
		{"Lakeside.Ana Roe", false},
		{"Ivo Tamm", false},
	} {
		if got := gluedOpener(tc.name); got != tc.want {
			t.Errorf("%q: got %v, want %v", tc.name, got, tc.want)
		}
	}
}
