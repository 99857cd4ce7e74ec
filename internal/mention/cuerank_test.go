package mention

import "testing"

// TestCueRareSenseTie checks that the present tense of a verb half of whose
// senses are of saying, all of them its rarer ones in WordNet's order, is
// no cue, while a verb with such a sense among its commonest stays one.
func TestCueRareSenseTie(t *testing.T) {
	for base, want := range map[string]bool{"chair": true, "show": false, "say": false, "add": false, "warn": false} {
		if got := rareCueSenses(base); got != want {
			t.Errorf("rareCueSenses(%q) = %v, want %v", base, got, want)
		}
	}
	a := analyze("Odile Marchetti chairs the lantern guild of the old canal quarter. " +
		"Her deputy Tomas Reyne says the guild will light forty boats this winter. " +
		"Ilse Varga, a retired ferry pilot, chairs its small rowing section.")
	var said bool
	for _, q := range a.Quotes {
		if q.Sentence == 0 || q.Sentence == 2 {
			t.Errorf("a sentence with no verb of saying gave %q (speaker %q)", q.Text, q.Speaker)
		}
		if q.Sentence == 1 {
			said = true
		}
	}
	if !said {
		t.Errorf("the reported sentence gave no quote: %+v", a.Quotes)
	}
}
