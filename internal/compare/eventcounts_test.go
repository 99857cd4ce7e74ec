package compare

import (
	"fmt"
	corroborate "github.com/corroborate/corroborate"
	"strings"
	"testing"
)

// TestOnlyCountsOfHarm: two articles' only figures of the people one
// event harmed count the same people, whatever else their sentences say;
// a second figure of that harm in an article leaves the rule out. Sentences
// written for this test.
func TestOnlyCountsOfHarm(t *testing.T) {
	cases := []struct{ name, a, b, want string }{
		{"only figures", "The blast in Velmar killed two people and injured 14, officials said.",
			"A spokeswoman at Harlow General said 20 people were wounded by the explosion.", "14/20"},
		{"a second figure", "The blast in Velmar killed two people and injured 14, officials said. In Dunmore, 6 people were injured in a fire.",
			"A spokeswoman at Harlow General said 20 people were wounded by the explosion.", ""},
	}
	for _, c := range cases {
		r := run(doc("a", "Report\n\n"+c.a, day), doc("b", "Report\n\n"+c.b, day))
		got := kinds(r.Discrepancies)
		if c.want == "" && got != "" || c.want != "" && !containsFigures(got, c.want) {
			t.Errorf("%s: want %q, got %q", c.name, c.want, got)
		}
	}
}

// wantNumberPairs runs each case's two sentences as two one-sentence
// articles and checks the number discrepancy: the figures "x/y" when want
// is set, no number discrepancy at all when it is empty.
func wantNumberPairs(t *testing.T, cases []struct{ name, a, b, want string }) {
	t.Helper()
	for _, c := range cases {
		r := run(doc("a", "Report\n\n"+c.a, day), doc("b", "Report\n\n"+c.b, day))
		if c.want == "" && strings.Contains(kinds(r.Discrepancies), "number:") || c.want != "" && !numberPair(r.Discrepancies, c.want) {
			t.Errorf("%s: want %q, got %q", c.name, c.want, kinds(r.Discrepancies))
		}
	}
}

// numberPair reports whether ds hold a number discrepancy of exactly the
// two figures given as "x/y", in either order (figures may hold spaces:
// "20 years").
func numberPair(ds []corroborate.Discrepancy, want string) bool {
	x, y, _ := strings.Cut(want, "/")
	for _, d := range ds {
		if d.Kind != "number" || len(d.Values) != 2 {
			continue
		}
		a, b := fmt.Sprint(d.Values[0].Value), fmt.Sprint(d.Values[1].Value)
		if a == x && b == y || a == y && b == x {
			return true
		}
	}
	return false
}

// containsFigures reports whether a kinds() line holds a number
// discrepancy with the two figures given as "x/y", in either order.
func containsFigures(got, want string) bool {
	x, y, _ := strings.Cut(want, "/")
	for _, f := range strings.Fields(got) {
		if f == "number:"+x+"/"+y || f == "number:"+y+"/"+x {
			return true
		}
	}
	return false
}

// TestOnlyCountsOfThing: the only counts of one specific thing in two
// articles are one fact whatever words surround them; counts of people
// are not, nor a thing counted
// twice in one article. Sentences written for this test.
func TestOnlyCountsOfThing(t *testing.T) {
	cases := []struct{ name, a, b, want string }{
		{"only counts of a thing", "Residents of Parvel reported three strong aftershocks overnight.",
			"The main shock was followed by at least five aftershocks, the institute said.", "three/at least five"},
		{"counts of people", "Residents of Parvel saw three firefighters on the roof overnight.",
			"The main shock was followed by a visit from five firefighters, the institute said.", ""},
		{"counted twice", "Residents of Parvel reported three strong aftershocks overnight. Two aftershocks hit Dorn.",
			"The main shock was followed by at least five aftershocks, the institute said.", ""},
	}
	for _, c := range cases {
		r := run(doc("a", "Report\n\n"+c.a, day), doc("b", "Report\n\n"+c.b, day))
		got := kinds(r.Discrepancies)
		if c.want == "" && got != "" || c.want != "" && !strings.Contains(got, "number:"+c.want) {
			t.Errorf("%s: want %q, got %q", c.name, c.want, got)
		}
	}
}
