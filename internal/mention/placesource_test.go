package mention

import (
	"testing"

	"github.com/corroborate/corroborate/internal/dates"
)

// A name that a place noun follows or governs ("Tarnhof island", "the
// village of Tarnhof") is a place, not who spoke; a state's AP
// abbreviation after a city speaks for no one; a name before the police
// or an office in a source phrase gives that body ("a Tarnville police
// news release" is the Tarnville police's; "Quillby police say the …" is
// the Quillby police's, though "say" is also a noun). (Sentences written
// for this test.)
func TestPlaceNamesInSourcePhrases(t *testing.T) {
	day := dates.Date{Year: 2023, Month: 5, Day: 10}
	for _, c := range []struct{ body, written, modified string }{
		{"The governor of Tarnhof island told reporters the north pier was badly damaged.", "", ""},
		{"But farmers at the village of Tarnhof said the river road was closed.", "", ""},
		{"The boy fired the shot, according to a Tarnville police news release.", "Tarnville", "Tarnville police"},
		{"Family members identified him, the Tarnville coroner's office reports.", "Tarnville", "Tarnville coroner's office"},
		// a verb that is also a noun ("say") before a determiner is the
		// cue: the police before it head the phrase
		{"Quillby police say the boy was hit in the arm near a bakery.", "Quillby", "Quillby police"},
		{"West Quillby police say their search of the park is over.", "West Quillby", "West Quillby police"},
	} {
		a := Analyze(c.body, day, 0.9)
		if len(a.Quotes) == 0 {
			t.Errorf("Analyze(%q): no quote", c.body)
			continue
		}
		q := a.Quotes[0]
		if got := a.WrittenName(q); got != c.written {
			t.Errorf("WrittenName(%q) = %q, want %q", c.body, got, c.written)
		}
		if got, _ := a.ModifiedName(q); got != c.modified {
			t.Errorf("ModifiedName(%q) = %q, want %q", c.body, got, c.modified)
		}
	}
	for _, w := range []string{"Colo", "Calif", "Okla", "MONDAY"} {
		if PlausibleSpeaker(w) {
			t.Errorf("PlausibleSpeaker(%q) = true, want false", w)
		}
	}
	if !PlausibleSpeaker("Garrow") {
		t.Errorf("PlausibleSpeaker(%q) = false, want true", "Garrow")
	}
}

// TestPlaceNounSenses: placeNoun's two sources beyond WordNet's place
// senses. A place head of headwords.txt that WordNet files as an artifact
// ("airport", "museum") still ends a place name, so the name is no
// speaker; a noun with a person sense besides a place or object one
// ("star", "lookout") is read as the person, like "spokesman", so the name
// before it stays the body the person speaks for. (Phrases written for
// this test.)
func TestPlaceNounSenses(t *testing.T) {
	for _, c := range []struct{ phrase, want string }{
		{"the manager of Tarnhof airport", ""},
		{"the director of the Tarnhof museum", ""},
		{"a Harrowby Rovers spokesman", "Harrowby Rovers"},
		{"a Harrowby Rovers star", "Harrowby Rovers"},
		{"the Harrowby Rovers lookout", "Harrowby Rovers"},
	} {
		if got := SpeakerName(c.phrase); got != c.want {
			t.Errorf("SpeakerName(%q) = %q, want %q", c.phrase, got, c.want)
		}
	}
}

// TestModifierIsNoPronounAntecedent: a one-word name that only modifies
// the noun heading its source phrase ("Tarnby police shot …") is no person
// whom a later "he" goes on quoting; an untyped surname that speaks alone
// ("Okafor said") still is. (Sentences written for this test.)
func TestModifierIsNoPronounAntecedent(t *testing.T) {
	body := "Tarnby police fatally shot a boy on Elm Street and body cameras recorded the clash with police.\n\n" +
		"Officers found a teenager with a knife outside a house.\n\n" +
		"He refused to drop the knife, Deputy Ed Hale said.\n\n" +
		"Okafor said the boy was 16. He said the family was told."
	a := analyze(body)
	checkSpeakers(t, a, map[string]speakerWant{
		"to drop the knife":   {"", "he", "pronoun"},
		"the family was told": {"Okafor", "he", "pronoun"},
	})
}
