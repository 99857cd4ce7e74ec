package compare

import (
	"slices"
	"testing"
)

// demandsRead lists the demands and accusations read from a sentence as
// "subject verb comp by negated".
func demandsRead(s string) []string {
	var out []string
	for _, p := range readClauses(s) {
		if p.demandBy == "" && p.demandByPron == "" {
			continue
		}
		by, subj := p.demandBy, p.subject
		if by == "" {
			by = p.demandByPron
		}
		if subj == "" {
			subj = p.pron
		}
		neg := ""
		if p.negated {
			neg = " not"
		}
		out = append(out, subj+neg+" "+p.verb+" "+p.comp+" by "+by)
	}
	return out
}

// modalClaims lists the clauses read from s as "subject modal verb comp".
func modalClaims(s string) []string {
	var out []string
	for _, p := range readClauses(s) {
		out = append(out, p.subject+" "+p.modal+" "+p.verb+" "+p.comp)
	}
	return out
}

// readingCase is a sentence and the readings a test wants of it.
type readingCase struct {
	s    string
	want []string
}

// checkReadings reports each case whose readings by read differ from its want.
func checkReadings(t *testing.T, read func(string) []string, cases []readingCase) {
	t.Helper()
	for _, c := range cases {
		if got := read(c.s); !slices.Equal(got, c.want) {
			t.Errorf("%q: got %q, want %q", c.s, got, c.want)
		}
	}
}

// A demand, a refused demand or an accusation made in a supplementive -ing
// clause is held by the subject of the clause it is attached to (Quirk et
// al. 1985 §15.59); a verb whose sense with an object and a to-infinitive
// asks or advises ("asked", "begged", "advised <X> to V") makes a demand
// of its object (§16.40; Levin 1993 ch. 58, §37.9). (Sentences written for this
// test.)
func TestDemandParticipleAndRequest(t *testing.T) {
	checkReadings(t, demandsRead, []readingCase{
		{"Marlow reopened the pier on Monday, rejecting calls to resign.", []string{"Marlow not resign  by Marlow"}},
		{"Marlow, 54, vowed to stay, rejecting calls to resign.", []string{"Marlow not resign  by Marlow"}},
		{"He reopened the pier on Monday, rejecting calls to resign.", []string{"he not resign  by he"}},
		{"The ferry union staged a protest, urging Marlow to resign.", []string{"Marlow resign  by the union"}},
		{"The ferry union staged a protest, calling for Marlow to resign.", []string{"Marlow resign  by the union"}},
		{"The ferry union staged a protest, accusing Marlow of selling the pier.", []string{"Marlow sell pier by the union"}},
		{"The ferry union asked Marlow to resign.", []string{"Marlow resign  by the union"}},
		{"The ferry union asked the harbour master to reopen the pier.", []string{"the master reopen pier by the union"}},
		{"Okafor begged Marlow to stay.", []string{"Marlow stay  by Okafor"}},
		{"Okafor advised Marlow to sell the pier.", []string{"Marlow sell pier by Okafor"}},
		{"Okafor asked that Marlow resign.", []string{"Marlow resign  by Okafor"}},
		// Acts coordinated with the demanded one are demanded too.
		{"The ferry union urged Marlow to apologise and resign.", []string{"Marlow apologise  by the union", "Marlow resign  by the union"}},
		{"The ferry union demanded that Marlow apologise and resign.", []string{"Marlow apologise  by the union", "Marlow resign  by the union"}},
		{"Marlow rejected calls by the ferry union to repay the levy and sell the pier.", []string{"Marlow not repay levy by Marlow", "Marlow repay levy by the ferry union", "Marlow not sell pier by Marlow", "Marlow sell pier by the ferry union"}},
		{"The ferry union urged Marlow to repay the levy or sell the pier.", []string{"Marlow repay levy by the union"}}, // neither alone
		{"The ferry union urged Marlow to repay the levy and interest.", []string{"Marlow repay levy by the union"}},     // two nouns
		{"The ferry union urged Marlow to resign and the board agreed.", []string{"Marlow resign  by the union"}},        // another clause
	})
	for _, s := range []string{
		"The ferry union staged a protest on Friday, facing calls to disband.", // a response, not a refusal
		"If Marlow stays, rejecting calls to resign, the union will strike.",   // a condition
		"Marlow may stay, rejecting calls to resign.",                          // a possibility
		"The ferry union staged a protest after rejecting calls to disband.",   // no comma: a clause of time
		"Okafor expected Marlow to sell the pier.",                             // a prediction, no act of asking
		"Okafor wanted Marlow to sell the pier.",                               // a wish
		"The clerk applied the stamp to seal the letter.",                      // a thing is asked nothing
		"The ferry union asked him to resign.",                                 // an object pronoun names no one
		"The ferry union did not ask Marlow to resign.",                        // negated
		"Okafor told Marlow to sell the pier.",                                 // "tell" in its frame is no request sense
		// The -ing clause after a subordinate clause is the superordinate
		// clause's; after a noun phrase of persons it may postmodify it.
		"Protesters gathered outside the hall where Marlow spoke, demanding a recount.",
		"Okafor said that Marlow had failed the town, urging Marlow to resign.",
		"Marlow stayed on after the ferry union met, rejecting calls to resign.",
		"Marlow faced a crowd of protesters, demanding a recount.",
		"Marlow received a letter signed by forty residents, demanding a recount.",
	} {
		if got := demandsRead(s); len(got) != 0 {
			t.Errorf("%q: read demands %q", s, got)
		}
	}
}

// A modal of obligation states a demand with an act that has no object,
// as a demand's to-infinitive does, and a bare predicate coordinated with
// it shares its subject and operator (Quirk et al. 1985 §4.54, §13.60).
// (Sentences written for this test.)
func TestObligationCoordinated(t *testing.T) {
	checkReadings(t, modalClaims, []readingCase{
		{"The harbour board should repay the levy and resign.", []string{"the board should repay levy", "the board should resign "}},
		{"\"The harbour board should repay the levy and resign,\" said Okafor.", []string{"the board should repay levy", "the board should resign "}},
		{"Marlow must repay the levy and sell the pier.", []string{"Marlow must repay levy", "Marlow must sell pier"}},
		{"The harbour board should resign.", []string{"the board should resign "}},
		{"The harbour board should resign immediately.", []string{"the board should resign "}},
	})
	checkReadings(t, modalClaims, []readingCase{
		{"Marlow should repay the levy and interest.", []string{"Marlow should repay levy"}},   // two nouns
		{"Marlow must repay the levy or sell the pier.", []string{"Marlow must repay levy"}},   // neither alone
		{"The harbour board should look for a buyer.", nil},                                    // a prepositional verb: its object unread
		{"It is a pier every harbour board should stand for.", nil},                            // a stranded preposition
		{"Marlow should not repay the levy and resign.", []string{"Marlow should repay levy"}}, // negated: which part is not said
		{"The harbour board will repay the levy and resign.", []string{"the board  repay levy"}},
		{"The harbour board resigned.", nil},
		{"The harbour board was told to resign.", nil},
		// "should" of tentative inference: a prediction, no one to act.
		{"The storm should pass by Friday.", nil},
		{"Temperatures should rise later in the week.", nil},
		{"The storm should batter the coast and weaken by Friday.", []string{"the storm should batter coast"}},
		{"They should resign.", []string{" should resign "}},
	})
}

// A demand for an event or an act written as a noun ("called for a snap
// referendum", "demanded a recount") is the claim that it should take
// place, held by the one who demands it and denied by one who rejects
// calls for it (Quirk et al. 1985 §17.51). (Sentences written for this
// test.)
func TestNounDemand(t *testing.T) {
	nouns := func(s string) []string {
		var out []string
		for _, p := range readClauses(s) {
			if p.demandBy == "" || p.verb != "take place" {
				continue
			}
			neg := ""
			if p.negated {
				neg = " not"
			}
			out = append(out, p.subjText+neg+" by "+p.demandBy)
		}
		return out
	}
	checkReadings(t, nouns, []readingCase{
		{"The ferry union called for a snap referendum.", []string{"a snap referendum by the union"}},
		{"The ferry union is pressing for a fresh referendum.", []string{"a fresh referendum by the union"}},
		{"The ferry union demanded a recount.", []string{"a recount by the union"}},
		{"The ferry union asked for a recount on Monday.", []string{"a recount by the union"}},
		{"Okafor called for a general strike across the harbour.", []string{"a general strike by Okafor"}},
		{"The ferry union called for a boycott.", []string{"a boycott by the union"}},
		{"Marlow rejected calls by the ferry union for a snap referendum.", []string{"a snap referendum not by Marlow", "a snap referendum by the ferry union"}},
		{"Marlow has vowed to stay, rejecting calls for a snap referendum.", []string{"a snap referendum not by Marlow"}},
	})
	for _, s := range []string{
		"The ferry union called for his resignation.",         // an agent's own act: whose is left to a reading of "his"
		"The ferry union called for Marlow's resignation.",    // likewise
		"The ferry union demanded an end to the strike.",      // the head completed by its phrase
		"The ferry union demanded a recount of the ballots.",  // likewise
		"The ferry union called for three new ferries.",       // things, not an act
		"The ferry union called for tighter rules.",           // likewise
		"The ferry union asked a question.",                   // "ask" makes a demand only with "for" or an object and "to"
		"Okafor asked for patience.",                          // a quality by the commonest sense
		"The ferry union asked for donations.",                // a gift by the commonest sense
		"The ferry union did not call for a snap referendum.", // negated
		"The ferry union may call for a snap referendum.",     // a possibility
		"The ferry union faced calls for a snap referendum.",  // another's demand
		"The ferry union called on Marlow.",                   // a visit
	} {
		if got := nouns(s); len(got) != 0 {
			t.Errorf("%q: read %q", s, got)
		}
	}
}

// Two articles: one calls for an event, the other rejects calls for it.
// (Articles written for this test.)
func TestNounDemandStance(t *testing.T) {
	var out []string
	a := doc("a", "Harbour vote\n\nThe Dockworkers Union called for a recount on Monday.", day)
	b := doc("b", "Harbour vote\n\nMayor Tilda Varga rejected calls for a recount, saying the count was fair.", day)
	for _, s := range run(a, b).Stances {
		out = append(out, s.Holder+" "+s.Position+" "+s.Article+": "+s.Claim)
	}
	want := []string{"Dockworkers Union affirms a: a recount should take place", "Tilda Varga denies b: a recount should take place"}
	slices.Sort(out)
	if !slices.Equal(out, want) {
		t.Errorf("got %q, want %q", out, want)
	}
}
