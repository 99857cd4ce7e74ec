package compare

import (
	"strings"
	"testing"

	"github.com/corroborate/corroborate/internal/dates"
)

// TestPrecinvD: session 54's readings of pairs that agree (invented
// stories whose outlets agree on every fact): a figure another article
// gives is told beside the compared one in one sentence (figureToldBeside),
// a figure expected or predicted against the outcome (expectationApart), a
// figure inside a range told with both ends (rangeCovers), an average
// against a figure told without (averageApart), an early stage of a
// count against its outcome (earlyStageApart). Each "apart" row
// fails without its rule; each "conflict" row is a guard that must still be
// reported.
func TestPrecinvD(t *testing.T) {
	d1 := dates.Date{Year: 2026, Month: 9, Day: 14}
	cases := []struct {
		name, a, b, value string
		conflict          bool
	}{
		{"told beside: compared with",
			"Night trams will run on seven lines until 1 a.m., compared with two lines until midnight at present, the Tarrow transit board said.",
			"Seven lines will have night trams until 1 a.m., the Tarrow transit board said.", "two", false},
		{"told beside: gapped coordination",
			"Long-haul routes made up 9.6 million travellers at Fellmoor airport and regional routes 2.8 million.",
			"Regional routes accounted for 2.8 million travellers at Fellmoor airport and long-haul ones 9.6 million.", "9.6", false},
		{"told beside: a while clause of another sum",
			"Roads are allocated 46 billion krona and rail 31 billion, while 18 billion goes on the coastguard.",
			"Running the coastguard will cost 18 billion krona.", "46", false},
		{"guard: killed and injured, a small figure of another event",
			"Three people were killed and five were injured when the Kelby footbridge collapsed on Sunday, police said.",
			"Five people were killed when the Kelby footbridge collapsed on Sunday, police said.", "Three", true},
		{"guard: no figure beside",
			"Night trams will run on seven lines until 1 a.m., the Tarrow transit board said.",
			"Night trams will run on five lines until 1 a.m., the Tarrow transit board said.", "seven", true},
		{"expected against the outcome",
			"Most traders had expected the Halden central bank to keep rates at 4 percent.",
			"The lira slid on Thursday after the Halden central bank cut rates by half a point to 3.5 percent.", "3.5", false},
		{"guard: two expected figures",
			"Analysts had expected the Halden central bank to set its main rate at 3.5 percent on Thursday.",
			"Analysts had expected the Halden central bank to set its main rate at 4 percent on Thursday.", "3.5", true},
		{"guard: an expected figure against a modal one",
			"Most traders had expected the Halden central bank to set its main rate at 4 percent on Thursday.",
			"The Halden central bank will set its main rate at 3.5 percent on Thursday, governor Ivo Brask said.", "3.5", true},
		{"an average against the season's figure",
			"Skiers at Torvik enjoyed 7.2 metres of snow at the summit station this winter, a record, the weather office said.",
			"The average seasonal snowfall at the Torvik summit station is 4.8 metres.", "4.8", false},
		{"guard: two averages",
			"The average seasonal snowfall at the Torvik summit station is 4.8 metres.",
			"The average seasonal snowfall at the Torvik summit station is 5.3 metres.", "4.8", true},
		{"an early stage of the count",
			"Voters in Kestmere backed the new charter with 58.2 percent, the commission said on Monday.",
			"Early returns from Kestmere had put support for the new charter at 61 percent before the postal ballots came in.", "61", false},
		{"guard: a past perfect with no word of an early stage",
			"Voters in Kestmere backed the new charter with 58.2 percent, the commission said on Monday.",
			"Voters in Kestmere had backed the new charter with 61 percent, the commission said on Monday.", "61", true},
		{"guard: two early stages",
			"Early returns from Kestmere had put support for the new charter at 58 percent before the postal ballots came in.",
			"Early returns from Kestmere had put support for the new charter at 61 percent before the postal ballots came in.", "61", true},
		{"a figure inside a range",
			"Rescuers on Brannoch ridge reached 30 to 35 stranded walkers on Sunday, the mountain rescue team said.",
			"Rescuers on Brannoch ridge reached 32 stranded walkers on Sunday, the mountain rescue team said.", "32", false},
		{"guard: a figure outside the range",
			"Rescuers on Brannoch ridge reached 30 to 35 stranded walkers on Sunday, the mountain rescue team said.",
			"Rescuers on Brannoch ridge reached 41 stranded walkers on Sunday, the mountain rescue team said.", "41", true},
	}
	for _, c := range cases {
		r := run(doc("a", "Report\n\n"+c.a, d1), doc("b", "Report\n\n"+c.b, d1))
		got := kinds(r.Discrepancies)
		if strings.Contains(got, c.value) != c.conflict {
			t.Errorf("%s: conflict on %q wanted %v, got %q", c.name, c.value, c.conflict, got)
		}
	}
}
