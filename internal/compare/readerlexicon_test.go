package compare

import (
	"testing"

	corroborate "github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/lexicon"
	"github.com/corroborate/corroborate/internal/story"
)

// TestReaderLexicon: the comparer reads with the embedded lexicon, the one
// text.Token.Base keeps its tokens' base forms from (text.ReadBases), so a
// token's kept base form is the comparer's; a comparer given another
// lexicon would read its tokens' bases from this one. Sentence invented.
func TestReaderLexicon(t *testing.T) {
	d := doc("a", "Floods\n\nRescuers were sending forty soldiers to the flooded villages.", day)
	c := newComparer(Input{Docs: []story.Doc{d}, Merged: story.Assemble(&corroborate.Story{}, []story.Doc{d})})
	if c.lx != lexicon.Default() {
		t.Fatalf("the comparer's lexicon is not the embedded one Token.Base reads")
	}
	n := 0
	for _, f := range c.valueFacts() {
		for i := range f.toks {
			n++
			for _, p := range []lexicon.POS{lexicon.Noun, lexicon.Verb} {
				if got, want := f.toks[i].Base(p), c.lx.Base(f.toks[i].Lower, p); got != want {
					t.Errorf("%q: Base(%v) = %q, the comparer's %q", f.toks[i].Text, p, got, want)
				}
			}
		}
	}
	if n == 0 {
		t.Errorf("no token read")
	}
}
