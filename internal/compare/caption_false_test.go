package compare

import (
	"testing"

	"github.com/corroborate/corroborate/internal/text"
)

func TestCaptionFalse(t *testing.T) {
	rows := []struct {
		name, doc string
		want      []bool
	}{
		{"a quote telling a photo by someone", "A ferry mate shot two deckhands in the galley on Saturday night. \"I knew him from a photo by the harbour office,\" a porter said.", []bool{false, false}},
		{"a poll's source in brackets", "Support for the mayor fell to a third in a survey taken on Tuesday (Orvel Herald/Civis).", []bool{false}},
		{"a member's party and seat", "The bill was tabled on Monday by Senator Ana Vell (Labour/Orvel North).", []bool{false}},
		{"a report's photo by a camera", "Police traced the van on Sunday. The plate was read from a photo by a speed camera.", []bool{false, false}},
		{"a report's photo: colon", "The gunman fled on Friday. Police issued one photo: a blurred frame from a bus camera.", []bool{false, false}},
		{"caption as a noun opening a report", "Caption contests drew crowds to the fair on Sunday.", []bool{false}},
	}
	for _, r := range rows {
		ss := text.Sentences(r.doc)
		got := captionSentences(ss)
		for i := range ss {
			if g := got != nil && got[i]; g != r.want[i] {
				t.Errorf("%s: sentence %d %q: caption %v, want %v", r.name, i, ss[i].Text, g, r.want[i])
			}
		}
	}
}

// TestCaptionNoFalseLead: a report's lead paragraph closed by a quote
// that tells "a photo by" someone is no caption; its lead day agrees with
// the other report's and a later paragraph's day is no central day.
func TestCaptionNoFalseLead(t *testing.T) {
	expectNoDays(t, []dayNone{
		{"a quote's photo by closing the lead paragraph",
			[]string{
				"Shooting on the ferry\n\nA ferry mate shot two deckhands in the galley of the night boat to Orvel on Thursday evening. \"I knew him from a photo by the harbour office,\" a porter said.\n\nPassengers said the shots rang out on Friday.",
				"Shooting on the ferry\n\nA ferry mate shot two deckhands in the galley of the night boat to Orvel on Thursday evening.",
			}},
	})
}
