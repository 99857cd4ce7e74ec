package compare

import (
	"testing"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/story"
)

// A holder written as a role is the story's one person titled so; a group
// or a role nobody bears stays as written. (Sentences written for this
// test.)
func TestRoleName(t *testing.T) {
	a := doc("a", "Barn fire\n\nFire Chief Aldo Varga said the barn burned for an hour. The fire chief said the cause was not known.", day)
	b := doc("b", "Barn blaze\n\nThe blaze was seen by Mayor Ines Korr, who called the brigade.", day)
	docs := []story.Doc{a, b}
	cm := newComparer(Input{Docs: docs, Merged: story.Assemble(&corroborate.Story{}, docs)})
	for _, c := range []struct{ holder, want string }{
		{"fire chief", "Aldo Varga"},
		{"the mayor", "Ines Korr"},
		{"officials", ""}, // a group, not one person
		{"the sheriff", ""},
	} {
		if got := cm.roleName(c.holder); got != c.want && !(c.want != "" && sameHolder(got, c.want)) {
			t.Errorf("roleName(%q) = %q, want %q", c.holder, got, c.want)
		}
	}
}
