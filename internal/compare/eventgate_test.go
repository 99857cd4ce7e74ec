package compare

import (
	"encoding/json"
	"os"
	"testing"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/dates"
	"github.com/corroborate/corroborate/internal/story"
)

// TestEventGate reads testdata/event-gate.json: two articles of one story
// (invented for this test), each with the day its own text dates its event
// (days since 1970; none when empty), as analyze.EventDays reads them.
// Values of two articles whose event days lie apart and which name no
// person in common are values of two events; want is the value
// discrepancies found, as kinds prints them ("" for none).
func TestEventGate(t *testing.T) {
	b, err := os.ReadFile("testdata/event-gate.json")
	if err != nil {
		t.Fatal(err)
	}
	var cases []struct {
		Rule, X, Y, Want string
		Days             []int32
	}
	if err := json.Unmarshal(b, &cases); err != nil {
		t.Fatal(err)
	}
	pub := dates.Date{Year: 2023, Month: 5, Day: 10} // a Wednesday
	for _, tc := range cases {
		docs := []story.Doc{doc("a", tc.X, pub), doc("b", tc.Y, pub)}
		var ev []EventDays
		for _, d := range tc.Days {
			ev = append(ev, EventDays{Lo: d, Hi: d, Known: true})
		}
		m := story.Assemble(&corroborate.Story{}, docs)
		r := Compare(Input{Docs: docs, Merged: m, Events: ev})
		var vs []corroborate.Discrepancy
		for _, d := range r.Discrepancies {
			if d.Kind == "number" || d.Kind == "date" {
				vs = append(vs, d)
			}
		}
		if got := kinds(vs); got != tc.Want {
			t.Errorf("%s: got %q, want %q", tc.Rule, got, tc.Want)
		}
	}
}
