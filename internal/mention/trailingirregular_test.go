package mention

import "testing"

// A trailing attribution reports, as an account (Quote.Account), a clause
// whose only finite verb is an irregular past tense, or whose speaker is
// an unmarked plural noun ("police say"); an irregular past inside an
// adverbial clause is no clause to report; a sentence another reading
// took gets no account. (Sentences written for this test.)
func TestTrailingIrregularPast(t *testing.T) {
	for _, tc := range []struct {
		body, text, speaker string
	}{
		{"The ferry left the quay an hour late, harbour officials said.", "The ferry left the quay", "harbour officials"},
		{"The old ferry sank near the quay an hour after the storm, harbour officials said.", "The old ferry sank", "harbour officials"},
		{"Before dawn, Tobin Marsh broke the padlock and drove off in a borrowed truck, investigators said.", "Tobin Marsh broke the padlock", "investigators"},
		{"The ferry was towed to the yard at Elmport after the storm, police say.", "The ferry was towed", "police"},
		{"A deckhand stole a lifeboat from the lower deck, people say.", "A deckhand stole a lifeboat", "people"},
	} {
		a := analyze(tc.body)
		q := quoteBy(a, tc.text)
		if q == nil {
			t.Errorf("%q: no report read", tc.body)
			continue
		}
		if q.SpeakerText != tc.speaker || !q.Account {
			t.Errorf("%q: speaker %q, account %v; want %q, an account", tc.body, q.SpeakerText, q.Account, tc.speaker)
		}
	}
	// "After he left, …": the verb of an adverbial clause is no clause
	// the words after the comma report.
	a := analyze("Just minutes after the pilot left, Mara Quist came aboard and was greeted with cheers.")
	if q := quoteBy(a, "the pilot left"); q != nil {
		t.Errorf("report read from an adverbial clause: %+v", *q)
	}
	// A regular finite verb group makes the narrow reading: no account.
	a = analyze("The ferry will leave the quay at dawn, harbour officials said.")
	if q := quoteBy(a, "The ferry will leave"); q == nil || q.Account {
		t.Errorf("narrow trailing attribution: %+v", q)
	}
	// A sentence whose statement another reading took: no account of it.
	a = analyze("Mara Quist said Tobin Marsh broke the padlock and drove off, investigators said.")
	for _, q := range a.Quotes {
		if q.Account {
			t.Errorf("account in a sentence already read: %+v", q)
		}
	}
}
