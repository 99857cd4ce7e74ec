package compare

import "testing"

// TestBorneHarmRole: with no verb of harm done to the age's person, an
// injury its clause gives the person (the object of its own verb, or
// after "with", "from", "for"), "dead" as its predicate, or a verb of
// harm done to itself make the person a victim; an injury told of others
// after another verb or clause does not, nor does a verb of harm with an
// object. Sentences written for this test.
func TestBorneHarmRole(t *testing.T) {
	for _, tc := range []struct{ sent, role string }{
		{"A 28-year-old was flown to the clinic in fair condition with burns to the arms.", roleVictim},
		{"The ferryman's 9-year-old niece suffered a head injury in the fall.", roleVictim},
		{"A 61-year-old deckhand is recovering from stab wounds at the clinic.", roleVictim},
		{"A 19-year-old porter was treated at the clinic for a gunshot wound to the leg.", roleVictim},
		{"A 44-year-old warden was pronounced dead at the pier.", roleVictim},
		{"A 17-year-old cleaning a rifle accidentally shot himself in the foot.", roleVictim},
		{"A 30-year-old opened fire on the ferry, leaving two with wounds.", ""},
		{"A 30-year-old called the wardens after a porter was found with wounds.", ""},
		{"A 30-year-old stabbed a porter, who suffered wounds to the arm.", ""},
		{"A 52-year-old warden walked to the pier with a friend.", ""},
	} {
		if f := ageFactOf(t, tc.sent); f.ageRole != tc.role {
			t.Errorf("%q: role %q (act %q), want %q", tc.sent, f.ageRole, f.ageAct, tc.role)
		}
	}
}
