package mention

import "testing"

// TestGroupSubjectAntecedent: a "they" speaker stands for the plural noun
// phrase of people that opens a recent sentence as its subject, before a
// finite verb, a base form, an irregular past or a comma, rather than for
// an organisation named earlier; a possessor after a sentence's subject
// is no antecedent of the next "he"; "they" after "X, along with Y and
// Z," opening a sentence goes to X. (Sentences written for this test.)
func TestGroupSubjectAntecedent(t *testing.T) {
	body := "The Harbour Union called a strike in Tarnby on Monday. " +
		"The dock workers, led by a veteran welder, told the mayor about the cuts. " +
		"They said the strike would go on until the spring.\n\n" +
		"Several fishermen spent the weekend in the port. Still angry about the vote, they argued that the council had ignored the islands.\n\n" +
		"Local shopkeepers think the closure is near. In turn, they insist that the market should open twice a week.\n\n" +
		"Mayor Tomas Reyes criticised the plan on Monday. The veteran lawmaker then mocked Paul Verne’s budget. " +
		"He said the council would vote again in May.\n\n" +
		"Ines Varga, along with Judge Omar Pike and Lia Stone, a professor at Tarnby College, wrote a study of the harbour. In it, they conclude that the port is shrinking.\n\n" +
		"Judge Rosa Imbert heard the appeal in Tarnby. Nadia Forde’s fate is still unclear, but she said that she would stay in the city."
	a := analyze(body)
	want := map[string]string{
		"the strike would go on until the spring": "The dock workers",
		"the council had ignored the islands":     "Several fishermen",
		"the market should open twice a week":     "Local shopkeepers",
		"the council would vote again in May":     "Tomas Reyes",
		"the port is shrinking":                   "Ines Varga",
		"she would stay in the city":              "Nadia Forde",
	}
	for i, q := range a.Quotes {
		w, ok := want[q.Text]
		if !ok {
			continue
		}
		delete(want, q.Text)
		got := q.Speaker
		if ph, _ := a.PronounSource(i); ph != "" {
			got = ph
		}
		if got != w {
			t.Errorf("speaker of %q = %q (entity %d), want %q", q.Text, got, q.Entity, w)
		}
	}
	for text := range want {
		t.Errorf("no statement %q; got %v", text, keysOf(quotesByText(a)))
	}
}

// TestOpeningGroup: only a subject noun phrase headed by people opens a
// sentence as a group.
func TestOpeningGroup(t *testing.T) {
	for body, want := range map[string]string{
		"Several analysts said the market would recover.": "Several analysts",
		"The aides, tired and hungry, left early.":        "The aides",
		"The bridge reopened on Monday.":                  "",
		"In turn, voters said little.":                    "",
		"Party members vote on the budget every spring.":  "Party members",
	} {
		a := analyze(body)
		if got, _ := a.openingGroup(0); got != want {
			t.Errorf("openingGroup(%q) = %q, want %q", body, got, want)
		}
	}
}
