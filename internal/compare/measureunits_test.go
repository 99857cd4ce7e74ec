package compare

import (
	"testing"

	"github.com/corroborate/corroborate/internal/mention"
)

// TestMeasureUnitsRead: temperatures written with the scale's symbol
// glued to the figure ("25C") and lengths in millimetres or centimetres
// spelt out are read as values of their unit, so two outlets' figures
// for one measure meet.
// Sentences written for this test.
func TestMeasureUnitsRead(t *testing.T) {
	cases := []struct{ name, a, b, want string }{
		{"bare and compact degrees", "The spring at Halvey Well keeps its water at 33 degrees all year, the trust said.",
			"The trust said the spring at Halvey Well keeps its water at 25C all year.", "number:33 degrees/25C"},
		{"degrees spelt out and written with the scale", "The spring at Halvey Well keeps its water at 33 degrees all year, the trust said.",
			"The trust said the spring at Halvey Well keeps its water at 25 degrees Celsius all year.", "number:33 degrees/25 degrees Celsius"},
		{"millimetres spelt out", "Forecasters said 79 millimetres of rain fell on Corran Fell on Monday.",
			"Forecasters said 61mm of rain fell on Corran Fell on Monday.", "number:79 millimetres/61mm"},
		{"centimetres spelt out", "The Orrin rose 40 centimetres at Dalby weir on Monday, the agency said.",
			"The agency said the Orrin rose 55cm at Dalby weir on Monday.", "number:40 centimetres/55cm"},
		// guard: one heat in two scales
		{"one heat in two scales", "The spring at Halvey Well keeps its water at 77 degrees all year, the trust said.",
			"The trust said the spring at Halvey Well keeps its water at 25C all year.", ""},
	}
	for _, c := range cases {
		r := run(doc("a", "Report\n\n"+c.a, day), doc("b", "Report\n\n"+c.b, day))
		if got := kinds(r.Discrepancies); got != c.want {
			t.Errorf("%s: want %q, got %q", c.name, c.want, got)
		}
	}
}

// TestSameTemperatureScale: a bare figure in degrees is read in the scale
// the other figure is written in, unless it lies nearer that figure turned
// into the other scale; two written scales never compare.
func TestSameTemperatureScale(t *testing.T) {
	v := func(n float64, unit string) mention.Value {
		return mention.Value{Type: mention.VSize, Num: n, Unit: unit}
	}
	cases := []struct {
		a, b mention.Value
		want bool
	}{
		{v(33, "degree"), v(25, "degree c"), true},
		{v(77, "degree"), v(25, "degree c"), false}, // 25 °C is 77 °F
		{v(20, "degree"), v(70, "degree f"), false}, // 70 °F is 21 °C
		{v(65, "degree"), v(70, "degree f"), true},
		{v(25, "degree c"), v(77, "degree f"), false},
		{v(25, "degree c"), v(25, "degree c"), true},
		{v(25, "degree"), v(25, "acre"), false},
	}
	for _, c := range cases {
		if got := sameTemperatureScale(c.a, c.b); got != c.want {
			t.Errorf("%v %s / %v %s: got %v", c.a.Num, c.a.Unit, c.b.Num, c.b.Unit, got)
		}
	}
}

// TestAgeOfAThing: an age no person reaches ("the 2,300-year-old
// helmet") is read as the age of the thing it modifies, so two outlets'
// figures for it meet. Sentences written for this test.
func TestAgeOfAThing(t *testing.T) {
	cases := []struct{ name, a, b, want string }{
		{"a helmet's age", "Crowds queued on Monday to see the 2,300-year-old helmet at the Orrin museum.",
			"Crowds queued on Monday to see the 1,800-year-old helmet at the Orrin museum.", "number:2,300-year-old/1,800-year-old"},
		// guard: a thing's age and a person's are two facts
		{"a helmet and its finder", "Crowds queued on Monday to see the 2,300-year-old helmet at the Orrin museum.",
			"Crowds queued on Monday at the Orrin museum, where the 71-year-old finder told her story.", ""},
	}
	for _, c := range cases {
		r := run(doc("a", "Report\n\n"+c.a, day), doc("b", "Report\n\n"+c.b, day))
		if got := kinds(r.Discrepancies); got != c.want {
			t.Errorf("%s: want %q, got %q", c.name, c.want, got)
		}
	}
}
