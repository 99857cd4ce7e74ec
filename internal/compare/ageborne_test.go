package compare

import "testing"

// TestBorneHarmRole: with no verb of harm done to the age's person, an
// injury its clause gives the person (the object of its own verb, or
// after "with", "from", "for"), "dead" as its predicate, or a verb of
// harm done to itself make the person a victim; an injury told of others
// after another verb or clause does not, and a verb of harm with an
// object, or an idiom of firing a weapon ("opened fire"), makes its
// subject the suspect (agerole.go). Sentences written for this test.
func TestBorneHarmRole(t *testing.T) {
	for _, tc := range []struct{ sent, role string }{
		{"A 28-year-old was flown to the clinic in fair condition with burns to the arms.", roleVictim},
		{"The ferryman's 9-year-old niece suffered a head injury in the fall.", roleVictim},
		{"A 61-year-old deckhand is recovering from stab wounds at the clinic.", roleVictim},
		{"A 19-year-old porter was treated at the clinic for a gunshot wound to the leg.", roleVictim},
		{"A 44-year-old warden was pronounced dead at the pier.", roleVictim},
		{"A 17-year-old cleaning a rifle accidentally shot himself in the foot.", roleVictim},
		{"A 7-year-old deckhand was airlifted to a clinic on the mainland after the ferry capsized.", roleVictim},
		{"The 52-year-old warden was quickly taken to Marsh Valley Hospital by boat.", roleVictim},
		{"A 41-year-old nurse at the clinic said the ward was calm.", ""},
		{"A 33-year-old porter drove to the clinic to see a friend.", ""},
		{"A 30-year-old opened fire on the ferry, leaving two with wounds.", roleSuspect},
		{"A 30-year-old called the wardens after a porter was found with wounds.", ""},
		{"A 30-year-old stabbed a porter, who suffered wounds to the arm.", roleSuspect},
		{"A 52-year-old warden walked to the pier with a friend.", ""},
	} {
		if f := ageFactOf(t, tc.sent); f.ageRole != tc.role {
			t.Errorf("%q: role %q (act %q), want %q", tc.sent, f.ageRole, f.ageAct, tc.role)
		}
	}
}

// TestPassiveGerundRole: a passive -ing clause after a preposition of
// time, or after a comma alone, gives its act to the subject of the
// clause it ends. Sentences written for this test.
func TestPassiveGerundRole(t *testing.T) {
	for _, tc := range []struct{ sent, role string }{
		{"A 17-year-old deckhand, a student at Marsh College, is in stable condition after being stabbed at the quay.", roleVictim},
		{"The 40-year-old porter was flown to the county clinic after getting badly injured on the ramp.", roleVictim},
		{"Wardens said a 23-year-old is in custody after being arrested at the quay.", roleSuspect},
		{"The 58-year-old ferryman kept rowing toward the pier, being wounded twice by flying glass.", roleVictim},
		{"The 58-year-old ferryman kept rowing toward the pier, getting tired near the end.", ""},
		{"Wardens found a 23-year-old on the ramp after being called by a porter.", ""},
		{"A 23-year-old was at the quay after being seen on the ramp.", ""},
		{"A 23-year-old was at the quay when he was stabbed after being robbed.", ""},
	} {
		if f := ageFactOf(t, tc.sent); f.ageRole != tc.role {
			t.Errorf("%q: role %q, want %q", tc.sent, f.ageRole, tc.role)
		}
	}
}

// TestSubjectHeadRole: the head of a long subject of a passive of
// identifying names the role of the person identified. Sentences written
// for this test.
func TestSubjectHeadRole(t *testing.T) {
	for _, tc := range []struct{ sent, role string }{
		{"The victim of Sunday's fatal stabbing in the port has been identified as 26-year-old Ivo Tamm.", roleVictim},
		{"The man who stabbed the deckhand near the quay last Sunday has been identified as 26-year-old Ivo Tamm.", ""},
	} {
		if f := ageFactOf(t, tc.sent); f.ageRole != tc.role {
			t.Errorf("%q: role %q, want %q", tc.sent, f.ageRole, tc.role)
		}
	}
}
