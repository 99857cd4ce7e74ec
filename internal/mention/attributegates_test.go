package mention

import (
	"math/rand"
	"strings"
	"testing"

	"github.com/corroborate/corroborate/internal/text"
)

// TestAttributePatternsOnLastFields: birthLabelRe and copyrightRe asked of
// a text's last four fields, and cohortRe of its last three, answer as
// asked of the whole text (made-up texts of the patterns' words and signs,
// separators of every kind the patterns read as white space and others).
func TestAttributePatternsOnLastFields(t *testing.T) {
	words := []string{"d", "d.", "o", "o.", "b", "b.", "dob", "d.o.b.", "DOB", "D.O.B", "date", "of", "birth", "birthdate",
		"birth date", "born", "born:", ":", "-", "–", "is", "was", "©", "(c)", "(C)", "copyright", "Copyright", "2016", "1999",
		"2017-", "class", "Class", "'19", "’05", "19", "2017", "Doe", "the", "a", "on", "ſ", "\u212a",
		"class of 2017", "Class  of\t'19", "the class of ’05", "date of birth:", "D. O. B. -", "Copyright © 2016-", "(c) 2017,"}
	seps := []string{" ", " ", "  ", "\t", "\n", "\f", "\r", "", "\u00a0", ", ", "(", "-"}
	r := rand.New(rand.NewSource(36))
	matched := map[string]int{}
	for i := 0; i < 60000; i++ {
		s := madeUpText(r, words, seps, 9)
		if r.Intn(2) == 0 {
			s += words[r.Intn(len(words))] // ending in a word
		}
		for _, p := range []struct {
			name string
			re   interface{ MatchString(string) bool }
			k    int
		}{{"birthLabelRe", birthLabelRe, 4}, {"copyrightRe", copyrightRe, 4}, {"cohortRe", cohortRe, 3}} {
			want := p.re.MatchString(s)
			if got := p.re.MatchString(text.LastFields(s, p.k)); got != want {
				t.Fatalf("%s on the last %d fields of %q: %v, on the whole %v", p.name, p.k, s, got, want)
			}
			if want {
				matched[p.name]++
			}
		}
	}
	t.Logf("matches: %v", matched)
	for _, name := range []string{"birthLabelRe", "copyrightRe", "cohortRe"} {
		if matched[name] < 100 {
			t.Errorf("%s matched %d made-up texts: the draw tests too little", name, matched[name])
		}
	}
}

// TestRunOnGate: runOnRe matches no made-up word without a period, which
// notNameWords asks first.
func TestRunOnGate(t *testing.T) {
	parts := []string{"Doe", "said", "He", "ab", "A", "x", ".", "..", "’", "-", "Jr", "St", "é", "\u212a"}
	r := rand.New(rand.NewSource(36))
	matched := 0
	for i := 0; i < 40000; i++ {
		w := madeUpText(r, parts, []string{""}, 5)
		if runOnRe.MatchString(w) {
			matched++
			if strings.IndexByte(w, '.') < 0 {
				t.Fatalf("runOnRe matches %q, which holds no period", w)
			}
		}
	}
	if matched < 100 {
		t.Fatalf("only %d made-up words matched: the draw tests too little", matched)
	}
}
