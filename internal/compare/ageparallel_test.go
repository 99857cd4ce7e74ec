package compare

import (
	"testing"

	"github.com/corroborate/corroborate/internal/dates"
)

// The sentences of this test are invented.

// TestParallelAges: two sentences worded alike that list several ages in
// one order, all but one agreeing place for place, give one person's age
// two ways; lists that differ in length, in two places, or in wording,
// pair nothing.
func TestParallelAges(t *testing.T) {
	pub := dates.Date{Year: 2022, Month: 9, Day: 14}
	a := "Crash at Dunmore Quay\n\nA 61-year-old, a 38-year-old and a 45-year-old were hurt when a crane toppled at Dunmore Quay, harbour staff said."
	for _, tc := range []struct{ name, b, want string }{
		{"one age of three differs", "Dunmore Quay crane\n\nA 61-year-old, 33-year-old and 45-year-old were hurt when a crane toppled at Dunmore Quay, staff said.", "number:38-year-old/33-year-old"},
		{"the last of two differs", "Dunmore Quay crane\n\nA 61-year-old and a 47-year-old were hurt when a crane toppled at Dunmore Quay, harbour staff said.", ""},
		{"two of three differ", "Dunmore Quay crane\n\nA 66-year-old, 33-year-old and 45-year-old were hurt when a crane toppled at Dunmore Quay, staff said.", ""},
		{"another statement", "Dunmore Quay crane\n\nA 61-year-old, a 33-year-old and a 45-year-old later sued the port authority for damages over their lost wages.", ""},
	} {
		if got := kinds(run(doc("a", a, pub), doc("b", tc.b, pub)).Discrepancies); got != tc.want {
			t.Errorf("%s: got %q, want %q", tc.name, got, tc.want)
		}
	}
	// In other words: the age that differs is of one person noun in both
	// lists and the sentences share a verb; another verb pairs nothing.
	a = "Velmar shooting\n\nCrews got into the flat on Orin Road near dawn and found a 7-year-old and a 41-year-old man with burns."
	for _, tc := range []struct{ name, b, want string }{
		{"one noun, one verb", "Velmar fire\n\nThere, firefighters found a hurt 7-year-old boy and a hurt 36-year-old man, later named as the boy's uncle.", "number:41-year-old/36-year-old"},
		{"one noun, another verb", "Velmar fire\n\nNeighbours later visited a hurt 7-year-old boy and a hurt 36-year-old man, later named as the boy's uncle.", ""},
		{"another noun", "Velmar fire\n\nThere, firefighters found a hurt 7-year-old boy and a hurt 36-year-old woman, later named as the boy's aunt.", ""},
	} {
		if got := kinds(run(doc("a", a, pub), doc("b", tc.b, pub)).Discrepancies); got != tc.want {
			t.Errorf("%s: got %q, want %q", tc.name, got, tc.want)
		}
	}
	// The noun must name a person: the ages of things ("a 41-year-old
	// van") told in other words are no one's, and pair only worded alike.
	a = "Velmar depot\n\nCrews got into the yard on Orin Road near dawn and found a 7-year-old tractor and a 41-year-old van with burns."
	for _, tc := range []struct{ name, b, want string }{
		{"one noun of no person", "Velmar yard\n\nThere, firefighters found a burnt 7-year-old tractor and a burnt 36-year-old van, both later towed by council workers to a scrapyard outside Velmar.", ""},
	} {
		if got := kinds(run(doc("a", a, pub), doc("b", tc.b, pub)).Discrepancies); got != tc.want {
			t.Errorf("%s: got %q, want %q", tc.name, got, tc.want)
		}
	}
}
