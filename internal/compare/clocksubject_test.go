package compare

import (
	"strings"
	"testing"
)

// TestOneThingSubjects: articles written for this test. The only clock
// times of two articles, of close verbs whose subjects are one thing told
// by a noun and a more general one ("the jet" / "the aircraft"), are one
// moment; two things beside each other under one parent ("the car" / "the
// lorry") and a general noun are not read so.
func TestOneThingSubjects(t *testing.T) {
	found := []struct{ name, a, b, want string }{
		{"the jet landed / the aircraft touched down",
			"Jet returns\n\nA jet bound for Oporto returned to Kelby airport on Saturday after a warning light came on.\n\nThe jet landed at 4:40 p.m., an airport spokeswoman said.",
			"Flight back\n\nA flight to Oporto turned back to Kelby on Saturday.\n\nThe aircraft touched down at 7:40 p.m. and was met by fire engines.",
			"date:4:40 p.m./7:40 p.m."},
		{"the plane departed / the aircraft left",
			"Charter\n\nA charter plane carrying a football team to Rennick was grounded for six hours on Friday.\n\nThe plane finally departed at 11:20 p.m., the club said.",
			"Team delayed\n\nThe Harwick squad's trip to Rennick was held up by a fault on Friday.\n\nThe aircraft left at 9:20 p.m. with the players on board.",
			"date:11:20 p.m./9:20 p.m."},
	}
	for _, tc := range found {
		if got := kinds(run(doc("a", tc.a, day), doc("b", tc.b, day)).Discrepancies); !strings.Contains(got, tc.want) {
			t.Errorf("%s: got %q, want %q", tc.name, got, tc.want)
		}
	}
	none := []struct{ name, a, b string }{
		{"a car and a lorry are two things",
			"Crash\n\nA car and a lorry were damaged on the Orm bypass on Monday.\n\nThe car stopped at 7:45 a.m., police said.",
			"Bypass\n\nTraffic was held up on the Orm bypass on Monday.\n\nThe lorry stopped at 8:15 a.m. near the junction."},
		{"a man and a woman are general nouns",
			"Rescue\n\nTwo swimmers were brought ashore at Selcombe on Sunday.\n\nThe man arrived at 3:10 p.m., the coastguard said.",
			"Beach\n\nLifeguards at Selcombe were busy on Sunday.\n\nThe woman arrived at 4:30 p.m. with her children."},
		// readB56: an indefinite determiner introduces another thing
		// (§5.16), and a noun after a preposition is no subject's head
		// (§9.1).
		{"another plane is not the aircraft",
			"Diverted\n\nA jet bound for Oporto was diverted to Kelby on Saturday.\n\nAnother plane landed at 5:10 p.m. to carry passengers on.",
			"Kelby diversion\n\nA flight to Oporto was diverted to Kelby on Saturday.\n\nThe aircraft landed at 4:40 p.m., the airport said."},
		{"passengers on the plane are not the plane",
			"Diverted\n\nA flight to Oporto was sent to Kelby on Saturday after a bomb threat.\n\nPassengers on the plane arrived at 7:30 p.m. by coach at a hotel.",
			"Bomb hoax\n\nA hoax call grounded an Oporto-bound flight on Saturday.\n\nThe aircraft arrived at 4:40 p.m. at a remote stand."},
	}
	for _, tc := range none {
		if got := kinds(run(doc("a", tc.a, day), doc("b", tc.b, day)).Discrepancies); strings.Contains(got, "date:") {
			t.Errorf("%s: got %q, want no time discrepancy", tc.name, got)
		}
	}
	c := newComparer(Input{})
	for _, p := range [][2]string{{"jet", "aircraft"}, {"plane", "aircraft"}, {"ferry", "vessel"}} {
		if !c.nounWithin(p[0], p[1]) {
			t.Errorf("nounWithin(%q, %q) = false, want true", p[0], p[1])
		}
	}
	for _, p := range [][2]string{{"car", "lorry"}, {"aircraft", "jet"}, {"ferry", "ship"}} {
		if c.nounWithin(p[0], p[1]) {
			t.Errorf("nounWithin(%q, %q) = true, want false", p[0], p[1])
		}
	}
}
