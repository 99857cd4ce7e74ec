package lexicon

import "testing"

// TestFirstSense: the most frequent sense, not the first one Senses lists
// (synset order puts noun.artifact and noun.animal before noun.group and
// noun.person).
func TestFirstSense(t *testing.T) {
	lx := Default()
	for _, c := range []struct {
		form string
		p    POS
		lex  uint8
	}{
		{"staff", Noun, NounGroup},
		{"man", Noun, NounPerson},
		{"king", Noun, NounPerson},
		{"year", Noun, NounTime},
	} {
		s, ok := lx.FirstSense(c.form, c.p)
		if !ok || s.Lex != c.lex || s.Rank != 0 {
			t.Errorf("FirstSense(%q) = lexicographer file %d rank %d (%v), want file %d rank 0", c.form, s.Lex, s.Rank, ok, c.lex)
		}
	}
	if _, ok := lx.FirstSense("quickly", Noun); ok {
		t.Error(`FirstSense("quickly", Noun) found a noun sense, want none`)
	}
}
