package compare

import (
	"strings"
	"testing"

	"github.com/corroborate/corroborate/internal/dates"
)

// TestScheduledDay: the day a thing is planned for is the thing's day, so
// "the November 9 election" and "elections planned for November 12, 2031"
// are one fact and differ. Both days lie more than farDays after the
// articles' dates: the year-less one, whose year its article infers, is set
// back by that year as the one written with it, so neither is the other's
// background. The side shows the year it was given. Sentences invented.
func TestScheduledDay(t *testing.T) {
	pub := dates.Date{Year: 2031, Month: 9, Day: 2}
	a := doc("a", "Vote in Korvia\n\nParliamentary elections in Korvia which are planned for November 12, 2031, will be held with three parties, the electoral board said.", pub)
	b := doc("b", "Korvia parties\n\nBesides the ruling Unity Party, the Farmers Party will be seeking seats in the November 9 election, the electoral board said.", pub)
	c := doc("c", "Korvia vote\n\nThe electoral board said the elections scheduled for November 12 of this year will be held with three parties.", pub)
	got := kinds(run(a, b, c).Discrepancies)
	if !strings.Contains(got, "November 9") || !strings.Contains(got, "November 12, 2031") {
		t.Errorf("got %q, want November 9 against November 12, 2031", got)
	}
	// A day of another thing in the same sentence stays apart: the
	// board's meeting is no election.
	d := doc("d", "Korvia board\n\nThe electoral board met on November 9 to count the parties standing in the elections, officials said.", pub)
	if got := kinds(run(a, d).Discrepancies); strings.Contains(got, "November") {
		t.Errorf("meeting day: got %q, want no discrepancy", got)
	}
}
