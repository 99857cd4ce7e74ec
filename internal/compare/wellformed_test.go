package compare

import (
	"testing"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/lexicon"
	"github.com/corroborate/corroborate/internal/story"
)

// Candidates that are no well-formed proposition are dropped (issue 11):
// a verb group that is a relative clause without its pronoun, a past
// participle with its agent after a noun, a singular subject before a
// plural verb. (Sentences written for this test.)
func TestMalformedCandidates(t *testing.T) {
	lx := lexicon.Default()
	for _, c := range []struct{ s, verb string }{
		{"He said the ladder he used was kept in a shed.", "keep"},              // "he used" is a relative clause
		{"The barn Okafor owns was destroyed by arsonists.", "destroy"},         // "Okafor owns" is one
		{"A storm flooded the chapel attended by Okafor on Sundays.", "attend"}, // a reduced relative
		{"Talks for the mayor to buy the old mill were a long ordeal.", "be"},   // "the mayor … were": no concord
	} {
		for _, p := range readWithEntity(lx, c.s, "Okafor") {
			if p.verb == c.verb {
				t.Errorf("%q: want no claim with %q, got %q", c.s, c.verb, claimText(p))
			}
		}
	}
	// A plural verb after a singular common noun that is a collective
	// noun keeps the claim (notional concord: "the committee were").
	if ps := readWithEntity(lx, "The committee were angry about the cuts.", "Okafor"); len(ps) == 0 {
		t.Error("the committee were angry: want a claim")
	}
	// A subject that opens with a preposition is the end of another phrase.
	r := &clauseReader{lx: lx, subjStart: -1}
	if r.wellFormed(proposition{subject: "of Harbourside", verb: "have", comp: "faith", compText: "faith in the plan", verbText: "has"}) {
		t.Error(`"of Harbourside has faith": want no claim`)
	}
	if !r.wellFormed(proposition{subject: "Harbourside", verb: "have", comp: "faith", compText: "faith in the plan", verbText: "has"}) {
		t.Error(`"Harbourside has faith": want a claim`)
	}
}

// One person of a coordinated subject is no subject of a plural verb:
// "… and deckhand Tom Okafor were injured" is said of both.
func TestCoordinatedPersonSubject(t *testing.T) {
	a := doc("a", "Harbour crash\n\nHarbour pilot Mara Lindqvist and deckhand Tom Okafor were injured in the blast at the pier.", day)
	docs := []story.Doc{a}
	c := newComparer(Input{Docs: docs, Merged: story.Assemble(&corroborate.Story{}, docs)})
	for _, p := range c.predications() {
		if p.verb == "injure" {
			t.Errorf("claim %q: one person of two read as the subject", claimText(p))
		}
	}
}

// A complement cut by the reader's window does not end in a word that
// wants what follows it; one the window ends in place is kept whole.
func TestTrimDangling(t *testing.T) {
	for in, want := range map[string]string{
		"a hit with more than":              "a hit",
		`to the "undeserved attention" the`: `to the "undeserved attention"`,
		"his bicycle at":                    "his bicycle",
		"a landmark of the town":            "a landmark of the town",
		"the ladder inside":                 "the ladder inside",
		"the figure of":                     "the figure",
	} {
		if got := trimDangling(in); got != want {
			t.Errorf("trimDangling(%q) = %q, want %q", in, got, want)
		}
	}
}

// An adverb that premodifies the phrase a shared claim or the reader cuts
// goes with it.
func TestCutTakesPremodifyingAdverb(t *testing.T) {
	found := false
	for _, p := range readWithEntity(lexicon.Default(), "Police said the clerk was shot in the arm shortly before noon.", "Okafor") {
		if p.verb == "shoot" {
			found = true
			if p.compText != "in the arm" {
				t.Errorf("complement %q, want %q", p.compText, "in the arm")
			}
		}
	}
	if !found {
		t.Error("the clerk was shot: no claim read")
	}
	if got, _ := cutAfterHead(lexicon.Default(), "in the arm shortly before noon", "arm"); got != "in the arm" {
		t.Errorf("cutAfterHead = %q, want %q", got, "in the arm")
	}
}

// A name whose last word is a plural noun ("Greens", "Women") or ends in
// "s" ("Tolans", a team's or a family's name) before a plural verb may be
// a group's: no one person of a coordination, so its claim stays
// (personEntity; invented names).
func TestPluralNameSubjectKept(t *testing.T) {
	for _, name := range []string{"Brackwater Greens", "Brackwater Tolans", "Brackwater Women"} {
		a := doc("a", "Harbour toll\n\n"+name+" were angry about the new toll at the pier, the council said.", day)
		docs := []story.Doc{a}
		c := newComparer(Input{Docs: docs, Merged: story.Assemble(&corroborate.Story{}, docs)})
		found := false
		for _, p := range c.predications() {
			found = found || p.verb == "be" && p.subject == name
		}
		if !found {
			t.Errorf("%q were angry: want a claim", name)
		}
	}
}
