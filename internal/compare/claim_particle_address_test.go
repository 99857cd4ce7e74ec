package compare

import (
	"strings"
	"testing"
)

// A sentence addresses a phrasal verb's claim only when the phrase after
// its particle names the same thing or is left out: "has not backed away
// from his plan for a bypass" neither denies "backed away from the sale of
// the mill" nor is denied by it. (Sentences written for this test.)
func TestParticlePhraseAddresses(t *testing.T) {
	stanceOn := func(r Result) map[string][]string {
		m := map[string][]string{}
		for _, s := range r.Stances {
			m[s.Claim] = append(m[s.Claim], s.Holder+" "+s.Position)
		}
		return m
	}
	for _, tc := range []struct {
		name, a, b string
		one        bool // one claim, denied and affirmed
	}{
		{"another object",
			"Mill sale\n\nCouncillor Idris Vantongeren backed away from the sale of the Linthorpe mill, the council said. The mill has stood empty since 2019. Residents want the mill turned into flats.",
			"Mill vote\n\nIdris Vantongeren has not backed away from his plan for a new bypass, his office said. The mill has been empty since 2019. Residents want flats there.",
			false},
		// Guard: the phrase left out is the same claim, denied.
		{"phrase left out",
			"Mill sale\n\nCouncillor Idris Vantongeren backed away from the sale of the Linthorpe mill, the council said. The mill has stood empty since 2019. Residents want the mill turned into flats.",
			"Mill vote\n\nIdris Vantongeren has not backed away, his office said. The mill has been empty since 2019. Residents want flats there.",
			true},
	} {
		r := run(doc("a", tc.a, day), doc("b", tc.b, day))
		one := false
		for claim, hs := range stanceOn(r) {
			j := strings.Join(hs, "|")
			if strings.Contains(j, "council affirms") && strings.Contains(j, "denies") {
				one = true
				t.Logf("%s: %q: %v", tc.name, claim, hs)
			}
		}
		if one != tc.one {
			t.Errorf("%s: one claim denied and affirmed = %v, want %v (%v)", tc.name, one, tc.one, stanceOn(r))
		}
	}
}
