package compare

import (
	"testing"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/story"
)

// TestKnowingTimeNoDeed: invented sentences. The fitted model pairs a time
// whose verb is not read with another article's time only when that one
// dates no verb of knowing: "the coroner identified two riders Monday" tells
// when the dead were known, not when they were killed.
func TestKnowingTimeNoDeed(t *testing.T) {
	unread := "Road deaths\n\nA cyclist was struck and killed on the Lowmoor ring road, and a driver hurt in a crash in May died, on Saturday, the coroner said."
	for _, tc := range []struct {
		name, other, day string
		want             bool
	}{
		{"a time of identifying", "Road deaths\n\nThe coroner identified Monday two people struck and killed on the Lowmoor ring road last week.", "Monday", false},
		{"a time before the subject", "Road deaths\n\nOn Monday, the coroner identified two riders struck and killed on the Lowmoor ring road last week.", "On Monday", false},
		{"control: a time of a deed", "Road deaths\n\nTwo people were struck and killed on the Lowmoor ring road on Monday, the coroner said.", "on Monday", true},
	} {
		docs := []story.Doc{doc("a", unread, day), doc("b", tc.other, day)}
		c := newComparer(Input{Docs: docs, Merged: story.Assemble(&corroborate.Story{}, docs)})
		facts := c.valueFacts()
		var f, g *fact
		for i := range facts {
			switch {
			case facts[i].doc == 0 && facts[i].v.Text == "on Saturday":
				f = &facts[i]
			case facts[i].doc == 1 && facts[i].v.Text == tc.day:
				g = &facts[i]
			}
		}
		if f == nil || g == nil {
			t.Fatalf("%s: times not read (%v, %v)", tc.name, f != nil, g != nil)
		}
		if f.head != "" {
			t.Fatalf("%s: head of the unread time %q, want none", tc.name, f.head)
		}
		if got := c.sameDeed(f, g); got != tc.want {
			t.Errorf("%s: sameDeed(%q, %q, head %q) = %v, want %v", tc.name, f.v.Text, g.v.Text, g.head, got, tc.want)
		}
	}
}
