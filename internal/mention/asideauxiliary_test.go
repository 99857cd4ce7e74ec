package mention

import "testing"

// TestAsideBeforeAuxiliary: an adverbial clause set off by commas between
// a subject and the auxiliaries of its verb of saying ("X, while still
// wary, has warned that …") leaves the subject the speaker, as it does
// right before the verb (asideClauseStart; Quirk et al. 1985 §15.21,
// §3.22). Guard: a coordinated predicate keeps the first conjunct's
// subject, never the object before the opening comma. Session 53; the
// sentences are invented.
func TestAsideBeforeAuxiliary(t *testing.T) {
	for _, c := range []struct{ body, text, speaker string }{
		{"The harbour board met on Monday. The ferry crews, while still loyal to the board, have warned that the pier was sinking.", "the pier was sinking", "The ferry crews"},
		{"The harbour board met on Monday. A growing number of skippers, while wary of the levy, are warning that the fares will rise.", "the fares will rise", "A growing number of skippers"},
		{"The harbour board met on Monday. Dalia Fenwright, although she had doubts about the levy, has said the quay was too short.", "the quay was too short", "Dalia Fenwright"},
	} {
		q, ok := quotesByText(analyze(c.body))[c.text]
		if !ok || q.SpeakerText != c.speaker {
			t.Errorf("%q: speaker of %q = %q, want %q", c.body, c.text, q.SpeakerText, c.speaker)
		}
	}
	a := analyze("The trust met Orla Breck on Friday and, when asked about the rent, has said it would not rise.")
	for _, q := range a.Quotes {
		if q.Text == "it would not rise" && q.Speaker == "Orla Breck" {
			t.Errorf("coordinated predicate: %q read as Orla Breck's", q.Text)
		}
	}
}
