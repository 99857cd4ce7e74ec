package compare

import (
	"strings"
	"testing"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/story"
)

// A claim's subject and complement end where grammar says they do.
// (Sentences written for this test.)
func TestClaimPhrases(t *testing.T) {
	for _, tc := range []struct{ body, want, not string }{
		// A name that is a relative clause's object is not the subject:
		// the relative's head noun is.
		{"The engineers claim the valve that flooded Tom Brack was opened in self-defence.", "the valve was opened", "Tom Brack was opened"},
		{"Police said the driver who had struck Tom Brack was drunk at the wheel.", "the driver was drunk", "Tom Brack was drunk"},
		{"Police said the driver that hit Tom Brack was drunk at the wheel.", "the driver was drunk", "Tom Brack was drunk"},
		// A complex preposition ends the phrase before it.
		{"The ranger says he closed the trail in the morning due to a rockslide.", "closed the trail in the morning", "morning due"},
		// A phrase whose noun is no concrete thing and whose own
		// of-complement is cut is left out; a place is kept.
		{"Police said they made 12 arrests over the course of the festival.", "made 12 arrests", "over the course"},
		{"Witnesses said the fight took place in the parking lot of the stadium.", "took place in the parking lot", ""},
	} {
		d := doc("a", "Riverton\n\n"+tc.body, day)
		docs := []story.Doc{d}
		c := newComparer(Input{Docs: docs, Merged: story.Assemble(&corroborate.Story{}, docs)})
		var got []string
		for _, p := range c.predications() {
			got = append(got, renderClaim(p))
		}
		all := strings.Join(got, " | ")
		if !strings.Contains(all, tc.want) || tc.not != "" && strings.Contains(all, tc.not) {
			t.Errorf("%q: claims %q, want one with %q and none with %q", tc.body, all, tc.want, tc.not)
		}
	}
}
