package compare

import (
	"testing"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/dates"
	"github.com/corroborate/corroborate/internal/story"
)

// Sentences written for this test (no data set's wording).

// TestFarThreadNamedAge: a related story written weeks apart (a far story
// of the thread) is compared on the ages of one named person only; its
// other values, an unnamed person's age, and a named age written a season
// or more apart stay apart.
func TestFarThreadNamedAge(t *testing.T) {
	pub := dates.Date{Year: 2022, Month: 3, Day: 9}
	run2 := func(a, b string, pa, pb dates.Date) string {
		x := []story.Doc{doc("a", a, pa)}
		y := []story.Doc{doc("b", b, pb)}
		mx := story.Assemble(&corroborate.Story{}, x)
		my := story.Assemble(&corroborate.Story{}, y)
		r := Compare(Input{Docs: x, Merged: mx, Context: []Context{{Docs: y, Merged: my}}})
		return kinds(r.Discrepancies)
	}
	weeks := dates.Date{Year: 2022, Month: 4, Day: 6}
	months := dates.Date{Year: 2022, Month: 9, Day: 20}
	a := "Arson\n\nPavel Orsk, 34, was charged with setting fire to the boathouse in Corvel, police said."
	for _, tc := range []struct {
		name, b string
		pb      dates.Date
		want    string
	}{
		{"a named age four weeks later",
			"Court\n\nPavel Orsk, 37, pleaded not guilty to setting fire to the boathouse in Corvel.", weeks, "number:34/37"},
		{"a named age six months later",
			"Court\n\nPavel Orsk, 37, pleaded not guilty to setting fire to the boathouse in Corvel.", months, ""},
		{"an unnamed age four weeks later",
			"Court\n\nA 37-year-old man pleaded not guilty to setting fire to the boathouse in Corvel.", weeks, ""},
		{"another value four weeks later",
			"Court\n\nPavel Orsk pleaded not guilty to setting fire to 3 boathouses in Corvel.", weeks, ""},
	} {
		if got := run2(a, tc.b, pub, tc.pb); got != tc.want {
			t.Errorf("%s: got %q, want %q", tc.name, got, tc.want)
		}
	}
	// Written the same week, the related story is a near one: its values
	// are compared as before.
	if got := run2(a, "Court\n\nPavel Orsk, 37, pleaded not guilty to setting fire to the boathouse in Corvel.", pub, pub); got != "number:34/37" {
		t.Errorf("a named age the same week: got %q, want number:34/37", got)
	}
}
