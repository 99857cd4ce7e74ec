package lexicon

import (
	"slices"
	"testing"
)

func TestUnder(t *testing.T) {
	lx := Default()
	falsehood := lx.SensesIn("falsehood", Noun, NounCommunication)
	deny := lx.SynsetIDs("deny", Verb)
	for _, c := range []struct {
		word    string
		p       POS
		anchors []uint32
		want    bool
	}{
		{"pretext", Noun, falsehood, true},
		{"lie", Noun, falsehood, true},
		{"report", Noun, falsehood, false},
		{"deny", Verb, deny, true},
		{"confirm", Verb, deny, false},
	} {
		if got := lx.Under(c.word, c.p, c.anchors, 3); got != c.want {
			t.Errorf("Under(%q) = %v, want %v", c.word, got, c.want)
		}
	}
}

// TestUnderKeepsPartOfSpeech walks up from every synset whose offset is
// shared with a synset of another part of speech (WordNet numbers synsets
// by byte offset per data file, so a noun and a verb can share one): the
// walk must follow the synset's own hypernyms. Keyed by offset alone, the
// hypernym index gave a shared offset the hypernyms of whichever synset the
// forms map yielded first, so Under's answers changed from run to run.
func TestUnderKeepsPartOfSpeech(t *testing.T) {
	lx := Default()
	posOf := map[uint32]map[POS]bool{}
	lx.EachForm(func(_ string, ss []Sense) {
		for _, s := range ss {
			if posOf[s.Synset] == nil {
				posOf[s.Synset] = map[POS]bool{}
			}
			posOf[s.Synset][s.POS] = true
		}
	})
	shared, bad := 0, 0
	lx.EachForm(func(form string, ss []Sense) {
		for _, s := range ss {
			if len(posOf[s.Synset]) < 2 || len(s.Hypernyms) == 0 {
				continue
			}
			shared++
			if got := lx.hypernymsOf(s.POS, s.Synset); !slices.Equal(got, s.Hypernyms) {
				bad++
				if bad <= 5 {
					t.Errorf("hypernymsOf(%c, %d) (%s) = %v, want %v", s.POS, s.Synset, form, got, s.Hypernyms)
				}
			}
			if !lx.SynsetUnder(s.Synset, s.POS, s.Hypernyms[:1], 1) {
				bad++
				if bad <= 5 {
					t.Errorf("SynsetUnder(%c %d (%s), its hypernym %d) = false", s.POS, s.Synset, form, s.Hypernyms[0])
				}
			}
		}
	})
	if shared == 0 {
		t.Fatal("no synset offset is shared by two parts of speech: the test checks nothing")
	}
	if bad > 0 {
		t.Errorf("%d wrong walks from %d senses with a shared offset", bad, shared)
	}
}

// TestHyponymCountsKeepPartOfSpeech checks the direct-hyponym counts that
// Related uses to call a parent narrow: counted by part of speech and
// offset, a verb synset and a noun synset that share an offset do not add
// up each other's children, and every synset with children is counted once.
func TestHyponymCountsKeepPartOfSpeech(t *testing.T) {
	lx := Default()
	want := map[synsetKey]int{}
	seen := map[synsetKey]bool{}
	offPOS := map[uint32]map[POS]bool{}
	lx.EachForm(func(_ string, ss []Sense) {
		for _, s := range ss {
			if offPOS[s.Synset] == nil {
				offPOS[s.Synset] = map[POS]bool{}
			}
			offPOS[s.Synset][s.POS] = true
			k := synsetKey{s.POS, s.Synset}
			if seen[k] {
				continue
			}
			seen[k] = true
			for _, h := range s.Hypernyms {
				want[synsetKey{s.POS, h}]++
			}
		}
	})
	checked := 0
	for k, n := range want {
		if len(offPOS[k.off]) < 2 {
			continue
		}
		checked++
		if got := lx.synsets.kids(k.id()); got != n {
			t.Errorf("hyponyms of %c %d = %d, want %d", k.pos, k.off, got, n)
		}
	}
	if checked == 0 {
		t.Fatal("no parent synset shares its offset with another part of speech: the test checks nothing")
	}
}

// TestInstanceUnder: proper nouns are instances of a class (WordNet's
// instance hypernyms), read apart from the synset tree.
func TestInstanceUnder(t *testing.T) {
	lx := Default()
	country := lx.SynsetIDs("country", Noun)
	for _, tc := range []struct {
		form string
		want bool
	}{
		{"Iran", true},
		{"France", true},
		{"China", true},
		{"Tehran", false}, // a city
		{"iran", false},   // case matters: the extract writes names capitalised
		{"country", false},
		{"Einstein", false},
	} {
		if got := lx.InstanceUnder(tc.form, country, 3); got != tc.want {
			t.Errorf("InstanceUnder(%q, country, 3) = %v, want %v", tc.form, got, tc.want)
		}
	}
	// Instances stay out of the synset tree: France is under nothing.
	if lx.Under("France", Noun, country, 8) {
		t.Error(`Under("France", country) = true: an instance's class is not its hypernym`)
	}
}
