package lexicon

import (
	"slices"
	"testing"
)

// TestUnderDepth: the walk reaches an anchor exactly depth steps up and
// no further; depth 0 is the synset itself; a negative depth reaches
// nothing.
func TestUnderDepth(t *testing.T) {
	lx := Default()
	var s uint32
	for _, x := range lx.Senses("kilometer") {
		if x.POS == Noun {
			s = x.Synset
		}
	}
	up1 := lx.hypernymsOf(Noun, s)
	if len(up1) == 0 {
		t.Fatal("kilometer has no noun hypernym")
	}
	up2 := lx.hypernymsOf(Noun, up1[0])
	if len(up2) == 0 {
		t.Fatal("kilometer's hypernym has no hypernym")
	}
	for _, tc := range []struct {
		anchor uint32
		depth  int
		want   bool
	}{
		{s, 0, true},
		{s, -1, false},
		{up1[0], 0, false},
		{up1[0], 1, true},
		{up2[0], 1, false},
		{up2[0], 2, true},
		{up2[0], 8, true},
	} {
		if got := lx.SynsetUnder(s, Noun, []uint32{tc.anchor}, tc.depth); got != tc.want {
			t.Errorf("SynsetUnder(kilometer, %d, depth %d) = %v, want %v", tc.anchor, tc.depth, got, tc.want)
		}
	}
}

// TestHypernymsShared: every sense of a synset carries the synset's
// hypernyms as the index gives them (the loader reads them once a synset).
func TestHypernymsShared(t *testing.T) {
	lx := Default()
	bad := 0
	lx.EachForm(func(form string, ss []Sense) {
		for _, s := range ss {
			if got := lx.hypernymsOf(s.POS, s.Synset); !slices.Equal(got, s.Hypernyms) {
				bad++
				if bad <= 5 {
					t.Errorf("%s: hypernymsOf(%c, %d) = %v, the sense has %v", form, s.POS, s.Synset, got, s.Hypernyms)
				}
			}
		}
	})
}
