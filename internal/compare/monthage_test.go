package compare

import "testing"

// TestMonthBackgroundAges: an unnamed person's age in a sentence that dates
// its happening by a month alone is a person of the story's background,
// not set against the age of the story's own unnamed person; two ages of
// one month's happening, and a named person's age, keep their pair.
// Sentences written for this test, invented names (articles of May 2023).
func TestMonthBackgroundAges(t *testing.T) {
	cases := []struct{ name, a, b, want string }{
		{"an earlier victim against the drifter held", "Detectives on Monday held a 24-year-old drifter over the gunfire by the Corvel Lounge.",
			"In January, a 30-year-old drifter took a bullet to the shin by the Corvel Lounge.", ""},
		{"an earlier victim against the victim", "A 24-year-old drifter took a bullet by the Corvel Lounge on Saturday.",
			"In March, a 30-year-old drifter took a bullet by the Corvel Lounge.", ""},
		{"guard: two ages of the drifter held", "Detectives on Monday held a 24-year-old drifter over the gunfire by the Corvel Lounge.",
			"Detectives on Monday held a 26-year-old drifter over the gunfire by the Corvel Lounge.", "24-year-old/26-year-old"},
		{"guard: both dated by the month", "A 24-year-old drifter took a bullet by the Corvel Lounge in March.",
			"A 30-year-old drifter took a bullet by the Corvel Lounge in March.", "24-year-old/30-year-old"},
		{"guard: a named person", "Dana Pell, 41, was shot outside the Corvel Lounge on Saturday.",
			"Dana Pell, 44, who opened the Corvel Lounge in March, was shot outside it.", "41/44"},
	}
	wantNumberPairs(t, cases)
}
