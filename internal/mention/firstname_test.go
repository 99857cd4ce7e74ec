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
