package compare

import (
	"strings"
	"testing"

	"github.com/corroborate/corroborate/internal/mention"
)

// TestDateAgainstMonthOrYear: sentences written for this test. A date and
// a month or a year of the same deed by the same person, in much the same
// words, are one fact read at the coarser precision; a date of one
// person's deed and a year of another's are two.
func TestDateAgainstMonthOrYear(t *testing.T) {
	for _, tc := range []struct{ name, a, b, want string }{
		{"month", "Kiln\n\nOn June 12, 2011, the potter Anselm Varga was arrested at his kiln in the hills above Tarrow.",
			"Kiln\n\nIn August 2011, the potter Anselm Varga was arrested at his kiln in the hills above Tarrow.", "August 2011"},
		{"year", "Kiln\n\nThe potter Anselm Varga was arrested at his kiln above Tarrow on June 12, 2011 after a long inquiry.",
			"Kiln\n\nThe potter Anselm Varga was arrested at his kiln above Tarrow in 2014 after a long inquiry.", "2014"},
	} {
		if got := kinds(runUndated(tc.a, tc.b).Discrepancies); !strings.Contains(got, tc.want) {
			t.Errorf("%s: got %q, want a discrepancy with %q", tc.name, got, tc.want)
		}
	}
	same := []string{"Kiln\n\nOn June 12, 2011, the potter Anselm Varga was arrested at his kiln in the hills above Tarrow.",
		"Kiln\n\nIn June 2011, the potter Anselm Varga was arrested at his kiln in the hills above Tarrow."}
	if got := kinds(runUndated(same...).Discrepancies); got != "" {
		t.Errorf("the date's own month: got %q, want none", got)
	}
	two := []string{"Kiln\n\nOn June 12, 2011, the potter Anselm Varga was arrested at his kiln in the hills above Tarrow.",
		"Kiln\n\nHis sister Ilse Varga opened a gallery in Tarrow in 2014 with money from an aunt."}
	if got := kinds(runUndated(two...).Discrepancies); got != "" {
		t.Errorf("two people's deeds: got %q, want none", got)
	}
}

// TestDateInCoarser: a date read at a month's or a year's precision.
func TestDateInCoarser(t *testing.T) {
	date := func(norm, unit string) mention.Value {
		return mention.Value{Type: mention.VDate, Norm: norm, Unit: unit}
	}
	month := func(norm, unit string) mention.Value {
		return mention.Value{Type: mention.VMonth, Norm: norm, Unit: unit}
	}
	year := mention.Value{Type: mention.VYear, Norm: "2011"}
	for _, tc := range []struct {
		d, c   mention.Value
		ok, in bool
	}{
		{date("2011-06-12", ""), month("2011-06", ""), true, true},
		{date("2011-06-12", ""), month("2012-06", ""), true, false},
		{date("0000-06-12", "no-year"), month("2012-06", ""), true, true},
		{date("2011-06-12", ""), month("0000-07", "no-year"), true, false},
		{date("2011-06-12", ""), year, true, true},
		{date("2012-06-12", ""), year, true, false},
		{date("0000-06-12", "no-year"), year, false, false},
	} {
		d, c, ok := dateAndCoarser(tc.c, tc.d)
		if ok != tc.ok || ok && dateInCoarser(d, c) != tc.in {
			t.Errorf("%v / %v: ok %v in %v, want %v %v", tc.d.Norm, tc.c.Norm, ok, ok && dateInCoarser(d, c), tc.ok, tc.in)
		}
	}
}
