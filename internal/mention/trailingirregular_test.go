package mention

import "testing"

// A trailing attribution reports a clause whose only finite verb is an
// irregular past tense, or whose speaker is an unmarked plural noun
// ("police say"); an irregular past inside an adverbial clause is no
// clause to report. (Sentences written for this test.)
func TestTrailingIrregularPast(t *testing.T) {
	for _, tc := range []struct {
		body, text, speaker string
	}{
		{"The two deckhands drew ropes across the gangway and the ferry left the quay, harbour officials said.", "the ferry left the quay", "harbour officials"},
		{"At some point, the pilot felt dizzy and left the bridge for a glass of water, investigators said.", "the pilot felt dizzy", "investigators"},
		{"The ferry was towed to the yard at Elmport after the storm, police say.", "The ferry was towed", "police"},
		{"A deckhand stole a lifeboat from the lower deck, people say.", "A deckhand stole a lifeboat", "people"},
	} {
		a := analyze(tc.body)
		q := quoteBy(a, tc.text)
		if q == nil {
			t.Errorf("%q: no report read", tc.body)
			continue
		}
		if q.SpeakerText != tc.speaker {
			t.Errorf("%q: speaker %q, want %q", tc.body, q.SpeakerText, tc.speaker)
		}
	}
	// "After he left, …": the verb of an adverbial clause is no clause
	// the words after the comma report.
	a := analyze("Just minutes after the pilot left, Mara Quist came aboard and was greeted with cheers.")
	if q := quoteBy(a, "the pilot left"); q != nil {
		t.Errorf("report read from an adverbial clause: %+v", *q)
	}
}
