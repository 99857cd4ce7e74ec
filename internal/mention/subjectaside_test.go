package mention

import "testing"

// TestSubjectBeforeAside checks that the subject before an aside set off
// by commas speaks through the participle of saying that its verb's clause
// carries, and that a legislator's party tag in parentheses stands for the
// name before it, not for the first member who bore the same tag.
func TestSubjectBeforeAside(t *testing.T) {
	tests := []struct {
		body, content, speaker string
	}{
		{
			"Nora Quist spoke on Monday. Ms. Quist, who lost the council vote last week, issued a statement Tuesday saying, “We will not give up on the harbour.”",
			"We will not give up on the harbour.", "Nora Quist",
		},
		{
			"Rep. Alma Reyes (D-N.Y.) said the vote would be close. Later Rep. Tom Lyle (D-N.Y.) said the bill had the votes.",
			"the bill had the votes", "Tom Lyle",
		},
		{
			"After the hearing on the ferry contract, Chair of the Transport Committee Rep. Ivo Lantz (R-Ore.) said “the contract has to be rewritten.”",
			"the contract has to be rewritten.", "Ivo Lantz",
		},
	}
	for _, tt := range tests {
		a := analyze(tt.body)
		found := false
		var got []string
		for _, q := range a.Quotes {
			got = append(got, q.Text+" ("+q.Speaker+")")
			if q.Text == tt.content {
				found = true
				if q.Speaker != tt.speaker {
					t.Errorf("speaker of %q = %q, want %q", q.Text, q.Speaker, tt.speaker)
				}
			}
		}
		if !found {
			t.Errorf("no reading %q in %q; got %q", tt.content, tt.body, got)
		}
	}
}
