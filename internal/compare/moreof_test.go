package compare

import (
	"strings"
	"testing"
)

// TestMoreOfACountCompared: "injuring two others" and "injuring a third"
// after the same count of the trapped are two tolls of the injured.
func TestMoreOfACountCompared(t *testing.T) {
	got := kinds(runUndated(
		"Mine collapse\n\nA tunnel roof gave way at the slate mine, trapping two miners and injuring two others, the rescue service said.",
		"Mine collapse\n\nA tunnel roof gave way at the slate mine, trapping two miners and badly injuring a third, the rescue service said.",
	).Discrepancies)
	if !strings.Contains(got, "number:two/a third") && !strings.Contains(got, "number:a third/two") {
		t.Errorf("got %q, want the injured two others / a third", got)
	}
}

// TestCompoundPersonNoun: a count of "co-workers" and one of "workers" of
// one event count one noun; a count of another noun does not.
func TestCompoundPersonNoun(t *testing.T) {
	a := "Mine collapse\n\nThe falling roof injured three co-workers at the slate mine on Monday, the rescue service said."
	if got := kinds(runUndated(a, "Mine collapse\n\nThe falling roof injured four workers at the slate mine on Monday, the rescue service said.").Discrepancies); !strings.Contains(got, "number:three/four") && !strings.Contains(got, "number:four/three") {
		t.Errorf("co-workers / workers: got %q, want three/four", got)
	}
	if got := kinds(runUndated(a, "Mine collapse\n\nThe falling roof injured four ponies at the slate mine on Monday, the rescue service said.").Discrepancies); strings.Contains(got, "number:") {
		t.Errorf("co-workers / ponies: got %q, want none", got)
	}
}

// TestHarmedAlike: two counts of people harmed, one by "wounding" and one
// by "injuring", of one noun or its hyphenated compound, are one toll; two
// counts of a thing under synonym verbs of another kind ("hurled" /
// "threw") are not joined on the verbs alone.
func TestHarmedAlike(t *testing.T) {
	got := kinds(runUndated(
		"Depot shooting\n\nA former driver opened fire at the bus depot, killing two workers and wounding two others, officers said.",
		"Depot shooting\n\nThe gunman is accused of killing two co-workers and badly injuring a third at the depot, officers said.",
	).Discrepancies)
	if !strings.Contains(got, "number:two/a third") && !strings.Contains(got, "number:a third/two") {
		t.Errorf("got %q, want the wounded two others / a third", got)
	}
	got = kinds(runUndated(
		"Depot protest\n\nLater that night about 100 students hurled rocks at the depot gates near the square.",
		"Depot protest\n\nThe boy was among a group of 30 students who had thrown bottles at a bus earlier in the week.",
	).Discrepancies)
	if strings.Contains(got, "number:") {
		t.Errorf("got %q, want no count of students compared", got)
	}
}
