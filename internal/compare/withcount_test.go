package compare

import (
	"strings"
	"testing"

	"github.com/corroborate/corroborate/internal/lexicon"
	"github.com/corroborate/corroborate/internal/text"
)

// TestWithCountAndDerivedEvent (recallinv3): a count told in a "with"
// phrase and another outlet's verb of the same things ("carrying 215
// passengers" / "with 240 passengers on board"), and a count of an event
// noun's happening against its derived verb ("the closure of four
// bridges" / "seven bridges closed"), are one fact; two harms stay two.
// Sentences written for this test.
func TestWithCountAndDerivedEvent(t *testing.T) {
	for _, c := range []struct {
		name, a, b, want string
		found            bool
	}{
		{"with / carrying",
			"Ferry\n\nThe Lorne Express, carrying 215 passengers, returned to Tarbet on Sunday after an engine fault, the coastguard said.",
			"Ferry\n\nThe Lorne Express returned with 240 passengers to Tarbet on Sunday after an engine fault, the coastguard said.",
			"number:215/240", true},
		{"took / escaped with",
			"Gallery\n\nTwo burglars took 35 paintings from the Vellum gallery in Oskby on Friday night, police said.",
			"Gallery\n\nTwo burglars broke into the Vellum gallery in Oskby on Friday night and escaped with 52 paintings, police said.",
			"number:35/52", true},
		{"closure of / closed",
			"Floods\n\nFlooding in Carrow forced the closure of 4 bridges on Monday, the council said.",
			"Floods\n\nSeven bridges closed in Carrow on Monday because of flooding, the council said.",
			"number:4/Seven", true},
		{"guard: killed / wounded",
			"Depot\n\nThe blast at the fuel depot in Marlow killed six workers on Monday, officials said.",
			"Depot\n\nThe blast at the fuel depot in Marlow wounded nine workers on Monday, officials said.",
			"number:", false},
		{"guard: fled with / killed",
			"Siege\n\nThe gunman killed three hostages at the Brisk bank in Tolney on Monday before police arrived.",
			"Siege\n\nThe gunman fled with two hostages from the Brisk bank in Tolney on Monday before police arrived.",
			"number:", false},
		{"guard: finished with / paced by",
			"Final\n\nThe Tarns were paced by 14 points from Olle Varg in the final at Brede on Monday.",
			"Final\n\nOlle Varg finished with 26 points in the final at Brede on Monday.",
			"number:", false},
		{"guard: loaded with / fired",
			"Range\n\nThe rifle found at the range in Pollard was loaded with four bullets, police said on Monday.",
			"Range\n\nThe guard at the range in Pollard fired seven bullets at the rifle, police said on Monday.",
			"number:", false},
	} {
		got := kinds(runUndated(c.a, c.b).Discrepancies)
		if strings.Contains(got, c.want) != c.found {
			t.Errorf("%s: got %q, want %q found %v", c.name, got, c.want, c.found)
		}
	}
}

// TestEventiveObject (recallinv3): the object of a verb of eventive
// objects or of getting that names an act dates that act's verb ("won
// approval on Friday" dates the approving); other verbs' objects do not.
// Sentences written for this test.
func TestEventiveObject(t *testing.T) {
	c := &comparer{lx: lexicon.Default()}
	for _, x := range []struct {
		sent, verb, want string
	}{
		{"The Mossley bypass won approval on Friday.", "won", "approve"},
		{"Officers made an arrest on Sunday.", "made", "arrest"},
		{"The mill received permission on Monday.", "received", "permit"},
		{"The mill lost the appeal on Monday.", "lost", ""},
		{"The plan faced opposition on Monday.", "faced", ""},
		{"The crew won the race on Monday.", "won", ""},
		{"Officers made an incident report on Sunday.", "made", ""},
	} {
		toks := text.Tokens(x.sent)
		h := -1
		for k, tk := range toks {
			if tk.Lower == x.verb {
				h = k
			}
		}
		var got []string
		for _, a := range c.eventiveObject(toks, h) {
			got = append(got, a.w)
		}
		if x.want == "" && len(got) > 0 || x.want != "" && !strings.Contains(strings.Join(got, " "), x.want) {
			t.Errorf("eventiveObject(%q) = %v, want %q", x.sent, got, x.want)
		}
	}
	found := kinds(runUndated(
		"Bypass\n\nThe Mossley bypass won approval on Thursday after a two-year inquiry, the county said.",
		"Bypass\n\nMinisters approved the Mossley bypass on Tuesday after a two-year inquiry, the county said.",
	).Discrepancies)
	if !strings.Contains(found, "weekday:") && !strings.Contains(found, "date:") {
		t.Errorf("won approval / approved: got %q, want a day discrepancy (Thursday / Tuesday)", found)
	}
}
