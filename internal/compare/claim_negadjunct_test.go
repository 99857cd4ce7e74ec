package compare

import "testing"

// A prepositional adjunct with "no" inside a verb group negates the clause
// only when it is a negative adjunct ("in no way", "at no time"); "in no
// time", "with no warning", "for no reason" negate their own phrase and
// the clause stays affirmative. (Sentences written for this test.)
func TestMedialAdjunctLocalNegation(t *testing.T) {
	checkClauseReader(t, []clauseReaderCase{
		{"The tenants were with no warning evicted by the landlord.", "the tenant", "evict", "landlord", false, false, true},
		{"The railing was in no time repaired by the crews.", "the railing", "repair", "crew", false, false, true},
		{"Marlow said Okafor was for no reason detained by the guards.", "Okafor", "detain", "guard", false, false, true},
		{"The boilers were at no cost replaced by the engineers.", "the boiler", "replace", "engineer", false, false, true},
		// Guards: negative adjuncts still deny.
		{"The pumps were at no point inspected by the council.", "the pump", "inspect", "council", true, false, true},
		{"The mayor is by no means responsible for the flood.", "the mayor", "be", "responsible", true, false, true},
		{"The pumps were under no circumstances inspected by the council.", "the pump", "inspect", "council", true, false, true},
	})
}
