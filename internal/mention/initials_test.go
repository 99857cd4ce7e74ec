package mention

import (
	"strings"
	"testing"

	"github.com/corroborate/corroborate/internal/dates"
	"github.com/corroborate/corroborate/internal/lexicon"
)

// TestSpacedInitials: capital letters each with its stop and a space
// ("F. B. I.", "N. J.") are an abbreviation, no person's name; a
// personal pronoun after them, where the sentence ran on past the stop,
// is no part of the name; an initial before a first name keeps a
// person's name whose surname is a common word; a clock time's zone and
// meridiem words name nothing.
func TestSpacedInitials(t *testing.T) {
	for _, c := range []struct{ body, name, want string }{
		{"The F. B. I. agents watched the house from a roof. Agents said he left at noon.", "F. B. I", Organization},
		{"He bribed the police of Old Quarnby, N. J. He was known as the Chin.", "N. J.", Place},
		{"Judge I. Leo Brakmoor said the trial would begin in May.", "I. Leo Brakmoor", Person},
		{"W. Mark Hammer, the bureau's deputy, leaked the memo. W. Mark Hammer denied it on Monday.", "W. Mark Hammer", Person},
	} {
		if e, ok := entityIn(t, c.body, c.name); ok && e.Type != c.want {
			t.Errorf("%q: entity %q = %+v, want type %s", c.body, c.name, e, c.want)
		}
	}
	a := analyze("Posted 8:15 AM ET. The Quarnby council said on Monday that the bridge would close at 10 PM GMT.")
	for _, e := range a.Entities {
		for _, w := range strings.Fields(e.Name) {
			if dates.ZoneWord(w) {
				t.Errorf("entity %q holds a clock time's word %q", e.Name, w)
			}
		}
	}
}

// TestRareCapitalisedAdjective: an adjective WordNet writes capitalised
// only in a rare general sense ("New", "Old") is no demonym; adjectives of
// nationality or origin and "Federal" are.
func TestRareCapitalisedAdjective(t *testing.T) {
	lx := lexicon.Default()
	for w, want := range map[string]bool{"New": false, "Old": false, "Austrian": true, "American": true, "Federal": true, "Democratic": true} {
		if got := isDemonym(lx, w); got != want {
			t.Errorf("isDemonym(%q) = %v, want %v", w, got, want)
		}
	}
}
