package compare

import (
	"strings"
	"testing"
)

// TestDistanceFromOnePlace: a distance is about the place it is measured
// from, named or not, however the two sentences are worded; the rounding
// slack of a conversion is allowed only between two units. Sentences
// written for this test.
func TestDistanceFromOnePlace(t *testing.T) {
	cases := []struct{ name, a, b, want string }{
		{"named place", "The trawler sank 9 nautical miles off Quarrow after a storm.",
			"Divers reached the wreck, which lies 12 nautical miles off Quarrow, at noon.", "9 nautical miles/12 nautical miles"},
		{"common noun", "A sniper fired from a tower 150 yards from the depot.",
			"Investigators said the rifle was found 240 yards away from the depot.", "150 yards/240 yards"},
		{"one unit, hedged", "The blast was felt 60 kilometres north of Delvin.",
			"Windows shook about 80 kilometres north of Delvin.", "60 kilometres/about 80 kilometres"},
		{"heights of two players", "Quinlan Marsh, the 6-foot-8 centre, led Ardley with 22 points.",
			"Quinlan Marsh scored over 7-foot-1 Ewan Dorsey to lead Ardley.", ""},
		{"a conversion agrees", "The blast was felt 60 kilometres north of Delvin.",
			"Windows shook 37 miles north of Delvin.", ""},
	}
	for _, c := range cases {
		r := run(doc("a", "Report\n\n"+c.a, day), doc("b", "Report\n\n"+c.b, day))
		if got := kinds(r.Discrepancies); c.want == "" && got != "" || c.want != "" && got != "number:"+c.want && !strings.HasSuffix(got, " number:"+c.want) {
			t.Errorf("%s: want %q, got %q", c.name, c.want, got)
		}
	}
}
