package evaluate

import (
	"math"
	"testing"
)

func TestBCubed(t *testing.T) {
	gold := []string{"a", "a", "b", "b"}
	if b := ScoreBCubed("", []int{0, 0, 1, 1}, gold); b.F1 != 1 {
		t.Errorf("perfect clustering F1 = %v", b.F1)
	}
	b := ScoreBCubed("", []int{0, 1, 2, 3}, gold)
	if b.P != 1 || b.R != 0.5 {
		t.Errorf("singletons P/R = %v/%v, want 1/0.5", b.P, b.R)
	}
	b = ScoreBCubed("", []int{0, 0, 0, 0}, gold)
	if b.P != 0.5 || b.R != 1 || math.Abs(b.F1-2.0/3) > 1e-9 {
		t.Errorf("one cluster P/R/F1 = %v/%v/%v", b.P, b.R, b.F1)
	}
}

func TestQuoteMatching(t *testing.T) {
	var s QuoteScore
	src := "Jane Doe"
	g := QuoteGold{ID: "x", Attributions: []GoldAttribution{
		{Source: &src, Content: "the plan will cost ten million dollars", QuoteType: "direct", ContentSpan: []int{0, 1}},
		{Content: "taxes would rise", QuoteType: "indirect", ContentSpan: []int{2, 3}},
	}}
	s.Add(g, []SysQuote{{Speaker: "Doe", Text: "The plan will cost ten million dollars,", Direct: true}, {Speaker: "", Text: "something else entirely", Direct: false}})
	if s.TPAll != 1 || s.SysAll != 2 || s.GoldAll != 2 || s.NamedOK != 1 || s.TPDirectGold != 1 {
		t.Errorf("score = %+v", s)
	}
}
