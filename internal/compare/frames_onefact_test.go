package compare

import "testing"

// TestFramesKeepOneFact: pairs the four frames of precinvA had taken apart
// though both figures tell one fact (a remainder told with "remain", a
// count after the "to" of a recipient, an unnamed age whose month dates a
// postmodifying clause or whose other sentence names a day of that month,
// "in all" before a noun, "totalling" of one amount); guards keep the
// frames' own separations. Sentences written for this review, invented
// names (articles of May 2023).
func TestFramesKeepOneFact(t *testing.T) {
	cases := []struct{ name, a, b, want string }{
		{"games left against games that remain", "Brackford United are three points clear with 12 games left.",
			"Brackford United are three points clear and 11 games remain.", "12/11"},
		{"power cut to homes against homes without power", "The storm cut power to 40,000 homes across Brell county on Tuesday.",
			"The storm left 35,000 homes across Brell county without power on Tuesday.", "40,000/35,000"},
		{"a month and a day of that month", "In January, a 30-year-old drifter took a bullet by the Velden Club.",
			"A 31-year-old drifter took a bullet by the Velden Club on January 14.", "30-year-old/31-year-old"},
		{"a month in a relative clause of the person", "A 24-year-old drifter who was detained in March now stands accused of killing Ilsa Brandt.",
			"A 25-year-old drifter now stands accused of killing Ilsa Brandt.", "24-year-old/25-year-old"},
		{"in all before a noun", "Edda Moll has run the Fennick ferry for 20 years in all weathers.",
			"Edda Moll has run the Fennick ferry for 22 years.", "20 years/22 years"},
		{"a fine totalling one amount", "Harlan Foods was given a fine totalling $40,000 over the Brell spill.",
			"Harlan Foods was fined $45,000 over the Brell spill.", "$40,000/$45,000"},
		{"guard: a sum in all against one painting", "The two paintings stolen from the Arden museum are worth $3 million in all.",
			"The larger painting stolen from the Arden museum is worth $2 million.", ""},
		{"guard: an earlier victim dated by a fronted month", "Detectives on Monday held a 24-year-old drifter over the gunfire by the Velden Club.",
			"In January, a 30-year-old drifter took a bullet to the shin by the Velden Club.", ""},
		{"guard: a lead cut against the lead before", "Stage nine was won by Petra Lind, who cut Anna Vos's lead to nine seconds.",
			"Anna Vos leads by 31 seconds.", ""},
	}
	wantNumberPairs(t, cases)
}
