package compare

import (
	"testing"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/story"
)

// A general noun of happening with a definite determiner ("the
// incident") names the happening the claim is about; inside another's
// direct quotation, a condition governed by "she" is not the quoted
// speaker's. (Sentences written for this test.)
func TestGeneralEventNounAndQuotedCondition(t *testing.T) {
	for _, c := range []struct {
		body, want string
	}{
		{"A blaze gutted the boathouse of the rowing club on Friday night, the club said. " +
			"Captain Lena Voss said she was sorry if the incident was connected to her feud with the council.", "Lena Voss doubts"},
		{"A blaze gutted the boathouse of the rowing club on Friday night, the club said. " +
			"\"The captain told our members on Saturday that she is sorry if the incident was connected to her feud with the council,\" club secretary Odo Brant said.", ""},
	} {
		a := doc("a", "Boathouse\n\n"+c.body, day)
		docs := []story.Doc{a}
		cm := newComparer(Input{Docs: docs, Merged: story.Assemble(&corroborate.Story{}, docs)})
		got := ""
		for _, x := range cm.addresses(claimKey{noun: "blaze", verb: "connect", comp: "feud"}) {
			if x.sentence == 1 {
				got = x.holder + " " + x.position
			}
		}
		if got != c.want {
			t.Errorf("%q: got %q, want %q", c.body, got, c.want)
		}
	}
	// "The incident" refers back to a happening, not to a thing: a claim
	// about the boathouse is not one about the incident.
	a := doc("a", "Boathouse\n\nA blaze gutted the boathouse of the rowing club on Friday night, the club said. "+
		"Captain Lena Voss said she was sorry if the incident was connected to her feud with the council.", day)
	docs := []story.Doc{a}
	thing := newComparer(Input{Docs: docs, Merged: story.Assemble(&corroborate.Story{}, docs)})
	for _, x := range thing.addresses(claimKey{noun: "boathouse", verb: "connect", comp: "feud"}) {
		if x.sentence == 1 {
			t.Errorf("a claim about a thing: got %q %q, want none", x.holder, x.position)
		}
	}
	cm := newComparer(Input{})
	for w, want := range map[string]bool{"incident": true, "occurrence": true, "event": true, "accident": false, "attack": false, "fire": false} {
		if got := cm.generalEventNoun(nounWord{base: w, isNoun: true}); got != want {
			t.Errorf("generalEventNoun(%q) = %v, want %v", w, got, want)
		}
	}
}
