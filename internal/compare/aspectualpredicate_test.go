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
// not the aspectual verb, so that two vans that "began moving the
// injured" away and five vans "carrying injured" away are one fact told
// with two verbs of motion. Sentences written for this test.
func TestAspectualPredicate(t *testing.T) {
	c := newComparer(Input{})
	for _, tc := range []struct{ sentence, figure, want string }{
		{"Two vans began moving the injured away from the square.", "Two vans", "move"},
		{"Four trucks started to haul the rubble away.", "Four trucks", "haul"},
		{"Four trucks started from the depot.", "Four trucks", "start"},
		{"Five barns had been badly hit by the storm.", "Five barns", "hit"},
		// An -ing form that is its own base is no complement: "spring"
		// is a word of its own, not a verb's -ing form.
		{"Six clubs started spring drills at Harl.", "Six clubs", "start"},
	} {
		k := strings.Index(tc.sentence, tc.figure)
		v := mention.Value{Type: mention.VCount, Text: tc.figure, Start: k, End: k + len(tc.figure)}
		if got := c.countPredicate(text.Tokens(tc.sentence), v); got != tc.want {
			t.Errorf("%q in %q: got %q, want %q", tc.figure, tc.sentence, got, tc.want)
		}
	}
	x := "Vans\n\nTwo vans began moving the injured away from the square in Orl, the sheriff said."
	y := "Vans\n\nThe sheriff said five vans were carrying injured away from the square in Orl."
	r := run(doc("a", x, dates.Date{Year: 2022, Month: 3, Day: 9}), doc("b", y, dates.Date{Year: 2022, Month: 3, Day: 10}))
	if got := kinds(r.Discrepancies); got != "number:Two/five" {
		t.Errorf("vans: got %q, want %q", got, "number:Two/five")
	}
}
