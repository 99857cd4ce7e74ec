package evaluate

import (
	"strings"
	"testing"

	"github.com/corroborate/corroborate/internal/compare"
)

func TestAlignText(t *testing.T) {
	gold := "Mayor\u00a0Ilse Varn spoke.\n\n___.\n\nShe said the pier would reopen."
	text := "Mayor Ilse Varn spoke.\n\nShe said the pier would reopen."
	at := alignText(text, gold)
	gr := []rune(gold)
	for _, w := range []string{"Ilse", "She", "pier", "reopen"} {
		b := strings.Index(text, w)
		if at[b] < 0 || string(gr[at[b]:at[b]+len(w)]) != w {
			t.Errorf("%q at byte %d maps to %d", w, b, at[b])
		}
	}
}

func TestScoreHolders(t *testing.T) {
	str := func(s string) *string { return &s }
	text := "Ilse Varn said the pier would reopen in May. The harbour board denied it. Rain fell."
	span := func(s string) []int { k := strings.Index(text, s); return []int{k, k + len(s)} }
	g := QuoteGold{ID: "x", Text: text, Attributions: []GoldAttribution{
		{Source: str("Ilse Varn"), SourceSpan: span("Ilse Varn"), Content: "the pier would reopen in May", ContentSpan: span("the pier would reopen in May")},
		{Source: str("The harbour board"), SourceSpan: span("The harbour board"), Content: "it", ContentSpan: span("denied it")},
	}}
	held := []compare.HeldStatement{
		{Offset: strings.Index(text, "would"), Holder: "Ilse Varn"},
		{Offset: strings.Index(text, "would") + 1, Holder: "Varn's outlet", Own: true},
		{Offset: strings.Index(text, "denied"), Holder: "Ilse Varn"},
		{Offset: strings.Index(text, "denied"), Holder: "harbour board"},
		{Offset: strings.Index(text, "fell"), Holder: "Daily"},
	}
	var sb strings.Builder
	s := &HolderScore{ByKind: map[string][2]int{}, Wrong: map[string]int{}, Misses: &sb}
	s.add(g, text, held)
	if s.Right != 2 || s.Scored != 4 || s.Wrong["outlet"] != 1 || s.Wrong["other"] != 1 || s.Outside != 1 {
		t.Errorf("score %+v", s)
	}
	if strings.Count(sb.String(), "HOLDER") != 2 {
		t.Errorf("misses:\n%s", sb.String())
	}
}

// TestSourceWords: a holder matches a word of its gold source's span,
// appositions included, but not a name inside the span's relative clause
// nor a closed-class word.
func TestSourceWords(t *testing.T) {
	for _, c := range []struct {
		src, holder string
		want        bool
	}{
		{"Two surveyors, Ilse Varn and Tomas Brek,", "Tomas Brek", true},
		{"the harbour clerk, Ilse Varn,", "Ilse Varn", true},
		{"a harbour board member who backs Tomas Brek", "Tomas Brek", false},
		{"a harbour board member who backs Tomas Brek", "board member", true},
		{"the pilots with some doubts", "some pilots", true},
		{"the pilots with some doubts", "some", false},
		{"people close to the quay", "to", false},
		{"those who fish off the quay", "quay", true},
	} {
		if got := holderMatches(c.holder, sourceWords(c.src)); got != c.want {
			t.Errorf("source %q holder %q: %v, want %v (%v)", c.src, c.holder, got, c.want, sourceWords(c.src))
		}
	}
}
