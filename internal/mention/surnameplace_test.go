package mention

import "testing"

// TestSurnameAloneKeepsPerson: a surname written alone after the person's
// full name (a first name of the lists and a surname) gives no place vote
// for a preposition of place before it ("a letter to Brakmoor") nor for a
// headline shaped like a dateline ("Brakmoor, Harbor Board clash …"): the
// article said whom the surname names. A place named alone keeps both.
func TestSurnameAloneKeepsPerson(t *testing.T) {
	for _, c := range []struct {
		body, name, want string
	}{
		{"Brakmoor, Harbor Board clash over ferry fares. Ilsa Brakmoor wrote that the fares would rise.", "Ilsa Brakmoor", Person},
		{"Ilsa Brakmoor chairs the ferry board. The council sent a letter to Brakmoor in March. Another went to Brakmoor in May, and a third to Brakmoor in June.", "Ilsa Brakmoor", Person},
		{"QUARNEBY, Ohio — The town council voted on Friday to close the bridge.", "QUARNEBY", Place},
	} {
		if e, ok := entityIn(t, c.body, c.name); ok && e.Type != c.want {
			t.Errorf("%q: %s typed %q, want %q", c.body, c.name, e.Type, c.want)
		}
	}
}
