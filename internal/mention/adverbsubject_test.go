package mention

import "testing"

// TestAdverbBeforeCue: an adverb in "-ly" built on an adjective, between
// a subject and its verb of saying, is the verb's adjunct, not the end
// of the speaker phrase ("Tarn groups also widely condemned …").
func TestAdverbBeforeCue(t *testing.T) {
	for _, c := range []struct{ window, want string }{
		{"Tarn groups also widely", "Tarn groups"},
		{"Harbour workers strongly", "Harbour workers"},
		{"the Tarn council has never publicly", "the Tarn council"},
	} {
		if got := lastNP(c.window); got != c.want {
			t.Errorf("lastNP(%q) = %q, want %q", c.window, got, c.want)
		}
	}
	q, ok := lastQuoteWithPrefix(analyze("Tarn groups also widely condemned Roe's plan to close the port."), "Roe's plan")
	if !ok || q.SpeakerText != "Tarn groups" {
		t.Errorf("\"Tarn groups also widely condemned …\": got %+v, want the speaker \"Tarn groups\"", q)
	}
}

// TestTrailingAfterCoordinator: a clause a coordinator opens after a
// comma is a clause of its own, not a reporting clause whose content is
// the words before the comma.
func TestTrailingAfterCoordinator(t *testing.T) {
	body := "Rents in Tarnby had risen not for lack of housing, but because the landlords decided at their meeting to be less generous."
	if q, ok := lastQuoteWithPrefix(analyze(body), "Rents in Tarnby"); ok {
		t.Errorf("%q: read as a statement of %q (cue %q), want none", body, q.SpeakerText, q.Cue)
	}
}
