package compare

import (
	"strings"
	"testing"

	"github.com/corroborate/corroborate/internal/mention"
	"github.com/corroborate/corroborate/internal/text"
)

// TestHeadVerbPastNames: the words of a place's name and of a clock time
// do not count toward the span a weekday's verb may stand in, other times' span stays as it was, and
// a passive verb of speech that sends its subject to a place is an act
// (sentences written for this test).
func TestHeadVerbPastNames(t *testing.T) {
	c := newComparer(Input{})
	for _, tc := range []struct {
		sentence, time, typ, want string
		reported                  bool
	}{
		{"Two men opened fire outside a house party in the North Dale Park neighborhood early Saturday.", "Saturday", mention.VWeekday, "open fire", false}, // a verb-noun idiom WordNet has
		{"A crowd gathered on Upper Mill Street near West Orchard Lane around 9 Sunday night.", "Sunday", mention.VWeekday, "gather", false},
		// nine ordinary words still end the search
		{"A crowd gathered and then the people there walked slowly along the narrow old lane on Sunday.", "Sunday", mention.VWeekday, "walk", false},
		{"She is accused of robbing two banks at a North Dale mall in 1994.", "1994", mention.VYear, "", false},
		{"Officers were called to Kell Farm Road around 5 p.m.", "5 p.m.", mention.VClock, "call", false},
		{"A crowd gathered on Upper Mill Street near West Orchard Lane at noon on May 3.", "May 3", mention.VDate, "", false},
		{"Officers were called to the house on Sunday.", "Sunday", mention.VWeekday, "call", false},
		// a clock time's words do not count either
		{"Three people were shot in the parking lot behind a small house at about 11:45 p.m. Monday.", "Monday", mention.VWeekday, "shoot", false},
		{"Three people were shot in the parking lot behind the small house at about 10 pm Monday.", "Monday", mention.VWeekday, "shoot", false},
		{"Three people were shot in the parking lot behind the small house at about ten or eleven Monday.", "Monday", mention.VWeekday, "", false},
		{"The mayor was called Sunday by reporters.", "Sunday", mention.VWeekday, "", true},
		{"The leak was reported to the fire service on Sunday.", "Sunday", mention.VWeekday, "", true},
	} {
		v := mention.Value{Type: tc.typ, Text: tc.time, Start: strings.Index(tc.sentence, tc.time)}
		v.End = v.Start + len(tc.time)
		got, rep, _ := c.headVerb(text.Tokens(tc.sentence), v)
		if got != tc.want || rep != tc.reported {
			t.Errorf("%q: got %q reported %v, want %q reported %v", tc.sentence, got, rep, tc.want, tc.reported)
		}
	}
}
