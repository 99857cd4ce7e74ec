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

// TestCompoundPersonNoun: a count of "co-workers" and one of "workers" of
// one event count one noun; a count of another noun does not.
func TestCompoundPersonNoun(t *testing.T) {
	a := "Depot shooting\n\nThe dismissed driver shot three co-workers at the bus depot on Monday, police said."
	if got := kinds(runUndated(a, "Depot shooting\n\nThe dismissed driver shot four workers at the bus depot on Monday, police said.").Discrepancies); !strings.Contains(got, "number:three/four") && !strings.Contains(got, "number:four/three") {
		t.Errorf("co-workers / workers: got %q, want three/four", got)
	}
	if got := kinds(runUndated(a, "Depot shooting\n\nThe dismissed driver shot four passengers at the bus depot on Monday, police said.").Discrepancies); strings.Contains(got, "number:") {
		t.Errorf("co-workers / passengers: got %q, want none", got)
	}
}
