package mention

import "testing"

// TestPronounRuleGuards: "he"/"she" after a report whose speaker has a both-sexes
// first name keeps a person of the pronoun's gender who spoke or was named
// in the sentence before that report (W1, W2); an object pronoun after a
// content clause holding a person noun ("his nephew", "a young driver")
// may stand for that noun, so the cue keeps the content's subject (B1, B2,
// B5); W3 and B4 are the rules still firing.
func TestPronounRuleGuards(t *testing.T) {
	for _, c := range []struct{ name, body, quote, want string }{
		{"W1 he = the man quoted two sentences before",
			"Omar Lindqvist, who chairs the fair board, said the stalls had run out of honey by noon. Kelly Brannock, the treasurer, said the takings would cover the new roof. He added that the board would meet again in March.",
			"the board would meet again in March", "Omar Lindqvist"},
		{"W2 she = the woman the report was about",
			"Mayor Ruth Okafor left the council chamber early on Monday. Casey Dunmore said the mayor had broken her promise on the bus lanes. She later told reporters that the promise still stood.",
			"the promise still stood", "Ruth Okafor"},
		{"W3 fires: he after Kelly, man named far back",
			"Omar Lindqvist opened the fair on Saturday. The stalls sold out of honey by noon.\n\nOrganisers counted more visitors than last year. Kelly Brannock said the county should fund a second fair in the spring. He joked that his own hives had produced nothing this summer.",
			"his own hives had produced nothing this summer", "Kelly Brannock"},
		{"B1 him = a nephew in the content",
			"Oskar Brandvik ran the depot until May.\n\nMarit Solheim said Oskar Brandvik hired his nephew as a driver and told him to “keep quiet about the unpaid overtime.”",
			"keep quiet about the unpaid overtime.", "Oskar Brandvik"},
		{"B2 him = a driver in the content",
			"Oskar Brandvik ran the depot until May.\n\nMarit Solheim said Oskar Brandvik met a young driver at the gate and warned him that “the night routes would be cut.”",
			"the night routes would be cut.", "Oskar Brandvik"},
		{"B4 fires: and told him",
			"Oskar Brandvik ran the depot until May.\n\nMarit Solheim said Oskar Brandvik had misled the board and told him to “step aside before the audit.”",
			"step aside before the audit.", "Marit Solheim"},
		{"B5 her = a daughter in the content",
			"Marit Solheim ran the depot until May.\n\nOskar Brandvik said Marit Solheim had hired her daughter as a clerk and told her to “keep the ledgers at home.”",
			"keep the ledgers at home.", "Marit Solheim"},
	} {
		wantSpeaker(t, c.name, c.body, c.quote, c.want)
	}
}
