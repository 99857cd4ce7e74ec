package mention

import (
	"testing"

	"github.com/corroborate/corroborate/internal/text"
)

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
		if got := openingDatelineLen(s) > 0; got != want {
			t.Errorf("openingDatelineLen(%q) > 0 = %v, want %v", s, got, want)
		}
	}
}

// TestListedVerbPhrases: a verb phrase after a comma in a list of verb
// phrases shares the subject of the first ("Doe praised …, denounced …
// and said …"); a verb followed by its subject after the comma is an
// inverted attribution, and a plural noun before an auxiliary no verb.
func TestListedVerbPhrases(t *testing.T) {
	wantSpeaker(t, "listed verb", "Nina Holt summed up the levy as “a farce,” denounced the rise in ferry fares and said the port would stay open.", "the rise in ferry fares", "Nina Holt")
	for _, c := range []struct {
		s    string
		i    int
		want bool
	}{
		{"Nina Holt praised the crews , denounced the levy on ferry fares and left", 6, true},
		{"The levy will pass , said Nina Holt", 5, false},
		{"Nina Holt praised the crews , remarks were made", 6, false},
		{"Nina Holt , a baker , denounced the levy on ferry fares and left", 6, false},
	} {
		toks := text.Tokens(c.s)
		if toks[c.i].Text == "," {
			t.Fatalf("%q: token %d is a comma", c.s, c.i)
		}
		if got := listedVerb(toks, c.i); got != c.want {
			t.Errorf("listedVerb(%q, %q) = %v, want %v", c.s, toks[c.i].Text, got, c.want)
		}
	}
}
