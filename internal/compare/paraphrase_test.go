package compare

import (
	"strings"
	"testing"

	"github.com/corroborate/corroborate/internal/dates"
)

// Invented pairs, one per value type: two outlets word one fact in their
// own way and give two values. Each pair must yield that one discrepancy.
func TestParaphrasedValueConflicts(t *testing.T) {
	pub := dates.Date{Year: 2023, Month: 5, Day: 10}
	cases := []struct{ typ, a, b, want string }{
		{"count", "Rescuers in Dunvale pulled 23 miners from the flooded shaft on Tuesday.",
			"Rescue teams pulled 27 miners out of the flooded Dunvale shaft.", "27"},
		{"money", "The Orrin county board approved a $4.2 million budget for the new library.",
			"County commissioners in Orrin signed off on $5.1 million for the library project.", "$5.1 million"},
		{"age", "The skipper, Hallie Verdant, 47, steered the yacht into port.",
			"Hallie Verdant, 52, brought the damaged yacht safely into the harbour.", "52"},
		{"duration", "The blockade of the Tamsk border crossing lasted nine days.",
			"Truckers kept the Tamsk border crossing shut for 12 days.", "12 days"},
		{"distance", "The avalanche buried a hut 14 miles north of Brennock.",
			"Searchers reached the buried hut, 19 miles north of Brennock, at dawn.", "19 miles"},
		{"percent", "Turnout in the Vasse referendum reached 61 percent.",
			"Officials said 54 percent of voters took part in the Vasse referendum.", "54 percent"},
		{"magnitude", "A magnitude-5.4 earthquake rattled the Korin valley.",
			"Seismographs put the tremor under the Korin valley at 5.9 on the Richter scale.", "5.9"},
		{"clock", "The Pellam dam burst at 4:15 a.m. local time, flooding the lower town.",
			"Water poured through the breached Pellam dam at 6:40 a.m. local time.", "6:40 a.m."},
	}
	for _, c := range cases {
		r := run(doc("a", "Report\n\n"+c.a, pub), doc("b", "Report\n\n"+c.b, pub))
		if len(r.Discrepancies) != 1 || !strings.Contains(kinds(r.Discrepancies), c.want) {
			t.Errorf("%s: want one discrepancy with %q, got %q", c.typ, c.want, kinds(r.Discrepancies))
		}
	}
}
