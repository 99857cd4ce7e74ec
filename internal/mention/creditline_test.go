package mention

import (
	"strings"
	"testing"
)

// TestCreditLineSpeaker: a pull quote with its credit on a line of its
// own before the closing mark is the credited person's words, the line
// inside the marks or, as the extractor gives it, a paragraph of its own;
// a line that is a sentence of the quotation credits no one.
func TestCreditLineSpeaker(t *testing.T) {
	tests := []struct {
		text, quote, want string
	}{
		{"The board met on Monday.\n\n\"If the levy fails in March, that could create new and real problems for the port.\nTarn Rep. Jane Roe.\"\n\nFor the voters of Tarn, the levy is new.", "If the levy fails", "Jane Roe"},
		{"The board met on Monday.\n\n\"We are going to enter the next winter without the money we need for the pier.\n\nOttavio Brun, Harbour Policy Institute.\"\n\nWhether out of agreement or not, the board met.", "We are going to enter", "Ottavio Brun"},
		{"The board met on Monday.\n\n\"We were told to go home before the storm reached the pier.\n\nThen we went to see Jane Roe.\"\n\nThe board met again.", "We were told", ""},
	}
	for _, tt := range tests {
		a := analyze(tt.text)
		for _, q := range a.Quotes {
			if strings.HasPrefix(q.Text, tt.quote) && (strings.Contains(q.Text, "Roe.") || strings.Contains(q.Text, "Institute")) {
				t.Errorf("%q: the credit line is read as words: %q", tt.quote, q.Text)
			}
		}
		q, found := lastQuoteWithPrefix(a, tt.quote)
		if got := q.Speaker; !found || got != tt.want {
			t.Errorf("%q: speaker of %q = %q (found %v), want %q", tt.text, tt.quote, got, found, tt.want)
		}
	}
}
