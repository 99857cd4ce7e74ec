package text

import (
	"strings"
	"testing"
)

// TestMayCredit checks that the look before the credit pattern never
// rules out a credit the pattern reads: every agency name, in several
// cases, in every frame the pattern knows and in some it does not.
func TestMayCredit(t *testing.T) {
	var names []string
	for _, a := range wireAgencies {
		for _, n := range append(append([]string(nil), a.names...), a.paren...) {
			names = append(names, n, strings.ToLower(n), strings.ToUpper(n))
		}
	}
	befores := []string{"", "(", "[", "according to ", "according to the ", "the ", "The ", "x", "_", "9", "é", "Police said ", "—"}
	afters := []string{"", ")", " said", " reported", " has reported", " had said", " says.", "s said", "'s report"}
	matched := 0
	for _, n := range names {
		for _, b := range befores {
			for _, a := range afters {
				s := "On Tuesday, " + b + n + a + " it was over."
				if wireCreditRe.MatchString(s) {
					matched++
					if !mayCredit(s) {
						t.Fatalf("%q: the pattern reads a credit the look rules out", s)
					}
				}
			}
		}
	}
	if matched == 0 {
		t.Fatal("no sentence matched: the test reads nothing")
	}
	for _, s := range []string{"The council voted on Tuesday.", "Apple said the press event was over (a preview).", "A mapped route."} {
		if mayCredit(s) {
			t.Errorf("%q: names no agency, yet the pattern would be run", s)
		}
		if WireCredit(s) != "" {
			t.Errorf("%q: credited", s)
		}
	}
	if got := WireCredit("The mill burned (AP) on Tuesday."); got != "AP" {
		t.Errorf("credit: got %q, want AP", got)
	}
}
