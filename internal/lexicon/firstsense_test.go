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

// TestTopSense: the word's first sense when the form as written has it,
// none when it belongs to another spelling (the capitalised name).
func TestTopSense(t *testing.T) {
	lx := Default()
	for _, c := range []struct {
		form string
		p    POS
		lex  uint8
		ok   bool
	}{
		{"staff", Noun, NounGroup, true},
		{"Congress", Noun, NounGroup, true},
		{"congress", Noun, 0, false},
		{"march", Noun, 0, false},
		{"walk", Verb, VerbMotion, true},
		{"quickly", Noun, 0, false},
	} {
		s, ok := lx.TopSense(c.form, c.p)
		if ok != c.ok || ok && (s.Lex != c.lex || s.Rank != 0) {
			t.Errorf("TopSense(%q, %c) = file %d rank %d (%v), want file %d (%v)", c.form, c.p, s.Lex, s.Rank, ok, c.lex, c.ok)
		}
	}
	if s, ok := lx.FirstSense("congress", Noun); !ok || s.Lex != NounGroup {
		t.Errorf(`FirstSense("congress", Noun) = file %d (%v), want the group sense the form has`, s.Lex, ok)
	}
}

// TestTopSenseIsFirstSense: wherever a form carries its word's first
// sense, TopSense and FirstSense give that one sense; no form has two
// senses of Rank 0 in one part of speech (callers that skip one, an
// instance, need not look for another).
func TestTopSenseIsFirstSense(t *testing.T) {
	lx := Default()
	lx.EachForm(func(form string, ss []Sense) {
		for _, p := range []POS{Noun, Verb, Adj, Adv} {
			if n := rankZero(ss, p); n > 1 {
				t.Errorf("%q %c: %d senses of Rank 0, want at most one", form, p, n)
			}
			top, ok := lx.TopSense(form, p)
			first, found := lx.FirstSense(form, p)
			if ok && (!found || first.Synset != top.Synset) || found && first.Rank == 0 && !ok {
				t.Errorf("%q %c: TopSense %v (%v), FirstSense %v (%v)", form, p, top.Synset, ok, first.Synset, found)
			}
		}
	})
}

// rankZero counts the senses of p of Rank 0 among ss.
func rankZero(ss []Sense, p POS) int {
	n := 0
	for _, s := range ss {
		if s.POS == p && s.Rank == 0 {
			n++
		}
	}
	return n
}
