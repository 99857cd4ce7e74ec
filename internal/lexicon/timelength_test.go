package lexicon

import (
	"strings"
	"testing"
)

// TestLengthOfTimeWords: LengthOfTime answers a word that is not among
// the listed candidates (findTimeLengths) without looking it up; the
// answer must be the looked-up one for every WordNet form, in lower and
// in title case, with each of Base's noun endings put on, and for every
// word of the noun exception list.
func TestLengthOfTimeWords(t *testing.T) {
	lx := Default()
	var words []string
	for k := range plainForms(lx) {
		w := strings.ToLower(k)
		words = append(words, w, strings.ToUpper(w[:1])+w[1:])
		for _, r := range nounRules {
			if strings.HasSuffix(w, r[1]) {
				words = append(words, w[:len(w)-len(r[1])]+r[0])
			}
		}
	}
	for w := range lx.exc[Noun] {
		words = append(words, w)
	}
	words = append(words, "days", "Hours", "centuries", "weeks", "minutes", "fortnights", "", " year", "week ")
	yes := 0
	for _, w := range words {
		got, want := lx.LengthOfTime(w), lx.lengthOfTime(w)
		if got != want {
			t.Errorf("LengthOfTime(%q) = %v, looked up %v", w, got, want)
		}
		if want {
			yes++
		}
	}
	if yes < 50 {
		t.Errorf("%d lengths of time among %d words: the check tests little", yes, len(words))
	}
	for _, w := range []string{"year", "days", "Hours", "centuries", "weeks"} {
		if !lx.LengthOfTime(w) {
			t.Errorf("%q is a length of time", w)
		}
	}
	for _, w := range []string{"police", "fire", "yesterday", "the"} {
		if lx.LengthOfTime(w) {
			t.Errorf("%q is no length of time", w)
		}
	}
}
