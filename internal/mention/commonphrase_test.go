package mention

import "testing"

// TestCommonPhraseGroup: a speaker's name whose first word is a common
// word capitalised only to open its sentence and whose other words are
// in lower case is a common noun phrase, a group ("Farm unions say");
// a place before the noun, or a common word the article also writes
// capitalised inside a sentence, keeps the name.
func TestCommonPhraseGroup(t *testing.T) {
	a := analyze("Farm unions say the new levy is unfair. Hospital staff said the ward was full. " +
		"Brimley police said the road was shut. Officers of the Harbor Police came later. Harbor police said the boat sank. " +
		"Hospital spokeswoman said the ward was full. Farm union leader said the levy was unfair.")
	for name, want := range map[string]bool{
		"Farm unions": true, "Hospital staff": true, "Brimley police": false, "Harbor police": false,
		"Farm Unions": false, "Hospital spokeswoman": false, "Farm union leader": false, // one person: RoleWord
	} {
		if got := a.GroupName(name); got != want {
			t.Errorf("GroupName(%q) = %v, want %v", name, got, want)
		}
	}
}

// TestNegativeContractionNoSpeaker: an operator with "n't" that opens a
// question ("Wasn't the ferry late?") is no name.
func TestNegativeContractionNoSpeaker(t *testing.T) {
	for name, want := range map[string]bool{"Wasn't": false, "Won’t": false, "Quillby": true} {
		if got := PlausibleSpeaker(name); got != want {
			t.Errorf("PlausibleSpeaker(%q) = %v, want %v", name, got, want)
		}
	}
}

// TestRoleWord: one common noun of persons capitalised only to open its
// sentence is a role ("Nurse said"); a surname the article gives someone
// ("Dana Cook … Cook said") and a first name stay names.
func TestRoleWord(t *testing.T) {
	a := analyze("Ferryman and mate then left the quay at dawn. Nurse said the boy was calm. " +
		"Dana Cook came to the hearing. Cook said she had kept the notes. Ada said the pier was unsafe. " +
		"Hospital spokeswoman said the ward was full. Hospital staff said the ward was full.")
	for name, want := range map[string]bool{"Ferryman": true, "Nurse": true, "Cook": false, "Ada": false, "Dana Cook": false,
		"Hospital spokeswoman": true, "Hospital staff": false} {
		if got := a.RoleWord(name); got != want {
			t.Errorf("RoleWord(%q) = %v, want %v", name, got, want)
		}
	}
}
