package mention

import (
	"testing"

	"github.com/corroborate/corroborate/internal/dates"
)

// TestPrepositionIsNoEvent: a preposition that WordNet also knows as a verb
// ("near": to come near) is no event of a count beside it, save after a
// modal or "to"; the count keeps the event of a verb of its own clause or
// none. Sentences written for this test.
func TestPrepositionIsNoEvent(t *testing.T) {
	cases := []struct {
		sent, text, event string
	}{
		{"He was fishing near the old pier with five friends when the plank gave way.", "five friends", ""},
		{"Two boats were anchored near the dock, the harbour master said.", "Two boats", "anchor"},
	}
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
