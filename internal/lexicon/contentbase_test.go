package lexicon

import (
	"strings"
	"testing"
)

// TestContentBaseRemembered checks contentBase's remembered answers
// against contentBaseOf, which works them out, asked three times: function
// words (remembered as left out), nouns, verbs, forms of both, and words
// longer than the memo keeps.
func TestContentBaseRemembered(t *testing.T) {
	lx := Default()
	long := strings.Repeat("abcdefghij", 5) + "ing"
	words := []string{"the", "and", "would", "fires", "burned", "mice", "running", "ferries", "harbour", "police",
		"x-ray", "café", "zorbled", long, long[:baseInline], long[:baseInline+1], "won't", "1,200", "3rd"}
	for round := 0; round < 3; round++ {
		for _, w := range words {
			gb, gok := lx.contentBase(w)
			wb, wok := lx.contentBaseOf(w)
			if gb != wb || gok != wok {
				t.Errorf("round %d: contentBase(%q) = %q, %v; worked out %q, %v", round, w, gb, gok, wb, wok)
			}
		}
	}
	if _, ok := lx.contentBase("the"); ok {
		t.Errorf("contentBase(the): a function word kept")
	}
	if b, ok := lx.contentBase("fires"); !ok || b != "fire" {
		t.Errorf("contentBase(fires) = %q, %v; want fire", b, ok)
	}
}
