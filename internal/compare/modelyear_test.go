package compare

import (
	"strings"
	"testing"
)

// Sentences written for this test (no data set's wording).

// TestModelYearKeyedByThing: a year that classifies a made thing ("a
// 2019 Kestrel Ranger") dates the thing, not its clause's verb: two
// articles' model years of one make and model, told of one person, are
// the thing's year whatever verbs their clauses tell ("parked" /
// "rammed"). Two cars of two people stay apart, and a year that dates a
// clause ("in 2019") keeps its verb.
func TestModelYearKeyedByThing(t *testing.T) {
	r := runDated(
		"Gate crash\n\nDeputies said Ivo Marsh rammed the depot gate in a 2019 Kestrel Ranger before fleeing on foot.",
		"Gate crash\n\nIvo Marsh had parked a 2016 Kestrel Ranger behind the depot, deputies said.")
	if got := kinds(r.Discrepancies); !strings.Contains(got, "2019/2016") && !strings.Contains(got, "2016/2019") {
		t.Errorf("one man's car: got %q, want the model years 2019/2016 in conflict", got)
	}
	r = runDated(
		"Depot sale\n\nIvo Marsh bought the depot in 2019 from the county.",
		"Depot sale\n\nIvo Marsh repainted the depot in 2016, deputies said.")
	if got := kinds(r.Discrepancies); strings.Contains(got, "2019") {
		t.Errorf("a buying and a repainting: got %q, want no year conflict", got)
	}
}
