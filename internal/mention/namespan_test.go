package mention

import "testing"

// TestTagsAndThingsAreNoNames: a legislator's party-and-state tag ("R-Tex.",
// "I-Vt.", "D-133") and an acronym of a thing ("TV": every WordNet sense an
// artifact) are no names of who speaks; an acronym of a body ("NATO") and a
// name with a dash ("Abu-Salem") stay names.
func TestTagsAndThingsAreNoNames(t *testing.T) {
	for name, want := range map[string]bool{
		"R-Tex": false, "I-Vt": false, "D-N.Y.": false, "D-133": false, "TV": false,
		"NATO": true, "Abu-Salem": true, "Jo Abu-Salem": true,
	} {
		if got := CanSpeak(name, Organization, 3); got != want {
			t.Errorf("CanSpeak(%q) = %v, want %v", name, got, want)
		}
	}
}

// TestDescribedPersonSpans: the words that only describe a person before
// the name are no part of it: a plural noun of persons capitalised at a
// sentence start ("Neighbours Dana Whitlow"), a noun of persons before a
// first name that also names a place ("Coroner Gary Pellow": Gary is a
// city too), and an affiliation with an abbreviated title before a surname
// alone ("Harbour Police Lt. Brandt").
func TestDescribedPersonSpans(t *testing.T) {
	for _, c := range []struct{ body, quote, want string }{
		{"Neighbours Dana Whitlow and her son said the shed burned for an hour.", "the shed burned for an hour", "Dana Whitlow"},
		{"Two deckhands were treated for smoke on the ferry, Coroner Gary Pellow said.", "Two deckhands were treated for smoke on the ferry", "Gary Pellow"},
		{"The pier will stay shut until Monday, Harbour Police Lt. Brandt said.", "The pier will stay shut until Monday", "Brandt"},
	} {
		wantSpeaker(t, c.want, c.body, c.quote, c.want)
	}
}
