package mention

import "testing"

// TestBoundObject: a cue coordinated after the content of a statement,
// whose object pronoun fits the content's subject and not the first
// speaker, shares the first speaker (a personal pronoun object is never
// its own clause's subject: Quirk et al. 1985 §6.23-6.25); guards: a
// reflexive object, a pronoun that fits the first speaker as well, and a
// second person it may stand for keep the content's subject.
func TestBoundObject(t *testing.T) {
	for _, c := range []struct{ name, body, quote, want string }{
		{"him after a content clause",
			"Oskar Brandvik ran the depot until May.\n\nMarit Solheim said Oskar Brandvik was to blame for the late buses and accused him of “hiding the repair bills from the board.”",
			"hiding the repair bills from the board.", "Marit Solheim"},
		{"her, no determiner",
			"Marit Solheim ran the depot until May.\n\nOskar Brandvik said Marit Solheim was to blame for the late buses and accused her of “hiding the repair bills from the board.”",
			"hiding the repair bills from the board.", "Oskar Brandvik"},
		{"reported, no quotation marks",
			"Oskar Brandvik ran the depot until May.\n\nMarit Solheim said Oskar Brandvik was late with the rota again and blamed him for the empty routes.",
			"him for the empty routes", "Marit Solheim"},
		{"guard: reflexive object",
			"Oskar Brandvik ran the depot until May.\n\nMarit Solheim said Oskar Brandvik was to blame for the late buses and accused himself of “hiding the repair bills from the board.”",
			"hiding the repair bills from the board.", "Oskar Brandvik"},
		{"guard: the pronoun fits the first speaker too",
			"Oskar Brandvik ran the depot until May.\n\nAnders Solheim said Oskar Brandvik was to blame for the late buses and accused him of “hiding the repair bills from the board.”",
			"hiding the repair bills from the board.", "Oskar Brandvik"},
		{"guard: another man named before the cue",
			"Oskar Brandvik ran the depot until May.\n\nMarit Solheim said Oskar Brandvik met Jon Aasen at the depot and accused him of “hiding the repair bills from the board.”",
			"hiding the repair bills from the board.", "Oskar Brandvik"},
	} {
		wantSpeaker(t, c.name, c.body, c.quote, c.want)
	}
}
