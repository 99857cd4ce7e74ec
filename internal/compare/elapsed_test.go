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
			"The tour bus, the Silver Heron, left Calvo at 6 a.m. on the four-hour trip to Mirane.",
			"The tour bus, the Silver Heron, left Calvo at 6 a.m. on the five-hour trip to Mirane.", "four", ""},
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
		// measuredSubjectApart: a turnout is no part of the vote.
		{"turnout against a vote share",
			"Tomas Errani won Sunday's runoff in Velloria with 53.1 percent of the vote, the election board said.",
			"Turnout was 71 percent, the election board said.", "", "71"},
		// Guards: a subject that names a share; a whole named as the
		// subject.
		{"share as the subject",
			"Tomas Errani won Sunday's runoff in Velloria with 53.1 percent of the vote, the election board said.",
			"Errani took 53.1 percent against Sofia Brandt's 46.9 percent. His share was 57 percent; voting is compulsory in Velloria.", "57", ""},
		{"a whole of people",
			"Tomas Errani won Sunday's runoff in Velloria, where 64 percent of voters cast a ballot, the election board said.",
			"Turnout was 71 percent, the election board said.", "71", ""},
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

// TestPrecinvCDays: figures of a developing story as they stood on two
// days (supersededFigure, stillLater) and a figure of another domain
// (domainApart). a is published the day before b; sameDay publishes both
// on a's day.
func TestPrecinvCDays(t *testing.T) {
	d1 := dates.Date{Year: 2026, Month: 3, Day: 8}
	d2 := dates.Date{Year: 2026, Month: 3, Day: 9}
	const barns1 = "Eleven barns have been destroyed by a grass fire near Tollin, the county fire service said on Sunday."
	const barns2 = "The grass fire near Tollin destroyed 15 barns, the county fire service said on Monday."
	const rose = " The number of barns lost rose from 11 after crews reached the far side of the valley."
	const boat1 = "A fishing boat sank off Cape Varro on Sunday, and at least 12 crew members were missing, the coast guard said."
	const boat2 = "Nine crew members were still missing on Monday after a fishing boat sank off Cape Varro, the coast guard said."
	const prices = "House prices in Pellham rose 5.4 percent in the year to March, the land registry said on Monday."
	const national = "Nationally, house prices rose 2.7 percent in the year to March, the land registry said on Monday."
	cases := []struct {
		name, a, b, want, not string
		sameDay               bool
	}{
		{"earlier figure told as the origin of a rise", barns1, barns2 + rose, "", "Eleven", false},
		{"still on the later day", boat1, boat2, "", "Nine", false},
		{"domain adverb", prices, national, "", "2.7", false},
		// Guards: one day; no change verb before "from"; no origin told;
		// "still" on both sides or on none; the domain told on both sides.
		{"origin told the same day", barns1, barns2 + rose, "Eleven", "", true},
		{"from without a change", barns1, barns2 + " Crews moved hay from 11 barns after the fire reached the far side of the valley.", "Eleven", "", false},
		{"no origin told", barns1, barns2, "Eleven", "", false},
		{"still the same day", boat1, boat2, "Nine", "", true},
		{"no still", boat1, strings.Replace(boat2, "still ", "", 1), "Nine", "", false},
		{"still on both", strings.Replace(boat1, "were missing", "were still missing", 1), boat2, "Nine", "", false},
		{"no domain adverb", prices, strings.Replace(national, "Nationally, house", "House", 1), "2.7", "", false},
		{"domain named at the end", prices, strings.Replace(national, "Nationally, house prices rose 2.7 percent", "House prices rose 2.7 percent nationally", 1), "2.7", "", false},
		{"domain on both", strings.Replace(national, "2.7", "3.1", 1), national, "2.7", "", false},
	}
	for _, c := range cases {
		pb := d2
		if c.sameDay {
			pb = d1
		}
		r := run(doc("a", "Report\n\n"+c.a, d1), doc("b", "Report\n\n"+c.b, pb))
		got := kinds(r.Discrepancies)
		if c.not != "" && strings.Contains(got, c.not) || c.want != "" && !strings.Contains(got, c.want) {
			t.Errorf("%s: want %q (not %q), got %q", c.name, c.want, c.not, got)
		}
	}
}
