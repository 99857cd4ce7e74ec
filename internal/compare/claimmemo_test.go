package compare

import (
	"testing"

	"github.com/corroborate/corroborate/internal/lexicon"
)

// TestClaimWordMemosAsWorkedOut checks predicateWord's and namesNoun's
// remembered answers against the answers worked out afresh, asked twice
// in both orders of the pairs (a memo keyed by too little would give the
// first pair's answer to the second).
func TestClaimWordMemosAsWorkedOut(t *testing.T) {
	lx := lexicon.Default()
	words := []string{"threat", "threats", "menace", "danger", "dangerous", "sabotage", "sabotaged", "accident",
		"accidental", "hero", "heroes", "heroic", "blaze", "fire", "fires", "ferry", "boat", "vessel", "said", "the", "run", "qwzx"}
	comps := []string{"threat", "sabotage", "accident", "hero", "fire", "vessel"}
	cm := newComparer(Input{})
	for round := 0; round < 2; round++ {
		for _, comp := range comps {
			for _, w := range words {
				if got, want := cm.predicateWord(w, claimKey{comp: comp}), cm.complementWord(w, comp); got != want {
					t.Errorf("round %d: predicateWord(%q, comp %q) = %v, worked out %v", round, w, comp, got, want)
				}
			}
		}
		for _, noun := range comps {
			for _, w := range words {
				b := lx.Base(w, lexicon.Noun)
				nw := nounWord{lower: w, base: b, isNoun: lx.Has(b, lexicon.Noun), isWord: true, mayNoun: true}
				want := b == noun || nw.isNoun && directlyRelated(lx, b, noun, lexicon.Noun)
				if got := cm.namesNoun(nw, noun); got != want {
					t.Errorf("round %d: namesNoun(%q, %q) = %v, worked out %v", round, w, noun, got, want)
				}
			}
		}
		words, comps = comps, words // the other order of the pairs
	}
	if len(cm.predWords) == 0 || len(cm.nameNouns) == 0 {
		t.Fatalf("nothing remembered: predWords %d, nameNouns %d", len(cm.predWords), len(cm.nameNouns))
	}
	// Without a complement the claim's verb is asked, not remembered.
	if !cm.predicateWord("warned", claimKey{verb: "warn"}) || cm.predicateWord("warned", claimKey{verb: "say"}) {
		t.Errorf("predicateWord without a complement: want the verb's base alone")
	}
}
