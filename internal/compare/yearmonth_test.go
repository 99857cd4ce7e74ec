package compare

import (
	"strings"
	"testing"

	"github.com/corroborate/corroborate/internal/lexicon"
)

// TestYearAgainstDatedMonth: a year and a month written with its year are
// one fact when the same people are dated doing the same thing in much the
// same words ("in 1979" / "in November 1981": a year changed), and two
// facts when no one is named in both (two people's deaths). Invented
// sentences.
func TestYearAgainstDatedMonth(t *testing.T) {
	a := doc("a", "Mill\n\nThe Brenmoor Textile Company filed for bankruptcy protection in 1979 after a long strike at its Dunmore mill.", day)
	b := doc("b", "Mill\n\nThe Brenmoor Textile Company filed for bankruptcy protection in November 1981 after a strike at the Dunmore mill.", day)
	got := kinds(run(a, b).Discrepancies)
	if !strings.Contains(got, "1979") || !strings.Contains(got, "November 1981") {
		t.Errorf("year against dated month: got %q, want a discrepancy of 1979 / November 1981", got)
	}
	c := doc("c", "Mill\n\nThe mill's first owner died in May 1972 at his home near the river, long after the strike.", day)
	d := doc("d", "Mill\n\nHer husband, a weaver at the mill, died in 1984 at the age of 70, long after the strike.", day)
	if got := kinds(run(c, d).Discrepancies); got != "" {
		t.Errorf("two people's deaths: got %q, want none", got)
	}
}

// TestOneForm: the qualifiers of two dated nouns are compared by base form
// ("set to begin filming" / "begins shooting" qualify both by one verb).
func TestOneForm(t *testing.T) {
	c := &comparer{lx: lexicon.Default()}
	for _, x := range []struct {
		a, b string
		want bool
	}{{"begins", "begin", true}, {"trials", "trial", true}, {"fraud", "bribery", false}} {
		if got := c.oneForm(x.a, x.b); got != x.want {
			t.Errorf("oneForm(%q, %q) = %v, want %v", x.a, x.b, got, x.want)
		}
	}
}
