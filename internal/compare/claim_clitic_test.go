package compare

import (
	"testing"

	"github.com/corroborate/corroborate/internal/lexicon"
)

// A pronoun and a contracted operator written as one token ("I'm",
// "she'd", "we've") are the clause's subject and the first word of its
// verb group; "'d" is "had" before a past participle. (Sentences written
// for this test.)
func TestClitics(t *testing.T) {
	lx := lexicon.Default()
	for _, c := range []struct{ s, pron, verb, verbText string }{
		{`"I'm proud of the harbour crew," Okafor said.`, "i", "be", "am"},
		{`She said she'd seen the ferry sink near the pier.`, "she", "see", "had seen"},
		{`"We've closed the old mill," Okafor said.`, "we", "close", "have closed"},
		{`"They're angry about the tolls," Okafor said.`, "they", "be", "are"},
	} {
		ps := readWithEntity(lx, c.s, "Okafor")
		found := false
		for _, p := range ps {
			if p.verb == c.verb {
				found = true
				if p.pron != c.pron || p.verbText != c.verbText {
					t.Errorf("%q: got subject %q, verb group %q; want %q, %q", c.s, p.pron, p.verbText, c.pron, c.verbText)
				}
			}
		}
		if !found {
			t.Errorf("%q: no claim with %q (got %d claims)", c.s, c.verb, len(ps))
		}
	}
}

// "I am" said of a name is written in the third person.
func TestFirstPersonVerb(t *testing.T) {
	for _, c := range []struct{ pron, verb, want string }{
		{"i", "am", "is"},
		{"I", "have heard", "has heard"},
		{"i", "was", "was"},
		{"we", "are", "are"},
	} {
		if got := firstPersonVerb(c.pron, c.verb); got != c.want {
			t.Errorf("firstPersonVerb(%q, %q) = %q, want %q", c.pron, c.verb, got, c.want)
		}
	}
}

// "I'm the guy they used to call …": being "the guy" is no claim; what is
// said is in the relative clause without its pronoun. A head with content
// of its own keeps its claim. (Sentences written for this test.)
func TestContactRelative(t *testing.T) {
	lx := lexicon.Default()
	for _, p := range readWithEntity(lx, `"I'm the guy they used to call Dusty," Okafor told a lawyer.`, "Okafor") {
		if p.verb == "be" {
			t.Errorf("want no claim of being the guy, got %q", claimText(p))
		}
	}
	found := false
	for _, p := range readWithEntity(lx, `Okafor is the source they trusted in May.`, "Okafor") {
		found = found || p.verb == "be" && p.comp == "source"
	}
	if !found {
		t.Error(`"Okafor is the source they trusted": want the claim "is the source"`)
	}
}
