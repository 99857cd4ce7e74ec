package compare

import (
	"strings"
	"testing"

	"github.com/corroborate/corroborate/internal/dates"
	"github.com/corroborate/corroborate/internal/mention"
	"github.com/corroborate/corroborate/internal/text"
)

// TestAspectualPredicate: what a count's things did is the verb an
// aspectual verb takes ("began moving": move; Quirk et al. 1985 §16.49),
// not the aspectual verb, so that two ferries that "began moving the
// injured" and five ferries "carrying injured" are one fact told with two
// verbs of motion. Sentences written for this test.
func TestAspectualPredicate(t *testing.T) {
	c := newComparer(Input{})
	for _, tc := range []struct{ sentence, figure, want string }{
		{"Two ferries began moving the injured to the clinic at Vesk.", "Two ferries", "move"},
		{"Four trucks started to haul the rubble away.", "Four trucks", "haul"},
		{"Four trucks started from the depot.", "Four trucks", "start"},
		{"Five barns had been badly hit by the storm.", "Five barns", "hit"},
	} {
		k := strings.Index(tc.sentence, tc.figure)
		v := mention.Value{Type: mention.VCount, Text: tc.figure, Start: k, End: k + len(tc.figure)}
		if got := c.countPredicate(text.Tokens(tc.sentence), v); got != tc.want {
			t.Errorf("%q in %q: got %q, want %q", tc.figure, tc.sentence, got, tc.want)
		}
	}
	x := "Ferry\n\nTwo ferries began moving the injured from the island of Vesk to the clinic at Harl, the governor said."
	y := "Ferry\n\nThe governor said five ferries were ferrying injured from the island of Vesk to the clinic at Harl."
	r := run(doc("a", x, dates.Date{Year: 2022, Month: 3, Day: 9}), doc("b", y, dates.Date{Year: 2022, Month: 3, Day: 10}))
	if got := kinds(r.Discrepancies); got != "number:Two/five" {
		t.Errorf("ferries: got %q, want %q", got, "number:Two/five")
	}
}
