package compare

import (
	"strings"
	"testing"
)

// TestLaterOpening: a sentence opened by a time adjunct weeks, months or
// years away from the narrative's time ("A few weeks later,", "Two years
// earlier,", "Last year,") tells another happening than the story's, and
// its figures are that happening's; a time adjunct of hours or days, one
// inside the clause, and "ago" (a follow-up's own event) are no such
// opening. Sentences written for this test.
func TestLaterOpening(t *testing.T) {
	const boy = "A 3-year-old boy died Monday after he fired a pistol he found in a drawer at his home in Pellow, police said."
	const boyB = "A boy died Monday after he fired a pistol he found in a drawer at his home in Pellow, police said. "
	const gas = "Four people were injured when a gas line burst under Dray Street in Pellow on Monday, the fire chief said."
	const gasB = "A gas line burst under Dray Street in Pellow on Monday, the fire chief said. "
	cases := []struct{ name, a, b, want string }{
		{"a few weeks later", boy, boyB + "A few weeks later, detectives believe a 10-year-old boy fired a pistol and killed his 13-year-old brother.", ""},
		{"weeks later", boy, boyB + "Weeks later, a 13-year-old boy died after he fired a pistol he found at home.", ""},
		{"years earlier", gas, gasB + "Two years earlier, nine people were injured when a gas line burst under Dray Street.", ""},
		{"months later", gas, gasB + "A few months later, nine people were injured when a gas line burst there.", ""},
		{"last year", gas, gasB + "Last year, nine people were injured when a gas line burst under Dray Street.", ""},
		{"years ago, no comma", gas, gasB + "Two years ago nine people were injured when a gas line burst under Dray Street.", ""},
		{"a decade ago", gas, gasB + "A decade ago, nine people were injured when a gas line burst under Dray Street.", ""},
		{"last year's", gas, gasB + "Last year's burst under Dray Street injured nine people.", ""},
		// Guards: hours or days later is the same happening's course; a
		// time "ago" is counted back from the report, as a follow-up
		// tells its own event; an adjunct inside the clause is no
		// opening; a sentence with no adjunct is the story's.
		{"hours later", boy, boyB + "Hours later, detectives believe a 10-year-old boy fired a pistol and killed his 13-year-old brother.", "number:3-year-old/10-year-old"},
		{"two weeks ago", gas, gasB + "Two weeks ago, nine people were injured when a gas line burst under Dray Street.", "number:Four/nine"},
		{"years ago inside the clause", gas, "Nine people were injured when a gas line burst under Dray Street, which was laid two years ago.", "number:Four/Nine"},
		{"this year's", gas, gasB + "This year's burst under Dray Street injured nine people.", "number:Four/nine"},
		// A genitive of a past year on a person noun names the person by
		// a past role; the clause is the story's ("Last year's winner").
		{"last year's winner", "Hedda Lorn, who won the Varsen marathon a year earlier, crossed the line first on Sunday in a time of two hours and 31 minutes, with 14 runners behind her.",
			"Last year's winner Hedda Lorn crossed the line first on Sunday in a time of two hours and 31 minutes, with 19 runners behind her.", "number:14/19"},
		{"inside the clause", gas, gasB + "Nine people were injured when a gas line burst under Dray Street, and a second one burst weeks later.", "number:Four/Nine"},
		{"no opening", gas, "Nine people were injured when a gas line burst under Dray Street in Pellow on Monday, the fire chief said.", "number:Four/Nine"},
	}
	for _, c := range cases {
		r := run(doc("a", "Report\n\n"+c.a, day), doc("b", "Report\n\n"+c.b, day))
		got := kinds(r.Discrepancies)
		if c.want == "" && strings.Contains(got, "number:") || c.want != "" && !strings.Contains(got, c.want) {
			t.Errorf("%s: want %q, got %q", c.name, c.want, got)
		}
	}
}
