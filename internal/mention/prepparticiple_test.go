package mention

import "testing"

// TestPrepParticipleSubject checks that an -ing cue after a preposition
// opening its sentence ("Instead of calling …, Doe said") takes the main
// clause's subject after the comma, and that a subject that is no name
// leaves it unnamed.
func TestPrepParticipleSubject(t *testing.T) {
	tests := []struct{ body, content, speaker string }{
		{"Ann Ruiz spoke first.\n\nInstead of calling himself a moderate, Tom Reyes said he is a realist.", "himself a moderate", "Tom Reyes"},
		{"Ann Ruiz spoke first.\n\nBy accusing the council of delay, Tom Reyes hoped to win the vote.", "the council of delay", "Tom Reyes"},
		{"In satirizing the elite, a small troupe starts with the mayor.", "the elite, a small troupe starts with the mayor", ""},
	}
	for _, tt := range tests {
		a := analyze(tt.body)
		found := false
		for _, q := range a.Quotes {
			if q.Text == tt.content {
				found = true
				if q.Speaker != tt.speaker {
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
