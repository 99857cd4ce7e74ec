package mention

import (
	"strings"
	"testing"
)

// lastQuoteWithPrefix returns the last quote of a whose text begins with
// prefix, and whether there is one.
func lastQuoteWithPrefix(a *Analysis, prefix string) (Quote, bool) {
	var last Quote
	found := false
	for _, q := range a.Quotes {
		if strings.HasPrefix(q.Text, prefix) {
			last, found = q, true
		}
	}
	return last, found
}

// TestPutItSpeaker: "put it" is a verb of saying before a quotation
// ("As Doe put it, “…”", "Doe put it this way: “…”", an apposition
// between the name and the verb too); "put it" with a place after it
// introduces nothing.
func TestPutItSpeaker(t *testing.T) {
	tests := []struct {
		text, quote, want string
	}{
		{"The harbour board met on Monday. As Lena Marsh put it, “the board has run out of patience with the contractor and the crews.”", "the board has run out", "Lena Marsh"},
		{"The harbour board met on Monday. As Lena Marsh, a pilot at the port for twenty years, put it, “the board has run out of patience with the contractor.”", "the board has run out", "Lena Marsh"},
		{"The harbour board met on Monday. Ottavio Brun put it this way: “The board has run out of patience with the contractor and the crews.”", "The board has run out", "Ottavio Brun"},
		{"The harbour board met on Monday. Ottavio Brun puts it bluntly: “The board has run out of patience with the contractor and the crews.”", "The board has run out", "Ottavio Brun"},
	}
	for _, tt := range tests {
		q, found := lastQuoteWithPrefix(analyze(tt.text), tt.quote)
		if got := q.Speaker; !found || got != tt.want {
			t.Errorf("%q: speaker of %q = %q (found %v), want %q", tt.text, tt.quote, got, found, tt.want)
		}
	}
	a := analyze("The harbour board met on Monday. Ottavio Brun put it on the table, “the plan of the board” in a long talk.")
	for _, q := range a.Quotes {
		if q.Speaker == "Ottavio Brun" && strings.HasPrefix(q.Cue, "put") {
			t.Errorf("“put it on the table” read as saying: %+v", q)
		}
	}
}
