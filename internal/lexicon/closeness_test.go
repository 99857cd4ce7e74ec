package lexicon

import (
	"math/rand"
	"slices"
	"testing"
)

// TestCloseSenses checks CloseSenses against what it lays out: related
// nouns or synonymous verbs or adjectives (RelatedSenses, SynonymSenses),
// on random pairs of WordNet's words and on pairs sharing a parent.
func TestCloseSenses(t *testing.T) {
	lx := Default()
	all := plainForms(lx)
	forms := make([]string, 0, len(all))
	for f := range all {
		forms = append(forms, f)
	}
	slices.Sort(forms)
	rnd := rand.New(rand.NewSource(1))
	pairs := [][2]string{{"ferry", "barge"}, {"danger", "threat"}, {"fire", "blaze"}, {"buy", "purchase"}, {"big", "large"}, {"fire", "vote"}}
	for range 100000 {
		pairs = append(pairs, [2]string{forms[rnd.Intn(len(forms))], forms[rnd.Intn(len(forms))]})
	}
	// Pairs of words of one synset or of sibling synsets, so that
	// each condition is met often.
	for range 20000 {
		a := forms[rnd.Intn(len(forms))]
		for _, s := range all[a] {
			if len(s.Hypernyms) > 0 {
				pairs = append(pairs, [2]string{a, forms[rnd.Intn(len(forms))]})
			}
		}
	}
	close := 0
	for _, p := range pairs {
		as, bs := lx.Senses(p[0]), lx.Senses(p[1])
		want := lx.RelatedSenses(as, bs, Noun) || SynonymSenses(as, bs, Verb) || SynonymSenses(as, bs, Adj)
		ca, cb := lx.ClosenessOf(as), lx.ClosenessOf(bs)
		if got := CloseSenses(&ca, &cb); got != want {
			t.Fatalf("%q, %q: CloseSenses %v, want %v", p[0], p[1], got, want)
		}
		if want {
			close++
		}
	}
	if close < 6 {
		t.Fatalf("only %d close pairs: the test reads little", close)
	}
	for _, p := range [][2]string{{"ferry", "barge"}, {"buy", "purchase"}, {"big", "large"}} {
		ca, cb := lx.ClosenessOf(lx.Senses(p[0])), lx.ClosenessOf(lx.Senses(p[1]))
		if !CloseSenses(&ca, &cb) {
			t.Errorf("%q, %q: not close", p[0], p[1])
		}
	}
}
