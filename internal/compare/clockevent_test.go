package compare

import (
	"strings"
	"testing"

	"github.com/corroborate/corroborate/internal/mention"
	"github.com/corroborate/corroborate/internal/text"
)

// clockOf reads a one-sentence text and returns its tokens and the clock
// time written clock.
func clockOf(t *testing.T, sent, clock string) ([]text.Token, mention.Value) {
	t.Helper()
	an := mention.Analyze(sent, day, 0.9)
	for _, v := range mention.Values(an) {
		if v.Type == mention.VClock && v.Text == clock {
			return an.Tokens[0], v
		}
	}
	t.Fatalf("%q: no clock time %q read", sent, clock)
	return nil, mention.Value{}
}

// TestInceptionEvent: sentences written for this test. A verb of
// beginning or "come" whose subject is an event noun dates that event
// ("the fire started", "the collapse came"); a subject that names a
// person or a thing, a verb of ending, and the bare noun "start" date no
// event.
func TestInceptionEvent(t *testing.T) {
	c := newComparer(Input{})
	for _, tc := range []struct{ sent, clock, want string }{
		{"The fire started at about 4 a.m. Tuesday in a shed behind the mill.", "4 a.m.", "fire"},
		{"The collapse came at 8:40 a.m., just after the walkers crossed.", "8:40 a.m.", "collapse"},
		{"The walkout began at 7 a.m., the union said.", "7 a.m.", "walk out"},
		{"The shooting began shortly before 11 p.m. outside the arcade.", "11 p.m.", "shoot"},
		{"The explosion came at 2:15 a.m. on Sunday.", "2:15 a.m.", "explode"},
		// guards
		{"Her husband came at 9 p.m. to collect the keys.", "9 p.m.", ""},
		{"The volunteers started at 6 a.m. on the east bank.", "6 a.m.", ""},
		{"The march ended at 3 p.m. outside the town hall.", "3 p.m.", ""},
		{"The fire crews left at 5 a.m. after damping down.", "5 a.m.", ""},
	} {
		toks, v := clockOf(t, tc.sent, tc.clock)
		got, _, _ := c.occurrenceEvent(toks, v)
		if got != tc.want {
			t.Errorf("%q: occurrenceEvent = %q, want %q", tc.sent, got, tc.want)
		}
	}
}

// TestNamedEventClocks: articles written for this test. The only clock
// time of each article, one of an event named by its subject noun and
// the other of that event's verb or noun, is one moment however little
// else the two sentences share; a clock time of another act, or one of
// two clock times of the article, is not paired by it.
func TestNamedEventClocks(t *testing.T) {
	found := []struct{ name, a, b, want string }{
		{"the fire broke out / the fire started",
			"Mill fire\n\nA fire gutted a flour mill on Tansy Road in Brockwell on Tuesday.\n\nThe fire broke out at 2:10 a.m. Tuesday in a storage shed, and crews fought it for six hours.",
			"Mill fire\n\nCrews spent six hours at a burning flour mill on Tansy Road in Brockwell.\n\nThe fire started at about 4 a.m. Tuesday in a shed at the rear.",
			"date:2:10 a.m./about 4 a.m."},
		{"the bridge collapsed / the collapse came",
			"Bridge\n\nA footbridge over the Lunt in Orbury fell into the river on Monday.\n\nThe bridge collapsed at 7:20 a.m., the council said.",
			"Bridge\n\nWalkers escaped when the Lunt footbridge in Orbury fell on Monday.\n\nThe collapse came at 8:40 a.m., just after a group had crossed.",
			"date:7:20 a.m./8:40 a.m."},
		{"walked out / the walkout began",
			"Strike\n\nAbout 700 tram drivers employed by Velk Trams walked out at 5 a.m. on Monday over pay.",
			"Strike\n\nCommuters in Oskirk waited for taxis on Monday.\n\nThe walkout by some 700 Velk Trams drivers began at 7 a.m., the union said.",
			"date:5 a.m./7 a.m."},
	}
	for _, tc := range found {
		if got := kinds(run(doc("a", tc.a, day), doc("b", tc.b, day)).Discrepancies); !strings.Contains(got, tc.want) {
			t.Errorf("%s: got %q, want %q", tc.name, got, tc.want)
		}
	}
	none := []struct{ name, a, b string }{
		{"a crew's arrival is not the fire's start",
			"Mill fire\n\nA fire gutted a flour mill on Tansy Road in Brockwell on Tuesday.\n\nThe first crews came at 4 a.m. and fought the flames for six hours.",
			"Mill fire\n\nCrews spent six hours at a burning flour mill on Tansy Road in Brockwell.\n\nThe fire started at 2:10 a.m. Tuesday in a shed at the rear."},
		{"the end of a march is not its start",
			"March\n\nAbout 3,000 people marched through Ebbley on Saturday.\n\nThe march ended at 3 p.m. outside the town hall.",
			"March\n\nThousands marched through Ebbley on Saturday against the closure of the library.\n\nThe march began at 1 p.m. in Corn Square."},
		{"one of two clock times of the event",
			"Bridge\n\nA footbridge over the Lunt in Orbury fell into the river on Monday.\n\nThe bridge collapsed at 7:20 a.m., and the road was shut at 9 a.m.",
			"Bridge\n\nWalkers escaped when the Lunt footbridge in Orbury fell on Monday.\n\nThe collapse came at 8:40 a.m., just after a group had crossed."},
		{"the same moment told in other words",
			"Mill fire\n\nA fire gutted a flour mill on Tansy Road in Brockwell on Tuesday.\n\nThe fire broke out at 2:10 a.m. Tuesday in a storage shed.",
			"Mill fire\n\nCrews spent six hours at a burning flour mill on Tansy Road in Brockwell.\n\nThe fire started between 2 and 3 a.m. Tuesday in a shed at the rear."},
	}
	for _, tc := range none {
		if got := kinds(run(doc("a", tc.a, day), doc("b", tc.b, day)).Discrepancies); strings.Contains(got, "date:") {
			t.Errorf("%s: got %q, want no time discrepancy", tc.name, got)
		}
	}
}
