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

// TestAsideRelativeBeforeAuxiliary: a relative clause set off by commas
// is an aside whether the cue comes right after its closing comma or
// after the auxiliaries of its verb phrase ("The crews, who met Vell,
// have said …"): the phrase it is said of speaks, never a name inside it
// (asideRelative; Quirk et al. 1985 §17.65, §3.22). Guards: the relative
// clause's own verb of saying ("Marrin, who has said …") keeps its
// antecedent. Session 53 (readC); the sentences are invented.
func TestAsideRelativeBeforeAuxiliary(t *testing.T) {
	for _, c := range []struct{ body, text, speaker string }{
		{"The harbour board met on Monday. The ferry crews, who met Ada Vell on Friday, have said the pier was unsafe.", "the pier was unsafe", "The ferry crews"},
		{"The harbour board met on Monday. The ferry crews who met Ada Vell, when asked about the pier, have said it was unsafe.", "it was unsafe", "The ferry crews"},
		{"The harbour board met on Monday. Jo Marrin, who met Ada Vell, when asked about the port, has said it would close.", "it would close", "Jo Marrin"},
		{"The harbour board met on Monday. Ada Vell met Jo Marrin, who has said the pier was unsafe.", "the pier was unsafe", "Jo Marrin"},
		{"The harbour board met on Monday. Jo Marrin, who met Ada Vell on Friday, has said the pier was unsafe.", "the pier was unsafe", "Jo Marrin"},
	} {
		q, ok := quotesByText(analyze(c.body))[c.text]
		if !ok || q.SpeakerText != c.speaker {
			t.Errorf("%q: speaker of %q = %q, want %q", c.body, c.text, q.SpeakerText, c.speaker)
		}
	}
}
