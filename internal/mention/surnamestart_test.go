package mention

import "testing"

// TestSurnameAtSentenceStart: a sentence-initial word that is also a
// common word is the surname of a person the article names in full.
func TestSurnameAtSentenceStart(t *testing.T) {
	a := analyze("Ann Baker spoke first at the harbour meeting. Baker blasted the ferry plan at noon.")
	for _, m := range a.Mentions {
		if m.Sentence == 1 && m.Name == "Baker" {
			return
		}
	}
	t.Errorf("no mention of the surname opening the second sentence; got %+v", a.Mentions)
}
