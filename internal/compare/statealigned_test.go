package compare

import (
	"strings"
	"testing"
)

// Sentences written for these tests (no data set's wording).

// TestStateTimeAligned: a clock time of a state ("were standing in the
// yard at 10:50 p.m.") is one of many moments it held, unless the other
// article tells the same sentence but for the time (two days of one state
// stay apart: TestResultingCopulaDay); a state told in other words is no
// conflict. The other words share the verb, the people and the source, so
// without the state guard in slotScore they would be one clock slot and a
// conflict: the negative case fails when the guard is gone.
func TestStateTimeAligned(t *testing.T) {
	for _, c := range []struct {
		name string
		docs []string
		want bool
	}{
		{"the same sentence but for the time",
			[]string{
				"Yard shooting\n\nFour friends were standing in the front yard at 10:50 p.m. on Elm Road, deputies said.",
				"Yard shooting\n\nFour friends were standing in the front yard at 8:50 p.m. on Elm Road, deputies said.",
			}, true},
		{"a state told in other words",
			[]string{
				"Yard shooting\n\nFour friends were standing in the front yard at 10:50 p.m. on Elm Road, deputies said.",
				"Yard shooting\n\nThe four friends were standing near the porch of a house at 8:50 p.m., deputies said.",
			}, false},
	} {
		got := kinds(runUndated(c.docs...).Discrepancies)
		if has := strings.Contains(got, "10:50 p.m.") && strings.Contains(got, "8:50 p.m."); has != c.want {
			t.Errorf("%s: got %q, want a clock conflict %v", c.name, got, c.want)
		}
	}
}
