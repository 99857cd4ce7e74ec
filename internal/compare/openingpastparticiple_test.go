package compare

import (
	"strings"
	"testing"

	"github.com/corroborate/corroborate/internal/mention"
	"github.com/corroborate/corroborate/internal/text"
)

// TestOpeningPastParticiple: an -ed participle clause that opens the
// sentence and holds the time, closed by a comma, is what the time dates
// ("Detained Tuesday in <Town>, <Name> faces …"); a participle used as a
// preposition ("Based on …") and a clause without its comma are not.
// Sentences written for this test.
func TestOpeningPastParticiple(t *testing.T) {
	c := newComparer(Input{})
	for _, tc := range []struct {
		sentence, time, typ, want string
	}{
		{"Detained Tuesday in Marlow, Ivo Brandt faces a theft count.", "Tuesday", mention.VWeekday, "detain"},
		{"Hired in 2009 by the port, she ran the harbour office.", "2009", mention.VYear, "hire"},
		{"Caught on Friday near the quay, the two porters were held overnight.", "Friday", mention.VWeekday, "catch"},
		{"Based on a count Friday, the harbour lost two boats.", "Friday", mention.VWeekday, ""},
		{"Barring a storm on Friday, the ferry sails at noon.", "Friday", mention.VWeekday, ""}, // an -ing form is no -ed participle
		{"Detained Tuesday and fined for theft.", "Tuesday", mention.VWeekday, "fine"},          // no comma: the verb after, as before
	} {
		v := mention.Value{Type: tc.typ, Text: tc.time, Start: strings.Index(tc.sentence, tc.time)}
		v.End = v.Start + len(tc.time)
		if got, _, _ := c.headVerb(text.Tokens(tc.sentence), v); got != tc.want {
			t.Errorf("%q: head %q, want %q", tc.sentence, got, tc.want)
		}
	}
}
