package compare

import "testing"

// Sentences written for these tests (no data set's wording).

// TestHarmNounDay: a day of a noun of harm ("is dead after a fatal
// shooting Wednesday") dates a done deed though its clause is in the
// present, and is set against the other article's only day of that deed;
// a present clause whose day dates no harm ("is in custody Wednesday")
// is no such day.
func TestHarmNounDay(t *testing.T) {
	expectDays(t, []dayFound{
		{"a present clause after a shooting",
			[]string{
				"Teen dead\n\nA 16-year-old boy is dead and his older brother is in custody after a fatal shooting Wednesday morning on the east side.\n\nA woman was robbed at a bus stop on Monday.",
				"Teen dead\n\nDeputies said the teenager was shot near a park on the east edge early Tuesday by a neighbour.\n\nA woman was robbed at a bus stop on Monday.",
			},
			"Wednesday morning/early Tuesday"},
	})
	expectNoDays(t, []dayNone{
		{"a present clause of no harm",
			[]string{
				"Teen dead\n\nA 16-year-old boy is dead and his older brother is in custody Wednesday morning on the east side.\n\nA woman was robbed at a bus stop on Monday.",
				"Teen dead\n\nDeputies said the teenager was shot near a park on the east edge early Tuesday by a neighbour.\n\nA woman was robbed at a bus stop on Monday.",
			}},
	})
}
