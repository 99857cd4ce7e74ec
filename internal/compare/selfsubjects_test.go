package compare

import (
	"strings"
	"testing"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/story"
)

// TestSubjectsApart: sentences written for this test. Two counts of one
// article whose sentences open with two subjects that cannot be one
// referent are two counts; a shared name word, a person named by the
// article against "he", or an opening that is no subject read leave
// selfSameFact as it was.
func TestSubjectsApart(t *testing.T) {
	lead := "Redport City signed the striker Daniel Okafor from Valmont Athletic on Wednesday, and Fly-half Owen Kellan joined Harbour RFC."
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"He scored 21 goals in 34 league games for Valmont last season.", "Redport finished seventh in the league last season, scoring only 49 goals.", true},
		{"Kellan, 27, scored 212 points in 21 games last season.", "Harbour finished fifth last season, scoring 498 points.", true},
		// guards
		{"He scored 21 goals in 34 league games last season.", "Okafor scored 25 goals in all games last season.", false},
		{"Redport scored 49 goals last season.", "Redport City scored 52 goals in all games.", false},
		{"The team scored 49 goals last season.", "He scored 21 goals in 34 league games.", false},
		{"He scored 21 goals in 34 league games.", "She scored 19 goals in 30 games.", false},
	} {
		body := lead + " " + tc.a + " " + tc.b
		d := doc("a", "Report\n\n"+body, day)
		c := newComparer(Input{Docs: []story.Doc{d}, Merged: story.Assemble(&corroborate.Story{}, []story.Doc{d})})
		var fx, fy *fact
		facts := c.valueFacts()
		for k := range facts {
			switch {
			case strings.HasPrefix(tc.a, facts[k].sent) || facts[k].sent == tc.a:
				fx = &facts[k]
			case facts[k].sent == tc.b:
				fy = &facts[k]
			}
		}
		if fx == nil || fy == nil {
			t.Errorf("%q / %q: no facts read", tc.a, tc.b)
			continue
		}
		if got := c.subjectsApart(fx, fy); got != tc.want {
			t.Errorf("subjectsApart(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}
