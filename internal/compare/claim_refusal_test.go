package compare

import (
	"slices"
	"testing"

	"github.com/corroborate/corroborate/internal/lexicon"
)

// A verb one step below WordNet's communication senses of turning down or
// brushing aside refuses as they do ("rebuffed", "snubbed", "shrugged off",
// "laughed off"), and a phrasal verb of refusal with its particle before the
// object ("brushed aside calls to resign") is read whole (Quirk et al. 1985
// §16.3). (Sentences written for this test.)
func TestRefusalTroponyms(t *testing.T) {
	lx := lexicon.Default()
	for _, v := range []string{"rebuff", "snub", "shrug off", "laugh off", "brush aside", "reject", "dismiss", "spurn"} {
		if !refusalVerbOf(lx, v) {
			t.Errorf("%q: not read as a verb of refusal", v)
		}
	}
	// Guards: disapproval ("object", "discourage": reject as deem wrong),
	// disregard with other senses ("ignore"), and verbs of answering.
	for _, v := range []string{"object", "discourage", "deter", "deprecate", "ignore", "answer", "face", "heed", "decline"} {
		if refusalVerbOf(lx, v) {
			t.Errorf("%q: read as a verb of refusal", v)
		}
	}
	checkReadings(t, demandsRead, []readingCase{
		{"Marlow rebuffed calls to resign.", []string{"Marlow not resign  by Marlow"}},
		{"Marlow has snubbed calls by the ferry union to reopen the pier.", []string{"Marlow not reopen pier by Marlow", "Marlow reopen pier by the ferry union"}},
		{"Marlow brushed aside calls to resign.", []string{"Marlow not resign  by Marlow"}},
		{"Marlow shrugged off calls to step down.", []string{"Marlow not step down  by Marlow"}},
		{"Marlow reopened the pier on Monday, rebuffing calls to resign.", []string{"Marlow not resign  by Marlow"}},
		{"Marlow reopened the pier on Monday, brushing aside calls to resign.", []string{"Marlow not resign  by Marlow"}},
		// Guards: a particle of another verb, a verb of disapproval.
		{"Marlow set aside calls to resign.", nil},
		{"Marlow objected to calls to resign.", nil},
		{"Marlow discouraged calls to resign.", nil},
	})
}

// "Should" with the outcome of a contest or an attempt ("win", "lose",
// "succeed", "fail") is tentative inference, a forecast (Quirk et al. 1985
// §4.54), whoever the subject: no demand is read. (Sentences written for
// this test.)
func TestOutcomeShould(t *testing.T) {
	checkReadings(t, modalClaims, []readingCase{
		{"The Quarry Rovers should win easily.", nil},
		{"The harbour board should win.", nil},
		{"Marlow should triumph.", nil},
		{"The rowing crew should win and advance.", nil},
		{"The ferry union should fail.", nil},
		// Guards: a deed keeps its obligation; an outcome after a deed is
		// the deed's clause.
		{"The harbour board should resign.", []string{"the board should resign "}},
		{"The harbour board should quit.", []string{"the board should quit "}},
		{"The harbour board should repay the levy and resign.", []string{"the board should repay levy", "the board should resign "}},
		// An outcome verb with an object is a deed of another sense: the
		// act coordinated with it stays a demand (readD).
		{"The deputy warden should succeed the harbour master and call a vote.", []string{"the warden should succeed master", "the warden should call vote"}},
		{"The harbour board should manage the budget and cut waste.", []string{"the board should manage budget", "the board should cut waste"}},
	})
}

// A preposition takes one noun phrase (Quirk et al. 1985 §9.1): a
// determiner right after its head opens a contact relative clause (§17.12)
// or a clause of its own, which the claim leaves out. (Sentences written
// for this test.)
func TestComplementContactClause(t *testing.T) {
	comps := func(s string) []string {
		var out []string
		for _, p := range readClauses(s) {
			out = append(out, renderClaim(p))
		}
		return out
	}
	checkReadings(t, comps, []readingCase{
		{"Okafor said the blaze was connected to the attention the chapel had received.", []string{"the blaze was connected to the attention"}},
		{"Okafor said the blaze was tied to the harsh press coverage the chapel had drawn since May.", []string{"the blaze was tied to the harsh press coverage"}},
		{"Okafor said the money was given to the family the day after.", []string{"the money was given to the family"}},
		// Guards: one noun phrase, a compound noun, a complement with no
		// preposition.
		{"Okafor said the blaze was linked to the quarrel.", []string{"the blaze was linked to the quarrel"}},
		{"Okafor said the blaze was linked to the old boat shed.", []string{"the blaze was linked to the old boat shed"}},
		{"Okafor said the crew found the keys.", []string{"the crew found the keys"}},
	})
}

// A verb of worth before a to-infinitive ("deserve", "merit") is
// non-implicative (Karttunen 1971): "<X> did not deserve to be wounded"
// denies no wounding. (Articles written for this test.)
func TestWorthNonImplicative(t *testing.T) {
	stances := storyStances
	a := "Depot shooting\n\nMara Quell was wounded by a stray bullet outside the depot on Sunday."
	if got := stances(a, "Depot shooting\n\nMara Quell did not deserve to be wounded by a stray bullet, Ivo Quell said."); len(got) != 0 {
		t.Errorf("a verb of worth: got %q", got)
	}
	// Guard: a plain denial of the act stays one.
	if got := stances(a, "Depot shooting\n\nMara Quell wasn't wounded by a stray bullet, Ivo Quell said."); !slices.Contains(got, "Ivo Quell denies b: Mara Quell was wounded by a stray bullet") {
		t.Errorf("a denial: got %q", got)
	}
}

// An obligation laid on "the government" is laid on the story's one head
// of government by title ("Prime Minister <X>"): "the government should
// resign" meets "<X> dismissed calls to resign". (Articles written for this
// test.)
func TestGovernmentHead(t *testing.T) {
	stances := storyStances
	a := "Port strike\n\nOn Monday, Prime Minister Tilda Varga dismissed calls to resign, saying the port needs calm leadership."
	want := []string{"Dockworkers Union affirms b: Tilda Varga should resign", "Tilda Varga denies a: Tilda Varga should resign"}
	for _, b := range []string{
		"Port strike\n\nThe Dockworkers Union said the government should resign.",
		"Port strike\n\nThe Dockworkers Union urged the government to resign.",
	} {
		if got := stances(a, b); !slices.Equal(got, want) {
			t.Errorf("%q: got %q, want %q", b, got, want)
		}
	}
	// Guards: another body ("the city government"), a government with two
	// heads of government in the story, a title of no head of government.
	for _, c := range [][]string{
		{a, "Port strike\n\nThe Dockworkers Union urged the city government to resign."},
		{a, "Port strike\n\nThe Dockworkers Union urged the government to resign. On Tuesday, Prime Minister Oskar Brandt of Estmark met the union."},
		{"Port strike\n\nOn Monday, Mayor Tilda Varga dismissed calls to resign, saying the port needs calm leadership.", "Port strike\n\nThe Dockworkers Union said the government should resign."},
		// A former head of government heads none now (readD).
		{"Port strike\n\nThe Dockworkers Union urged the government to resign. On Monday, former Prime Minister Oskar Brandt backed the strike.", "Port strike\n\nOn Monday, Oskar Brandt dismissed calls to resign from the party board."},
		{"Port strike\n\nThe Dockworkers Union urged the government to resign. On Monday, ex-Prime Minister Oskar Brandt backed the strike.", "Port strike\n\nOn Monday, Oskar Brandt dismissed calls to resign from the party board."},
	} {
		if got := stances(c...); len(got) != 0 {
			t.Errorf("%q: got %q", c[1], got)
		}
	}
}

// A demand for a person's leaving of office written as a noun with a
// subjective genitive ("called for his resignation", Quirk et al. 1985
// §17.42) is the claim "<X> should resign"; a noun of an act done to the
// person ("his dismissal") is not read. (Sentences and articles written for
// this test.)
func TestOwnLeaving(t *testing.T) {
	checkReadings(t, demandsRead, []readingCase{
		{"The ferry union called for his resignation.", []string{"he resign  by the union"}},
		{"The ferry union demanded her resignation from the board.", []string{"she resign  by the union"}},
		{"Marlow rejected calls for his resignation.", []string{"he not resign  by Marlow"}},
		// Guards: an act done to the person, a phrase that goes on, a
		// plural possessor, an article.
		{"The ferry union demanded his dismissal.", nil},
		{"The ferry union called for his arrest.", nil},
		{"The ferry union called for his resignation letter.", nil},
		{"The ferry union called for their resignation.", nil},
		{"The ferry union called for a resignation.", nil},
	})
	stances := storyStances
	a := "Port strike\n\nOn Monday, Mayor Tilda Varga dismissed calls to resign, saying the port needs calm leadership."
	want := []string{"Dockworkers Union affirms b: Tilda Varga should resign", "Tilda Varga denies a: Tilda Varga should resign"}
	if got := stances(a, "Port strike\n\nThe Dockworkers Union called for Tilda Varga's resignation."); !slices.Equal(got, want) {
		t.Errorf("a name's resignation: got %q, want %q", got, want)
	}
	if got := stances(a, "Port strike\n\nThe Dockworkers Union called for Tilda Varga's dismissal."); len(got) != 0 {
		t.Errorf("a dismissal: got %q", got)
	}
	// "his" resolved to the one who calls for the resignation: a demand is
	// made of another, so no claim (readD); a refusal stays the refuser's.
	if got := stances("Port row\n\nThe mayor faced anger over the port on Monday. Ivo Kell called for his resignation.", "Port row\n\nOn Monday, Ivo Kell dismissed calls to resign."); len(got) != 0 {
		t.Errorf("his resignation asked by himself: got %q", got)
	}
	want = []string{"Ivo Kell affirms a: Tilda Varga should resign", "Tilda Varga denies b: Tilda Varga should resign"}
	if got := stances("Port row\n\nMayor Tilda Varga faced anger over the port on Monday. Ivo Kell called for her resignation.", "Port row\n\nOn Monday, Tilda Varga rejected calls for her resignation."); !slices.Equal(got, want) {
		t.Errorf("her resignation: got %q, want %q", got, want)
	}
}
