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
		got, vs := countNamed(c.sent, c.text)
		if got == nil {
			t.Errorf("%q: no count %q in %+v", c.sent, c.text, vs)
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

// TestBareHarmCountQualified: a bare figure of harm after the verb is read
// past every qualifier the number reader knows, negated comparatives and
// multi-word ones included ("killing upwards of 80", "killed no more than
// 80"). Sentences written for this test.
func TestBareHarmCountQualified(t *testing.T) {
	for _, c := range []struct{ sent, qual string }{
		{"The flood at Corrow killed more than 80, the mayor said.", "more than"},
		{"The flood at Corrow killed upwards of 80, the mayor said.", "upwards of"},
		{"The flood at Corrow killed no more than 80, the mayor said.", "no more than"},
		{"The flood at Corrow killed in excess of 80, the mayor said.", "in excess of"},
		{"The flood at Corrow killed not fewer than 80, the mayor said.", "not fewer than"},
	} {
		a := Analyze(c.sent, dates.Date{Year: 2020, Month: 6, Day: 12}, 0.9)
		var got *Value
		for _, v := range Values(a) {
			if v.Type == VCount && v.Num == 80 {
				got = &v
			}
		}
		if got == nil {
			t.Errorf("%q: no count 80 in %+v", c.sent, Values(a))
			continue
		}
		if got.Event != "kill" || got.Qualifier != c.qual {
			t.Errorf("%q: got event %q qualifier %q, want kill %q", c.sent, got.Event, got.Qualifier, c.qual)
		}
	}
}

// countNamed reads sent (published 2020-06-12) and returns its last count
// value written as text, with all its values.
func countNamed(sent, text string) (*Value, []Value) {
	vs := Values(Analyze(sent, dates.Date{Year: 2020, Month: 6, Day: 12}, 0.9))
	var got *Value
	for _, v := range vs {
		if v.Type == VCount && v.Text == text {
			got = &v
		}
	}
	return got, vs
}
