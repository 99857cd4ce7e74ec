package compare

import (
	"strings"
	"testing"
)

// TestMoreOfACountCompared: "wounded two others" and "wounded a third" after
// the same count of the dead are two tolls of the wounded.
func TestMoreOfACountCompared(t *testing.T) {
	got := kinds(runUndated(
		"Depot shooting\n\nA dismissed driver opened fire at the bus depot, killing two mechanics and wounding two others, police said.",
		"Depot shooting\n\nA dismissed driver opened fire at the bus depot, killing two mechanics and critically wounding a third, police said.",
	).Discrepancies)
	if !strings.Contains(got, "number:two/a third") && !strings.Contains(got, "number:a third/two") {
		t.Errorf("got %q, want the wounded two others / a third", got)
	}
}
