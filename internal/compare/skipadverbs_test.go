package compare

import (
	"testing"

	"github.com/corroborate/corroborate/internal/text"
)

// TestSkipAdverbs: the adverb skip of passiveAt (backwards) and pastAdverbs
// (forwards) passes "not" and adverbs, at most three of them.
func TestSkipAdverbs(t *testing.T) {
	c := newComparer(Input{})
	for _, tc := range []struct {
		s          string
		k, step    int
		want, past int // skipAdverbs, and pastAdverbs when step is 1
	}{
		{"The clerk was not badly hurt", 4, -1, 2, 0},
		{"The clerk was hurt", 2, -1, 2, 0},
		{"not badly hurt", 1, -1, -1, 0},                   // past the sentence start
		{"He was not very badly hurt", 4, -1, 1, 0},        // three skipped: the fourth token back
		{"He was not very badly hurt", 5, -1, 5, 0},        // no adverb at k
		{"The clerk was not badly hurt today", 3, 1, 5, 5}, // "hurt"
		{"The clerk was not", 3, 1, 4, 3},                  // the sentence ends first: its last token
		{"was not very badly hurt", 1, 1, 4, 4},            // three skipped: the fourth token on
	} {
		toks := text.Tokens(tc.s)
		if got := c.skipAdverbs(toks, tc.k, tc.step); got != tc.want {
			t.Errorf("skipAdverbs(%q, %d, %d) = %d, want %d", tc.s, tc.k, tc.step, got, tc.want)
		}
		if tc.step == 1 {
			if got := c.pastAdverbs(toks, tc.k); got != tc.past {
				t.Errorf("pastAdverbs(%q, %d) = %d, want %d", tc.s, tc.k, got, tc.past)
			}
		}
	}
}
