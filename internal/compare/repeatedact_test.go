package compare

import (
	"strings"
	"testing"

	"github.com/corroborate/corroborate/internal/lexicon"
)

// Sentences written for this test (no data set's wording).

// TestRepeatedAct: a verb with the prefix re- tells the act again, a
// second happening, so a year of "reappeared" and a year of "appeared"
// are two facts even of one named doer; the same verb twice stays one.
func TestRepeatedAct(t *testing.T) {
	first := "Gallery\n\nIn 1994, Ada Voss appeared on the cover of a travel magazine, her first paid work as a model."
	r := runDated(first,
		"Gallery\n\nAda Voss reappeared on the cover of a travel magazine in 2006, after a decade away from the cameras.")
	if got := kinds(r.Discrepancies); strings.Contains(got, "2006") {
		t.Errorf("an appearance and a reappearance: got %q, want no year conflict", got)
	}
	r = runDated(first,
		"Gallery\n\nAda Voss appeared on the cover of a travel magazine in 1996, her first paid work as a model.")
	if got := kinds(r.Discrepancies); !strings.Contains(got, "1996") {
		t.Errorf("one appearance: got %q, want In 1994/in 1996", got)
	}
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"reappear", "appear", true},
		{"re-elect", "elect", true},
		{"appear", "reappear", false},
		{"read", "ad", false},
	} {
		if got := repeatedAct(c.a, c.b); got != c.want {
			t.Errorf("repeatedAct(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}

// TestRepeatedActSynonym: a word that only looks prefixed by re- and that
// WordNet puts in one synset with its rest ("resolve" / "solve") is no
// second happening: the two verbs are read as any other pair; a true re-
// form stays apart.
func TestRepeatedActSynonym(t *testing.T) {
	c := &comparer{lx: lexicon.Default()}
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"resolve", "solve", true},
		{"solve", "resolve", true},
		{"reappear", "appear", false},
		{"reopen", "open", false},
	} {
		if got := c.closeVerbs(tc.a, tc.b); got != tc.want {
			t.Errorf("closeVerbs(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}
