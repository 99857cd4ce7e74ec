package mention

import "testing"

// TestFocusedAdjunct: a fronted adjunct that a focusing subjunct opens
// ("Even as …", "Only after …"), or that a subordinator which opens no
// noun phrase opens ("When the mayor left, …"), or whose clause has an
// irregular past ("As Roe won the vote, …"), is no subject of the main
// clause: neither a name nor a title inside it speaks. Guards: a focusing
// adverb before a name ("Even Roe said", "Only Roe said") keeps the name
// as subject; a name after the adjunct speaks; a preposition's phrase
// with no clause ("In a statement, the mayor said") keeps the title.
// Invented sentences.
func TestFocusedAdjunct(t *testing.T) {
	for _, c := range []struct{ label, body, quote, want string }{
		{"even as", "Mayor Ada Brusk met Olek Tamm. Even as Brusk won the vote, the clerks insist the count was wrong.", "the count was wrong", ""},
		{"only after", "Mayor Ada Brusk met Olek Tamm. Only after Brusk left the hall, the clerks said the count was wrong.", "the count was wrong", ""},
		{"after, irregular past", "Mayor Ada Brusk met Olek Tamm. After Brusk left the hall, the clerks said the count was wrong.", "the count was wrong", ""},
		{"when, title", "Mayor Ada Brusk met the press. When the mayor left, the clerks said the count was wrong.", "the count was wrong", ""},
		{"although", "Mayor Ada Brusk met Olek Tamm. Although Tamm objected, the clerks said the count was wrong.", "the count was wrong", ""},
		// guards
		{"name after the adjunct", "Mayor Ada Brusk met Olek Tamm. Even as Tamm won the vote, Brusk said the count was wrong.", "the count was wrong", "Ada Brusk"},
		{"even before a name", "Mayor Ada Brusk met Olek Tamm. Even Brusk, who won the vote, said the count was wrong.", "the count was wrong", "Ada Brusk"},
		{"only before a name", "Mayor Ada Brusk met Olek Tamm. Only Brusk said the count was wrong.", "the count was wrong", "Ada Brusk"},
		{"prepositional phrase", "Mayor Ada Brusk met the press. In a statement, the mayor said the count was wrong.", "the count was wrong", "Ada Brusk"},
	} {
		wantSpeaker(t, c.label, c.body, c.quote, c.want)
	}
	for _, c := range []struct {
		ws   []string
		want int
	}{
		{[]string{"Even", "as", "Doe"}, 1},
		{[]string{"Only", "after", "the"}, 1},
		{[]string{"A", "week", "after", "Doe"}, 2},
		{[]string{"Even", "Doe", "said"}, 0},
		{[]string{"As", "Doe", "left"}, 0},
	} {
		if got := adjunctOpenerAt(c.ws); got != c.want {
			t.Errorf("adjunctOpenerAt(%q) = %d, want %d", c.ws, got, c.want)
		}
	}
}
