package compare

import (
	"strings"
	"testing"
)

// Sentences written for this test (no data set's wording).

// TestNamedDoerYears: a year or a month dating one verb whose subject is
// one named person in both articles is one fact of that person, however
// little else the sentences share; a relative aside between a fronted
// time's subject and its verb ("In 2013, Nora Pell, who ran a bakery on
// the quay, was elected") holds no verb the time dates. Two people's
// elections stay apart.
func TestNamedDoerYears(t *testing.T) {
	first := "Harbour board\n\nIn May 2011, Nora Pell was elected to the harbour board on her third try, beating two fishermen and a baker."
	r := runDated(first,
		"Harbour board\n\nIn 2013, Nora Pell, who ran a bakery on the quay for years, was elected chair of the board that oversees the port.")
	if got := kinds(r.Discrepancies); !strings.Contains(got, "In May 2011/In 2013") && !strings.Contains(got, "In 2013/In May 2011") {
		t.Errorf("one woman's election: got %q, want In May 2011/In 2013", got)
	}
	r = runDated(first,
		"Harbour board\n\nIn 2013, Edda Crane, who ran a bakery on the quay for years, was elected chair of the board that oversees the port.")
	if got := kinds(r.Discrepancies); strings.Contains(got, "2013") {
		t.Errorf("two people's elections: got %q, want no year conflict", got)
	}
}
