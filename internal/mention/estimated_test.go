package mention

import (
	"testing"

	"github.com/corroborate/corroborate/internal/dates"
)

// The sentences of this test are invented.

// TestEstimatedObject: a value an estimate verb puts its object at
// measures the object (active, across a parenthetical phrase, or passive
// with the subject); "at" after another verb names no object.
func TestEstimatedObject(t *testing.T) {
	for _, tc := range []struct{ s, value, want string }{
		{"Organisers put the rally, held to protest the levy, at about 12,000 people.", "12,000 people", "rally"},
		{"The agency estimated the damage at about $2 million.", "$2 million", "damage"},
		{"The crowd was estimated at 5,000 people.", "5,000 people", "crowd"},
		{"A judge set bail at $5,000 for Doe.", "$5,000", "bail"},
		{"A survey put approval of the ferry plan at 37 percent.", "37 percent", "approval"},
		{"The fans arrived at 5,000 seats.", "5,000 seats", ""},
	} {
		got, found := "", false
		for _, v := range Values(Analyze(tc.s, dates.Date{}, 0)) {
			if v.Text == tc.value {
				got, found = v.Noun, true
			}
		}
		if !found || got != tc.want {
			t.Errorf("%q: %q noun %q (read %v), want %q", tc.s, tc.value, got, found, tc.want)
		}
	}
}
