package compare

import "testing"

// TestOpeningTitles: sentences written for these tests. A title that opens
// a sentence before a name ("Finance Minister Ana Roe said") or in a
// preposed apposition ("The assistant coach, Ivo Marsh, was") gives the
// person an office as a title after the name does; two offices that cannot
// both be right are a discrepancy. Guards: a title and its short form, an
// office named two ways, a former office, an apposition the name does not
// close.
func TestOpeningTitles(t *testing.T) {
	found := []struct{ name, x, y, want string }{
		{"a title at a sentence's start against a deputy's",
			"Levy\n\nCulture Minister Oskar Rennick said on Tuesday that museum fees would be dropped next spring.",
			"Levy\n\nMuseum fees will be dropped next spring, Deputy Culture Minister Oskar Rennick said on Tuesday.",
			"other:Culture Minister/Deputy Culture Minister"},
		{"a preposed apposition against a title before the name",
			"Rowing\n\nThe assistant coach, Benedek Sarro, was let go on Monday after the crew finished last at the regatta.",
			"Rowing\n\nHead coach Benedek Sarro was let go on Monday after the crew finished last at the regatta.",
			"other:assistant coach/Head coach"},
		{"a second's word joined by a hyphen",
			"Orchard\n\nThe vice-governor, Teodor Blanck, planted the first of 900 apple trees on Sunday.",
			"Orchard\n\nGovernor Teodor Blanck planted the first of 900 apple trees on Sunday.",
			"other:vice-governor/Governor"},
	}
	for _, tc := range found {
		r := run(doc("a", tc.x, day), doc("b", tc.y, day))
		if got := kinds(r.Discrepancies); got != tc.want {
			t.Errorf("%s: got %q, want %q", tc.name, got, tc.want)
		}
	}
	quiet := []struct{ name, x, y string }{
		{"a title and its short form",
			"Trams\n\nHousing Minister Greta Wollan opened forty new flats on Saturday.",
			"Trams\n\nMinister Greta Wollan said on Saturday the forty flats were the first of many."},
		{"one office named two ways",
			"Branches\n\nThe insurer's chief executive, Piet Largo, said on Wednesday that 30 offices would close.",
			"Branches\n\nThe insurer's boss, Piet Largo, said on Wednesday that 30 offices would close."},
		{"a former office",
			"Levy\n\nFormer Culture Minister Oskar Rennick said on Tuesday that museum fees should be dropped.",
			"Levy\n\nMuseum fees should be dropped, Deputy Culture Minister Oskar Rennick said on Tuesday."},
		{"a then- office joined by a hyphen (readA56)",
			"Club\n\nThen-assistant coach Ivo Marsh was in charge of the side when the club won the cup in 2019.",
			"Club\n\nAssistant coach Ivo Marsh was sacked on Monday, the club said."},
		{"an apposition the name does not close",
			"Rowing\n\nThe assistant coach, Benedek Sarro and two rowers were honoured on Monday.",
			"Rowing\n\nHead coach Benedek Sarro was honoured on Monday with two rowers."},
	}
	for _, tc := range quiet {
		r := run(doc("a", tc.x, day), doc("b", tc.y, day))
		if got := kinds(r.Discrepancies); got != "" {
			t.Errorf("%s: got %q, want none", tc.name, got)
		}
	}
}
