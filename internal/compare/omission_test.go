package compare

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/story"
)

func TestOmits(t *testing.T) {
	a := doc("a", "Quake hits island\n\nAn earthquake injured five people on the island on Monday, officials said. The quake damaged the harbour.", day)
	b := doc("b", "Island quake\n\nFive people were hurt when the earthquake struck the island on Monday. Schools were closed.", day)
	c := doc("c", "Island quake\n\nSchools on the island were closed on Monday after the earthquake.", day)
	docs := []story.Doc{a, b, c}
	merged := story.Assemble(&corroborate.Story{}, docs)
	cm := newComparer(Input{Docs: docs, Merged: merged})
	facts := cm.storyFacts([]corroborate.Consensus{{Fact: "5 people injured", Articles: []string{"a"}, Origins: 1}}, nil, nil)
	// b says it in other words ("hurt"): not an omission. c does not say it.
	if got := cm.omits(1, facts); len(got) != 0 {
		t.Errorf("b states the fact in other words, omits = %q", got)
	}
	if got := cm.omits(2, facts); len(got) != 1 || !strings.Contains(got[0], "injured") {
		t.Errorf("c leaves the injured out, omits = %q", got)
	}
	// What a speaker said is no fact an article leaves out, nor is who
	// said it, nor a discrepancy label with no subject ("day — “meet”").
	said := cm.storyFacts([]corroborate.Consensus{{Fact: "Daniel Okafor: “The harbour will reopen next week”", Articles: []string{"a"}},
		{Fact: "“The harbour will reopen next week,” said Daniel Okafor, the harbour master.", Articles: []string{"a"}},
		{Fact: "\"It was a shock to the whole island,\" she said.", Articles: []string{"a"}},
		{Fact: "“When I was a child on the island I never imagined that I would one day…", Articles: []string{"a"}}},
		[]corroborate.Discrepancy{{About: "who said “the harbour”", Kind: "speaker"}, {About: "day — “meet” (harbour board)", Kind: "date", Type: "weekday"}}, nil)
	if len(said) != 0 {
		t.Errorf("statements, speakers and bare labels are no facts: %+v", said)
	}
	// A title in quotation marks opens a fact, not a quotation.
	if got := cm.storyFacts([]corroborate.Consensus{{Fact: "“Moonrise,” like the first film, is based on a novel.", Articles: []string{"a"}}}, nil, nil); len(got) != 1 {
		t.Errorf("a sentence opening with a title is a fact: %+v", got)
	}
	// A fact of one content word is too thin to call omitted.
	thin := cm.storyFacts([]corroborate.Consensus{{Fact: "harbour", Articles: []string{"a"}}}, nil, nil)
	if got := cm.omits(2, thin); len(got) != 0 {
		t.Errorf("thin fact: omits = %q", got)
	}
}

// A fact told over two sentences, or with a derived word the WordNet
// extract does not link ("arsonist" for "arson"), is stated. (Sentences
// written for this test.)
func TestOmitsOtherShapes(t *testing.T) {
	a := doc("a", "Barn fire\n\nThe barn fire was arson, the fire chief said. It destroyed the hay store.", day)
	b := doc("b", "Barn burns\n\nA barn burned down on Monday. An arsonist started the fire, the chief said.", day)
	c := doc("c", "Farm news\n\nThe hay harvest was good this year.", day)
	docs := []story.Doc{a, b, c}
	cm := newComparer(Input{Docs: docs, Merged: story.Assemble(&corroborate.Story{}, docs)})
	facts := cm.storyFacts([]corroborate.Consensus{{Fact: "The barn fire was arson", Articles: []string{"a"}}}, nil, nil)
	if got := cm.omits(1, facts); len(got) != 0 {
		t.Errorf("b states it over two sentences with 'arsonist': omits = %q", got)
	}
	if got := cm.omits(2, facts); len(got) != 1 {
		t.Errorf("c leaves it out: omits = %q", got)
	}
}

// Figures are read in digits and in words; "one" is no figure (a pronoun
// or determiner as often as a number).
func TestFactValues(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []float64
	}{
		{"Three men drove their van", []float64{3}},
		{"1,000 people and twenty-six cars", []float64{1000, 26}},
		{"No one was hurt; one of them fled", nil},
		{"Nan and Inf are names", nil},
	} {
		if got := factValues(c.in); !slices.Equal(got, c.want) {
			t.Errorf("factValues(%q) = %v, want %v", c.in, got, c.want)
		}
	}
}

// A fact that a sentence (or two) gives with one of its figures, written in
// words, and a third of its words is stated: "Three thieves took copper. The
// thieves drove a van into the depot" states "Three men drove their van into
// the depot near the rail yard in the latest of a series of thefts". (Sentences
// written for this test.)
func TestOmitsFigureInWords(t *testing.T) {
	a := doc("a", "Depot theft\n\nThree men drove their van into the Carver depot near the old rail yard in the latest of a series of night thefts.", day)
	b := doc("b", "Copper theft\n\nThree thieves took copper cable early Monday. The thieves drove a van into the Carver depot.", day)
	c := doc("c", "Town news\n\nThe old rail yard reopened after repairs.", day)
	docs := []story.Doc{a, b, c}
	cm := newComparer(Input{Docs: docs, Merged: story.Assemble(&corroborate.Story{}, docs)})
	facts := cm.storyFacts([]corroborate.Consensus{{Fact: "Three men drove their van into the Carver depot near the old rail yard in the latest of a series of night thefts.", Articles: []string{"a"}}}, nil, nil)
	if got := cm.omits(1, facts); len(got) != 0 {
		t.Errorf("b states it with the figure in words: omits = %q", got)
	}
	if got := cm.omits(2, facts); len(got) != 1 {
		t.Errorf("c leaves it out: omits = %q", got)
	}
}

// A figure is read with the noun it counts, over a scale word, "in"/"of"
// and an adjective; units, times and years are not what is counted.
// (Phrases written for this test.)
func TestValueNouns(t *testing.T) {
	cm := newComparer(Input{Docs: []story.Doc{}, Merged: story.Assemble(&corroborate.Story{}, nil)})
	for _, c := range []struct {
		in   string
		want []valueNoun
	}{
		{"a 125-seat parliament", []valueNoun{{125, "seat"}}},
		{"$4 million in repairs", []valueNoun{{4, "repair"}}},
		{"two young women", []valueNoun{{2, "woman"}}},
		{"five days and 5 percent in 2008", nil},
		{"one of the guards", nil},
	} {
		if got := cm.valueNouns(c.in); !slices.Equal(got, c.want) {
			t.Errorf("valueNouns(%q) = %v, want %v", c.in, got, c.want)
		}
	}
	// A sentence that gives one of the fact's figures with the noun it
	// counts states it, however few of the fact's other words it has.
	a := doc("a", "Vote\n\nAlmost all of the 280 candidates running for 120 seats in the assembly came from the ruling party or groups close to it.", day)
	b := doc("b", "Vote\n\nVoters chose a 120-seat assembly on Sunday.", day)
	c := doc("c", "Vote\n\nVoters went to the polls on Sunday.", day)
	docs := []story.Doc{a, b, c}
	cm = newComparer(Input{Docs: docs, Merged: story.Assemble(&corroborate.Story{}, docs)})
	facts := cm.storyFacts([]corroborate.Consensus{{Fact: "Almost all of the 280 candidates running for 120 seats in the assembly came from the ruling party or groups close to it.", Articles: []string{"a"}}}, nil, nil)
	if got := cm.omits(1, facts); len(got) != 0 {
		t.Errorf("b gives the 120 seats: omits = %q", got)
	}
	if got := cm.omits(2, facts); len(got) != 1 {
		t.Errorf("c leaves it out: omits = %q", got)
	}
}

// A fact is what the articles stating it share: one outlet's details
// ("beside the old tannery") are its wording, and an article that states
// the shared part states the fact. (Sentences written for this test.)
func TestSharedCore(t *testing.T) {
	a := doc("a", "Ferry\n\nA cargo ferry ran aground beside the old tannery on the east quay of Lunmouth harbour in thick fog with 12 crew aboard on Tuesday.", day)
	b := doc("b", "Grounding\n\nThe cargo ferry ran aground at Lunmouth harbour with 12 crew aboard.", day)
	c := doc("c", "Harbour\n\nA ferry carrying cargo went aground at Lunmouth harbour; its crew were unhurt.", day)
	docs := []story.Doc{a, b, c}
	cm := newComparer(Input{Docs: docs, Merged: story.Assemble(&corroborate.Story{}, docs)})
	text := "A cargo ferry ran aground beside the old tannery on the east quay of Lunmouth harbour in thick fog with 12 crew aboard on Tuesday."
	f := storyFact{text: text, words: cm.lx.ContentWords(text), values: factValues(text), in: []string{"a", "b"}}
	core := cm.sharedCore(f, map[int][]factSentence{})
	if core == nil || core["tannery"] || !core["ferry"] || !core["harbour"] {
		t.Fatalf("core = %v, want the shared words without the tannery", core)
	}
	if st := cm.measure(f, cm.factSentences(2), nil); st.stated(statedShare, statedShareValue) {
		t.Errorf("c carries too few of the fact's own words to state it without the core: %+v", st)
	}
	f.core = core
	if st := cm.measure(f, cm.factSentences(2), nil); !st.stated(statedShare, statedShareValue) {
		t.Errorf("c states the shared core: %+v", st)
	}
	one := f
	one.in = []string{"a"}
	if cm.sharedCore(one, map[int][]factSentence{}) != nil {
		t.Errorf("a fact one article states has no shared core")
	}
}

// A number fact an article tells in part, without its figure, is shown as
// the figure's clause; a fact listed twice is one omission; a sentence cut
// in two is no fact. (Sentences written for this test.)
func TestOmitsFigureClause(t *testing.T) {
	a := doc("a", "Flood watch\n\nThe warden said that 350 sandbags were handed out at the depot, and the creek rose overnight.", day)
	b := doc("b", "Flood update\n\nSandbags were handed out at the depot on Tuesday.", day)
	c := doc("c", "Creek rises\n\nA choir sang at the town hall.", day)
	docs := []story.Doc{a, b, c}
	cm := newComparer(Input{Docs: docs, Merged: story.Assemble(&corroborate.Story{}, docs)})
	fact := corroborate.Consensus{Fact: "The warden said that 350 sandbags were handed out at the depot, and the creek rose overnight.", Articles: []string{"a"}}
	facts := cm.storyFacts([]corroborate.Consensus{fact, fact}, nil, nil)
	if got := cm.omits(1, facts); len(got) != 1 || got[0] != "350 sandbags were handed out at the depot" {
		t.Errorf("b tells the handing out without the figure: omits = %q", got)
	}
	if got := cm.omits(2, facts); len(got) != 1 || got[0] != fact.Fact {
		t.Errorf("c tells none of it: omits = %q", got)
	}
	cut := cm.storyFacts([]corroborate.Consensus{{Fact: "connection with the flooding of the lower depot road.", Articles: []string{"a"}}}, nil, nil)
	if len(cut) != 0 {
		t.Errorf("a fragment is no fact: %+v", cut)
	}
}

// A figure's clause that opens with its verb is shown after the sentence's
// subject; a thousands group written after a comma and a space is one
// figure. (Sentences written for this test.)
func TestFigureClausesSubject(t *testing.T) {
	a := doc("a", "Dock\n\nThe dock reopened.", day)
	docs := []story.Doc{a}
	cm := newComparer(Input{Docs: docs, Merged: story.Assemble(&corroborate.Story{}, docs)})
	for _, c := range []struct{ in, want string }{
		{"The ferry company, which paid a $4,200 fine last winter, wants a grant.", "The ferry company … paid a $4,200 fine last winter"},
		{"Crowds filled the quay, and another 12, 500 visitors queued at the gate.", "another 12,500 visitors queued at the gate"},
		{"Nobody was hurt, including four deckhands on the barge.", "including four deckhands on the barge"},
	} {
		if got := cm.figureClauses(c.in); got != c.want {
			t.Errorf("figureClauses(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestCarriesRemembered: carries' bit rows by sentence give the answer
// carries works out (the word itself, or a close word of the sentence),
// asked in any order, twice, and for words numbered after a sentence's row
// was made (the row grows). (Sentences written for this test.)
func TestCarriesRemembered(t *testing.T) {
	a := doc("a", "Ferry\n\nA cargo ferry ran aground at Lunmouth harbour with 12 crew aboard on Tuesday. The crew were unhurt.", day)
	b := doc("b", "Grounding\n\nThe boat went aground in thick fog; its sailors swam to the quay.", day)
	docs := []story.Doc{a, b}
	cm := newComparer(Input{Docs: docs, Merged: story.Assemble(&corroborate.Story{}, docs)})
	var sents []*factSentence
	for di := range docs {
		s := cm.factSentences(di)
		for k := range s {
			sents = append(sents, &s[k])
		}
	}
	words := []string{"ferry", "boat", "crew", "sailor", "harbour", "quay", "fog", "aground", "tuesday", "choir"}
	for i := range 140 { // words numbered late: ids past the first rows' 64 bits
		words = append(words, fmt.Sprintf("word%d", i))
	}
	words = append(words, "vessel", "ship")
	want := func(w int32, s *factSentence) bool {
		if s.words[cm.words[w]] {
			return true
		}
		return slices.ContainsFunc(s.ids, func(v int32) bool { return cm.closeIDs(w, v) })
	}
	rng := rand.New(rand.NewPCG(1, 2))
	yes := 0
	for round := range 2 {
		for _, i := range rng.Perm(len(words) * len(sents)) {
			w, s := cm.wordID(words[i%len(words)]), sents[i/len(words)]
			got := cm.carries(w, s)
			if got != want(w, s) {
				t.Errorf("round %d: carries(%q, sentence %d) = %v, want %v", round, cm.words[w], s.serial, got, !got)
			}
			if got {
				yes++
			}
		}
	}
	if yes == 0 {
		t.Error("no sentence carries any word")
	}
}
