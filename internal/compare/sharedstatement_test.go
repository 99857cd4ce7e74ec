package compare

import (
	"strings"
	"testing"
)

// Sentences written for these tests (no data set's wording).

// TestSharedStatement: the only counts of one noun in two articles, in
// sentences that give another value alike, are one fact.
func TestSharedStatement(t *testing.T) {
	a := "Courier record\n\nLast spring the young driver broke a depot record with 412 miles and nine villages in one shift."
	b := "Courier record\n\nHer shift totals: 412 miles and twelve villages."
	if got := kinds(runUndated(a, b).Discrepancies); !strings.Contains(got, "nine/twelve") {
		t.Errorf("shared 412 miles: got %q, want the villages", got)
	}
	c := "Courier record\n\nHer shift totals: 380 miles and twelve villages."
	if got := kinds(runUndated(a, c).Discrepancies); strings.Contains(got, "nine/twelve") {
		t.Errorf("no shared value: got %q, want no villages conflict", got)
	}
}
