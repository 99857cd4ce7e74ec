package compare

import "testing"

// Sentences written for these tests (no data set's wording).

// TestPropertyOfOneThing: a count that premodifies a noun ("a five-story
// building") meets a count of the same property premodifying a noun one
// step above or below it in WordNet ("a two-story structure": a building
// is a structure), the thing named again by a more general noun; two nouns
// not so related stay two things.
func TestPropertyOfOneThing(t *testing.T) {
	cases := []foundRow{
		{"a building and a structure",
			[]string{
				"Elm Row fire\n\nCrews reached Elm Row shortly after dusk and saw smoke pouring from the roof of the five-story building on the corner.",
				"Elm Row fire\n\nWhen crews reached Elm Row they saw smoke pouring from the roof of the two-story structure on the corner, the fire chief said.",
			},
			"number:five-story/two-story"},
	}
	guards := []guardRow{
		{"a win and a lead",
			[]string{
				"Harlow rout\n\nThe Harlow guards sealed a 30-point win over Denby with a late run on Saturday night at the old arena.",
				"Harlow rout\n\nThe Harlow guards built a 20-point lead over Denby with a late run on Saturday night at the old arena.",
			}},
	}
	checkFoundRows(t, cases, guards, "number:")
}
