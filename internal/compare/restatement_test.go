package compare

import (
	"strings"
	"testing"
)

// TestRestatedValueJoins: an article that gives a toll twice, hedged ("at
// least 40 injured") and plain ("40 were injured"), conflicts with another
// article's 90 through its plain figure, though the hedged one, compatible
// with 90, wins the pairing. Sentences written for this test.
func TestRestatedValueJoins(t *testing.T) {
	a := "Ferry fire\n\nThe ferry fire killed six people and injured 90 on Tuesday, the coast guard said."
	b := "Ferry fire\n\nSix people were killed and at least 40 injured when the ferry caught fire on Tuesday.\n\nA harbour official said 40 were injured."
	got := kinds(runUndated(a, b).Discrepancies)
	if !strings.Contains(got, "number:") || !strings.Contains(got, "90") || !strings.Contains(got, "40") {
		t.Errorf("got %q, want the injured 90 / 40", got)
	}
	// Without the plain figure, the hedged one agrees: no discrepancy.
	c := "Ferry fire\n\nSix people were killed and at least 40 injured when the ferry caught fire on Tuesday."
	if got := kinds(runUndated(a, c).Discrepancies); strings.Contains(got, "90") {
		t.Errorf("got %q, want no discrepancy of the injured", got)
	}
}
