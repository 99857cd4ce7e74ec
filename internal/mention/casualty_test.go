package mention

import (
	"testing"

	"github.com/corroborate/corroborate/internal/dates"
)

// TestCasualtyCount: a figure of people hurt or killed whose noun is left
// out — the subject of a passive with an irregular participle or "others"
// ("four", "two"), a subject whose predicate
// is reduced to the participle after a coordinator ("and five injured"),
// the object complement of "left" ("left one dead and eleven injured"), a
// headline's plural figure before a participle ("Twelve shot") — is a count
// of people for the verb's event ("die" for "dead"), the same fact as "N
// people were hurt". Sentences written for this test.
func TestCasualtyCount(t *testing.T) {
	cases := []struct {
		sent, text, unit, event string
		num                     float64
	}{
		{"Officials at the depot said four were hurt when the crane toppled.", "four", "people", "hurt", 4},
		{"The storm in Varrow left one dead and eleven injured overnight.", "one dead", "people", "die", 1},
		{"The storm in Varrow left one dead and eleven injured overnight.", "eleven", "people", "injure", 11},
		{"One ranger was shot dead and seven others were wounded at Fennick Pass.", "seven", "people", "wound", 7},
		{"One rider was killed and five injured when the bus overturned on Calder Road.", "five", "people", "injure", 5},
		{"Twelve shot during a street festival in Orlen", "Twelve shot", "people", "shoot", 12},
		{"All three were dead when medics reached the cabin.", "three", "people", "die", 3},
		{"The explosion left one worker dead and six others injured late Tuesday.", "six", "people", "injure", 6},
		{"The quake flattened the market and left 40 hurt, the governor said.", "40 hurt", "people", "hurt", 40},
		// Kept as before: the people counted before the figure, carried
		// over by the number reader, are its people.
		{"At least nine sailors were injured, including four wounded in the blast.", "four wounded", "sailor", "wound", 4},
	}
	for _, c := range cases {
		got, vs := countNamed(c.sent, c.text)
		if got == nil {
			t.Errorf("%q: no count %q in %+v", c.sent, c.text, vs)
			continue
		}
		if got.Unit != c.unit || got.Event != c.event || got.Num != c.num {
			t.Errorf("%q: got %v unit %q event %q, want %v %q %q", c.sent, got.Num, got.Unit, got.Event, c.num, c.unit, c.event)
		}
	}
}

// TestCasualtyCountGuards: what the casualty reading must not take. A
// figure arrested is another fact than one hurt; "one of the dead" counts
// nobody; a participle before a noun premodifies it ("the two injured
// girls"); a participle with an object is an active verb ("the two shot
// the clerk"); "one shot" after "fired" is a shot; an age's range end is
// no count ("ages 19-24 were hurt"). Sentences written for this test.
func TestCasualtyCountGuards(t *testing.T) {
	cases := []struct {
		sent string
		ok   func(Value) bool
		why  string
	}{
		{"Three were arrested after the brawl outside the arena.", func(v Value) bool { return v.Num != 3 || !casualtyEvent(v.Event) }, "an arrest is no casualty"},
		{"The coroner listed Ivo Marsh as one of the dead.", func(v Value) bool { return v.Type != VCount }, "one of the dead is no count"},
		{"The two injured girls were taken to Marlow General.", func(v Value) bool { return v.Num != 2 || v.Unit == "girl" }, "the participle premodifies girls"},
		{"Investigators said the two shot the clerk before fleeing.", func(v Value) bool { return v.Num != 2 || v.Event != "shoot" }, "active verb with an object"},
		{"The deputy fired one shot at the tyres of the van.", func(v Value) bool { return v.Num != 1 || v.Event == "" }, "one shot is a shot"},
		{"Four hikers, ages 19-24 were hurt in the rockfall.", func(v Value) bool { return v.Num != 24 }, "an age range's end"},
		// One person named by a noun is left as it was read: its count
		// pairs with tolls of other words too often.
		{"The explosion left one worker dead and six others injured late Tuesday.", func(v Value) bool { return v.Num != 1 || v.Event == "" }, "one worker dead"},
		{"Deputies said 3 were shot at from a passing car but none were hit.", func(v Value) bool { return v.Num != 3 || v.Event == "" }, "shot at is an attempt"},
		{"Wardens counted 20 elk in the valley; six were shot by the poachers.", func(v Value) bool { return v.Num != 6 || v.Unit != "people" }, "the elk counted before"},
		{"Medics said one passenger was killed in the derailment.", func(v Value) bool { return v.Num != 1 || v.Event == "" }, "one passenger was killed"},
	}
	for _, c := range cases {
		a := Analyze(c.sent, dates.Date{Year: 2020, Month: 6, Day: 12}, 0.9)
		for _, v := range Values(a) {
			if !c.ok(v) {
				t.Errorf("%q: %s: got %s %q unit %q event %q", c.sent, c.why, v.Type, v.Text, v.Unit, v.Event)
			}
		}
	}
}

// casualtyEvent reports whether a count's event is one of casualty.
func casualtyEvent(e string) bool {
	return e == "hurt" || e == "injure" || e == "wound" || e == "kill" || e == "die" || e == "shoot"
}
