package compare

import (
	"strings"
	"testing"
)

// Sentences written for this test (no data set's wording).

// TestItDoerYears: a year and a month with its year of one act are one
// fact when one article names the organisation that did it and the other
// refers to it by "it", the subject of a catenative verb whose infinitive
// is the act ("it was compelled to appeal"); an "it" whose nearest organisation
// is another, or with a nearer thing it may name ("bought a small mill"),
// leaves the two apart.
func TestItDoerYears(t *testing.T) {
	cases := []struct {
		name string
		docs []string
		want string // "" for no date discrepancy
	}{
		{"it: the organisation named before",
			[]string{
				"Looms idle\n\nHadley Looms Ltd. appealed to the state in March 1971.",
				"Looms idle\n\nHadley Looms Ltd. wove wool blankets for export. In 1969, it was compelled to appeal to the state.",
			},
			"In 1969"},
		{"he: a catenative and an infinitive",
			[]string{
				"Mill case\n\nAnders Kvale resigned from the mill board in June 1990.",
				"Mill case\n\nAnders Kvale ran the mill for a decade. In 1992, he was pressed to resign from the mill board.",
			},
			"1992"},
		{"it: a nearer thing",
			[]string{
				"Looms idle\n\nHadley Looms Ltd. appealed to the state in March 1971.",
				"Looms idle\n\nHadley Looms Ltd. bought a small mill in the hills. In 1969, it appealed to the state.",
			},
			""},
		{"it: a nearer thing after a possessive",
			[]string{
				"Looms idle\n\nHadley Looms Ltd. appealed to the state in March 1971.",
				"Looms idle\n\nHadley Looms Ltd. sold its small mill in the hills. In 1969, it appealed to the state.",
			},
			""},
		{"it: a possessive before a plural is no nearer thing",
			[]string{
				"Looms idle\n\nHadley Looms Ltd. appealed to the state in March 1971.",
				"Looms idle\n\nHadley Looms Ltd. paid their weavers well. In 1969, it was compelled to appeal to the state.",
			},
			"In 1969"},
		{"it: the organisation past a place",
			[]string{
				"Looms idle\n\nHadley Looms Ltd. appealed to the state in March 1971.",
				"Looms idle\n\nHadley Looms Ltd. wove wool in the hills. In 1969, it was compelled to appeal to the state.",
			},
			"In 1969"},
		{"it: another organisation",
			[]string{
				"Looms idle\n\nHadley Looms Ltd. appealed to the state in March 1971.",
				"Looms idle\n\nBrisk Yarn Corp. bought wool from Hadley Looms Ltd. for years. In 1969, it was compelled to appeal to the state.",
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
