package compare

import "testing"

// TestZeroPastParticle: sentences written for this test. A zero-past verb
// right after its subject, with its particle, is the finite verb the time
// dates ("set off", "set out"); a particle before a noun phrase of place is
// a preposition ("struck off the coast"). After a determiner "set" is a
// noun, a zero-past verb with no particle is not read so, and a particle
// before a noun phrase that is no place stays the phrasal verb's.
func TestZeroPastParticle(t *testing.T) {
	c := newComparer(Input{})
	for _, tc := range []struct{ sent, clock, want string }{
		{"Protesters set off from Market Square at 7 a.m. on Saturday.", "7 a.m.", "set off"},
		{"The pair set out from the car park at 10 a.m. and were reported missing.", "10 a.m.", "set out"},
		{"They set off from the harbour at 6:15 a.m. in two boats.", "6:15 a.m.", "set off"},
		// a particle before a noun phrase of place is a preposition
		{"A magnitude 6.1 earthquake struck off the coast of Tessaly at 5:12 a.m.", "5:12 a.m.", "strike"},
		// guards: a noun "set", a zero-past word before a noun, a
		// particle before a noun phrase that is no place
		{"A set of keys was found near the gate at 9 p.m.", "9 p.m.", "find"},
		{"The storm hit the coast at 9 p.m. on Friday.", "9 p.m.", ""},
		{"The surgeon was struck off the register at 4 p.m. on Friday.", "4 p.m.", "strike off"},
	} {
		toks, v := clockOf(t, tc.sent, tc.clock)
		got, _, _ := c.headVerb(toks, v)
		if got != tc.want {
			t.Errorf("%q: headVerb = %q, want %q", tc.sent, got, tc.want)
		}
	}
}
