package mention

import (
	"testing"

	"github.com/corroborate/corroborate/internal/lexicon"
)

// TestShoutedLabelsAndBareRoles: a common word set in capitals labels a
// page's part and names no entity, while a short initialism spelling a
// word and a real abbreviation stay names; a name set off by a role
// noun with no article ("author of") is a person's, though its surname
// heads place names.
func TestShoutedLabelsAndBareRoles(t *testing.T) {
	for _, c := range []struct {
		body, name, want string // want "" = no such entity
	}{
		{"UPDATE: Harbour police identified the victim on Friday. The victim was 30.", "UPDATE", ""},
		{"Traffic is open at 15th Ave. SW. The road was closed on Friday.", "SW", ""},
		{"Officers arrived at Second Street SW on Friday. The road was closed.", "SW", ""},
		{"LA CROSSE, Wisc. — The mayor spoke on Friday. The road stayed closed.", "CROSSE", Place},
		{"WATCH: The mayor visited the scene on Friday. The road stayed closed.", "WATCH", ""},
		{"Officers of the SWAT unit entered the house. SWAT said the suspect surrendered.", "SWAT", Organization},
		{"The academy picked a host, said Maria Quorn, author of a book about the awards. Quorn said the choice was risky.", "Maria Quorn", Person},
		{"The academy picked a host, said Steve Mirepond, author of a book about the awards. Mirepond said the choice was risky.", "Steve Mirepond", Person},
		{"The academy picked a host, said Steve Pond, author of a book about the awards. Pond said the choice was risky.", "Steve Pond", Person},
		{"The river rose in Paris, Texas, on Friday. In Paris, residents of the town said the water was high.", "Paris", Place},
	} {
		a := analyze(c.body)
		e, ok := entityByName(a, c.name)
		switch {
		case c.want == "" && ok:
			t.Errorf("%q: %q is an entity (%s), want none", c.body, c.name, e.Type)
		case c.want != "" && !ok:
			t.Errorf("%q: no entity %q; got %+v", c.body, c.name, a.Entities)
		case ok && e.Type != c.want:
			t.Errorf("%q: %q typed %q, want %q", c.body, c.name, e.Type, c.want)
		}
	}
}

// TestShoutedWord: the word test itself, by its parts.
func TestShoutedWord(t *testing.T) {
	for _, c := range []struct {
		w    string
		want bool
	}{
		{"UPDATE", true}, {"EMBED", true}, {"PHOTOS", true},
		{"SWAT", false}, {"NEWS", false}, // four letters or fewer
		{"Update", false}, {"UNICEF", false}, {"NASCAR", false}, {"BURBANK", false},
	} {
		if got := shoutedWord(lexicon.Default(), c.w); got != c.want {
			t.Errorf("shoutedWord(%q) = %v, want %v", c.w, got, c.want)
		}
	}
}
