package compare

import (
	"strings"
	"testing"

	"github.com/corroborate/corroborate/internal/mention"
	"github.com/corroborate/corroborate/internal/text"
)

// TestCompelledAct: a time of a passive verb of compulsion with a
// to-infinitive dates the act compelled ("was forced to sell"), fronted or
// after it; a verb of reporting followed by "for" ("filed for", "petitioned
// for") tells an act, the thing sought, not a statement. Sentences
// written for this test.
func TestCompelledAct(t *testing.T) {
	c := newComparer(Input{})
	for _, tc := range []struct {
		sentence, time, typ, want string
		reported                  bool
	}{
		{"In 1994, the ropeworks was forced to sell its dock to the county.", "1994", mention.VYear, "sell", false},
		{"The two brothers were made to leave the island in 1962.", "1962", mention.VYear, "leave", false},
		{"In 2003, the co-op was compelled to close its creamery.", "2003", mention.VYear, "close", false},
		{"In 1988, the quarry was forced to file for receivership.", "1988", mention.VYear, "file", false},
		{"The ferry firm filed for receivership in March 2011.", "March 2011", mention.VMonth, "file", false},
		{"The tenants petitioned for a new roof in 2015.", "2015", mention.VYear, "petition", false},
		// Controls: a statement, and a verb of compulsion without a passive.
		{"The mayor announced in 2015 that the pier would close.", "2015", mention.VYear, "", true},
		{"In 1994, the storm forced the ropeworks to shut.", "1994", mention.VYear, "force", false},
	} {
		v := mention.Value{Type: tc.typ, Text: tc.time, Start: strings.Index(tc.sentence, tc.time)}
		v.End = v.Start + len(tc.time)
		got, rep, _ := c.headVerb(text.Tokens(tc.sentence), v)
		if got != tc.want || rep != tc.reported {
			t.Errorf("%q: got %q reported %v, want %q reported %v", tc.sentence, got, rep, tc.want, tc.reported)
		}
	}
}
