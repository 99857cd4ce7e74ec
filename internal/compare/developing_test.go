package compare

import (
	"strings"
	"testing"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/dates"
	"github.com/corroborate/corroborate/internal/lexicon"
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
	damage5 := "Ferry fire\n\nThe fire on the ferry Solvang did $5,000 in damage to the pier at Ardmere, its owner said."
	damage8 := "Ferry fire\n\nThe fire on the ferry Solvang did $8,000 in damage to the pier at Ardmere, its owner said."
	plain := "Ferry fire\n\nA fire on the ferry Solvang killed five people off Ardmere, the coast guard said."
	d1, d2 := day, dates.Date{Year: 2023, Month: 5, Day: 11}
	doc := shownDoc
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
		{"a damage estimate raised a day later", []story.Doc{doc("a", damage5, d1), doc("b", damage8, d2)}, "number:$5,000/$8,000", true},
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

// shownDoc is doc with its publication date as sure as one shown beside
// the headline (the least laterHigher trusts).
func shownDoc(id, text string, pub dates.Date) story.Doc {
	d := doc(id, text, pub)
	d.Article.PublishedConfidence = dates.ConfShown
	return d
}

// TestLaterHigherNoNote: figures that do not grow as a story develops, or
// whose order the dates cannot tell, get no update note however their
// articles' days run: a count of no harm, an amount that is no damage,
// cost or loss, two caps, dates re-stamped (a date line above the
// headline), and dates and ages, which are no counts or amounts.
func TestLaterHigherNoNote(t *testing.T) {
	d1, d2 := day, dates.Date{Year: 2023, Month: 5, Day: 11}
	pair := func(a, b string) []story.Doc { return []story.Doc{shownDoc("a", a, d1), shownDoc("b", b, d2)} }
	header := func(id, text string, pub dates.Date) story.Doc {
		d := doc(id, text, pub)
		d.Article.PublishedConfidence = dates.ConfHeader
		return d
	}
	for _, tc := range []struct {
		name string
		docs []story.Doc
	}{
		{"passengers carried", pair("Ferry crossing\n\nThe ferry Solvang carried 120 passengers to Ardmere on its first crossing, the line said.",
			"Ferry crossing\n\nThe ferry Solvang carried 140 passengers to Ardmere on its first crossing, the line said.")},
		{"a sum stolen", pair("Harbour theft\n\nThieves took $5,000 from the ferry office at Ardmere, the harbour police said.",
			"Harbour theft\n\nThieves took $8,000 from the ferry office at Ardmere, the harbour police said.")},
		{"a fine set", pair("Harbour fine\n\nThe port board fined the ferry line Solvang Sea $5,000 over the fire, its chair said.",
			"Harbour fine\n\nThe port board fined the ferry line Solvang Sea $8,000 over the fire, its chair said.")},
		{"two caps", pair("Ferry fire\n\nThe fire on the ferry Solvang injured no more than 20 guests at Ardmere, the coast guard said.",
			"Ferry fire\n\nThe fire on the ferry Solvang injured no more than 25 guests at Ardmere, the coast guard said.")},
		{"dates from a line above the headline", []story.Doc{
			header("a", "Ferry fire\n\nA fire on the ferry Solvang killed at least three people off Ardmere, the coast guard said.", d1),
			header("b", "Ferry fire\n\nA fire on the ferry Solvang killed at least 11 people off Ardmere, the coast guard said.", d2)}},
		{"dates on rising days", pair("Ferry fire\n\nThe storm did damage to the ferry Solvang off Ardmere on May 3, the coast guard said.",
			"Ferry fire\n\nThe storm did damage to the ferry Solvang off Ardmere on May 5, the coast guard said.")},
		{"ages on rising days", pair("Ferry fire\n\nThe storm did damage to the ferry of Ola Brenn, 34, off Ardmere, the coast guard said.",
			"Ferry fire\n\nThe storm did damage to the ferry of Ola Brenn, 35, off Ardmere, the coast guard said.")},
	} {
		r := run(tc.docs...)
		if len(r.Discrepancies) == 0 {
			t.Errorf("%s: no discrepancy to test", tc.name)
		}
		for _, d := range r.Discrepancies {
			if strings.Contains(d.Note, updateNoteLater) {
				t.Errorf("%s: %s got the update note %q", tc.name, d.Kind, d.Note)
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
		{"one figure twice", []daySpan{span(5, 1, 1), span(5, 2, 2)}, false},
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
	c := &comparer{all: []story.Doc{{Article: &corroborate.Article{ID: "a", Published: &d1, PublishedConfidence: 1}}, {Article: &corroborate.Article{ID: "b", Published: &d2, PublishedConfidence: 1}}},
		lx: lexicon.Default()}
	usd := mention.Value{Type: mention.VMoney, Num: 5000, Low: 5000, High: 5000, Unit: "usd", Noun: "damage"}
	for _, tc := range []struct {
		name   string
		higher mention.Value
		want   bool
	}{
		{"one currency", mention.Value{Type: mention.VMoney, Num: 8000, Low: 8000, High: 8000, Unit: "usd", Noun: "damage"}, true},
		{"two currencies", mention.Value{Type: mention.VMoney, Num: 9000, Low: 9000, High: 9000, Unit: "eur", Noun: "damage"}, false},
	} {
		facts := []fact{{doc: 0, v: usd}, {doc: 1, v: tc.higher}}
		sides := []*factSide{{rep: usd, facts: []int{0}}, {rep: tc.higher, facts: []int{1}}}
		if got := c.laterHigher(facts, sides); got != tc.want {
			t.Errorf("%s: got %v, want %v", tc.name, got, tc.want)
		}
	}
}
