package compare

import "testing"

// TestOtherEventGate: mayNameOtherEvent lets through every sentence that
// reOtherEvent matches (made-up sentences, the long s included).
func TestOtherEventGate(t *testing.T) {
	for _, s := range []string{
		"Police were called to another shooting on Elm Street.",
		"In A SEPARATE crash, two cars collided.",
		"An earlier fire gutted the Roe warehouse.",
		"a previous blast and an unrelated stabbing",
		"in a ſeparate crash",
		"Doe said the car was stolen.",
		"",
	} {
		if reOtherEvent.MatchString(s) && !mayNameOtherEvent(s) {
			t.Errorf("mayNameOtherEvent(%q) = false, reOtherEvent matches", s)
		}
	}
	if mayNameOtherEvent("Doe said the car was stolen.") {
		t.Error("mayNameOtherEvent: true for a sentence without its words")
	}
}
