package compare

import (
	"github.com/corroborate/corroborate"
	"strings"
	"testing"
)

// TestCrossStreets: two articles that cross one street with two different
// streets place one site at two corners; one street written two ways, a
// corner of two streets no article sets as a place, an article naming both
// cross streets, and an article crossing the street twice are no conflict
// (sentences written for this test).
func TestCrossStreets(t *testing.T) {
	a := "Fire\n\nFlames broke out at the bakery at Larkin Avenue and Pell Street, firefighters said."
	for _, tc := range []struct{ name, b, want string }{
		{"another corner", "Fire\n\nThe bakery on the 300 block of Larkin Avenue, at Moss Road, burned for hours.",
			"place:Pell Street/Moss Road"},
		{"the same corner abbreviated", "Fire\n\nThe bakery at Larkin Ave. and Pell St. burned for hours.", ""},
		{"a spelling variant", "Fire\n\nThe bakery at Larkin Avenue and Pel Street burned for hours.", ""},
		{"two streets, no corner", "Fire\n\nLarkin Avenue and Moss Road stayed closed for hours.", ""},
		{"an article knows both corners", "Fire\n\nThe bakery at Larkin Avenue and Moss Road burned. Crowds gathered on Pell Street.", ""},
		{"a full stop after the street word", "Fire\n\nThe bakery that burned stood on Larkin Avenue at Moss Road.",
			"place:Pell Street/Moss Road"},
		{"a compass point before the corner", "Fire\n\nThe bakery on the 300 block of S. Larkin Avenue at Moss Road burned for hours.",
			"place:Pell Street/Moss Road"},
		{"a longer name of the same street", "Fire\n\nThe bakery at Larkin Avenue and Old Pell Street burned for hours.", ""},
		{"a short form of the same street", "Fire\n\nThe bakery at Larkin Avenue and Pellington Street burned for hours.", ""},
		{"another street one letter off", "Fire\n\nThe bakery at Larkin Avenue and Bell Street burned for hours.",
			"place:Pell Street/Bell Street"},
		{"another numbered street", "Fire\n\nThe bakery at Larkin Avenue and 5th Street burned for hours.",
			"place:Pell Street/5th Street"},
		{"two corners in one article", "Fire\n\nThe bakery at Larkin Avenue and Moss Road burned; the hydrant at Larkin Avenue and Tate Road was dry.", ""},
	} {
		r := run(doc("a", a, day), doc("b", tc.b, day))
		var got []string
		for _, d := range r.Discrepancies {
			if strings.Contains(d.About, "cross street") {
				got = append(got, kinds([]corroborate.Discrepancy{d}))
			}
		}
		if g := strings.Join(got, " "); g != tc.want {
			t.Errorf("%s: got %q, want %q", tc.name, g, tc.want)
		}
	}
	for _, tc := range []struct{ in, want string }{
		{"Larkin Rd.", "larkin road"}, {"First Street", "1st street"}, {"West 12th St", "west 12th street"},
	} {
		if got := streetKey(tc.in); got != tc.want {
			t.Errorf("streetKey(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"4th street", "5th street", false}, {"west 4th street", "4th street", true},
		{"pine street", "vine street", false}, {"pine street", "pike street", false},
		{"oak lane", "oaks lane", true}, {"larkin avenue", "larkins avenue", true},
		{"gratiot avenue", "gratoit avenue", true}, {"hollis road", "hollister road", true},
	} {
		if got := shareStreetWord(tc.a, tc.b); got != tc.want {
			t.Errorf("shareStreetWord(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}

// TestHasStreetWord checks that the look before the street patterns never
// rules out a street they read: every street word, in frames where the
// patterns match and where they do not, and that the set holds every
// street word of the pattern.
func TestHasStreetWord(t *testing.T) {
	if len(streetWords) < 20 || !streetWords["Street"] || !streetWords["Expressway"] || !streetWords["St"] {
		t.Fatalf("street words read from the pattern: %v", streetWords)
	}
	matched := 0
	for w := range streetWords {
		for _, before := range []string{" at Larkin ", " at West 12th ", "\tOld Mill\n", " larkin ", "Larkin", " at 5th ", " at Pell Street and Moss "} {
			for _, after := range []string{"", ".", ". ", ",", "s", "x", "_", "-", "é", " and Moss Road"} {
				s := "The crash was" + before + w + after + " on Tuesday."
				if reStreet.MatchString(s) || reCrossing.MatchString(s) {
					matched++
					if !hasStreetWord(s) {
						t.Fatalf("%q: a pattern reads a street the look rules out", s)
					}
				}
			}
		}
	}
	if matched == 0 {
		t.Fatal("no sentence matched: the test reads nothing")
	}
	for _, s := range []string{"The council voted on Tuesday.", "Streetcar fares rose.", "He drove a Streetcar down the Courtyard."} {
		if hasStreetWord(s) {
			t.Errorf("%q: no street word, yet the patterns would be run", s)
		}
	}
}
