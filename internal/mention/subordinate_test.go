package mention

import "testing"

// TestMainAfterIntro: a sentence that opens with an adverbial clause
// ("While …, …") gives a quote after its main clause the main clause's
// subject, not the name in the clause before it; a cue in the main clause
// is left as it was.
func TestMainAfterIntro(t *testing.T) {
	body := "Mayor Tilda Brask opened the new library on Monday. " +
		"After councillor Jonas Weller criticised the budget during a debate, Brask shot back, “I could have cut the buses, but I chose the books.” " +
		"While Weller promised to cooperate with both blocs, Brask insisted that the reading rooms would stay open. " +
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

// TestPronounSubjects: a pronoun speaker refers to the subject of the
// sentences before it, not to a name read as the speaker of a relative
// clause aside (", who are still counting …") nor to the object of a
// sentence whose subject is the same pronoun ("She spared X …, when she
// said …").
func TestPronounSubjects(t *testing.T) {
	body := "Mayor Victor Hale won the vote on Tuesday. " +
		"Hale also offered his thanks to rivals Jonas Weller and Anton Vesk, who are still counting ballots, drawing cheers from the hall. “Give me one second, please,” he urged them. " +
		"Councillor Ida Brenn entered the race late. Steering clear of the shouting, Brenn has tried to stay positive. " +
		"She spared Mayor Tilda Brask any blame until this week, when she said that the library budget was wasteful."
	a := analyze(body)
	checkSpeakers(t, a, map[string]speakerWant{
		"Give me one second, please":      {"Victor Hale", "he", "pronoun"},
		"the library budget was wasteful": {"Ida Brenn", "she", "pronoun"},
	})
}

// TestSubordinatePronoun: a speaker window that ends in a subordinator
// and a subject pronoun ends in the subordinate clause's subject; "if"
// after a verb of asking or wondering opens an indirect question, left out.
// (Windows written for this test.)
func TestSubordinatePronoun(t *testing.T) {
	for _, c := range []struct {
		window string
		want   bool
	}{
		{"Ted Varga is meeting Mark Bellan today as he", true},
		{"Ted Varga left the hall early because she", true},
		{"Ted Varga asked Mark Bellan if he", false}, // the asker's phrase (lastNP)
		{"Mark Bellan wondered if he", false},
		{"Ted Varga asked Mark Bellan whether he", false},
		{"Ted Varga and he", false},
	} {
		if got := subordinatePronoun(c.window); got != c.want {
			t.Errorf("subordinatePronoun(%q) = %v, want %v", c.window, got, c.want)
		}
	}
}
