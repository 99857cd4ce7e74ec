package mention

import (
	"testing"

	"github.com/corroborate/corroborate/internal/dates"
)

// TestRelativeVerbCount: an -ed verb right after a relative pronoun ("a
// blast that killed three miners") takes the count after it for its
// object; it is no adjective after a determiner ("the flooded district"),
// and the count's event is that verb, not a verb coordinated after the
// count ("and injured two others"). Sentences written for this test.
func TestRelativeVerbCount(t *testing.T) {
	cases := []struct {
		sent, text, event string
	}{
		{"Police are looking into a blast that killed three miners and injured at least two others on Friday.", "three miners", "kill"},
		{"It was the crash which injured four people and killed a fifth near Vesk.", "four people", "injure"},
		{"The storm that flooded 12 villages also cut the road to Halvik.", "12 villages", "flood"},
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
