package lexicon

import (
	"strconv"
	"testing"
)

// TestBaseMemo checks that Base's remembered answers are what base works
// out, asked once and asked again, and that the memo stays bounded.
func TestBaseMemo(t *testing.T) {
	lx := Default()
	words := []string{"stopped", "Geese", "ferries", "running", "pass", "bigger", "Unknownish", "men", "was"}
	for _, p := range []POS{Noun, Verb, Adj, Adv} {
		for _, w := range words {
			want := lx.base(w, p)
			for range 2 {
				if got := lx.Base(w, p); got != want {
					t.Errorf("Base(%q, %c) = %q, want %q", w, p, got, want)
				}
			}
		}
	}
	// More new words than the memo holds: it forgets and starts again.
	for i := range baseMemoSize + 10 {
		lx.Base("zq"+strconv.Itoa(i)+"x", Noun)
	}
	lx.bases.Lock()
	n := lx.bases.n
	lx.bases.Unlock()
	if n > baseMemoSize {
		t.Errorf("memo holds %d answers, more than %d", n, baseMemoSize)
	}
}
