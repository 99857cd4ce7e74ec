package compare

import (
	"strings"
	"testing"
)

// TestWithHavingVerb (review of recallinv3): two different facts the pairing
// rules must keep apart: a "with" count after a verb of motion and
// another outlet's verb that tells what befell some of the things
// (rescued, saved) are two facts (havingVerb). Still paired, not
// mended here: "crashed with 40 pupils" / "took 12 pupils to hospital"
// (take is a getting verb), "fled with six hostages" / "released four
// hostages" (release is first a verb of contact in WordNet), "the
// closure of 4 schools" (announced) / "seven schools closed last year"
// (nounOfEvent). Sentences written for
// this test.
func TestWithHavingVerb(t *testing.T) {
	for _, c := range []struct {
		name, a, b, want string
		found            bool
	}{
		{"one having: drove off with / loaded",
			"Depot\n\nThieves loaded 61 crates of copper wire into a lorry at the Brannick depot on Monday, police said.",
			"Depot\n\nThieves drove off with 38 crates of copper wire from the Brannick depot on Monday, police said.",
			"number:61/38", true},
		{"two legs: arrived with / left with",
			"Ferry\n\nThe Halden Star arrived with 40 passengers at Quenby on Tuesday, the harbour master said.",
			"Ferry\n\nThe Halden Star left with 12 passengers from Quenby on Tuesday, the harbour master said.",
			"number:", false},
		{"capsized with / rescued",
			"Boat\n\nA fishing boat capsized with 60 migrants off Cape Lorrow on Tuesday, the coastguard said.",
			"Boat\n\nRescuers saved 25 migrants after a fishing boat overturned off Cape Lorrow on Tuesday, the coastguard said.",
			"number:", false},
		{"sailed with / disembarked",
			"Liner\n\nThe liner Orla Bay sailed with 300 passengers from Kesting on Monday, the operator said.",
			"Liner\n\nSome 120 passengers disembarked from the liner Orla Bay at Kesting on Monday, the operator said.",
			"number:", false},
		{"sank with / rescued",
			"Trawler\n\nThe trawler Gannet Rock sank with 14 crew near Holm Skerry on Friday, the coastguard said.",
			"Trawler\n\nA helicopter rescued 9 crew after the trawler Gannet Rock went down near Holm Skerry on Friday, the coastguard said.",
			"number:", false},
		{"took a vote / voted",
			"Bill\n\nThe Ostry assembly took a vote on the housing bill on Tuesday, a spokeswoman said.",
			"Bill\n\nThe Ostry assembly voted on the housing bill again on Thursday, a spokeswoman said.",
			"weekday:", false},
		{"received the award / awarded",
			"Medal\n\nThe nurse Ada Pellow received the award at a ceremony in Corby on Saturday, the trust said.",
			"Medal\n\nThe nurse Ada Pellow was awarded the medal on Wednesday, the trust said.",
			"weekday:", false},
	} {
		got := kinds(runUndated(c.a, c.b).Discrepancies)
		hit := strings.Contains(got, c.want) || c.want == "weekday:" && strings.Contains(got, "date:")
		if hit != c.found {
			t.Errorf("%s: got %q, want %q found %v", c.name, got, c.want, c.found)
		}
	}
}
