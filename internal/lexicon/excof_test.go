package lexicon

import "testing"

// TestExcOfAsMap: excOf gives exc's list for every part of speech, and
// none for a letter that is no part of speech.
func TestExcOfAsMap(t *testing.T) {
	lx := Default()
	for _, p := range []POS{Noun, Verb, Adj, Adv, 's', 0} {
		got, want := lx.excOf(p), lx.exc[p]
		if len(got) != len(want) {
			t.Errorf("%q: %d exceptions, exc has %d", p, len(got), len(want))
		}
		for w, b := range want {
			if gb, ok := got[w]; !ok || gb != b {
				t.Errorf("%q %q: excOf %q %v, exc %q", p, w, gb, ok, b)
			}
		}
	}
	if len(lx.excOf(Verb)) == 0 || len(lx.excOf(Noun)) == 0 {
		t.Error("no exceptions of verbs or nouns: load did not fill excBy")
	}
}

// irregularByMap is Irregular as it read before excOf: the part of speech
// hashed into exc a look-up.
func (lx *Lexicon) irregularByMap(w string, p POS) (string, bool) {
	b, ok := lx.exc[p][w]
	if !ok || b == w || lx.Has(w, p) {
		return "", false
	}
	return b, true
}

// irregularWords are pasts, plurals, base forms and words of no list.
var irregularWords = []string{"met", "held", "took", "began", "found", "saw", "said", "walked", "feet", "children",
	"geese", "ran", "the", "harbour", "quickly", "went", "thought", "brought", "fell", "lay"}

func BenchmarkIrregular(b *testing.B) {
	lx := Default()
	for b.Loop() {
		for _, w := range irregularWords {
			lx.Irregular(w, Verb)
			lx.Irregular(w, Noun)
		}
	}
}

func BenchmarkIrregularByMap(b *testing.B) {
	lx := Default()
	for b.Loop() {
		for _, w := range irregularWords {
			lx.irregularByMap(w, Verb)
			lx.irregularByMap(w, Noun)
		}
	}
}
