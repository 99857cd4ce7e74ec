package mention

import (
	"strings"
	"testing"
)

// TestStateAbbrev: the AP Stylebook's abbreviations of state names are
// read with or without their period, dotted ones too; the speaker list
// keeps the one-word ones that are no common first name or word.
func TestStateAbbrev(t *testing.T) {
	for _, c := range []struct {
		w             string
		state, silent bool // IsStateAbbrev, stateAbbrev
	}{
		{"Ore.", true, true},
		{"calif", true, true},
		{"N.Y.", true, false},
		{"Pa.", true, false},
		{"Ohio", false, false},
		{"Oreg.", false, false},
	} {
		if got := IsStateAbbrev(c.w); got != c.state {
			t.Errorf("IsStateAbbrev(%q) = %v, want %v", c.w, got, c.state)
		}
		if got := stateAbbrev[lower(strings.TrimSuffix(c.w, "."))]; got != c.silent {
			t.Errorf("stateAbbrev[%q] = %v, want %v", c.w, got, c.silent)
		}
	}
}
