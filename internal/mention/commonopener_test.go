package mention

import "testing"

// TestCommonWordOpenerNoName: a common word capitalised only because it
// opens its sentence is no written name — a thing ("Video shows"), a
// plural noun of persons ("Critics of the Tarn Council"), and a word before a thing even when it is
// also a first name ("Court documents"); an organised body ("Police") and
// a word the article also writes as a name ("Mr. Granite", "of Harbor")
// stay.
func TestCommonWordOpenerNoName(t *testing.T) {
	body := "The shed stood empty on Monday.\n\n" +
		"0:42 Video shows two men carrying boxes out of the shed.\n\n" +
		"Critics of the Tarn Council said the boy loved the lake.\n\n" +
		"Court documents state the lease ended in May.\n\n" +
		"Granite said the road was closed. Mr. Granite left at noon.\n\n" +
		"Police said the fire started in the kitchen.\n\n" +
		"Harbor said the ferry would run again. The board of Harbor met later."
	a := analyze(body)
	want := map[string]string{
		"two men carrying boxes out of the shed": "", "the boy loved the lake": "",
		"the lease ended in May":          "",
		"the fire started in the kitchen": "Police", "the road was closed": "Granite", "the ferry would run again": "Harbor",
	}
	seen := map[string]bool{}
	for _, q := range a.Quotes {
		w, ok := want[q.Text]
		if !ok {
			continue
		}
		seen[q.Text] = true
		got := a.WrittenName(q)
		if name, ok := a.ModifiedName(q); ok && name != SpeakerName(q.SpeakerText) {
			got = name // as story.Assemble reads a name that modifies a noun
		}
		if got != w {
			t.Errorf("written speaker for %q (speaker %q) = %q, want %q", q.Text, q.SpeakerText, got, w)
		}
	}
	for text := range want {
		if !seen[text] {
			t.Errorf("no quote read for %q", text)
		}
	}
}

// TestNeverNamedInsideName: a common word the article writes only as the
// last word of a longer name after a capitalised common word ("Tarn
// Municipal Court") is never named on its own; after a title or a first
// name ("Mr. Granite", "Jo Granite") it is.
func TestNeverNamedInsideName(t *testing.T) {
	a := analyze("The case went to the Tarn Municipal Court on Tuesday.\n\nMr. Granite left at noon.")
	if !a.neverNamed("Court") {
		t.Error("neverNamed(Court) = false, want true: only inside the Tarn Municipal Court")
	}
	if a.neverNamed("Granite") {
		t.Error("neverNamed(Granite) = true, want false: Mr. Granite")
	}
}

// TestPrizeOrContestNoSpeaker: a name whose last word is a prize or a
// ceremony names no speaker; a body whose head is also a rite or a guard
// stays a name.
func TestPrizeOrContestNoSpeaker(t *testing.T) {
	for name, want := range map[string]bool{
		"Tarn Film Awards": false, "Annual Tarn Film Awards": false, "Trophies": false, "Pulitzer Prize": false,
		"Nate Silver": true, "Oscar": true, "Weather Service": true, "Human Rights Watch": true, "Tarn Rights Campaign": true, "Tarn Motors": true, "Okafor Foods": true,
	} {
		if got := PlausibleSpeaker(name); got != want {
			t.Errorf("PlausibleSpeaker(%q) = %v, want %v", name, got, want)
		}
	}
	if got := SpeakerName("The Trophies"); got != "" {
		t.Errorf(`SpeakerName("The Trophies") = %q, want ""`, got)
	}
	if got := SpeakerName("The Harbor Times"); got == "" {
		t.Error(`SpeakerName("The Harbor Times") = "", want a name`)
	}
}

// TestNameBeforePlaceNoun: a name before the plural of a street's noun
// ("Elm and Quill streets") is a place and no speaker.
func TestNameBeforePlaceNoun(t *testing.T) {
	a := analyze("Casings lay at the corner of Elm and Quill streets, where they believe the gunman stood.")
	q := Quote{SpeakerText: "Quill", Cue: "believe", Sentence: 0, Entity: -1, How: "named"}
	if name, ok := a.ModifiedName(q); !ok || name != "" {
		t.Errorf("ModifiedName for %q = %q, %v; want \"\", true", q.SpeakerText, name, ok)
	}
}

// TestStreetAbbrevNoName: a name that is or ends in a street's
// abbreviation in AP style (St., Ave., Blvd.) does not speak.
func TestStreetAbbrevNoName(t *testing.T) {
	if PlausibleSpeaker("St") || PlausibleSpeaker("Quill Ave") || CanSpeak("ST", Organization, 3) || !PlausibleSpeaker("St. Quill Hospital") {
		t.Error("a street's abbreviation names a speaker, or a name it opens does not")
	}
}
