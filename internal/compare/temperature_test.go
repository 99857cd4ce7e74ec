package compare

import (
	"strings"
	"testing"
)

// Sentences written for this test (no data set's wording): two articles
// give the cold a blaze was fought in two ways; a temperature and a
// height are never one fact.
func TestTemperatureDiscrepancy(t *testing.T) {
	r := run(doc("a", "Barn fire\n\nFirefighters fought the barn blaze in temperatures of minus 12 degrees.", day),
		doc("b", "Barn fire\n\nOutside temperatures were minus 8 as firefighters battled the barn blaze.", day))
	if got := kinds(r.Discrepancies); !strings.Contains(got, "number:minus 12 degrees/minus 8") {
		t.Errorf("got %q, want minus 12 degrees / minus 8", got)
	}
	for _, d := range r.Discrepancies {
		t.Log(d.About)
	}
	r = run(doc("a", "Barn fire\n\nFirefighters fought the barn blaze in temperatures of minus 12 degrees.", day),
		doc("b", "Barn fire\n\nFirefighters fought the barn blaze in temperatures of minus 12 degrees Fahrenheit.", day))
	if got := kinds(r.Discrepancies); got != "" {
		t.Errorf("one temperature told with and without its scale: got %q, want none", got)
	}
}
