package compare

import "testing"

// Two phrasal-verb claims whose phrases are dated by two times are two
// events: "walked out of Tuesday's meeting", "walked out of Friday's
// meeting". Guards: one time, or a time in one phrase only, is one claim.
// (Sentences written for this test.)
func TestParticleObjectTimes(t *testing.T) {
	c := newComparer(Input{})
	read := func(s string) proposition { return firstOkaforClaim(t, c, s) }
	for _, tc := range []struct {
		a, b string
		same bool
	}{
		{"Okafor walked out of Tuesday's meeting.", "Okafor did not walk out of Friday's meeting.", false},
		{"Okafor pulled out of the spring race.", "Okafor pulled out of the autumn race.", false},
		// Guards.
		{"Okafor walked out of Tuesday's meeting.", "Okafor did not walk out of the meeting.", true},
		{"Okafor walked out of Tuesday's meeting.", "Okafor did not walk out of Tuesday's talks.", true},
	} {
		if got := c.samePredicate(read(tc.a), read(tc.b)); got != tc.same {
			t.Errorf("%q / %q: same = %v, want %v", tc.a, tc.b, got, tc.same)
		}
	}
}
