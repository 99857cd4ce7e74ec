package compare

import (
	"strings"
	"testing"
)

// Sentences written for this test (no data set's wording).

// TestItDoerYears: a year and a month with its year of one act are one
// fact when one article names the organisation that did it and the other
// refers to it by "it", the subject of a catenative verb whose infinitive
// is the act ("it was forced to file"); an "it" whose nearest organisation
// is another leaves the two apart.
func TestItDoerYears(t *testing.T) {
	cases := []struct {
		name string
		docs []string
		want string // "" for no date discrepancy
	}{
		{"it: the organisation named before",
			[]string{
				"Dairy closes\n\nOrvik Creamery Inc. filed for bankruptcy in November 1986.",
				"Dairy closes\n\nOrvik Creamery Inc. sold milk in the valley for decades. In 1984, it was forced to file for bankruptcy.",
			},
			"In 1984"},
		{"he: a catenative and an infinitive",
			[]string{
				"Mill case\n\nAnders Kvale resigned from the mill board in June 1990.",
				"Mill case\n\nAnders Kvale ran the mill for a decade. In 1992, he was forced to resign from the mill board.",
			},
			"1992"},
		{"it: another organisation",
			[]string{
				"Dairy closes\n\nOrvik Creamery Inc. filed for bankruptcy in November 1986.",
				"Dairy closes\n\nTalmo Foods Corp. bought milk from Orvik Creamery Inc. for decades. In 1984, it was forced to file for bankruptcy.",
			},
			""},
	}
	for _, c := range cases {
		got := kinds(runUndated(c.docs...).Discrepancies)
		if c.want == "" && strings.Contains(got, "date:") || c.want != "" && !strings.Contains(got, c.want) {
			t.Errorf("%s: got %q, want %q", c.name, got, c.want)
		}
	}
}
