package mention

import "testing"

// TestPluralNounAfterClosedWord: an -s form after a preposition or a
// numeral is a plural noun, not a verb of saying ("in states hit by
// the strike", "the two states hold"), unless the noun itself names an act of
// saying ("in interviews with"); after a subject it is still the verb.
func TestPluralNounAfterClosedWord(t *testing.T) {
	for _, tc := range []struct {
		body, cue string
		want      bool
	}{
		{"The ferry line will sell tickets in states hit by the strike.", "states", false},
		{"The two states hold regattas on alternate weekends.", "states", false},
		{"The harbour report states that the ferry will be late all summer.", "states", true},
		{"In interviews with the gazette, the harbour master called the storm the worst in years.", "interviews with", true},
	} {
		if got, qs := hasCue(tc.body, tc.cue); got != tc.want {
			t.Errorf("%q: a reading with cue %q = %v, want %v (%v)", tc.body, tc.cue, got, tc.want, qs)
		}
	}
}

// hasCue reports whether some reading of body has the cue, with the readings.
func hasCue(body, cue string) (bool, []Quote) {
	a := analyze(body)
	for _, q := range a.Quotes {
		if q.Cue == cue {
			return true, a.Quotes
		}
	}
	return false, a.Quotes
}
