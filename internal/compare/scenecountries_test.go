package compare

import (
	"slices"
	"testing"
)

// TestDocNestCountriesAsRead checks the countries docNest reads once a
// sentence (and readDocFacts takes from it) against countriesIn asked of
// each sentence afresh.
func TestDocNestCountriesAsRead(t *testing.T) {
	d := doc("a", "Regatta\n\nForty crews rowed at a regatta in southern Portugal on Monday, the club said. "+
		"The winners flew home to Vellmark in Norway on Tuesday. "+
		"Two stands on Mill Road in the harbour district were closed.", day)
	c := newComparer(Input{})
	_, countries := c.docNest(d.Analysis)
	if len(countries) != len(d.Analysis.Sentences) {
		t.Fatalf("%d sentences' countries for %d sentences", len(countries), len(d.Analysis.Sentences))
	}
	named := 0
	for si, s := range d.Analysis.Sentences {
		want := c.countriesIn(s.Text)
		if !slices.Equal(countries[si], want) {
			t.Errorf("sentence %d: countries %v, want %v", si, countries[si], want)
		}
		named += len(want)
	}
	if named == 0 {
		t.Fatalf("no country read: the case tests nothing")
	}
}
