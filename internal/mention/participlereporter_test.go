package mention

import "testing"

// TestParticipleAfterInsertedReporter: a participle that goes on with a
// reporting clause set off inside the sentence ("…, an aide said, adding
// …") has that clause's subject as its speaker, not the subject of the
// reported sentence; a participle after a dash has the main clause's
// subject; a dateline's agency in brackets after a date is no subject.
func TestParticipleAfterInsertedReporter(t *testing.T) {
	for _, c := range []struct{ label, body, quote, want string }{
		{"reporter at the start", "Nina Holt said, adding that the crews of Velm Harbour Trust would be paid late.", "the crews of Velm Harbour Trust would be paid late", "Nina Holt"},
		{"participle after a dash", "Harbour director Ola Fenn dismissed Ivo Brandt's claims about the levy — saying the board had never voted on it.", "the board had never voted on it", "Ola Fenn"},
		{"dateline with a date and an agency", "VELM, Mar 14 (Tarnow Press) - The harbour director of Velm, Ola Fenn, backed the new levy on Tuesday, saying the fares would not rise.", "the fares would not rise", "Ola Fenn"},
	} {
		wantSpeaker(t, c.label, c.body, c.quote, c.want)
	}
	a := analyze("Tarnow Ferry Lines did not object when the ferry fares rose, a harbour official said, adding that the crews would be paid late.")
	for _, q := range a.Quotes {
		if q.Text == "the crews would be paid late" && (q.SpeakerText != "a harbour official" || q.Speaker != "") {
			t.Errorf("inserted nominal reporter: speaker %q as %q, want the phrase \"a harbour official\"", q.Speaker, q.SpeakerText)
		}
	}
}

// TestDatelineWithDate: a dateline may give the day after its place.
func TestDatelineWithDate(t *testing.T) {
	for s, want := range map[string]bool{
		"VELM, Mar 14 (Tarnow Press) - The board met.": true,
		"VELM, Ore. (AP) -- The board met.":            true,
		"Velm, Mar 14 - The board met.":                false,
	} {
		if got := datelineLen(s) > 0; got != want {
			t.Errorf("datelineLen(%q) > 0 = %v, want %v", s, got, want)
		}
	}
}
