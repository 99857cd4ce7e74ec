package mention

import "testing"

// TestMainAfterIntro: a sentence that opens with an adverbial clause
// ("While …, …") gives a quote after its main clause the main clause's
// subject, not the name in the clause before it; a cue in the main clause
// is left as it was.
func TestMainAfterIntro(t *testing.T) {
	body := "Mayor Tilda Brask opened the new library on Monday. " +
		"After councillor Jonas Weller criticised the budget during a debate, Brask shot back, “I could have cut the buses, but I chose the books.” " +
		"While Weller pledged to work with both parties, Brask insisted that the reading rooms would stay open. " +
		"After the vote, Brask said that the rooms would open early, and Weller agreed. " +
		"After the count, Brask added that Weller had said, “The shelves are too low.”"
	a := analyze(body)
	wants := map[string]speakerWant{
		"I could have cut the buses, but I chose the books.": {"Tilda Brask", "Brask", "named"},
		"the reading rooms would stay open":                  {"Tilda Brask", "Brask", "named"},
		"the rooms would open early":                         {"Tilda Brask", "Brask", "named"},
		"The shelves are too low.":                           {"Jonas Weller", "Weller", "named"},
	}
	checkSpeakers(t, a, wants)
}

// TestSaidBefore: a quote right after "X said," is X's, though a clause
// with a verb of saying follows it ("…, when Y asked …").
func TestSaidBefore(t *testing.T) {
	body := "Mayor Tilda Brask opened the new library on Monday, and councillor Jonas Weller came too. " +
		"Brask had previously said, “We will wait and see,” when Weller asked whether she would run again."
	a := analyze(body)
	checkSpeakers(t, a, map[string]speakerWant{
		"We will wait and see": {"Tilda Brask", "Brask", "named"},
	})
}
