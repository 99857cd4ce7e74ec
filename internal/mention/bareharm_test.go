package mention

import (
	"testing"

	"github.com/corroborate/corroborate/internal/dates"
)

// TestBareHarmCount: a figure of people harmed whose noun is left out is a
// count of people (or of the persons counted before it) for its event; a
// bare figure of no harm is none. Sentences written for this test.
func TestBareHarmCount(t *testing.T) {
	cases := []struct {
		sent, text, unit, event string
	}{
		{"The storm flattened two towns, killing 12 residents and injuring 45.", "45", "resident", "injure"},
		{"A hospital official said 30 were injured.", "30", "people", "injure"},
		{"The governor said 9 have been killed.", "9", "people", "kill"},
		{"Medics said the 25 wounded were taken to Harlow General.", "25 wounded", "people", "wound"},
	}
	for _, c := range cases {
		a := Analyze(c.sent, dates.Date{Year: 2020, Month: 6, Day: 12}, 0.9)
		var got *Value
		for _, v := range Values(a) {
			if v.Type == VCount && v.Text == c.text {
				got = &v
			}
		}
		if got == nil {
			t.Errorf("%q: no count %q in %+v", c.sent, c.text, Values(a))
			continue
		}
		if got.Unit != c.unit || got.Event != c.event {
			t.Errorf("%q: got unit %q event %q, want %q %q", c.sent, got.Unit, got.Event, c.unit, c.event)
		}
	}
	for _, s := range []string{
		"The index rose to 15 on Monday.",
		"The council said 30 were approved.",
	} {
		a := Analyze(s, dates.Date{Year: 2020, Month: 6, Day: 12}, 0.9)
		for _, v := range Values(a) {
			if v.Type == VCount {
				t.Errorf("%q: unexpected count %q (%s)", s, v.Text, v.Unit)
			}
		}
	}
}
