package mention

import "testing"

// TestSourceOfSentence checks that an attribution closing its sentence
// ("…, Doe said.", "…, according to the agency.") is the source of the
// sentence when the words before it hold only cues with no source of their
// own, that a reading whose source is named keeps it before a closing
// "…, X said", and that a closing "according to X" is the outermost source
// of a reporting clause before it.
func TestSourceOfSentence(t *testing.T) {
	tests := []struct {
		body, content, speaker string
	}{
		{
			"The new figures speak to the worry that the harbour may never reopen to large ships, said Helen Marsh, a senior fellow at the Coastal Institute.",
			"The new figures speak to the worry that the harbour may never reopen to large ships", "Helen Marsh",
		},
		{
			"Last year about 70 percent of the fires were started by campers, while only 9 percent were caused by lightning, according to the Forest Service.",
			"Last year about 70 percent of the fires were started by campers, while only 9 percent were caused by lightning", "Forest Service",
		},
		{
			"Investigators suspect a faulty heater started the fire at the old mill, reports the Valley Herald.",
			"a faulty heater started the fire at the old mill", "",
		},
		{
			"Councillor Ann Becker said the bridge would close in May, according to the Harbor Gazette.",
			"Councillor Ann Becker said the bridge would close in May", "Harbor Gazette",
		},
		{
			"The mayor told aides that she would not seek a second term, according to two people present at the meeting.",
			"The mayor told aides that she would not seek a second term", "",
		},
	}
	for _, tt := range tests {
		a := analyze(tt.body)
		found := false
		for _, q := range a.Quotes {
			if q.Text == tt.content {
				found = true
				if q.Speaker != tt.speaker || tt.speaker == "" && q.SpeakerText != "Investigators" && q.SpeakerText != "two people present at the meeting" {
					t.Errorf("speaker of %q = %q, want %q", q.Text, q.Speaker, tt.speaker)
				}
			}
		}
		if !found {
			var got []string
			for _, q := range a.Quotes {
				got = append(got, q.Text+" ("+q.Speaker+")")
			}
			t.Errorf("no reading %q in %q; got %q", tt.content, tt.body, got)
		}
	}
}
