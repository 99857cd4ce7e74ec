package compare

import (
	"strings"
	"testing"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/story"
)

// A clause introduced by a verb of saying or thinking inside another's
// report is held by that verb's subject. (Sentences written for this test.)
func TestInnerReporter(t *testing.T) {
	for _, tc := range []struct{ body, claimStart, want string }{
		// A second report after a comma: the first clause is the neighbours'.
		{"Some neighbours said the baker had a long history of quarrels with managers, Tom Brack said like anyone, they had their differences.", "the baker", "neighbours"},
		// The speaker's own view: no other holder.
		{"Mayor Lena Voss said she thinks the old dam is a danger to the town.", "the old dam", "Lena Voss"},
		// A verb of finding introduces no report.
		{"Lt. Lena Voss says officers found that the old dam is a danger to the town.", "the old dam", "Lena Voss"},
		// A plain report keeps its speaker.
		{"Mayor Lena Voss said the old dam is a danger to the town.", "the old dam", "Lena Voss"},
		// Another speaker's report of a named person's words.
		{"Lena Voss said engineers believe the old dam is a danger to the town.", "the old dam", "engineers"},
	} {
		d := doc("a", "Bridge\n\n"+tc.body, day)
		docs := []story.Doc{d}
		c := newComparer(Input{Docs: docs, Merged: story.Assemble(&corroborate.Story{}, docs)})
		n := 0
		for _, p := range c.predications() {
			if !strings.HasPrefix(renderClaim(p), tc.claimStart) {
				continue
			}
			n++
			if p.holder != tc.want {
				t.Errorf("%q: %q holds %q, want %q", tc.body, p.holder, renderClaim(p), tc.want)
			}
		}
		if n == 0 {
			t.Errorf("%q: no claim read", tc.body)
		}
	}
}
