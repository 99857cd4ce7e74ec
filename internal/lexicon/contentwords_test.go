package lexicon

import (
	"maps"
	"math/rand"
	"strings"
	"testing"
	"unicode"
)

// TestContentWordsAsFields: ContentWords reads the words strings.FieldsFunc
// gives of the lower-case text (made-up texts: letters outside ASCII,
// digits, hyphens, punctuation, upper case, a byte that is no UTF-8).
func TestContentWordsAsFields(t *testing.T) {
	lx := Default()
	want := func(s string) map[string]bool {
		out := map[string]bool{}
		for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
			return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '-' || r > 127 && unicode.IsLetter(r))
		}) {
			if len(w) < 3 || stopwords[w] {
				continue
			}
			b := lx.Base(w, Noun)
			if b == w {
				b = lx.Base(w, Verb)
			}
			out[b] = true
		}
		return out
	}
	words := []string{"Doe", "ROE", "the", "fires", "burned", "Mill-Road", "-", "--", "12", "3rd", "Zürich", "ÉCOLE", "naïve", "İstanbul",
		"ſtreet", "\u212aelvin", "\xff", "mice", "was", "running", "a", "x-ray", "café", "中文", "1,200", "it's"}
	seps := []string{" ", " ", "", "\t", "\n", ", ", ".", "; ", "\u00a0", "—", "'", "\"", "(", ")"}
	r := rand.New(rand.NewSource(35))
	for i := 0; i < 5000; i++ {
		var b strings.Builder
		n := r.Intn(10)
		if i%50 == 0 {
			n = 40 + r.Intn(40) // past the words ContentWords gathers on its stack
		}
		for ; n > 0; n-- {
			b.WriteString(seps[r.Intn(len(seps))])
			b.WriteString(words[r.Intn(len(words))])
		}
		if r.Intn(2) == 0 {
			b.WriteString(seps[r.Intn(len(seps))])
		}
		s := b.String()
		if got, w := lx.ContentWords(s), want(s); !maps.Equal(got, w) {
			t.Fatalf("ContentWords(%q) = %v, want %v", s, got, w)
		}
	}
}

// TestContentWordsMadeOnce: the map of a sentence of twenty content words
// is made for them at once: four allocations (a map of more than eight
// keys, its directory, table and groups); grown word by word it took
// seven (the small map and two tables thrown away as it grew).
func TestContentWordsMadeOnce(t *testing.T) {
	lx := Default()
	s := "inspectors found cracks along the northern bridge after heavy trucks crossed during winter storms while engineers measured steel cables beside concrete towers near harbor cranes and ferries"
	lx.ContentWords(s) // the words' bases remembered
	if n := len(lx.ContentWords(s)); n < 20 {
		t.Fatalf("%d content words, want 20 or more", n)
	}
	if a := testing.AllocsPerRun(100, func() { lx.ContentWords(s) }); a > 4 {
		t.Errorf("ContentWords allocates %.0f times, want at most 4", a)
	}
}
