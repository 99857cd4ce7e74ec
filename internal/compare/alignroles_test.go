package compare

import (
	"testing"

	"github.com/corroborate/corroborate/internal/dates"
)

// TestAlignRoles: sentences written for these tests. Two articles give one
// act (one predicate, one shared argument) two different named doers or
// undergoers: a discrepancy of kind other; no shared argument, a writer
// who names both, a coordinated subject, a pronoun and a short form are
// none.
func TestAlignRoles(t *testing.T) {
	pub := dates.Date{Year: 2023, Month: 5, Day: 17}
	for _, tc := range []struct{ name, x, y, want string }{
		{"who tackled the thief",
			"Market\n\nThe stallholder Oskar Breve tackled Nils Farrow outside the bakery on Tuesday.",
			"Market\n\nThe vendor Tamsin Oduya tackled Nils Farrow outside the bakery on Tuesday.",
			"other:Oskar Breve/Tamsin Oduya"},
		{"a synonym of the verb: one act",
			"Harbour\n\nThe deckhand Perrin Olafsen was nabbed by the Corvale Coast Guard near the pier.",
			"Harbour\n\nThe skipper Idris Menhay got arrested by the Corvale Coast Guard near the pier.",
			"other:Perrin Olafsen/Idris Menhay"},
		{"no shared argument: two acts",
			"Market\n\nThe stallholder Oskar Breve tackled Nils Farrow outside the bakery on Tuesday.",
			"Market\n\nThe vendor Tamsin Oduya tackled Brin Calloway outside the bakery on Tuesday.", ""},
		{"one writer names both",
			"Market\n\nThe stallholder Oskar Breve tackled Nils Farrow outside the bakery on Tuesday.",
			"Market\n\nThe vendor Tamsin Oduya tackled Nils Farrow outside the bakery on Tuesday. Oskar Breve called the police.", ""},
		{"a coordinated subject",
			"Market\n\nThe stallholder Oskar Breve tackled Nils Farrow outside the bakery on Tuesday.",
			"Market\n\nThe cook Elio Rand and Tamsin Oduya tackled Nils Farrow outside the bakery on Tuesday.", ""},
		{"a pronoun is read as no side",
			"Market\n\nThe stallholder Oskar Breve tackled Nils Farrow outside the bakery on Tuesday.",
			"Market\n\nThe vendor Tamsin Oduya was there. She tackled Nils Farrow outside the bakery on Tuesday.", ""},
		{"a short form of one name",
			"Market\n\nThe stallholder Oskar Breve tackled Nils Farrow outside the bakery on Tuesday.",
			"Market\n\nThe stallholder Breve tackled Nils Farrow outside the bakery on Tuesday.", ""},
	} {
		r := run(doc("a", tc.x, pub), doc("b", tc.y, pub))
		if got := alignKinds(r); got != tc.want {
			t.Errorf("%s: got %q, want %q", tc.name, got, tc.want)
		}
	}
}
