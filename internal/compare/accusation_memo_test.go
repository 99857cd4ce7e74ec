package compare

import (
	"strings"
	"testing"

	"github.com/corroborate/corroborate/internal/lexicon"
	"github.com/corroborate/corroborate/internal/text"
)

// TestIsAccusationNounFirst: the noun's test, remembered per word and
// asked before the determiner's, answers as both asked afresh, asked
// twice (the second answer remembered) and in either order.
func TestIsAccusationNounFirst(t *testing.T) {
	lx := lexicon.Default()
	for _, s := range []string{
		"The mayor called it a lie and a fabrication.",
		"Doe said the lies were a convenient untruth.",
		"A story ran in the Roe paper on the fiction of the plan.",
		"Lies, the Doe office said.",
		"It was the falsehood of a fib.",
	} {
		toks := text.Tokens(s)
		for i := range toks {
			want := determinedNoun(lx, toks, i) && isFalsehoodNoun(lx, strings.ToLower(toks[i].Text))
			for range 2 {
				if got := isAccusation(lx, toks, i); got != want {
					t.Errorf("isAccusation(%q, %q) = %v, want %v", s, toks[i].Text, got, want)
				}
			}
		}
	}
	if !falsehoodNoun(lx, "untruth") || falsehoodNoun(lx, "mayor") {
		t.Errorf("falsehoodNoun: untruth %v, mayor %v", falsehoodNoun(lx, "untruth"), falsehoodNoun(lx, "mayor"))
	}
}
