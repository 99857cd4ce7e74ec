package mention

import "testing"

// TestPassiveConjunct: a participle coordinated with a passive ("was
// contacted and told that …") reports no statement of the subject, which
// was told; a refusal, an active "told police that" and a plain report
// still do.
func TestPassiveConjunct(t *testing.T) {
	for _, c := range []struct {
		body, speaker string
		want          bool
	}{
		{"Earlier a Northfield Bank branch had been contacted by a caller and told that a device had been left.", "Northfield Bank", false},
		{"Mayor Ida Brandt declined to comment on the closure of the harbour road.", "Ida Brandt", true},
		{"Nils Aubert was questioned for an hour and told police that he had seen the van.", "Nils Aubert", true},
		{"Nils Aubert said the van had been parked near the harbour gate.", "Nils Aubert", true},
	} {
		a := analyze(c.body)
		got := false
		for _, q := range a.Quotes {
			if q.Speaker == c.speaker {
				got = true
			}
		}
		if got != c.want {
			t.Errorf("%q: %q speaks = %v, want %v (%+v)", c.body, c.speaker, got, c.want, a.Quotes)
		}
	}
}
