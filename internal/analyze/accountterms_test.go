package analyze

import (
	"strings"
	"testing"

	"github.com/corroborate/corroborate/internal/lexicon"
)

// TestAccountTermsLeftOut: an account the wide trailing attribution reads
// ("<clause with an irregular past>, <source> said"; mention.Quote.Account)
// gives the clustering no statement words, which it was fitted without;
// the same clause with a regular finite verb group, read before accounts
// were, still does. (Sentences written for this test.)
func TestAccountTermsLeftOut(t *testing.T) {
	for _, c := range []struct {
		name, text string
		words      bool
	}{
		{"account", "The ferry left the quay at dawn with nine crew aboard, harbour officials said.", false},
		{"report", "The ferry will leave the quay at dawn with nine crew aboard, harbour officials said.", true},
	} {
		a, r := undatedCase("2024-05-04", "", c.text)
		acc := 0
		for _, q := range r.Quotes {
			if q.Account {
				acc++
			}
		}
		if want := map[bool]int{false: 1, true: 0}[c.words]; acc != want {
			t.Fatalf("%s: %d accounts read, want %d (%+v)", c.name, acc, want, r.Quotes)
		}
		f := Features(lexicon.Default(), a, r)
		got := false
		for k := range f.Terms {
			if strings.HasPrefix(k, "q:") {
				got = true
			}
		}
		if got != c.words {
			t.Errorf("%s: statement words %v, want %v (%v)", c.name, got, c.words, f.Terms)
		}
	}
}
