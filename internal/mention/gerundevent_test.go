package mention

import (
	"testing"

	"github.com/corroborate/corroborate/internal/dates"
)

// TestGerundAfterPreposition: an -ing form after a preposition with a count
// for its object is the count's event ("accused of killing two guards"),
// not a noun whose event is looked for after the count; "the killing of
// six" stays a noun's event. Sentences written for this test.
func TestGerundAfterPreposition(t *testing.T) {
	checkCountEvents(t, []countEvent{
		{"The man accused of killing two guards and injuring a third was arraigned.", "two guards", "kill"},
		{"She was charged after wounding three neighbours and injuring a fourth.", "three neighbours", "wound"},
		{"Police blamed the killing of six miners on the gang.", "six miners", "kill"},
	})
}

// countEvent is a sentence, a count as written in it and the event the
// count should have.
type countEvent struct{ sent, text, event string }

// checkCountEvents reads each sentence and checks that its count has the
// event wanted.
func checkCountEvents(t *testing.T, cases []countEvent) {
	t.Helper()
	for _, c := range cases {
		a := Analyze(c.sent, dates.Date{Year: 2020, Month: 6, Day: 12}, 0.9)
		found := false
		for _, v := range Values(a) {
			if v.Type == VCount && v.Text == c.text {
				found = true
				if v.Event != c.event {
					t.Errorf("%q: %q has event %q, want %q", c.sent, c.text, v.Event, c.event)
				}
			}
		}
		if !found {
			t.Errorf("%q: no count %q in %+v", c.sent, c.text, Values(a))
		}
	}
}
