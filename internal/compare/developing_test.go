package compare

import (
	"strings"
	"testing"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/dates"
	"github.com/corroborate/corroborate/internal/mention"
	"github.com/corroborate/corroborate/internal/story"
)

// Sentences written for these tests (no data set's wording).

// TestLaterHigherIsAnUpdate: a count that a report published on a later
// day gives higher is reported as a possible update; the same figures on
// one day, undated, or falling with the days are held to their figures.
func TestLaterHigherIsAnUpdate(t *testing.T) {
	early := "Ferry fire\n\nA fire on the ferry Solvang killed at least three people off Ardmere, the coast guard said."
	late := "Ferry fire\n\nA fire on the ferry Solvang killed at least 11 people off Ardmere, the coast guard said."
	middle := "Ferry fire\n\nA fire on the ferry Solvang killed at least seven people off Ardmere, the coast guard said."
	fine5 := "Harbour fine\n\nThe port board fined the ferry line Solvang Sea $5,000 over the fire, its chair said."
	fine8 := "Harbour fine\n\nThe port board fined the ferry line Solvang Sea $8,000 over the fire, its chair said."
	plain := "Ferry fire\n\nA fire on the ferry Solvang killed five people off Ardmere, the coast guard said."
	d1, d2 := day, dates.Date{Year: 2023, Month: 5, Day: 11}
	for _, tc := range []struct {
		name string
		docs []story.Doc
		want string
		note bool
	}{
		{"a lower bound, then a higher one a day later", []story.Doc{doc("a", early, d1), doc("b", late, d2)}, "number:at least three/at least 11", true},
		{"a plain figure, then a higher bound a day later", []story.Doc{doc("a", plain, d1), doc("b", late, d2)}, "number:five/at least 11", true},
		{"three reports rising day by day", []story.Doc{doc("a", early, d1), doc("b", middle, d2), doc("c", late, dates.Date{Year: 2023, Month: 5, Day: 12})}, "number:at least three/at least seven/at least 11", true},
		{"the higher figure first", []story.Doc{doc("a", late, d1), doc("b", early, d2)}, "number:at least 11/at least three", false},
		{"one day", []story.Doc{doc("a", early, d1), doc("b", late, d1)}, "number:at least three/at least 11", false},
		{"undated", []story.Doc{undatedDoc("a", early), undatedDoc("b", late)}, "number:at least three/at least 11", false},
		{"an amount raised a day later", []story.Doc{doc("a", fine5, d1), doc("b", fine8, d2)}, "number:$5,000/$8,000", true},
	} {
		r := run(tc.docs...)
		if got := kinds(r.Discrepancies); got != tc.want {
			t.Errorf("%s: got %q, want %q", tc.name, got, tc.want)
		}
		for _, d := range r.Discrepancies {
			if got := strings.Contains(d.Note, updateNoteLater); got != tc.note {
				t.Errorf("%s: note %q, want the update note %v", tc.name, d.Note, tc.note)
			}
		}
	}
}

// TestDayOrdered: figures must rise strictly with strictly later days.
func TestDayOrdered(t *testing.T) {
	at := func(d int) dates.Date { return dates.Date{Year: 2023, Month: 5, Day: d} }
	span := func(f float64, a, b int) daySpan {
		return daySpan{figure: f, first: at(a).Time(), last: at(b).Time()}
	}
	for _, tc := range []struct {
		name  string
		spans []daySpan
		want  bool
	}{
		{"rising", []daySpan{span(10, 3, 4), span(3, 1, 2)}, true},
		{"overlapping days", []daySpan{span(3, 1, 3), span(10, 3, 4)}, false},
		{"falling", []daySpan{span(10, 1, 1), span(3, 2, 2)}, false},
		{"three, the middle out of order", []daySpan{span(1, 1, 1), span(5, 4, 4), span(9, 3, 3)}, false},
	} {
		if got := dayOrdered(tc.spans); got != tc.want {
			t.Errorf("%s: got %v, want %v", tc.name, got, tc.want)
		}
	}
}

// TestLaterHigherCurrencies: amounts in two currencies do not rank by
// their figures, whatever the days.
func TestLaterHigherCurrencies(t *testing.T) {
	d1, d2 := "2023-05-10", "2023-05-11"
	c := &comparer{all: []story.Doc{{Article: &corroborate.Article{ID: "a", Published: &d1}}, {Article: &corroborate.Article{ID: "b", Published: &d2}}}}
	usd := mention.Value{Type: mention.VMoney, Num: 5000, Unit: "usd"}
	for _, tc := range []struct {
		name   string
		higher mention.Value
		want   bool
	}{
		{"one currency", mention.Value{Type: mention.VMoney, Num: 8000, Unit: "usd"}, true},
		{"two currencies", mention.Value{Type: mention.VMoney, Num: 9000, Unit: "eur"}, false},
	} {
		facts := []fact{{doc: 0, v: usd}, {doc: 1, v: tc.higher}}
		sides := []*factSide{{rep: usd, facts: []int{0}}, {rep: tc.higher, facts: []int{1}}}
		if got := c.laterHigher(facts, sides); got != tc.want {
			t.Errorf("%s: got %v, want %v", tc.name, got, tc.want)
		}
	}
}
