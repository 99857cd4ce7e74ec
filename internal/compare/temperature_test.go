package compare

import (
	"strings"
	"testing"
)

// Sentences written for this test (no data set's wording): two articles
// give the cold of a ski race in two ways; a temperature and a
// height are never one fact.
func TestTemperatureDiscrepancy(t *testing.T) {
	r := run(doc("a", "Ski race\n\nThe slalom was run in temperatures of minus 12 degrees on the north slope.", day),
		doc("b", "Ski race\n\nOutside temperatures were minus 8 as skiers ran the slalom on the north slope.", day))
	if got := kinds(r.Discrepancies); !strings.Contains(got, "number:minus 12 degrees/minus 8") {
		t.Errorf("got %q, want minus 12 degrees / minus 8", got)
	}
	if len(r.Discrepancies) == 0 || r.Discrepancies[0].About != "temperature" {
		t.Errorf("want a discrepancy about the temperature, got %+v", r.Discrepancies)
	}
	r = run(doc("a", "Ski race\n\nThe slalom was run in temperatures of minus 12 degrees on the north slope.", day),
		doc("b", "Ski race\n\nThe slalom was run in temperatures of minus 12 degrees Fahrenheit on the north slope.", day))
	if got := kinds(r.Discrepancies); got != "" {
		t.Errorf("one temperature told with and without its scale: got %q, want none", got)
	}
}
