package compare

import (
	"maps"
	"testing"
)

// TestAlignVerbsAsWorkedOut checks a sentence's remembered alignVerb
// answers and content words (alignVerbsOf) against alignVerb and
// ContentWords asked afresh, and that a sentence is read once.
func TestAlignVerbsAsWorkedOut(t *testing.T) {
	d := doc("a", "Mill fire\n\nA fire was started at the Tarn mill by two men on Monday, the ward said. "+
		"Firefighters were fighting the blaze for hours and were helped by a crew from Vell. "+
		"Nobody was hurt, and the owner has been questioned about the insurance.", day)
	c := newComparer(Input{})
	a := d.Analysis
	verbs := 0
	for si, toks := range a.Tokens {
		av := c.alignVerbsOf(a, si, toks)
		if c.alignVerbsOf(a, si, toks) != av {
			t.Errorf("sentence %d read twice", si)
		}
		for i := range toks {
			v, p := c.alignVerb(toks, i)
			if av.verb[i] != v || av.passive[i] != p {
				t.Errorf("sentence %d token %q: remembered %q %v, worked out %q %v", si, toks[i].Text, av.verb[i], av.passive[i], v, p)
			}
			if v != "" {
				verbs++
			}
		}
		s := a.Sentences[si].Text
		if w := av.contentWords(c.lx, s); !maps.Equal(w, c.lx.ContentWords(s)) || len(w) == 0 {
			t.Errorf("sentence %d: content words %v, want %v", si, w, c.lx.ContentWords(s))
		}
	}
	if verbs == 0 {
		t.Fatalf("no verb aligned: the case tests nothing")
	}
}
