package compare

import "testing"

// TestLoweredFigures: a figure in the "to" phrase of a verb of decrease is
// the state a changing quantity reached, compared only with another such
// figure; a figure that grew, or a "to" after a verb of no change, keeps
// its pairs. Sentences written for this test, invented names.
func TestLoweredFigures(t *testing.T) {
	cases := []struct{ name, a, b, want string }{
		{"lead cut against the lead before", "Stage nine was won by Petra Lind, who cut Anna Vos's lead to nine seconds.",
			"Anna Vos leads by 31 seconds.", ""},
		{"storm weakened against its landfall winds", "By Sunday evening the storm had weakened to a tropical storm with winds of 60 mph near Tarrow Bay.",
			"The storm hit Tarrow Bay on Sunday with winds of 105 mph.", ""},
		{"budget cut against the budget", "The Delvin council cut the library budget to $2 million on Monday.",
			"The Delvin library budget is $3 million a year, the council said on Monday.", ""},
		{"term reduced against the term", "On appeal, the prison term of Omar Kessel was reduced to four years.",
			"The prison term of Omar Kessel is six years.", ""},
		{"river fell against its peak", "Water levels at Delvin fell to 4.1 metres on Wednesday.",
			"The river at Delvin peaked at 5.8 metres on Tuesday.", ""},
		{"guard: two figures a decrease reached", "Stage nine was won by Petra Lind, who cut Anna Vos's lead to nine seconds.",
			"Stage nine was won by Petra Lind, who cut Anna Vos's lead to 14 seconds.", "nine seconds/14 seconds"},
		{"guard: to after a verb of no change", "Omar Kessel was sentenced to six years at Tarrow Crown Court.",
			"Omar Kessel was jailed for eight years at Tarrow Crown Court.", "six years/eight years"},
	}
	wantNumberPairs(t, cases)
}
