package mention

import "testing"

// TestUnknownGivenNameBeforeMonth: a name whose last word is a month or a
// weekday names a person when a word before it is none the dictionary
// knows, a given name the first-name lists lack ("Thiri Aung May"); a
// phrase of time of common words ("Super Tuesday", "Last Friday") names
// no one, nor do one unknown word and a day ("Cyber Monday", "Shrove
// Tuesday": a day named since the dictionary was made, or a word it knows
// inflected; "Vesk May" is a person's as often).
func TestUnknownGivenNameBeforeMonth(t *testing.T) {
	for name, want := range map[string]bool{
		"Thiri Aung May":   true,
		"Qelmo Druss June": true,
		"Super Tuesday":    false,
		"Last Friday":      false,
		"In March":         false,
		"Cyber Monday":     false,
		"Shrove Tuesday":   false,
		"Vesk May":         false,
	} {
		if got := PlausibleSpeaker(name); got != want {
			t.Errorf("PlausibleSpeaker(%q) = %v, want %v", name, got, want)
		}
	}
}

// TestUnknownGivenNameSpeaks: such a person, set off by an age and a
// role, speaks, and the "she" of the next sentence goes on with her.
func TestUnknownGivenNameSpeaks(t *testing.T) {
	a := analyze("Thiri Aung May, 52, a shopkeeper, said she was relieved. She doubts that the council will publish the count.")
	want := map[string]string{"she was relieved": "Thiri Aung May", "the council will publish the count": "Thiri Aung May"}
	for _, q := range a.Quotes {
		if w, ok := want[q.Text]; ok {
			if q.Speaker != w {
				t.Errorf("speaker of %q = %q (%s %q), want %q", q.Text, q.Speaker, q.How, q.SpeakerText, w)
			}
			delete(want, q.Text)
		}
	}
	for text := range want {
		t.Errorf("no statement %q read", text)
	}
}
