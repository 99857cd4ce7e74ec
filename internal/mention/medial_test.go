package mention

import "testing"

// TestMedialAttribution: a reporting frame set off by two commas inside
// the statement it reports ("The levy, she said, would …") attributes the
// words on both sides of it; a participle after the second comma opens a
// statement of its own; an aside opened by a relative pronoun
// is no reporting frame, nor is a verb with an object of its own.
func TestMedialAttribution(t *testing.T) {
	body := "Marta Quell manages the orchard cooperative at Lindow. " +
		"The new cider levy, Quell said, would ruin the smaller growers by autumn. " +
		"In the valley, growers argued, the frost had already cut the harvest in half. " +
		"The pickers left early, she said, adding that the vans had broken down. " +
		"The cellar, that Quell said was flooded, stayed shut until noon. " +
		"The grower, who Quell said was ill, stayed home until noon. " +
		"On Monday, Quell announced a plan for the barns, and the pickers cheered."
	a := analyze(body)
	wants := map[string]speakerWant{
		"The new cider levy would ruin the smaller growers by autumn": {"Marta Quell", "Quell", "named"},
		"In the valley the frost had already cut the harvest in half": {"", "growers", "nominal"},
		"The pickers left early": {"Marta Quell", "she", "pronoun"},
	}
	got := checkSpeakers(t, a, wants)
	for text := range got {
		switch text {
		case "The cellar stayed shut until noon", "The grower stayed home until noon", "On Monday and the pickers cheered":
			t.Errorf("an aside was read as a reporting frame: %q", text)
		}
	}
}
