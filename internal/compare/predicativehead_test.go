package compare

import "testing"

// Sentences written for this test (no data set's wording).

// TestPredicativeRoleHead: the role of an age that complements "be" is
// the one the head of the subject names, its last noun: a role noun that
// premodifies another noun ("the victim advocate") names no role of the
// person, while an adverb or a name in apposition after the role noun
// leaves it the head.
func TestPredicativeRoleHead(t *testing.T) {
	for _, tc := range []struct{ sent, role string }{
		{"The victim advocate at the clinic was a 52-year-old nurse.", ""},
		{"The suspect profile drawn up by rangers is a 52-year-old nurse.", ""},
		{"The victim reportedly was a 52-year-old nurse from the hills.", roleVictim},
		{"Rangers said the victim Ana Roe was a 52-year-old nurse.", roleVictim},
		{"The suspect was a 52-year-old nurse from the hills.", roleSuspect},
	} {
		if f := ageFactOf(t, tc.sent); f.ageRole != tc.role {
			t.Errorf("%q: role %q (act %q), want %q", tc.sent, f.ageRole, f.ageAct, tc.role)
		}
	}
}
