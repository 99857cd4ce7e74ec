package mention

import "testing"

// TestCountedGroupIsNoIt: a quantifier or a quantity noun before "of"
// ("Nearly half", "A majority of the councillors") counts the persons its
// of-phrase names and agrees with them (Quirk et al. 1985 §10.39,
// notional concord), so a later "it" is not theirs: it reads on to the
// document or the group named in the singular before them. Guard: "they"
// after such a group is the group. Session 53
// (readC); the sentences are invented.
func TestCountedGroupIsNoIt(t *testing.T) {
	for _, c := range []struct{ body, text, phrase, kind string }{
		{"The audit report found that the council had overspent. A majority of the councillors said the audit was unfair. It said the council had lost four million.",
			"the council had lost four million", "The audit report", KindDocument},
		{"The audit report found that the council had overspent. Nearly half said the audit was unfair. It also found that the pier fund was empty.",
			"the pier fund was empty", "The audit report", KindDocument},
		{"The audit report found that the council had overspent. A handful of councillors said the audit was unfair. It also found that the pier fund was empty.",
			"the pier fund was empty", "The audit report", KindDocument},
		{"The harbour union met on Friday. A majority of the crew said the engine had failed twice. They said the owners had ignored the fault.",
			"the owners had ignored the fault", "A majority of the crew", KindGroup},
		{"The harbour union said the engine had failed twice. Nearly half of its members said the fault was ignored. It said the owners would pay.",
			"the owners would pay", "The harbour union", KindGroup},
	} {
		a := analyze(c.body)
		found := false
		for i, q := range a.Quotes {
			if q.Text != c.text {
				continue
			}
			found = true
			if ph, kd := a.PronounSource(i); ph != c.phrase || kd != c.kind {
				t.Errorf("%q: PronounSource of %q = %q (%s), want %q (%s)", c.body, c.text, ph, kd, c.phrase, c.kind)
			}
		}
		if !found {
			t.Errorf("%q: %q not read", c.body, c.text)
		}
	}
}
