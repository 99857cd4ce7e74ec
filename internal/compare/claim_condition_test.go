package compare

import (
	"strings"
	"testing"

	"github.com/corroborate/corroborate/internal/lexicon"
	"github.com/corroborate/corroborate/internal/text"
)

// A condition doubts only when it bears on its speaker's own statement
// after a main clause in the plain present or past; a fronted one, one
// after a modal or a future, and a hypothetical one are premises. (Sentences
// written for this test.)
func TestPremise(t *testing.T) {
	tests := []struct {
		sentence string
		want     bool
	}{
		{"If the dam fails, the town floods.", true},
		{"The town will flood if the dam fails.", true},
		{"The town won't flood if the dam holds.", true},
		{"Even if the vote is close, the mayor keeps her seat.", true},
		{"Voters are going to leave if the tax passes.", true},
		{"She would have come if the ferry ran.", true},
		{"The fairest way to put it is to say if I were mayor I'd close it.", true},
		{"The mayor said she was sorry if the timetable confused riders.", false},
		{"He apologised “if the delay upset anyone.”", false},
		{"The mayor apologised if the new timetable had confused older riders.", false},
	}
	for _, tt := range tests {
		toks := text.Tokens(tt.sentence)
		j := -1
		for i, tk := range toks {
			if strings.EqualFold(tk.Text, "if") {
				j = i
				break
			}
		}
		if j < 0 {
			t.Fatalf("no if in %q", tt.sentence)
		}
		if got := premise(toks, j); got != tt.want {
			t.Errorf("premise(%q) = %v, want %v", tt.sentence, got, tt.want)
		}
	}
}

// A premise is no one's claim: two speakers' conditions of a prediction
// make no stance, where their conditional apologies do. (Sentences written
// for this test.)
func TestPremiseIsNoStance(t *testing.T) {
	a := doc("a", "Dam\n\nEngineer Mara Tell said the town will flood if the old dam fails.", day)
	b := doc("b", "Dam worries\n\nIf the old dam fails, the valley will empty, Mayor Ivo Brandt said.", day)
	for _, s := range run(a, b).Stances {
		if strings.Contains(s.Claim, "dam fails") || strings.Contains(s.Claim, "dam") && s.Position == "doubts" {
			t.Errorf("a premise held: %s %s %q", s.Holder, s.Position, s.Claim)
		}
	}
	c := doc("c", "Hearing\n\nMara Tell said the ferry would have sailed on time, Tell's lawyer said.", day)
	d := doc("d", "Ferry\n\nIvo Brandt said the ferry would have sailed on time.", day)
	for _, s := range run(c, d).Stances {
		if strings.Contains(s.Claim, "sailed") || strings.Contains(s.Claim, "sail") {
			t.Errorf("a perfective hypothetical held: %s %s %q", s.Holder, s.Position, s.Claim)
		}
	}
}

// A classification by "treated as" renders as the classification, and a
// noun's own complement stays in the claim; two different complements of
// one head noun are two claims. (Sentences written for this test.)
func TestClaimKeepsItsComplement(t *testing.T) {
	a := doc("a", "Shed fire\n\nChief Ana Ruiz said the shed fire was being treated as arson.", day)
	b := doc("b", "Shed\n\nInspector Tom Bell told reporters on Monday that the shed fire was being treated as arson at this stage of the inquiry.", day)
	r := run(a, b)
	if len(r.Stances) == 0 {
		t.Fatal("two speakers: no stance")
	}
	for _, s := range r.Stances {
		if s.Claim != "the shed fire was arson" {
			t.Errorf("claim %q, want the classification", s.Claim)
		}
	}
	c := doc("c", "Outage\n\nEngineer Mara Tell said the outage was the result of a lightning strike.", day)
	d := doc("d", "Power cut\n\nSpeaking to a crowd of angry shopkeepers, Mayor Ivo Brandt said the outage was the result of a lightning strike near the old depot.", day)
	e := doc("e", "Blackout\n\nUnion leader Rui Sato said the outage was the result of sabotage.", day)
	r = run(c, d, e)
	if len(r.Stances) == 0 {
		t.Fatal("two speakers: no stance")
	}
	for _, s := range r.Stances {
		if s.Claim != "the outage was the result of a lightning strike" || s.Holder == "Rui Sato" {
			t.Errorf("got %s %s %q, want the two who name the strike, the claim with its complement", s.Holder, s.Position, s.Claim)
		}
	}
}

// A concrete noun's "of" phrase says which one and may be cut; a relational
// noun with its complement is another claim than the noun without one.
// (Sentences written for this test; a third speaker denies the visit, so
// it is disputed.)
func TestConcreteAndRelationalNouns(t *testing.T) {
	a := doc("a", "Visit\n\nChief Ana Ruiz said the boy was visiting the home of his aunt.", day)
	b := doc("b", "Boy\n\nSpeaking on Monday, Inspector Tom Bell said the boy was visiting the home.", day)
	e := doc("e", "Home\n\nNeighbour Ida Lund denied that the boy was visiting the home.", day)
	r := run(a, b, e)
	if len(r.Stances) == 0 {
		t.Fatal("two speakers, one denial: no stance")
	}
	for _, s := range r.Stances {
		if s.Claim != "the boy was visiting the home" {
			t.Errorf("claim %q, want the concrete noun's 'of' phrase cut", s.Claim)
		}
	}
	c := doc("c", "Family\n\nChief Ana Ruiz said Dan Hale is the father of a young girl.", day)
	d := doc("d", "Neighbours\n\nNeighbour Tom Bell told reporters on Monday that Dan Hale is a good father.", day)
	for _, s := range run(c, d).Stances {
		if strings.Contains(s.Claim, "father") {
			t.Errorf("got %s %s %q: 'a good father' is not 'the father of a young girl'", s.Holder, s.Position, s.Claim)
		}
	}
	if concreteNoun(lexicon.Default(), "result") || !concreteNoun(lexicon.Default(), "car") {
		t.Error("concreteNoun: result is relational, car concrete")
	}
}

// A sentence naming a relational noun without the claim's complement does
// not address the claim. (Sentences written for this test.)
func TestRelationalNounAddress(t *testing.T) {
	a := doc("a", "Family\n\nChief Ana Ruiz said Dan Hale is the father of a young girl.", day)
	b := doc("b", "Hale\n\nInspector Tom Bell told reporters on Monday that Dan Hale is the father of a young girl from the valley.", day)
	c := doc("c", "Neighbours\n\nHis sister, Mia Hale, said Dan is a good father.", day)
	r := run(a, b, c)
	if len(r.Stances) == 0 {
		t.Fatal("two speakers: no stance")
	}
	for _, s := range r.Stances {
		if s.Holder == "Mia Hale" {
			t.Errorf("got %s %s %q: 'a good father' does not address it", s.Holder, s.Position, s.Claim)
		}
	}
}
