package compare

import (
	"strings"
	"testing"

	"github.com/corroborate/corroborate/internal/dates"
)

// TestRescheduledDay: "reschedule" is a verb of scheduling as "schedule"
// is (scheduledNoun), though its prefix re- tells a second act
// (repeatedAct): the day a thing is rescheduled for is the thing's day, so
// "the March 18 auction" and "auctions rescheduled for March 25" are one
// fact and differ. Sentences invented.
func TestRescheduledDay(t *testing.T) {
	pub := dates.Date{Year: 2033, Month: 1, Day: 10}
	a := doc("a", "Mill auction\n\nBrenholt's auctions of the old mill machinery, rescheduled for March 25, will be held in the town hall, the council said.", pub)
	b := doc("b", "Mill machinery\n\nCollectors from three counties plan to bid in the March 18 auction, a dealer said.", pub)
	if got := kinds(run(a, b).Discrepancies); !strings.Contains(got, "March 18") || !strings.Contains(got, "March 25") {
		t.Errorf("got %q, want March 18 against March 25", got)
	}
}
