package compare

import (
	"testing"

	"github.com/corroborate/corroborate/internal/mention"
	"github.com/corroborate/corroborate/internal/text"
)

// Sentences written for these tests (no data set's wording).

// TestCaptionSentences: a photo's caption and its credit are marked by
// their form (a gallery's number, a page's label, a credit in brackets or
// after a label); a report's sentence that speaks of a photo, a dateline's
// agencies and a firm named in a report are not.
func TestCaptionSentences(t *testing.T) {
	rows := []struct {
		name, doc string
		want      []bool
	}{
		{"a caption line closed by a bracketed credit cut off by the splitter",
			"Firemen stand outside the bakery where a baker was stabbed on Sunday night. (Photo: Ines Varo / The Orvel Herald)\n\nA baker was stabbed on Saturday night.",
			[]bool{true, true, false}},
		{"a credit of a name and a paper after a slash",
			"Deckhands wait on the quay at Orvel on Tuesday. ( Tomas Brel / Harbour Post )\n\nThe ferry docked late.",
			[]bool{true, true, false}},
		{"a gallery's numbered picture opens the paragraph",
			"Image 2 of 6 Neighbours gather at the corner where a cyclist was struck Friday. Firemen cleared the road.\n\nThe cyclist died on Thursday.",
			[]bool{true, true, false}},
		{"a page's label opens the paragraph",
			"Buy Photo Police tape circles the mill on Birch Lane on Monday.\n\nThe guard was shot on Sunday.",
			[]bool{true, false}},
		{"a wire credit closing the line",
			"A guard walks past the burned depot in Orvel, Wednesday (AP Photo/Lena Marsh)\n\nThe depot burned on Tuesday.",
			[]bool{true, false}},
		{"a credit by its label closing the line",
			"A ferry mate is led from the court in Orvel on Friday. Photo by Lena Marsh\n\nHe was charged on Thursday.",
			[]bool{true, true, false}},
		{"a credit that opens the next line keeps the report after it",
			"Police stand at the gate on Monday. (Photo: Orvel Police) The guard died of his wounds on Sunday.",
			[]bool{true, false}},
		// Guards.
		{"a report's sentence about a photo",
			"A photo of the drover was handed out by the harbour police on Monday.\n\nPolice said the drover had been seen near the mill on Sunday.",
			[]bool{false, false}},
		{"photos told in a report",
			"Photos of the flooded square spread online on Tuesday. Residents said the water rose within an hour.",
			[]bool{false, false}},
		{"a dateline's agencies in brackets",
			"ORVEL (Wire/Harbour Post) - A ferry mate shot two deckhands on Saturday.",
			[]bool{false}},
		{"a photo agency named in a report",
			"The family sold the archive to Getty Images on Monday.\n\nGetty Images said on Tuesday it would show the pictures.",
			[]bool{false, false}},
		{"a picture told in brackets by a report's word",
			"Police released a sketch of the gunman (pictured) on Friday.",
			[]bool{false}},
	}
	for _, r := range rows {
		ss := text.Sentences(r.doc)
		got := captionSentences(ss)
		if len(ss) != len(r.want) {
			t.Errorf("%s: %d sentences, want %d", r.name, len(ss), len(r.want))
			continue
		}
		for i := range ss {
			if g := got != nil && got[i]; g != r.want[i] {
				t.Errorf("%s: sentence %d %q: caption %v, want %v", r.name, i, ss[i].Text, g, r.want[i])
			}
		}
	}
}

// TestCaptionNoLead: a caption printed first in both articles dates the
// story's act the same way; the day each report gives it in its first
// sentence is the article's central day, and two such days disagree. A
// report's own first sentence about a photo is still its lead.
func TestCaptionNoLead(t *testing.T) {
	found := []dayFound{
		{"a caption with its credit above each report",
			[]string{
				"Trouble on the ferry\n\nDeckhands stand on the car deck of the ferry where two men were shot on Thursday evening. (Photo: Ines Varo / Orvel Herald)\n\nPassengers screamed after gunfire erupted on the car deck of the ferry Thursday evening.",
				"Trouble on the ferry\n\nDeckhands stand on the car deck of the ferry where two men were shot on Thursday evening. (Photo: Ines Varo / Orvel Herald)\n\nA ferry mate shot two deckhands in the galley of the night boat to Orvel shortly before midnight Saturday during a quarrel over wages.",
			},
			"date:Thursday evening/Saturday"},
		{"a gallery's numbered caption above each report",
			[]string{
				"Stabbing at the pier\n\nImage 1 of 4 Gulls circle the pier where the ticket clerk was knifed Monday evening.\n\nThe ticket clerk on the pier is dead after a stabbing on the boardwalk Monday evening.",
				"Stabbing at the pier\n\nImage 1 of 4 Gulls circle the pier where the ticket clerk was knifed Monday evening.\n\nA ferry porter bled to death beside the ticket booth after he was knifed late Wednesday.",
			},
			"Monday evening/late Wednesday"},
	}
	expectDays(t, found)
	none := []dayNone{
		{"a report's lead about a photo dates the act as the other does",
			[]string{
				"Trouble on the ferry\n\nA photo released by police shows the car deck where gunfire erupted Thursday evening.\n\nA ferry mate was arrested on Saturday.",
				"Trouble on the ferry\n\nA ferry mate shot two deckhands in the galley of the night boat to Orvel on Thursday evening.",
			}},
	}
	expectNoDays(t, none)
}

// TestCaptionApart: a caption's day or clock time is matched only with a
// caption's; its counts and a report's are matched as any two.
func TestCaptionApart(t *testing.T) {
	day := func(caption bool) *fact {
		return &fact{v: mention.Value{Type: mention.VWeekday}, caption: caption}
	}
	count := func(caption bool) *fact {
		return &fact{v: mention.Value{Type: mention.VCount}, caption: caption}
	}
	rows := []struct {
		name string
		f, g *fact
		want bool
	}{
		{"a caption's day and a report's", day(true), day(false), true},
		{"a report's day and a caption's", day(false), day(true), true},
		// Guards.
		{"two captions' days", day(true), day(true), false},
		{"two reports' days", day(false), day(false), false},
		{"a caption's count and a report's", count(true), count(false), false},
	}
	for _, r := range rows {
		if got := captionApart(r.f, r.g); got != r.want {
			t.Errorf("%s: captionApart %v, want %v", r.name, got, r.want)
		}
	}
}
