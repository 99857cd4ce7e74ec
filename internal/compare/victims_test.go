package compare

import (
	"testing"

	"github.com/corroborate/corroborate/internal/dates"
)

// TestTwoUnnamedPeoples: the days of two unnamed people's happenings (a boy
// and a man, a woman and a girl, no age written in both; or two ages, none
// written in both) are two facts; one age written in both may be one
// happening told two ways. Invented sentences.
func TestTwoUnnamedPeoples(t *testing.T) {
	pub := dates.Date{Year: 2022, Month: 3, Day: 9}
	a := "Shooting\n\nA 16-year-old boy was grazed by gunfire Monday afternoon in the Alder Vale neighborhood, police said."
	for _, tc := range []struct{ b, want string }{
		{"Shooting\n\nIn Alder Vale, a 31-year-old man was grazed by gunfire early Sunday, police said.", ""},
		{"Shooting\n\nIn Alder Vale, a 17-year-old boy was grazed by gunfire early Sunday, police said.", ""},
		{"Shooting\n\nIn Alder Vale, a 16-year-old boy was grazed by gunfire early Sunday, police said.", "date:Monday afternoon/early Sunday"},
		{"Shooting\n\nIn Alder Vale, a boy was grazed by gunfire early Sunday, police said.", "date:Monday afternoon/early Sunday"},
		{"Shooting\n\nIn Alder Vale, a 16-year-old man was grazed by gunfire early Sunday, police said.", "date:Monday afternoon/early Sunday"},
	} {
		if got := kinds(run(doc("a", a, pub), doc("b", tc.b, pub)).Discrepancies); got != tc.want {
			t.Errorf("%q: got %q, want %q", tc.b, got, tc.want)
		}
	}
}

// TestUnnamedAgesOfTwoDays: the ages of two unnamed people whose sentences
// name two different days of the week are two people's (reports of one
// happening seldom differ on its day and its person's age at once); on one
// day they are one person's age told two ways. Invented sentences.
func TestUnnamedAgesOfTwoDays(t *testing.T) {
	pub := dates.Date{Year: 2022, Month: 3, Day: 9}
	a := "Shooting\n\nA 13-year-old boy took a bullet to the leg Monday night near Tern Park, police said."
	for _, tc := range []struct{ b, want string }{
		{"Shooting\n\nA 17-year-old boy took a bullet to the leg Sunday night on the 700 block of Tern Street.", ""},
		{"Shooting\n\nA 15-year-old boy took a bullet to the leg Monday night near Tern Park, police said.", "number:13-year-old/15-year-old"},
	} {
		if got := kinds(run(doc("a", a, pub), doc("b", tc.b, pub)).Discrepancies); got != tc.want {
			t.Errorf("%q: got %q, want %q", tc.b, got, tc.want)
		}
	}
}

// TestCopyrightYear: the year of a page's copyright notice is no fact of
// the story; a year the story tells still is. Invented sentences.
func TestCopyrightYear(t *testing.T) {
	pub := dates.Date{Year: 2017, Month: 1, Day: 9}
	a := "Shooting\n\nA man was wounded on Monday, police said. The bridge was built in 1988. (Source: Tern Valley Wire © Tern Valley Courier 2017."
	for _, tc := range []struct{ b, want string }{
		{"Shooting\n\nA man was wounded on Monday, police said. The bridge was built in 1988. Copyright 2016 Tern Valley Courier.", ""},
		{"Shooting\n\nA man was wounded on Monday, police said. The bridge was built in 1986.", "date:in 1988/in 1986"},
	} {
		if got := kinds(run(doc("a", a, pub), doc("b", tc.b, pub)).Discrepancies); got != tc.want {
			t.Errorf("%q: got %q, want %q", tc.b, got, tc.want)
		}
	}
}

// TestSumsOfSeveralHappenings: a count summed over several happenings ("in
// shootings across the city") is no count of one happening, and two sums of
// two periods (days of the week, none shared) are two facts; two sums of one
// day may be one fact told two ways. Invented sentences.
func TestSumsOfSeveralHappenings(t *testing.T) {
	pub := dates.Date{Year: 2022, Month: 3, Day: 9}
	a := "Violence\n\nTwo people were wounded in a shooting on Tern Street on Tuesday, police said."
	b := "Violence\n\nEight people were hurt in shootings throughout the city from Friday to Saturday morning, police said."
	if got := kinds(run(doc("a", a, pub), doc("b", b, pub)).Discrepancies); got != "" {
		t.Errorf("one shooting vs a sum: got %q, want none", got)
	}
	a = "Violence\n\nFour people were wounded in shootings on Tuesday on the south and west sides."
	for _, tc := range []struct{ b, want string }{
		{b, ""},
		{"Violence\n\nSix people were wounded in shootings on Tuesday on the south and west sides.", "number:Four/Six"},
	} {
		if got := kinds(run(doc("a", a, pub), doc("b", tc.b, pub)).Discrepancies); got != tc.want {
			t.Errorf("%q: got %q, want %q", tc.b, got, tc.want)
		}
	}
}

// TestSumsOverAreaAndDefinitePlurals: a count spread "throughout" a whole
// area sums several happenings, so it is not compared with one
// happening's count; a count "in" a definite or counted plural ("the
// raids", "both raids") is the story's own happening, compared as one.
// Invented sentences.
func TestSumsOverAreaAndDefinitePlurals(t *testing.T) {
	pub := dates.Date{Year: 2022, Month: 3, Day: 9}
	a := "Storm\n\nTwo people were hurt when a roof fell on Tuesday, officials said."
	b := "Storm\n\nNine people were hurt throughout the county on Tuesday, officials said."
	if got := kinds(run(doc("a", a, pub), doc("b", b, pub)).Discrepancies); got != "" {
		t.Errorf("one happening vs an area's sum: got %q, want none", got)
	}
	a = "Raids\n\nThree men were arrested in a raid on Tuesday, officers said."
	for _, b := range []string{
		"Raids\n\nFive men were arrested in the raids on Tuesday, officers said.",
		"Raids\n\nFive men were arrested in both raids on Tuesday, officers said.",
	} {
		if got := kinds(run(doc("a", a, pub), doc("b", b, pub)).Discrepancies); got == "" {
			t.Errorf("%q: a definite plural's count was not compared", b)
		}
	}
}
