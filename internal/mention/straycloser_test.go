package mention

import (
	"strings"
	"testing"
)

// TestStrayClosingMark: a straight mark between a word and a space closes
// a quote the paragraph never opened (a quote carried over a paragraph
// break that the next paragraph does not reopen with a mark); it opens
// nothing, so the marks after it pair as written and the narration between
// them is no quotation: its year is read.
func TestStrayClosingMark(t *testing.T) {
	body := "\"The ferry will not sail before spring,\" said Lena Marsh, who runs the harbour office. \"We lost two engines in the storm and the parts come from abroad,\n\n" +
		"'Patience,' my father used to say. It pays.\" The harbour office was rebuilt in 2019 after a fire. Marsh expects the engines to be \"fitted by March at the earliest\" by the yard."
	var got []string
	for _, sp := range quoteSpans(body) {
		got = append(got, body[sp.start:sp.end])
	}
	want := []string{"The ferry will not sail before spring,", "We lost two engines in the storm and the parts come from abroad,", "fitted by March at the earliest"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("quoteSpans = %q, want %q", got, want)
	}
	a := analyze(body)
	found := false
	for _, v := range Values(a) {
		if v.Type == VYear && v.Norm == "2019" {
			found = true
		}
	}
	if !found {
		t.Errorf("Values: no year 2019 read in the narration after the stray closing mark")
	}
	for _, c := range []struct {
		seg  string
		i    int
		want bool
	}{
		{`It pays." The`, 8, true},
		{`as "fitted by`, 3, false},
		{`said:"We will`, 5, false},
		{`the end."`, 8, true},
		{`a "quote"`, 2, false},
		{`it unsafe"; the`, 9, true},
		{`the sale") and`, 8, true},
		{`say never"? she`, 9, true},
		{`the word":`, 8, true},
		{`(said "no`, 6, false},
	} {
		if got := strayCloser(c.seg, c.i); got != c.want {
			t.Errorf("strayCloser(%q, %d) = %v, want %v", c.seg, c.i, got, c.want)
		}
	}
}
