package mention

import "testing"

// TestTrailingAsClause checks that an as-clause of comment closing a
// sentence ("…, as X noted", "…, as reported by X") gives its subject or
// agent as the source of the clause before it, and that an as-clause of
// time or one with no agent or no verb of saying gives none.
func TestTrailingAsClause(t *testing.T) {
	tests := []struct {
		sentence, want string
	}{
		{"The breakwater was rebuilt twice after the storms, as Lena Marsh noted in her column.", "Lena Marsh"},
		{"The contractor missed three deadlines last year, as the Harbour Gazette has reported.", "Harbour Gazette"},
		{"The quay needs a new crane before the spring, as reported by the Harbour Gazette.", "Harbour Gazette"}, // the name after "by the" (agentBefore)
		{"The board has run out of patience with the contractor, as Ottavio Brun put it.", "Ottavio Brun"},
		{"The crews moved the boats to the inner dock, as the tide rose.", ""},
		{"The crews carried the last nets up to the sheds, as expected.", ""},
		{"The quay needs a new crane before the spring, as built by the contractor.", ""},
	}
	for _, tt := range tests {
		got := secondSource(tt.sentence, func(Quote) bool { return true })
		if got != tt.want {
			t.Errorf("%q: source %q, want %q", tt.sentence, got, tt.want)
		}
	}
}
