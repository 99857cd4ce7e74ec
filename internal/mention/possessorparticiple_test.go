package mention

import "testing"

// TestPossessorIsNoParticipleSubject: a participle after the main clause
// ("…, saying …") does not take a possessor in that clause's object as its
// subject, and a noun after a possessive ("Doe's remarks") is no reporting
// verb that the participle goes on with; the clause's subject as written
// is the source. (Sentences written for this test.)
func TestPossessorIsNoParticipleSubject(t *testing.T) {
	body := "Nina Holt spoke on Monday.\n\nAn aide tried to play down Holt's remarks, saying the remarks were not a big deal.\n\nOne adviser tried to play down Holt's words, saying the words were not a big worry."
	a := analyze(body)
	for _, c := range []struct{ quote, want string }{
		{"the remarks were not a big deal", "An aide"},
		{"the words were not a big worry", "One adviser"},
	} {
		found := false
		for _, q := range a.Quotes {
			if q.Text == c.quote {
				found = true
				if q.SpeakerText != c.want || q.Speaker != "" {
					t.Errorf("speaker of %q = %q as %q, want the phrase %q", c.quote, q.Speaker, q.SpeakerText, c.want)
				}
			}
		}
		if !found {
			t.Errorf("no quote %q", c.quote)
		}
	}
}
