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

// TestFirstNameOpensSentence: a first name of the embedded lists that is
// also a common word ("Tom", "Jack") opens a person's name at a sentence
// start when a surname that is also a common word or a person WordNet
// knows follows ("Tom Quill", "Jack Lee"); an ampersand joins the names of
// a firm into one name, an organisation's ("Pell & Quarry Funeral Home",
// "Pell & Quarry"). (Sentences written for this test.)
func TestFirstNameOpensSentence(t *testing.T) {
	for _, c := range []struct{ body, quote, want string }{
		{"Tom Quill said the boat left the harbour before dawn.", "the boat left the harbour before dawn", "Tom Quill"},
		{"Jack Lee said the gate was locked at nine.", "the gate was locked at nine", "Jack Lee"},
		{"The girl was nine, according to Pell & Quarry Funeral Home.", "The girl was nine", "Pell & Quarry Funeral Home"},
	} {
		wantSpeaker(t, c.want, c.body, c.quote, c.want)
	}
	a := analyze("Pell & Quarry said its sales fell in the spring.")
	typ := "no entity"
	for _, e := range a.Entities {
		if e.Name == "Pell & Quarry" {
			typ = e.Type
		}
	}
	if typ != Organization {
		t.Errorf("type of %q = %q, want %q", "Pell & Quarry", typ, Organization)
	}
}
