package compare

import (
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
