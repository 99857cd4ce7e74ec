package compare

import (
	"strings"
	"testing"

	"github.com/corroborate/corroborate/internal/text"
)

// Sentences written for these tests (no data set's wording).

// TestPronounDoerDates: a month and a day of one act are one fact when one
// article names the doer and the other refers to him by a pronoun after
// a fronted date, or when the act is told by a verb of saying with an
// adjective complement ("pleaded guilty"); a pronoun naming someone else
// leaves the two dates apart.
func TestPronounDoerDates(t *testing.T) {
	cases := []struct {
		name string
		docs []string
		want string // "" for no date discrepancy
	}{
		{"fronted day, pronoun doer",
			[]string{
				"Fund case\n\nMr. Tobin Harle was convicted of fraud in March 1991.",
				"Fund case\n\nTobin Harle ran the fund for a decade. On April 12, 1991, he was convicted of one count of fraud and began helping prosecutors.",
			},
			"date:in March 1991/April 12, 1991"},
		{"pleaded guilty: a verb of saying with an adjective complement",
			[]string{
				"Fund case\n\nMr. Tobin Harle pleaded guilty to fraud in March 1991.",
				"Fund case\n\nTobin Harle ran the fund for a decade. On April 12, 1991, he pleaded guilty to one count of fraud and began helping prosecutors.",
			},
			"date:in March 1991/April 12, 1991"},
		{"the pronoun names another person",
			[]string{
				"Fund case\n\nMr. Tobin Harle was convicted of fraud in March 1991.",
				"Fund case\n\nTobin Harle ran the fund with Greta Voss. On April 12, 1991, she was convicted of one count of fraud and began helping prosecutors.",
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

// TestPredicativeVerb: a verb of saying is the act a time dates only
// before an adjective-only complement.
func TestPredicativeVerb(t *testing.T) {
	c := newComparer(Input{})
	cases := []struct {
		text string
		want string
	}{
		{"He pleaded guilty on Monday", "plead"},
		{"He pleaded not guilty on Monday", "plead"},
		{"He said earlier that it burned", ""},
		{"She pleaded for calm on Monday", ""},
	}
	for _, x := range cases {
		toks := text.Tokens(x.text)
		got := ""
		if b, ok := c.predicativeVerb(toks, 1); ok {
			got = b
		}
		if got != x.want {
			t.Errorf("%q: got %q, want %q", x.text, got, x.want)
		}
	}
}
