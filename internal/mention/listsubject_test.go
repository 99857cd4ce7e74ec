package mention

import "testing"

// TestListSubjectFirst: a list of names as the subject of a cue speaks
// through its first name ("Varga, Brandt and Moor said"; also before a
// common noun conjunct, "Varga, Brandt and other masons"; "or" as well);
// a name before a comma that no "and" or "or" joins to the next is no
// conjunct ("Like Varga, Brandt argued": Brandt), and two names joined
// by "and" alone keep the name next to the verb.
func TestListSubjectFirst(t *testing.T) {
	const body = "The quarry council met in Selvik on Thursday.\n\n" +
		"Ines Varga, Olaf Brandt and Tilde Moor said the quarry would reopen in spring.\n\n" +
		"Varga, Brandt and other masons feared the old kiln would be torn down.\n\n" +
		"Like Ines Varga, Olaf Brandt argued that the new road was safe.\n\n" +
		"Tilde Moor, Ines Varga or Olaf Brandt will announce the budget for the kiln next month.\n\n" +
		"Ines Varga and Olaf Brandt warned that the bridge toll would double."
	for _, c := range []struct{ quote, want string }{
		{"the quarry would reopen in spring", "Ines Varga"},
		{"the old kiln would be torn down", "Ines Varga"},
		{"the new road was safe", "Olaf Brandt"},
		{"the budget for the kiln next month", "Tilde Moor"},
		{"the bridge toll would double", "Olaf Brandt"},
	} {
		wantSpeaker(t, c.quote, body, c.quote, c.want)
	}
}
