package compare

import (
	"strings"
	"testing"
)

// Sentences written for this test (no data set's wording).

// TestDatedHappeningsOfHarm: an event noun that is the subject of a
// time's active verb is dated with it ("a blast that left two hurt on
// Monday" dates the blast); two verbs of harm may tell one attack; a
// place noun before a time dates no happening of its own. Each pair
// conflicts on its day; a verb of no harm beside one of harm ("was
// questioned") still dates another happening.
func TestDatedHappeningsOfHarm(t *testing.T) {
	found := []struct {
		name string
		docs []string
		want string
	}{
		{"an event noun subject of an active verb",
			[]string{
				"Quarry blast\n\nA quarry blast left one driller dead and two hurt on Tuesday, the county said.",
				"Quarry blast\n\nA driller was killed when explosives blasted the quarry face on Friday.",
			},
			"on Tuesday/on Friday"},
		{"two verbs of harm",
			[]string{
				"Pier attack\n\nA ferry guard was stabbed at the north pier gate on Monday.",
				"Pier attack\n\nA ferry guard was killed at the north pier gate on Friday.",
			},
			"on Monday/on Friday"},
		{"a place noun before the day",
			[]string{
				"Pier attack\n\nA ferry guard was stabbed at an unknown location Saturday then driven to the pier clinic.",
				"Pier attack\n\nA ferry guard was stabbed near the pier clinic Monday night.",
			},
			"Saturday/Monday night"},
	}
	for _, c := range found {
		if got := kinds(runDated(c.docs...).Discrepancies); !strings.Contains(got, c.want) {
			t.Errorf("%s: got %q, want %q", c.name, got, c.want)
		}
	}
	r := runDated(
		"Pier attack\n\nA ferry guard was stabbed at the north pier gate on Monday.",
		"Pier attack\n\nA ferry guard was questioned at the north pier gate on Friday.")
	if got := kinds(r.Discrepancies); strings.Contains(got, "date:") {
		t.Errorf("a harm and a questioning: got %q, want no day conflict", got)
	}
}
