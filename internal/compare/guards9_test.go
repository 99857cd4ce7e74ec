package compare

import (
	"testing"

	"github.com/corroborate/corroborate/internal/dates"
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
