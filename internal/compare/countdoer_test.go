package compare

import (
	"testing"

	corroborate "github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/mention"
	"github.com/corroborate/corroborate/internal/story"
)

// TestCountDoer: the doer of the act a count of people is the object of
// is the subject right before the verb and its auxiliaries; a passive
// verb group, the progressive one with "being" too ("were being sent"),
// has none, nor has a verb that WordNet lists as no noun before the verb
// group ("to discuss sent": no plural of "discus"). Sentences invented.
func TestCountDoer(t *testing.T) {
	for _, tc := range []struct{ sent, want string }{
		{"On Sunday the rescuers sent forty soldiers to the flooded villages.", "noun:rescuer"},
		{"The flooded villages were sent forty soldiers on Sunday.", ""},
		{"The flooded villages were being sent forty soldiers on Sunday.", ""},
		{"The flooded villages are being sent forty soldiers this week.", ""},
		{"The ministers who met to discuss sent forty soldiers to the flooded villages.", ""},
		// A count that is a conjunct of the object is no count of all the
		// people the act took (session 52): none then; two clauses
		// coordinated keep the doer.
		{"On Sunday the gunman shot two guards and a driver near the depot.", ""},
		{"On Sunday the gunman shot two guards and their driver near the depot.", ""},
		{"On Sunday the gunman shot two guards and fled toward the depot.", "noun:gunman"},
		// readE's mend: "and" then a noun phrase that is the subject of
		// a second clause.
		{"On Sunday the gunman shot two guards and a clerk called for help.", "noun:gunman"},
		{"On Sunday the gunman shot two guards and a clerk was left unhurt.", "noun:gunman"},
	} {
		d := doc("a", "Floods\n\n"+tc.sent, day)
		c := newComparer(Input{Docs: []story.Doc{d}, Merged: story.Assemble(&corroborate.Story{}, []story.Doc{d})})
		docs, merged := c.threadDocs()
		found := false
		for _, f := range c.valueFacts() {
			if f.v.Type != mention.VCount {
				continue
			}
			found = true
			if got := c.countDoer(&f, docs[f.doc].Analysis, merged[f.doc]); got != tc.want {
				t.Errorf("%q: countDoer = %q, want %q", tc.sent, got, tc.want)
			}
		}
		if !found {
			t.Errorf("%q: no count read", tc.sent)
		}
	}
}
