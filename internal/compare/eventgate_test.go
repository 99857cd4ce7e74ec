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

// TestRecallNotBeforeEvent: an article published before another article's
// event day cannot recall that event, so the days it names (here the day
// the police spoke) do not keep the two articles' values together; an
// article published after it may, and does. Sentences invented.
func TestRecallNotBeforeEvent(t *testing.T) {
	x := "Brawl at Tern Quay\n\nTwo dockers were stabbed during a brawl at Tern Quay on Tuesday night, the harbour police said Wednesday."
	y := "Brawl near Gull Market\n\nFour dockers were stabbed during a brawl near Gull Market on Thursday, the coastguard said."
	yPub := dates.Date{Year: 2023, Month: 5, Day: 12} // a Friday, the day after Y's event
	cases := []struct {
		name string
		xPub dates.Date
		xDay int32 // X's event day; Y's is Thursday 2023-05-11 (19488)
		want string
	}{
		{"published the day before the other's event", dates.Date{Year: 2023, Month: 5, Day: 10}, 19486, ""},
		{"published after the other's event, naming its eve", dates.Date{Year: 2023, Month: 5, Day: 12}, 19486, "number:Two/Four"},
	}
	for _, c := range cases {
		docs := []story.Doc{doc("a", x, c.xPub), doc("b", y, yPub)}
		ev := []EventDays{{Lo: c.xDay, Hi: c.xDay, Known: true}, {Lo: 19488, Hi: 19488, Known: true}}
		m := story.Assemble(&corroborate.Story{}, docs)
		r := Compare(Input{Docs: docs, Merged: m, Events: ev})
		if got := numberKinds(r.Discrepancies); got != c.want {
			t.Errorf("%s: got %q, want %q", c.name, got, c.want)
		}
	}
}

// TestEventTowns: two articles whose leads set their events in two towns
// (a city WordNet lists, or a town the article sets in a state) tell two
// events, on one day as on two; an article that names the other's town,
// or a person the other names, keeps them together; a person's name that
// opens with a city's ("<City> <Surname>") names no town. Sentences
// invented.
func TestEventTowns(t *testing.T) {
	cases := []townCase{
		{"two cities",
			"A gas leak forced the evacuation of four buildings in Denver on Tuesday, fire officials said.",
			"A gas leak forced the evacuation of nine buildings in Boston on Tuesday, fire officials said.", ""},
		{"a city's police",
			"Denver police said a gas leak forced the evacuation of four buildings on Tuesday.",
			"A gas leak forced the evacuation of nine buildings in Boston on Tuesday, fire officials said.", ""},
		{"towns set in their states",
			"A gas leak forced the evacuation of four buildings in Alderwick, Ohio, on Tuesday, fire officials said.",
			"A gas leak forced the evacuation of nine buildings in Marlow Creek, Oregon, on Tuesday, fire officials said.", ""},
		{"one names the other's city",
			"A gas leak forced the evacuation of four buildings in Denver on Tuesday, fire officials said. Crews from Boston helped.",
			"A gas leak forced the evacuation of nine buildings in Boston on Tuesday, fire officials said.", "number:four/nine"},
		{"one town",
			"A gas leak forced the evacuation of four buildings in Denver on Tuesday, fire officials said.",
			"A gas leak forced the evacuation of nine buildings in Denver on Tuesday, fire officials said.", "number:four/nine"},
		{"a person's name opening with a city",
			"Austin Council, 34, said a gas leak forced the evacuation of four buildings on Tuesday. He said no one was hurt.",
			"A gas leak forced the evacuation of nine buildings in Boston on Tuesday, fire officials said.", "number:four/nine"},
	}
	checkTownCases(t, cases)
}

// townCase is two leads of articles on one gas leak and the number
// discrepancies wanted between them ("" for none: two events).
type townCase struct {
	name, x, y, want string
}

// checkTownCases compares the articles of each case, published on one
// day under their headlines, and checks the number discrepancies found.
func checkTownCases(t *testing.T, cases []townCase) {
	t.Helper()
	pub := dates.Date{Year: 2023, Month: 5, Day: 10}
	for _, c := range cases {
		docs := []story.Doc{doc("a", "Gas leak empties buildings\n\n"+c.x, pub), doc("b", "Buildings emptied after leak\n\n"+c.y, pub)}
		m := story.Assemble(&corroborate.Story{}, docs)
		r := Compare(Input{Docs: docs, Merged: m})
		if got := numberKinds(r.Discrepancies); got != c.want {
			t.Errorf("%s: got %q, want %q", c.name, got, c.want)
		}
	}
}

// numberKinds is kinds of the number discrepancies among ds.
func numberKinds(ds []corroborate.Discrepancy) string {
	var vs []corroborate.Discrepancy
	for _, d := range ds {
		if d.Kind == "number" {
			vs = append(vs, d)
		}
	}
	return kinds(vs)
}
