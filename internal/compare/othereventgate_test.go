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

// TestCountrySceneGate: mayNameCountryScene lets through every sentence
// that reCountryPlace matches (made-up sentences).
func TestCountrySceneGate(t *testing.T) {
	for _, s := range []string{
		"Protests spread across Norland on Monday.",
		"Floods hit northern Vell and the south-east Ardia coast.",
		"In Ostby, crews worked\tthroughout  The Marches.",
		"Troops in the north-eastern Kesh region withdrew.",
		"Southern Ardia\nreported rain; aid reached the U.S. in time.",
		"The UK team won in\fUK colours.",
		"The stand-in Ardia captain spoke after a sit-in Norland.", // \b before "in" after a hyphen
		"The firm's pro-the Vell campaign ended.",
		"Police said 3 men were held.",
		"",
	} {
		if reCountryPlace.MatchString(s) && !mayNameCountryScene(s) {
			t.Errorf("mayNameCountryScene(%q) = false, reCountryPlace matches", s)
		}
	}
	if mayNameCountryScene("Police said 3 men were held at Mill Road.") {
		t.Error("mayNameCountryScene: true for a sentence with no opener before a capital")
	}
}
