package compare

import (
	"strings"
	"testing"
)

// Sentences written for this test (no data set's wording).
func TestParticipleWithObject(t *testing.T) {
	for _, c := range []struct {
		rest string
		want bool
	}{{" killing a guard and a driver.", true}, {" killing two men", true}, {" shooting his brother", true},
		{" killing shocked the town.", false}, {" meeting of the board", false}, {" game", false}} {
		if got := participleWithObject(c.rest); got != c.want {
			t.Errorf("participleWithObject(%q) = %v, want %v", c.rest, got, c.want)
		}
	}
}

// An event noun dated in one article and the verb it derives from in
// another date one happening ("Tuesday's robbery" / "was robbed Friday").
func TestDerivedNounDatesItsVerb(t *testing.T) {
	got := kinds(runUndated(
		"Pawnshop\n\nPolice are looking for two men after Tuesday's robbery at the Kestrel pawnshop on Dale Street.",
		"Pawnshop\n\nThe Kestrel pawnshop on Dale Street was robbed Friday by two men with a crowbar.",
	).Discrepancies)
	if !strings.Contains(got, "date:") {
		t.Errorf("got %q, want a date discrepancy (Tuesday / Friday)", got)
	}
}

func TestPronounContraction(t *testing.T) {
	for _, c := range []struct {
		name string
		want bool
	}{{"He'll", true}, {"They’re", true}, {"She'd", true}, {"O'Brien", false}, {"Hale", false}, {"D'Arcy Lund", false}} {
		if got := pronounContraction(c.name); got != c.want {
			t.Errorf("pronounContraction(%q) = %v, want %v", c.name, got, c.want)
		}
	}
}
