package compare

import (
	"strings"
	"testing"

	"github.com/corroborate/corroborate/internal/dates"
	"github.com/corroborate/corroborate/internal/story"
)

// TestScheduledDay: the day a thing is planned for is the thing's day, so
// "the November 9 referendum" and "referendums planned for November 12,
// 2031"
// are one fact and differ. Both days lie more than farDays after the
// articles' dates: the year-less one, whose year its article infers, is set
// back by that year as the one written with it, so neither is the other's
// background. The side shows the year it was given. Sentences invented.
func TestScheduledDay(t *testing.T) {
	pub := dates.Date{Year: 2031, Month: 9, Day: 2}
	a := doc("a", "Port referendum\n\nKorvia's referendums on the port lease, planned for November 12, 2031, will ask one question, the electoral board said.", pub)
	b := doc("b", "Port lease\n\nDockworkers in Korvia urged members to vote no in the November 9 referendum, their union said.", pub)
	c := doc("c", "Lease vote\n\nThe electoral board said the referendums scheduled for November 12 of this year will ask one question.", pub)
	// Either article of the planned day may come first: the side shows
	// the form with the year whichever is its representative.
	for _, docs := range [][]story.Doc{{a, b, c}, {c, b, a}} {
		got := kinds(run(docs...).Discrepancies)
		if !strings.Contains(got, "November 9") || !strings.Contains(got, "November 12, 2031") {
			t.Errorf("got %q, want November 9 against November 12, 2031", got)
		}
	}
	// A day of another thing in the same sentence stays apart: the
	// board's meeting is no referendum.
	d := doc("d", "Lease board\n\nThe electoral board met on November 9 to print the ballots for the referendums, officials said.", pub)
	if got := kinds(run(a, d).Discrepancies); strings.Contains(got, "November") {
		t.Errorf("meeting day: got %q, want no discrepancy", got)
	}
}

// TestSetForDay: "set for" a day schedules as "scheduled for" does
// ("referendums are set for November 12"; "set to begin on"), so the day
// is the referendum's and differs from "the November 9 referendum".
// Sentences invented.
func TestSetForDay(t *testing.T) {
	pub := dates.Date{Year: 2031, Month: 9, Day: 2}
	b := doc("b", "Port lease\n\nDockworkers in Korvia urged members to vote no in the November 9 referendum, their union said.", pub)
	for _, s := range []string{
		"Port referendum\n\nKorvia's referendums on the port lease are set for November 12, the electoral board said.",
		"Port referendum\n\nKorvia's referendums on the port lease are set to begin on November 12, the electoral board said.",
		"Port referendum\n\nKorvia's referendums on the port lease, set for November 12, will ask one question, the electoral board said.",
		"Port referendum\n\nThe electoral board said the referendums set for November 12 will ask one question.",
	} {
		a := doc("a", s, pub)
		if got := kinds(run(a, b).Discrepancies); !strings.Contains(got, "November 9") || !strings.Contains(got, "November 12") {
			t.Errorf("%q: got %q, want November 9 against November 12", s, got)
		}
	}
}
