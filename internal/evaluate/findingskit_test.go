package evaluate

import (
	"fmt"
	"slices"
	"testing"
)

// The expected tokens were printed by the kit's findings.py (tokens()).
func TestKitTokensAgreeWithScorer(t *testing.T) {
	cases := []struct {
		in   string
		want []string
	}{
		{"10, 000 people", []string{"10000", "people"}},
		{"$2.5 billion", []string{"2.5", "billion"}},
		{"about 8.40pm", []string{"about", "20:40"}},
		{"0737 GMT", []string{"07:37", "gmt"}},
		{"twenty-six", []string{"26"}},
		{"a dozen boats", []string{"12", "boats"}},
		{"3.45 p. m.", []string{"15:45"}},
		{"Sept. 5", []string{"september", "5"}},
		{"Tues.", []string{"tuesday"}},
		{"35m", []string{"35", "m"}},
		{"12 per cent", []string{"12", "%"}},
		{"1,234,567", []string{"1234567"}},
		{"6:41 a.m.", []string{"06:41"}},
		{"seventeen", []string{"17"}},
		{"2,000 ft (600 m)", []string{"2000", "ft", "600", "m"}},
		{"12 noon", []string{"12", "noon"}},
		{"at 9.25 am on Thursday", []string{"at", "09:25", "on", "thursday"}},
		{"The 33-year-old", []string{"the", "33", "year", "old"}},
	}
	for _, c := range cases {
		if got := KitTokens(c.in); !slices.Equal(got, c.want) {
			t.Errorf("KitTokens(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestKitMatchNeedsTwoValuesAndSharedDocs(t *testing.T) {
	g := KitGold{Story: "1a", Values: []KitGoldValue{{Norm: "14", Docs: []string{"d1"}}, {Norm: "15", Docs: []string{"d2"}}}}
	mk := func(v1, d1, v2, d2 string) kitEngine {
		return kitEngine{values: []kitEngineValue{
			{value: KitTokens(v1), docs: map[string]bool{d1: true}},
			{value: KitTokens(v2), docs: map[string]bool{d2: true}},
		}}
	}
	if !kitMatch(mk("at least 14", "d1", "15", "d2"), g) {
		t.Error("14 vs 15 with the gold docs should match")
	}
	if kitMatch(mk("14", "d1", "15", "d3"), g) {
		t.Error("a value without a gold doc must not match")
	}
	if kitMatch(mk("140", "d1", "15", "d2"), g) {
		t.Error("140 must not match 14 (token-aligned)")
	}
}

// TestGoldHalfPart: --part keeps the stories of one part of the tune half,
// by ECB+ topic, and the two parts cover the tune half.
func TestGoldHalfPart(t *testing.T) {
	seen := map[string]int{}
	for i := 1; i <= 45; i++ {
		story := fmt.Sprintf("%db", i)
		a, b := goldHalf(Tune, "a", story), goldHalf(Tune, "b", story)
		if a && b {
			t.Fatalf("%s in both parts", story)
		}
		if (a || b) != goldHalf(Tune, "", story) {
			t.Fatalf("%s: parts do not cover the tune half", story)
		}
		if a {
			seen["a"]++
		}
		if b {
			seen["b"]++
		}
		if a != (HalfOf(ECBTopic(story)) == Tune && PartOf(ECBTopic(story)) == "a") {
			t.Fatalf("%s: part a is not PartOf its topic", story)
		}
	}
	if seen["a"] == 0 || seen["b"] == 0 {
		t.Fatalf("a part is empty: %v", seen)
	}
}
