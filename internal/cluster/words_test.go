package cluster

import (
	"math/rand"
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/corroborate/corroborate/internal/lexicon"
)

// TestWordsAsFields: Words reads the words strings.FieldsFunc gives
// (letters, digits and hyphens) of made-up texts: letters and digits
// outside ASCII, hyphens, punctuation, upper case, a byte that is no UTF-8.
func TestWordsAsFields(t *testing.T) {
	lx := lexicon.Default()
	want := func(s string) []string {
		var out []string
		for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-' }) {
			w = strings.Trim(strings.ToLower(w), "-")
			if len(w) < 3 || lexicon.IsIndexStopword(w) || isNumeric(w) {
				continue
			}
			b := lx.Base(w, lexicon.Noun)
			if b == w {
				if v := lx.Base(w, lexicon.Verb); v != w {
					b = v
				}
			}
			if lexicon.IsIndexStopword(b) {
				continue
			}
			out = append(out, b)
		}
		return out
	}
	words := []string{"Doe", "ROE", "the", "Fires", "burned", "Mill-Road", "-", "--", "12", "3rd", "Zürich", "ÉCOLE", "naïve", "ª", "µ",
		"×", "٣٤", "ſtreet", "\u212aelvin", "\xff", "mice", "was", "a", "x-ray", "中文", "1,200", "it's"}
	seps := []string{" ", " ", "", "\t", "\n", ", ", ".", "; ", "\u00a0", "—", "'", "\"", "(", "_"}
	r := rand.New(rand.NewSource(35))
	for i := 0; i < 5000; i++ {
		var b strings.Builder
		for n := r.Intn(10); n > 0; n-- {
			b.WriteString(seps[r.Intn(len(seps))])
			b.WriteString(words[r.Intn(len(words))])
		}
		if r.Intn(2) == 0 {
			b.WriteString(seps[r.Intn(len(seps))])
		}
		s := b.String()
		if got, w := Words(lx, s), want(s); !slices.Equal(got, w) {
			t.Fatalf("Words(%q) = %q, want %q", s, got, w)
		}
	}
}
