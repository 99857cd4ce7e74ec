package compare

import (
	"strings"
	"testing"
)

// TestCoordinatedPastDates: "arrived within minutes and found the hiker at
// about 1:20 a.m." dates the finding, as "found the hiker around 2:20
// a.m." does in another article (session 52; sentences written for this
// test).
func TestCoordinatedPastDates(t *testing.T) {
	r := run(doc("a", "Report\n\nWardens arrived within minutes and found the hiker at about 1:20 a.m. near Pell Ridge.", day),
		doc("b", "Report\n\nWardens found the hiker near Pell Ridge around 2:20 a.m.", day))
	if got := kinds(r.Discrepancies); !strings.Contains(got, "1:20") || !strings.Contains(got, "2:20") {
		t.Errorf("got %q, want the two times", got)
	}
}
