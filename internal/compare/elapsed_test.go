package compare

import (
	"strings"
	"testing"

	"github.com/corroborate/corroborate/internal/dates"
)

// TestPrecinvC: session 53's readings of invented multi-outlet stories
// (weather, disasters abroad, transport, war, elections, markets,
// housing, religion, farming). Each pair tells one story; want is a
// discrepancy kinds() must show, not one it must not.
func TestPrecinvC(t *testing.T) {
	pub := dates.Date{Year: 2026, Month: 5, Day: 18}
	cases := []struct{ name, a, b, want, not string }{
		// elapsedApart: a measure phrase before "into" is a point along
		// the journey, not its length.
		{"point into a trip",
			"PORT ELLA — A launch carrying about 70 people sank in rough water off Morra island on Sunday, and at least 20 people were missing, the harbour police said.\n\nThe launch, the Sea Wren, left Port Ella at 9 a.m. for the two-hour crossing. It was licensed for 50 passengers, a police spokesman said.",
			"Six people died when the Sea Wren sank off Morra island on Sunday, the harbour police said.\n\nThe Sea Wren went down about 40 minutes into its journey from Port Ella. Officials said about 70 people were on board.", "", "40"},
		{"point into a race",
			"The cyclists faced a 12-kilometre climb to the finish at Orsa on Sunday.",
			"Brenna Holt attacked 3 kilometres into the climb to the finish at Orsa on Sunday.", "", "3"},
		// Guards: two points, two lengths.
		{"two points",
			"The Silver Heron overturned 70 minutes into its trip from Calvo on Sunday.",
			"The Silver Heron overturned 50 minutes into its trip from Calvo on Sunday.", "50", ""},
		{"two lengths",
			"The tour bus, the Silver Heron, left Calvo at 6 a.m. for the four-hour trip to Mirane.",
			"The tour bus, the Silver Heron, left Calvo at 6 a.m. for the five-hour trip to Mirane.", "four", ""},
		// repeatedOccurrence: a day told with "again" is a later
		// occurrence of the act.
		{"meet again",
			"Mediators met both sides on Monday evening without reaching a deal. Talks will resume on Wednesday at 10 a.m.",
			"The cabin crews want a pay rise of 8 percent over three years; the airline has offered 4 percent. A state mediator is due to meet the two sides again on Wednesday morning.", "", "Monday"},
		// Guards: no "again"; "again" on both sides; "again" in another
		// clause.
		{"meet, no again",
			"Mediators met both sides on Monday evening without reaching a deal. Talks will resume on Wednesday at 10 a.m.",
			"The cabin crews want a pay rise of 8 percent over three years; the airline has offered 4 percent. A state mediator met the two sides on Wednesday morning.", "Monday", ""},
		{"no again",
			"Arbitrators met the dockers and the port owners on Tuesday evening without reaching a deal.",
			"Arbitrators met the dockers and the port owners on Thursday evening without reaching a deal.", "Tuesday", ""},
		{"again on both",
			"Arbitrators met the dockers and the port owners again on Tuesday evening without reaching a deal.",
			"Arbitrators met the dockers and the port owners again on Thursday evening without reaching a deal.", "Tuesday", ""},
		{"again in another clause",
			"Arbitrators met the dockers and the port owners on Tuesday evening, and the strike went on again.",
			"Arbitrators met the dockers and the port owners on Thursday evening without reaching a deal.", "Tuesday", ""},
		// rePartitiveOf: a genitive noun phrase owns the whole.
		{"genitive whole",
			"Half of the convoy's 40 lorries were stranded by snow on the pass above Feldgate on Sunday.",
			"Twenty-six lorries were stranded by snow on the pass above Feldgate on Sunday.", "", "40"},
		{"named genitive whole",
			"Grocery chain Dunmere filed for bankruptcy protection on Monday, saying it would close 38 of Dunmere's 112 stores and cut about 900 jobs.",
			"Grocery chain Dunmere filed for bankruptcy protection on Monday, saying it would close 45 stores and cut about 900 jobs.", "", "112"},
		// Guard: two genitive wholes are compared.
		{"two genitive wholes",
			"Half of the convoy's 40 lorries were stranded by snow on the pass above Feldgate on Sunday.",
			"Half of the convoy's 44 lorries were stranded by snow on the pass above Feldgate on Sunday.", "40", ""},
	}
	for _, c := range cases {
		r := run(doc("a", "Report\n\n"+c.a, pub), doc("b", "Report\n\n"+c.b, pub))
		got := kinds(r.Discrepancies)
		if c.not != "" && strings.Contains(got, c.not) || c.want != "" && !strings.Contains(got, c.want) {
			t.Errorf("%s: want %q (not %q), got %q", c.name, c.want, c.not, got)
		}
	}
}
