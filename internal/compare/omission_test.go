package compare

import (
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
	facts := cm.storyFacts([]corroborate.Consensus{{Fact: "barn fire was arson", Articles: []string{"a"}}}, nil, nil)
	if got := cm.omits(1, facts); len(got) != 0 {
		t.Errorf("b states it over two sentences with 'arsonist': omits = %q", got)
	}
	if got := cm.omits(2, facts); len(got) != 1 {
		t.Errorf("c leaves it out: omits = %q", got)
	}
}
