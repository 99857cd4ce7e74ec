package mention

import "testing"

// TestGroupNounAndLaterComma: a reporting verb in its base form speaks for
// a collective noun whose first WordNet sense is a group ("police say they
// …"), and a closing attribution is found after a later comma when an
// earlier comma sets off a coordinated clause ("…, and wardens did not …,
// officials said"). (Sentences written for this test.)
func TestGroupNounAndLaterComma(t *testing.T) {
	body := "The ferry sank off Harrowby on Monday. " +
		"The police say they have found the wreck near the north quay. " +
		"The storm killed a harbour officer and a technician, and local troopers did not have any suspects, deputies said Saturday."
	got := quotesByText(analyze(body))
	for text, src := range map[string]string{
		"they have found the wreck near the north quay":                                                     "The police",
		"The storm killed a harbour officer and a technician, and local troopers did not have any suspects": "deputies",
	} {
		q, ok := got[text]
		if !ok {
			t.Errorf("no statement %q; got %v", text, keysOf(got))
			continue
		}
		if q.SpeakerText != src {
			t.Errorf("%q: source %q, want %q", text, q.SpeakerText, src)
		}
	}
}
