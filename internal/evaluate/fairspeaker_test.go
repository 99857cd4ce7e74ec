package evaluate

import (
	"strings"
	"testing"
)

// TestFairSpeakerReading: the fair reading scores no sentence-initial
// common word as a name ("Many"), keeps a sentence-initial name the
// article writes capitalised inside a sentence too ("Warden"), and
// resolves "who" to the name right before it ("Jane Roe, who") or leaves
// it unscored after a nominal ("The voters who"), and takes a name from
// the appositive after a common noun ("the Harbour Board director, Lena
// Brandt"); the kit's reading scores all five and gets four wrong.
func TestFairSpeakerReading(t *testing.T) {
	text := "A vote on the plan\nMany said the plan would fail within a year. Jane Roe, who said the plan would work well, disagreed. " +
		"The voters who said taxes were far too high left early. Mayor Ada Warden spoke last. Warden said the budget was balanced now. " +
		"The ferry will run twice a day, said the Harbour Board director, Lena Brandt."
	str := func(s string) *string { return &s }
	span := func(sub string, n int) []int {
		i := -1
		for k := 0; k < n; k++ {
			i += 1 + strings.Index(text[i+1:], sub)
		}
		return []int{i, i + len(sub)}
	}
	att := func(src string, n int, content string) GoldAttribution {
		return GoldAttribution{Source: str(src), SourceSpan: span(src, n), Content: content, ContentSpan: span(content, 1), QuoteType: "indirect"}
	}
	g := QuoteGold{ID: "x", Text: text, Attributions: []GoldAttribution{
		att("Many", 1, "the plan would fail within a year"),
		att("who", 1, "the plan would work well"),
		att("who", 2, "taxes were far too high"),
		att("Warden", 2, "the budget was balanced now"),
		att("the Harbour Board director, Lena Brandt", 1, "The ferry will run twice a day"),
	}}
	var s QuoteScore
	s.Add(g, []SysQuote{
		{Speaker: "", Text: "the plan would fail within a year"},
		{Speaker: "Jane Roe", Text: "the plan would work well"},
		{Speaker: "", Text: "taxes were far too high"},
		{Speaker: "Ada Warden", Text: "the budget was balanced now"},
		{Speaker: "Lena Brandt", Text: "The ferry will run twice a day"},
	})
	if kit := s.NamedN + s.PronounN; kit != 5 || s.NamedOK+s.PronounOK != 1 {
		t.Errorf("kit reading: %d of %d right, want 1 of 5", s.NamedOK+s.PronounOK, kit)
	}
	if s.FairN != 3 || s.FairOK != 3 {
		t.Errorf("fair reading: %d of %d right, want 3 of 3 (Jane Roe, Warden, Lena Brandt)", s.FairOK, s.FairN)
	}
}
