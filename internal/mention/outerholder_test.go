package mention

import "testing"

// TestOuterHolder checks that a partial quotation inside the content of a
// statement nested in another ("X said that Y represents “…”") goes to the
// outer statement's source, and that coordinated statements ("X accused
// … and Y says …") keep their own.
func TestOuterHolder(t *testing.T) {
	tests := []struct{ body, quote, speaker string }{
		{
			"Senator Tom Reyes said last week that Ada Hale represents “coastal values” in the race.",
			"coastal values", "Tom Reyes",
		},
		{
			"Mayor Lina Ortiz said Paul Grant told the crowd, “We will not back down.”",
			"We will not back down.", "Paul Grant",
		},
		{
			"Tom Reyes accused Ada Hale of “leading from behind” and Lina Ortiz says she is “losing the race.”",
			"losing the race.", "Lina Ortiz",
		},
		{
			"Tom Reyes issued a statement after Lina Ortiz told a crowd that the tax was “a small price,” compared with the cost.",
			"a small price", "Lina Ortiz",
		},
	}
	for _, tt := range tests {
		a := analyze(tt.body)
		found := false
		for _, q := range a.Quotes {
			if q.Text == tt.quote {
				found = true
				if q.Speaker != tt.speaker {
					t.Errorf("speaker of %q in %q = %q, want %q", q.Text, tt.body, q.Speaker, tt.speaker)
				}
			}
		}
		if !found {
			var got []string
			for _, q := range a.Quotes {
				got = append(got, q.Text+" ("+q.Speaker+")")
			}
			t.Errorf("no quote %q in %q; got %q", tt.quote, tt.body, got)
		}
	}
}
