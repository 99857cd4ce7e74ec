package compare

import (
	"strings"
	"testing"
)

// Sentences written for this test (no data set's wording).

// TestNamedDoerYears: a year or a month dating one verb whose subject is
// one named person in both articles is one fact of that person, however
// little else the sentences share; a relative aside between a fronted
// time's subject and its verb ("In 1986, Ivo Marsh, who had lived in
// Elmton at the time, was convicted") holds no verb the time dates. Two
// people's convictions stay apart.
func TestNamedDoerYears(t *testing.T) {
	r := runDated(
		"Mill fraud\n\nIn March 1984, Ivo Marsh was convicted by a jury in Dover of forging checks, altering ledgers and hiding cash from auditors.",
		"Mill fraud\n\nIn 1986, Ivo Marsh, who had lived in Elmton at the time, was convicted of taking money from the mill where he kept the books for a decade.")
	if got := kinds(r.Discrepancies); !strings.Contains(got, "In March 1984/In 1986") && !strings.Contains(got, "In 1986/In March 1984") {
		t.Errorf("one man's conviction: got %q, want In March 1984/In 1986", got)
	}
	r = runDated(
		"Mill fraud\n\nIn March 1984, Ivo Marsh was convicted by a jury in Dover of forging checks, altering ledgers and hiding cash from auditors.",
		"Mill fraud\n\nIn 1986, Lena Holt, who had lived in Elmton at the time, was convicted of taking money from the mill where she kept the books for a decade.")
	if got := kinds(r.Discrepancies); strings.Contains(got, "1986") {
		t.Errorf("two people's convictions: got %q, want no year conflict", got)
	}
}
