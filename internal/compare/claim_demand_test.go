package compare

import (
	"slices"
	"sort"
	"testing"

	"github.com/corroborate/corroborate/internal/story"
)

// A demand ("urged <X> to resign", "called for <X> to resign"), a refused
// demand ("dismissed calls to resign") and an accusation ("accused <X> of
// taking …") state a claim about another than the clause's subject, held by
// the subject (Quirk et al. 1985 §16.40, object control; §17.26, a noun's
// to-infinitive). (Sentences written for this test.)
func TestDemandReading(t *testing.T) {
	type want struct {
		subject, verb, comp, by string
		negated                 bool
	}
	demands := func(s string) []want {
		var out []want
		for _, p := range readClauses(s) {
			if p.demandBy != "" || p.demandByPron != "" {
				by := p.demandBy
				if by == "" {
					by = p.demandByPron
				}
				subj := p.subject
				if subj == "" {
					subj = p.pron
				}
				out = append(out, want{subj, p.verb, p.comp, by, p.negated})
			}
		}
		return out
	}
	for _, c := range []struct {
		s    string
		want []want
	}{
		{"Marlow has dismissed calls to resign.", []want{{"Marlow", "resign", "", "Marlow", true}}},
		{"Marlow flatly rejected calls to resign after the audit.", []want{{"Marlow", "resign", "", "Marlow", true}}},
		{"Marlow rejected calls by the ferry union to hold a new ballot.", []want{{"Marlow", "hold", "ballot", "Marlow", true}, {"Marlow", "hold", "ballot", "the ferry union", false}}},
		{"He rejected the calls from the ferry union to resign.", []want{{"he", "resign", "", "he", true}, {"he", "resign", "", "the ferry union", false}}},
		{"The ferry union renewed calls for Marlow to resign.", []want{{"Marlow", "resign", "", "the union", false}}},
		{"The ferry union has stepped up calls for the harbour master to quit.", nil}, // "step up" is no verb of making the call
		{"The ferry union repeated its calls for the harbour master to quit.", []want{{"the master", "quit", "", "the union", false}}},
		{"The ferry union called for Marlow to resign.", []want{{"Marlow", "resign", "", "the union", false}}},
		{"The ferry union called on Okafor to reopen the pier.", []want{{"Okafor", "reopen", "pier", "the union", false}}},
		{"The ferry union urged Marlow to step down.", []want{{"Marlow", "step down", "", "the union", false}}},
		{"The harbour police urged the ferry pilots to come forward with photographs.", []want{{"the pilot", "come forward", "", "the police", false}}},
		{"The ferry union demanded that Marlow resign.", []want{{"Marlow", "resign", "", "the union", false}}},
		{"The ferry union demanded that the harbour master repay the levy.", []want{{"the master", "repay", "levy", "the union", false}}},
		{"The ferry union demanded that Marlow should reopen the pier.", []want{{"Marlow", "reopen", "pier", "the union", false}}},
		{"The ferry union accused Okafor of selling the pier.", []want{{"Okafor", "sell", "pier", "the union", false}}},
		{"Marlow accused the harbour master of hiding the ledger.", []want{{"the master", "hide", "ledger", "Marlow", false}}},
	} {
		if got := demands(c.s); !slices.Equal(got, c.want) {
			t.Errorf("%q: got %+v, want %+v", c.s, got, c.want)
		}
	}
	// Guards: no position taken, or no one the demand is made of.
	for _, s := range []string{
		"Marlow did not reject calls to resign.",                    // no refusal
		"Marlow may reject calls to resign.",                        // a possibility
		"Marlow will reject calls to resign.",                       // a prediction
		"Marlow faced calls to resign.",                             // a response, not a refusal
		"The ferry union faced calls for Marlow to resign.",         // the union is not the caller
		"The ferry union heeded calls for Marlow to resign.",        // nor here
		"The ferry union renewed calls to resign.",                  // whose resignation is not said
		"Marlow was urged to resign.",                               // a passive: the urger unnamed
		"Marlow was accused of selling the pier.",                   // a passive: the accuser unnamed
		"The ferry union accused Marlow of lying.",                  // an act with no object: too little to check
		"The ferry union accused Marlow of selling it.",             // an object pronoun names nothing
		"The ferry union called for fresh talks over the pier.",     // a noun, not an act of someone's
		"The ferry union urged him to resign.",                      // an object pronoun: not read as whom
		"The ferry union urged Marlow to be patient.",               // a state, not an act
		"The ferry union rejected the offer to buy the pier.",       // an offer is no demand
		"The ferry union called Marlow to testify.",                 // "call" without "for" or "on": a summons
		"Okafor, a spokesman for Marlow, rejected calls to resign.", // on another's behalf: whose resignation is not told
		"A lawyer for Marlow dismissed calls to resign.",            // likewise
		"The ferry union would have urged Marlow to resign.",        // a perfective hypothetical: not done
		"The ferry union would urge Marlow to resign.",              // a hypothetical
		"The ferry union could have called for Marlow to resign.",   // a possibility
		"The ferry union might have accused Marlow of selling the pier.",
	} {
		if got := demands(s); len(got) != 0 {
			t.Errorf("%q: read demands %+v", s, got)
		}
	}
}

// A refused demand and the demand made in another article are one claim
// with two positions; an accusation and the accused's denial likewise.
// (Articles written for this test.)
func TestDemandStance(t *testing.T) {
	positions := storyStances
	a := "Harbour vote\n\nMayor Tilda Varga has dismissed calls to resign, saying the town needs a steady hand."
	b := "Harbour vote\n\nThe Dockworkers Union called for Tilda Varga to resign after the vote."
	if got := positions(a, b); !slices.Equal(got, []string{"Dockworkers Union affirms b: Tilda Varga should resign", "Tilda Varga denies a: Tilda Varga should resign"}) {
		t.Errorf("a refused demand: got %v", got)
	}
	// A phrasal verb meets its WordNet synonym; the caller named with "by".
	c := "Harbour vote\n\nMayor Tilda Varga has rejected calls by the Dockworkers Union to step down."
	if got := positions(c, b); !slices.Contains(got, "Tilda Varga denies a: Tilda Varga should step down") || !slices.Contains(got, "Dockworkers Union affirms b: Tilda Varga should step down") {
		t.Errorf("a synonym and a caller: got %v", got)
	}
	// A role written for the one the demand is made of: the story's holder
	// of that title.
	d := "Harbour vote\n\nThe Dockworkers Union renewed calls for the mayor to resign."
	if got := positions(a, d); !slices.Contains(got, "Dockworkers Union affirms b: Tilda Varga should resign") {
		t.Errorf("a role: got %v", got)
	}
	// Two holders of the title (two towns' mayors): the role names neither,
	// though one is mentioned more.
	two := "Border talks\n\nMayor Tilda Varga of Lorvania met Mayor Oskar Brandt of Estmark on Monday. Mayor Tilda Varga said the talks were useful. Mayor Tilda Varga left.\n\nThe Estmark Workers Union called for the mayor to resign."
	if got := positions(two, a); len(got) != 0 {
		t.Errorf("two mayors: got %v", got)
	}
	e := "Mill fire\n\nThe Pell family accused Oskar Brandt of starting the mill fire."
	f := "Mill fire\n\nOskar Brandt denied starting the mill fire, his lawyer said."
	if got := positions(e, f); !slices.Contains(got, "Pell family affirms a: Oskar Brandt starts the mill fire") || !slices.Contains(got, "Oskar Brandt denies b: Oskar Brandt starts the mill fire") {
		t.Errorf("an accusation denied: got %v", got)
	}
	// A demand a report denies or doubts is not held by the one said to
	// make it ("<Z> denied that <Y> had urged <X> to resign").
	for _, x := range []string{
		"Harbour vote\n\nOskar Brandt denied that the Dockworkers Union had urged Tilda Varga to resign.",
		"Harbour vote\n\nOskar Brandt rejected reports that the Dockworkers Union had urged Tilda Varga to resign.",
		"Harbour vote\n\nOskar Brandt doubts that the Dockworkers Union urged Tilda Varga to resign.",
	} {
		if got := positions(x, a); len(got) != 0 {
			t.Errorf("%q: a denied demand: got %v", x, got)
		}
	}
	// One reported plainly is held all the same.
	if x := "Harbour vote\n\nOskar Brandt said the Dockworkers Union had urged Tilda Varga to resign."; !slices.Contains(positions(x, a), "Dockworkers Union affirms a: Tilda Varga should resign") {
		t.Errorf("%q: a reported demand: got %v", x, positions(x, a))
	}
	// Guards: one facing calls makes none, so the caller alone holds no
	// disputed claim; an accusation of another act is no answer to a
	// denial.
	g := "Harbour vote\n\nMayor Tilda Varga faced calls to resign, saying the town needs a steady hand."
	if got := positions(g, b); len(got) != 0 {
		t.Errorf("facing calls: got %v", got)
	}
	h := "Mill fire\n\nThe Pell family accused Oskar Brandt of selling the mill."
	if got := positions(h, f); len(got) != 0 {
		t.Errorf("another act: got %v", got)
	}
}

// storyStances runs articles written for a test (ids a, b, …, one day) as
// one story and gives each stance as "holder position article: claim",
// sorted.
func storyStances(texts ...string) []string {
	var ds []story.Doc
	for i, s := range texts {
		ds = append(ds, doc(string(rune('a'+i)), s, day))
	}
	var out []string
	for _, s := range run(ds...).Stances {
		out = append(out, s.Holder+" "+s.Position+" "+s.Article+": "+s.Claim)
	}
	sort.Strings(out)
	return out
}

// checkStances reports each stance of want missing from got and each of not
// found in it (got as storyStances gives them).
func checkStances(t *testing.T, name string, got, want, not []string) {
	t.Helper()
	for _, w := range want {
		if !slices.Contains(got, w) {
			t.Errorf("%s: no %q in %q", name, w, got)
		}
	}
	for _, w := range not {
		if slices.Contains(got, w) {
			t.Errorf("%s: %q in %q", name, w, got)
		}
	}
}
