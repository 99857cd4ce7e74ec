package compare

import "testing"

// TestOccurrenceSubjectClause: sentences written for this test. A noun
// phrase right after "after" or "before" and before a verb of occurring is
// the subject of a clause of time, no postmodifier of the noun before the
// conjunction; a person is no event, so "broke out" with a person subject
// dates no occurrence (the verb's own head dates the escape).
func TestOccurrenceSubjectClause(t *testing.T) {
	c := newComparer(Input{})
	for _, tc := range []struct{ sent, clock, event, head string }{
		{"A manhunt was under way on Thursday after a prisoner broke out of Hollins prison at 4:30 a.m.", "4:30 a.m.", "", "break out"},
		{"The inmate broke out of the prison at 4:30 a.m. by climbing a fence.", "4:30 a.m.", "", "break out"},
		{"Crews arrived minutes after the fire broke out at 2:10 a.m. on Sunday.", "2:10 a.m.", "fire", "fire"},
		// guards: an event subject, and an event noun postmodified
		{"The fire broke out at 2:10 a.m. in a shed.", "2:10 a.m.", "fire", "fire"},
		{"The shooting near the school happened at 9 p.m., police said.", "9 p.m.", "shoot", "shoot"},
	} {
		toks, v := clockOf(t, tc.sent, tc.clock)
		ev, _, _ := c.occurrenceEvent(toks, v)
		if ev != tc.event {
			t.Errorf("%q: occurrenceEvent = %q, want %q", tc.sent, ev, tc.event)
		}
		if tc.event == "" {
			if h, _, _ := c.headVerb(toks, v); h != tc.head {
				t.Errorf("%q: headVerb = %q, want %q", tc.sent, h, tc.head)
			}
		}
	}
}
