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

// TestRoleEntityAndHolderFits: an entity name ending in a noun of persons
// is a role; a holder written as a noun fits "he"/"she" when singular and
// "they"/"we" when plural or a group, and an entity the quote reader found
// is checked by its gender and number. (Names written for this test.)
func TestRoleEntityAndHolderFits(t *testing.T) {
	a := doc("a", "Barn fire\n\nFire Chief Aldo Varga said the barn burned for an hour. The Pell Valley Farmers Union said it would help.", day)
	docs := []story.Doc{a}
	cm := newComparer(Input{Docs: docs, Merged: story.Assemble(&corroborate.Story{}, docs)})
	for _, c := range []struct {
		name string
		want bool
	}{{"Valley Governor", true}, {"Harbour Master", true}, {"Pell Valley", false}, {"", false}} {
		if got := cm.roleEntity(c.name); got != c.want {
			t.Errorf("roleEntity(%q) = %v, want %v", c.name, got, c.want)
		}
	}
	for _, c := range []struct {
		holder, pron string
		want         bool
	}{
		{"the fire chief", "he", true}, {"the fire chief", "they", false},
		{"investigators", "they", true}, {"investigators", "she", false},
		{"the company", "we", true}, {"the barn", "he", false},
	} {
		if got := cm.holderFits(0, -1, c.holder, c.pron); got != c.want {
			t.Errorf("holderFits(%q, %q) = %v, want %v", c.holder, c.pron, got, c.want)
		}
	}
	an := a.Analysis
	for e, ent := range an.Entities {
		if ent.Name == "Aldo Varga" && cm.holderFits(0, e, "Aldo Varga", "they") {
			t.Errorf("holderFits(Aldo Varga, they) = true, want false")
		}
	}
	if an.PronounFits("he", -1) || an.PronounFits("he", len(an.Entities)) {
		t.Errorf("PronounFits of no entity = true, want false")
	}
}
