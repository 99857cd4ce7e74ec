package compare

import (
	"testing"
)

// One claim told in opposite words is one claim, the polarity of the
// words that say its opposite turned: antonym adjectives after a copula
// ("unsafe", "safe"), an antonym verb with the same object when one clause
// is negated ("did not win", "lost"). Two affirmed opposite events are
// two claims. (Stories and names invented for this test.)
func TestOppositeClaim(t *testing.T) {
	for _, tc := range []struct {
		name      string
		texts     []string
		want, not []string
	}{
		{
			name: "antonym adjectives",
			texts: []string{
				"Ferry row\n\nThe harbour board said the ferry was unsafe. Pilot Tess Lorne said the ferry was unsafe.",
				"Ferry\n\nThe Gull Line said the ferry was safe.",
			},
			want: []string{"Gull Line denies b: the ferry was unsafe"},
		},
		{
			name: "antonym adjectives, a superordinate subject",
			texts: []string{
				"Ferry row\n\nThe harbour board said the ferry was unsafe. Pilot Tess Lorne said the ferry was unsafe.",
				"Ferry\n\nThe Gull Line said the vessel was safe.",
			},
			want: []string{"Gull Line denies b: the ferry was unsafe"},
		},
		{
			name: "a negated antonym verb",
			texts: []string{
				"Appeal\n\nCoach Abe Rusk said the club lost the appeal. Captain Ada Moss said the club did not lose the appeal.",
				"Appeal\n\nThe league said the club did not win the appeal.",
			},
			want: []string{"league affirms b: the club lost the appeal"},
		},
		{
			name: "two affirmed opposite events stay two claims",
			texts: []string{
				"Appeal\n\nCoach Abe Rusk said the club lost the appeal. Captain Ada Moss said the club did not lose the appeal.",
				"Appeal\n\nThe league said the club won the appeal.",
			},
			not: []string{"league denies b: the club lost the appeal"},
		},
		{
			name: "another subject",
			texts: []string{
				"Ferry row\n\nThe harbour board said the ferry was unsafe. Pilot Tess Lorne said the ferry was unsafe.",
				"Ferry\n\nThe Gull Line said the pier was safe.",
			},
			not: []string{"Gull Line denies b: the ferry was unsafe"},
		},
	} {
		checkStances(t, tc.name, storyStances(tc.texts...), tc.want, tc.not)
	}
}
