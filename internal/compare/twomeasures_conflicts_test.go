package compare

import (
	"strings"
	"testing"

	"github.com/corroborate/corroborate/internal/dates"
)

// TestTwoMeasuresKeepsTrueConflicts: true conflicts session 53's twoMeasures vetoes lost
// (readE's review of precinvC): a day told without "again" after the day
// told with it is the same occurrence; "still" before a subordinate clause
// does not hold the clause's figure; a possessed subject is the owner's
// share; "nationally" and "nationwide" name one domain; "Still," set off by a comma is
// concessive. Each first row
// fails without its mend; the controls are the same pairs without the cue.
func TestTwoMeasuresKeepsTrueConflicts(t *testing.T) {
	d1 := dates.Date{Year: 2026, Month: 5, Day: 21}
	d2 := dates.Date{Year: 2026, Month: 5, Day: 22}
	cases := []struct {
		name, a, b, want string
		twoDays          bool
	}{
		{"again earlier than the other day",
			"Gunmen struck again on Tuesday night at a market in Karvel, killing four traders, police said.",
			"Gunmen struck on Wednesday night at a market in Karvel, killing four traders, police said.", "Tuesday", false},
		{"control: again removed",
			"Gunmen struck on Tuesday night at a market in Karvel, killing four traders, police said.",
			"Gunmen struck on Wednesday night at a market in Karvel, killing four traders, police said.", "Tuesday", false},
		{"still of another clause's act",
			"The gunman killed nine people at the bus depot in Sarrow on Friday, police said.",
			"Police still do not know why the gunman killed seven people at the bus depot in Sarrow on Friday.", "nine", true},
		{"control: no still",
			"The gunman killed nine people at the bus depot in Sarrow on Friday, police said.",
			"Police do not know why the gunman killed seven people at the bus depot in Sarrow on Friday.", "nine", true},
		{"concessive still",
			"The gunman killed nine people at the bus depot in Sarrow on Friday, police said.",
			"Still, the gunman killed seven people at the bus depot in Sarrow on Friday before officers arrived.", "nine", true},
		{"control: two points into",
			"The fire broke out in the cargo hold 20 minutes into the flight from Lessa, the airline said.",
			"The fire broke out in the cargo hold 35 minutes into the flight from Lessa, the airline said.", "20", false},
		{"origin of another percentage",
			"Ilse Varga took 52 percent of the vote, winning the mayoral race in Dorrin, the election office said.",
			"Ilse Varga took 48 percent of the vote, winning the mayoral race in Dorrin, the election office said. Turnout rose from 52 percent at the last race.", "52", true},
		{"control: no origin",
			"Ilse Varga took 52 percent of the vote, winning the mayoral race in Dorrin, the election office said.",
			"Ilse Varga took 48 percent of the vote, winning the mayoral race in Dorrin, the election office said.", "52", true},
		{"possessed subject",
			"Ilse Varga won the mayoral race in Dorrin with 52 percent of the vote, the election office said.",
			"Varga's tally was 47 percent, the election office said.", "52", false},
		{"her result",
			"Ilse Varga won the mayoral race in Dorrin with 52 percent of the vote, the election office said.",
			"Her result was 47 percent, the election office said.", "52", false},
		{"control: with 47 percent",
			"Ilse Varga won the mayoral race in Dorrin with 52 percent of the vote, the election office said.",
			"Ilse Varga won with 47 percent of the vote, the election office said.", "52", false},
		{"domain synonym",
			"Nationally, the Green League won 14 percent of the vote, the election office said.",
			"The Green League won 11 percent of the vote nationwide, the election office said.", "14", false},
	}
	for _, c := range cases {
		pb := d1
		if c.twoDays {
			pb = d2
		}
		r := run(doc("a", "Report\n\n"+c.a, d1), doc("b", "Report\n\n"+c.b, pb))
		got := kinds(r.Discrepancies)
		if !strings.Contains(got, c.want) {
			t.Errorf("%s: want %q, got %q", c.name, c.want, got)
		}
	}
}
