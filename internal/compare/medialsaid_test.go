package compare

import (
	"strings"
	"testing"

	"github.com/corroborate/corroborate/internal/mention"
	"github.com/corroborate/corroborate/internal/text"
)

// TestMedialTimeOfStatement: a time right before a finite verb of saying
// ("police on Tuesday said") or right after a verb of speaking ("spoke
// Monday morning") dates the statement; a time before a verb of knowing,
// before a verb of another clause further on, or before a verb of doing
// does not (sentences written for this test).
func TestMedialTimeOfStatement(t *testing.T) {
	c := newComparer(Input{})
	for _, tc := range []struct {
		sentence, time string
		reported       bool
	}{
		{"Harlan police on Tuesday said a shooting at the park was accidental.", "Tuesday", true},
		{"The mayor on Friday announced that the pier would close.", "Friday", true},
		{"Harlan police on Tuesday arrested a man over the shooting.", "Tuesday", false},
		{"The exact cause of her death at home on Wednesday was not immediately known.", "Wednesday", false},
		{"Norland has a June 15 due date on bonds it says it cannot cover.", "June 15", false},
		{"Chief Ann Roe, spoke Monday evening at the town hall about the fire.", "Monday", true},
		{"Deputies went to a farm on Kell Lane shortly after 3 p.m. where they spoke with two neighbours.", "3 p.m.", false},
	} {
		typ := mention.VWeekday
		switch {
		case strings.HasPrefix(tc.time, "June"):
			typ = mention.VDate
		case strings.HasSuffix(tc.time, "p.m."):
			typ = mention.VClock
		}
		v := mention.Value{Type: typ, Text: tc.time, Start: strings.Index(tc.sentence, tc.time)}
		v.End = v.Start + len(tc.time)
		if _, rep, _ := c.headVerb(text.Tokens(tc.sentence), v); rep != tc.reported {
			t.Errorf("%q: %q reported %v, want %v", tc.sentence, tc.time, rep, tc.reported)
		}
	}
}
