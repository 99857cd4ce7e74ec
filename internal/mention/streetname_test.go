package mention

import (
	"testing"

	"github.com/corroborate/corroborate/internal/lexicon"
	"github.com/corroborate/corroborate/internal/text"
)

// TestStreetAndFirstNameTypes: a street suffix makes a name a place, even
// after a first name; a known first name set off by an apposition of a
// person noun makes a person, though its last word ends place names.
func TestStreetAndFirstNameTypes(t *testing.T) {
	for _, c := range []struct{ body, name, want string }{
		{"Marta Siwek, a nurse at the clinic, said the line was long. Crews closed Quarry Ave after the crash.", "Quarry Ave", Place},
		{"Marta Siwek, a nurse at the clinic, said the line was long. Officers blocked Dorrance Rd for two hours.", "Dorrance Rd", Place},
		{"Nadia Field, a spokeswoman for the tenants, said the vote was close. The count ended late.", "Nadia Field", Person},
	} {
		a := analyze(c.body)
		found := false
		for _, e := range a.Entities {
			if e.Name == c.name {
				found = true
				if e.Type != c.want {
					t.Errorf("%q typed %s, want %s", c.name, e.Type, c.want)
				}
			}
		}
		if !found {
			var names []string
			for _, e := range a.Entities {
				names = append(names, e.Name)
			}
			t.Errorf("no entity %q in %q", c.name, names)
		}
	}
}

// TestStreetNotPersonShaped: a first name before a street suffix is no
// person's name to the shape tests ("Anna Ln"), a surname is.
func TestStreetNotPersonShaped(t *testing.T) {
	lx := lexicon.Default()
	for _, c := range []struct {
		name          string
		person, first bool
	}{
		{"Elizabeth St", false, false},
		{"Anna Ln", false, false},
		{"Grace Adler", true, false},
	} {
		ts := text.Tokens(c.name)
		if p, f := personShaped(lx, ts), firstNameShaped(lx, ts); p != c.person || f != c.first {
			t.Errorf("%s: personShaped %v, firstNameShaped %v; want %v, %v", c.name, p, f, c.person, c.first)
		}
	}
}
