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

// TestOneStatementByFigures: the only values of one type in two sentences
// that tell two other figures alike are one fact, however else the
// sentences are worded; a year also with one figure alike and a shared
// verb; a day is none (the toll is told beside every day that followed).
func TestOneStatementByFigures(t *testing.T) {
	cases := []struct {
		name, a, b, want string
		found            bool
	}{
		{"two figures alike, a share",
			"Vote count\n\nThe tally so far: 41 districts, 62 percent and eight parties.",
			"Vote count\n\nOfficials have counted 41 districts, where 58 percent came out for eight parties on the ballot.",
			"62 percent/58 percent", true},
		{"one figure alike and a shared verb, a year",
			"Orchard sale\n\nThe family sold the orchard for a reported $4 million in 1971, a local paper wrote.",
			"Orchard sale\n\nHis cousins, it emerged, had sold the hillside orchard for $4 million in 1976.",
			"in 1971/in 1976", true},
		{"one figure alike and no shared verb, a year",
			"Orchard sale\n\nThe family sold the orchard for a reported $4 million in 1971, a local paper wrote.",
			"Orchard sale\n\nA neighbour's farm, worth $4 million, burned down in 1976.",
			"in 1971/in 1976", false},
		{"two figures alike, a day",
			"Ferry fire\n\nThe fire killed 3 and injured 14 on Monday night.",
			"Ferry fire\n\nAt Friday's hearing the court heard how the fire killed 3 people and injured 14 passengers.",
			"Monday/Friday", false},
	}
	for _, c := range cases {
		got := kinds(runUndated(c.a, c.b).Discrepancies)
		if strings.Contains(got, c.want) != c.found {
			t.Errorf("%s: got %q, want %q found=%v", c.name, got, c.want, c.found)
		}
	}
}
