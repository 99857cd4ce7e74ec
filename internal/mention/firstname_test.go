package mention

import "testing"

// TestFirstNameTypesPerson checks that a known first name and a
// capitalised word type as a person at the opening of an article, where a
// dateline would stand, though the surname alone is a place WordNet
// knows, so that the person can speak.
func TestFirstNameTypesPerson(t *testing.T) {
	tests := []struct{ body, name, speaker string }{
		{"Mabel Durham, a ferry pilot, said the pier would reopen after the storm.", "Mabel Durham", "Mabel Durham"},
		{"Hector Bristol, 71, has kept the toll bridge for forty years.", "Hector Bristol", ""},
	}
	for _, tt := range tests {
		a := analyze(tt.body)
		found := false
		for _, e := range a.Entities {
			if e.Name == tt.name {
				found = true
				if got := e.typeOf(); got != Person {
					t.Errorf("%q: type %q, want person (votes %v)", tt.body, got, e.typeVotes)
				}
			}
		}
		if !found {
			t.Errorf("%q: no entity %q", tt.body, tt.name)
		}
		if tt.speaker == "" {
			continue
		}
		if len(a.Quotes) == 0 || a.Quotes[0].Speaker != tt.speaker {
			t.Errorf("%q: quotes %+v, want speaker %q", tt.body, a.Quotes, tt.speaker)
		}
	}
	// The text may still say otherwise: a name WordNet knows as a place.
	a := analyze("Flooding closed roads in Ann Arbor on Sunday.")
	for _, e := range a.Entities {
		if e.Name == "Ann Arbor" && e.typeOf() == Person {
			t.Errorf("Ann Arbor typed as a person (votes %v)", e.typeVotes)
		}
	}
}

// TestSurnameOfNamedPerson checks that a surname that WordNet also lists as
// a place, written alone after the person's full name with a known first
// name, is that person and speaks: the place of the word alone does not
// outvote the name.
func TestSurnameOfNamedPerson(t *testing.T) {
	body := "Harbour master Vera Dover opened the new quay on Monday. Dover says the quay will take larger ferries. " +
		"Dover told the council the work had run late. Later, Dover said the costs would fall next year."
	a := analyze(body)
	for _, e := range a.Entities {
		if e.Name == "Vera Dover" && e.typeOf() != Person {
			t.Errorf("Vera Dover typed %q (votes %v), want person", e.typeOf(), e.typeVotes)
		}
	}
	n := 0
	for _, q := range a.Quotes {
		if q.Speaker == "Vera Dover" {
			n++
		}
	}
	if n < 3 {
		t.Errorf("%d statements by Vera Dover, want 3: %+v", n, a.Quotes)
	}
}
