package mention

import "testing"

// TestOwnBeforeVerbForm checks that a verb form after a possessive and
// "own" ("her own christening", "their own networks") is read as a noun,
// not as a reporting verb.
func TestOwnBeforeVerbForm(t *testing.T) {
	body := "Lena Marsh spoke at the chapel on Sunday. " +
		"Lena Marsh recalled her own christening at the chapel on the hill. " +
		"The ferry companies run their own networks of small boats."
	a := analyze(body)
	for _, q := range a.Quotes {
		if q.Cue == "christening" || q.Cue == "networks" {
			t.Errorf("sentence %d: %q read as a reporting verb (speaker %q)", q.Sentence, q.Cue, q.Speaker)
		}
	}
}
