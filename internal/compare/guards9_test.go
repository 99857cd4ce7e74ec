package compare

import (
	"strings"
	"testing"

	corroborate "github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/dates"
	"github.com/corroborate/corroborate/internal/lexicon"
	"github.com/corroborate/corroborate/internal/mention"
	"github.com/corroborate/corroborate/internal/story"
	"github.com/corroborate/corroborate/internal/text"
)

// TestGuardsSession9: invented sentences, one guard each (session 9): two
// values that look like one fact but are not give no discrepancy; the
// controls keep one.
func TestGuardsSession9(t *testing.T) {
	pub := dates.Date{Year: 2023, Month: 5, Day: 17}
	for _, tc := range []struct{ name, x, y, want string }{
		{"a sentence that tells both figures tells two facts",
			"Quay\n\nThe skipper is accused of stabbing four deckhands at the Orvella quay, wounding three.",
			"Quay\n\nThe skipper is accused of stabbing and wounding three deckhands at the Orvella quay.", ""},
		{"control: two figures of one act",
			"Quay\n\nThe skipper is accused of stabbing four deckhands at the Orvella quay on the night.",
			"Quay\n\nThe skipper is accused of stabbing three deckhands at the Orvella quay on the night.", "number:four/three"},
		{"a figure with its noun left out is still told",
			"Quay\n\nUPDATE: 9 deckhands shot, 4 dead at the Orvella quay after a brawl",
			"Quay\n\nFour deckhands are dead at the Orvella quay after a brawl.", ""},
		{"a figure of another act is not the other side's",
			"Quay\n\nHarbour police said 14 deckhands had been hurt in the brawl at the quay and 9 detained for affray.",
			"Quay\n\nHarbour police said 9 deckhands had been hurt in the brawl at the quay.", "number:14/9"},
		{"a copy that changed one of two figures of a sentence keeps its conflict",
			"Quay\n\nThe brawl at the Orvella quay left 5 deckhands dead and 7 wounded, harbour police said.",
			"Quay\n\nThe brawl at the Orvella quay left 7 deckhands dead and 7 wounded, harbour police said.", "number:5/7"},
		{"a copy that changed the day of one of two acts keeps its conflict",
			"Quay\n\nThe deckhand died in hospital on Friday after he was stabbed at the Orvella quay on Thursday.",
			"Quay\n\nThe deckhand died in hospital on Thursday after he was stabbed at the Orvella quay on Thursday.", "date:on Friday/on Thursday"},
		{"counts of people of two acts are two facts",
			"Pier\n\nThe blast that injured eight people at the pier was an accident, police said.",
			"Pier\n\nMedics carried six people from the pier after the blast, police said.", ""},
		{"a sentence naming both speakers gives its words to neither",
			"Quay\n\n“The crew broke no safety rule that night,” harbour pilot Tomas Velde said as chief Lena Brask looked on.",
			"Quay\n\n“The crew broke no safety rule that night,” harbour chief Lena Brask said.", ""},
		{"control: two speakers of the same words",
			"Quay\n\n“The crew broke no safety rule that night,” harbour pilot Tomas Velde said at the quay.",
			"Quay\n\n“The crew broke no safety rule that night,” harbour chief Lena Brask said.", "speaker:Tomas Velde/Lena Brask"},
	} {
		r := run(doc("a", tc.x, pub), doc("b", tc.y, dates.Date{Year: 2023, Month: 5, Day: 18}))
		if got := kinds(r.Discrepancies); got != tc.want {
			t.Errorf("%s: got %q, want %q", tc.name, got, tc.want)
		}
	}
}

// TestTwoActs: invented sentences. A count read with no event takes the
// verb whose object it is; two counts of two acts are two facts, two of one
// act (or of close verbs) may be one.
func TestTwoActs(t *testing.T) {
	c := newComparer(Input{})
	read := func(sentence, figure, event string) *fact {
		k := strings.Index(sentence, figure)
		unit := c.lx.Base(strings.ToLower(figure[strings.LastIndex(figure, " ")+1:]), lexicon.Noun)
		v := mention.Value{Type: mention.VCount, Text: figure, Start: k, End: k + len(figure), Event: event, Unit: unit}
		return &fact{v: v, act: c.objectVerb(text.Tokens(sentence), v)}
	}
	object := read("The blast that injured eight people was an accident.", "eight people", "")
	if object.act != "injure" {
		t.Fatalf("objectVerb: got %q, want injure", object.act)
	}
	left := read("The coach drove off, leaving the four hikers at the pass.", "four hikers", "")
	for _, tc := range []struct {
		name string
		f, g *fact
		want bool
	}{
		{"carried / injured", read("Medics carried six people ashore.", "six people", "carry"), object, true},
		{"burned / left", read("Two children were burned in the flat.", "Two children", "burn"), left, true},
		{"injured / injured", read("Six people were injured.", "Six people", "injure"), object, false},
		{"wounded / injured (close verbs)", read("Six people were wounded.", "Six people", "wound"), object, false},
		{"things, not people: ways of telling one act", read("The guard was accused of firing six shots.", "six shots", "accuse"), read("The guard sprayed eight shots.", "eight shots", ""), false},
		{"no act on either side", read("Six people were there.", "Six people", ""), read("There were eight people.", "eight people", ""), false},
	} {
		if got := c.twoActs(tc.f, tc.g); got != tc.want {
			t.Errorf("%s: got %v, want %v", tc.name, got, tc.want)
		}
	}
}

// TestToldTogetherPairs: invented sentences, each side one article's
// value. toldTogether judges pair by pair: a side told together with one
// side stays when another side is its counterpart (a copy that changed the
// larger of two figures of one sentence); days and dates of one sentence
// are told together too.
func TestToldTogetherPairs(t *testing.T) {
	pub := dates.Date{Year: 2023, Month: 5, Day: 17}
	for _, tc := range []struct {
		name  string
		texts []string
		sides []string // the value of each side, in the order of texts
		want  string
	}{
		{"a copy changed the figure told beside another side's",
			[]string{"The skipper who knifed three deckhands in a brawl on the quay, two of them fatally, goes before a judge next week.",
				"The skipper who knifed five deckhands in a brawl on the quay, two of them fatally, goes before a judge next week.",
				"The skipper who knifed two deckhands at the Orvella quay goes before a judge."},
			[]string{"three deckhands", "five deckhands", "two deckhands"}, "three deckhands/five deckhands"},
		{"two sides told together with the same third",
			[]string{"The skipper knifed three deckhands in a brawl, two of them fatally.",
				"The skipper knifed two deckhands at the quay."},
			[]string{"three deckhands", "two deckhands"}, ""},
		{"a weekday told beside the other side's",
			[]string{"The Marlow rowers fly out to Lisbon on Friday and race the Danish crew on Sunday.",
				"The Marlow rowers race the Danish crew in Lisbon on Sunday."},
			[]string{"on Friday", "on Sunday"}, ""},
		{"a date told beside the other side's",
			[]string{"The Marlow rowers fly out to Lisbon on May 19 and race the Danish crew on May 21.",
				"The Marlow rowers race the Danish crew in Lisbon on May 21."},
			[]string{"May 19", "May 21"}, ""},
		{"control: two days of one act",
			[]string{"The Marlow rowers race the Danish crew in Lisbon on Friday.",
				"The Marlow rowers race the Danish crew in Lisbon on Sunday."},
			[]string{"on Friday", "on Sunday"}, "on Friday/on Sunday"},
	} {
		var docs []story.Doc
		for i, x := range tc.texts {
			docs = append(docs, doc(string(rune('a'+i)), "Race\n\n"+x, pub))
		}
		c := newComparer(Input{Docs: docs, Merged: story.Assemble(&corroborate.Story{}, docs)})
		facts := c.valueFacts()
		var sides []*factSide
		for d, want := range tc.sides {
			for i, f := range facts {
				if f.doc == d && f.v.Text == want {
					sides = append(sides, &factSide{rep: f.v, facts: []int{i}})
					break
				}
			}
		}
		if len(sides) != len(tc.sides) {
			t.Fatalf("%s: read %d of the sides %q", tc.name, len(sides), tc.sides)
		}
		var got []string
		for _, s := range c.toldTogether(facts, sides) {
			got = append(got, s.rep.Text)
		}
		if g := strings.Join(got, "/"); g != tc.want {
			t.Errorf("%s: kept %q, want %q", tc.name, g, tc.want)
		}
	}
}
