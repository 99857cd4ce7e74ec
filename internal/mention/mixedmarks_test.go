package mention

import (
	"strings"
	"testing"

	"github.com/corroborate/corroborate/internal/dates"
)

// Sentences written for this test (no data set's wording).

// TestDoubleMarkClosedByApostrophes: a double opening mark closed by two
// apostrophes (a typewriter's closing mark) ends the quote there; the
// narration after it is no quotation, so its weekday is read. Two
// apostrophes after a space close nothing, and a quote opened and closed
// by double marks is read as before.
func TestDoubleMarkClosedByApostrophes(t *testing.T) {
	cases := []struct {
		body  string
		spans []string
		day   bool
	}{
		{`The ferryman had suffered "deep cuts to both hands'' sometime before a ranger found him near the weir shortly after 6:10 p.m. Sunday, Sgt. Ada Lund said.`,
			[]string{"deep cuts to both hands"}, true},
		{`"It was a quiet night,'' the lock keeper said of the weir on Sunday.`,
			[]string{"It was a quiet night,"}, true},
		// two apostrophes quoting inside a double quote close that
		// inner quote, not the double one.
		{`"He said ''no'' twice before the vote on Sunday," Ida Moss said.`,
			[]string{"He said ''no'' twice before the vote on Sunday,"}, false},
		{`"''Not a chance,'' she told me at the gate on Sunday," Ida Moss said.`,
			[]string{"''Not a chance,'' she told me at the gate on Sunday,"}, false},
		// guards: two apostrophes after a space close no double mark;
		// double marks pair as before.
		{`The keeper said "we saw lights on the weir on Sunday ''and heard a horn`,
			[]string{"we saw lights on the weir on Sunday ''and heard a horn"}, false},
		{`The ferryman had suffered "deep cuts to both hands" before a ranger found him on Sunday.`,
			[]string{"deep cuts to both hands"}, true},
	}
	for _, c := range cases {
		var got []string
		for _, sp := range quoteSpans(c.body) {
			got = append(got, c.body[sp.start:sp.end])
		}
		if strings.Join(got, "|") != strings.Join(c.spans, "|") {
			t.Errorf("%q: quoteSpans = %q, want %q", c.body, got, c.spans)
		}
		day := false
		for _, v := range Values(Analyze(c.body, dates.Date{}, 0)) {
			day = day || v.Type == VWeekday
		}
		if day != c.day {
			t.Errorf("%q: weekday read %v, want %v", c.body, day, c.day)
		}
	}
}
