package evaluate

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"testing"

	corroborate "github.com/corroborate/corroborate"
)

// TestValueOffsets finds a gold value as whole words, at every occurrence
// inside its quote first, anywhere in the text when the quote does not
// hold it, by its normal form when its written form is absent, at the
// start of each of its words. Invented text.
func TestValueOffsets(t *testing.T) {
	txt := "In March 2019 the plant closed. Its owner said the plant closed in March 2019, and 40 people lost work."
	cases := []struct {
		name string
		v    KitGoldValue
		want []int
	}{
		{"in its quote", KitGoldValue{Value: "March 2019", Quotes: []string{"Its owner said the plant closed in March 2019"}}, []int{67, 73}},
		{"no quote: every occurrence", KitGoldValue{Value: "March 2019"}, []int{3, 9, 67, 73}},
		{"quote without it", KitGoldValue{Value: "40 people", Quotes: []string{"In March 2019 the plant closed."}}, []int{83, 86}},
		{"normal form", KitGoldValue{Value: "forty people", Norm: "40"}, []int{83}},
		{"absent", KitGoldValue{Value: "June 2020"}, nil},
		{"whole words only", KitGoldValue{Value: "3"}, nil},
	}
	for _, c := range cases {
		if got := valueOffsets(txt, c.v); !slices.Equal(got, c.want) {
			t.Errorf("%s: valueOffsets = %v, want %v", c.name, got, c.want)
		}
	}
	if got := valueOffsets("On 2023-05-10 a storm hit; 3 people were hurt.", KitGoldValue{Value: "3"}); !slices.Equal(got, []int{27}) {
		t.Errorf("a figure after a year: valueOffsets = %v, want [27]", got)
	}
}

// TestGoldApart: a gold discrepancy is apart when no two articles of two
// different values share a story of the report.
func TestGoldApart(t *testing.T) {
	g := KitGold{Values: []KitGoldValue{{Docs: []string{"a", "b"}}, {Docs: []string{"c"}}}}
	for _, c := range []struct {
		name    string
		storyOf map[string]int
		want    bool
	}{
		{"one story", map[string]int{"a": 0, "b": 0, "c": 0}, false},
		{"one article of each side together", map[string]int{"a": 0, "b": 1, "c": 1}, false},
		{"each side its own story", map[string]int{"a": 0, "b": 0, "c": 1}, true},
		{"an article in no story", map[string]int{"a": 0, "b": 0}, true},
	} {
		if got := goldApart(g, c.storyOf); got != c.want {
			t.Errorf("%s: goldApart = %v, want %v", c.name, got, c.want)
		}
	}
}

// TestRealMissStages traces invented gold discrepancies on an invented
// event of two articles: a count both state differently is reported when
// compared as one story, apart when the report splits the articles; a
// person's name is not a value (apart or not); a value neither article
// states is unlocated (apart or not).
func TestRealMissStages(t *testing.T) {
	arts := []struct{ id, text string }{
		{"9_1ecbplus", "Mill fire forces evacuation\n\nFire crews battled a blaze at a textile mill in Norwick on Saturday night. Dana Kors, a resident, saw 65 firefighters sent to the mill, fire officials said. No one was hurt."},
		{"9_2ecbplus", "Blaze at Norwick mill\n\nA fire broke out at a textile mill in Norwick on Saturday night. Lee Varn, a resident, saw 80 firefighters sent to the mill, fire officials said. No one was hurt."},
	}
	dir := t.TempDir()
	path := filepath.Join(dir, "dev.jsonl")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	enc := json.NewEncoder(f)
	for _, a := range arts {
		if err := enc.Encode(map[string]string{"id": a.id, "url": "ecbplus:" + a.id, "topic": "9", "story": "9a", "text": a.text}); err != nil {
			t.Fatal(err)
		}
	}
	f.Close()
	count := KitGold{Story: "9a", Kind: "number", About: "firefighters sent", Values: []KitGoldValue{
		{Value: "65 firefighters", Docs: []string{"9_1ecbplus"}}, {Value: "80 firefighters", Docs: []string{"9_2ecbplus"}}}}
	chief := KitGold{Story: "9a", Kind: "other", About: "the resident who saw the crews", Values: []KitGoldValue{
		{Value: "Dana Kors", Docs: []string{"9_1ecbplus"}}, {Value: "Lee Varn", Docs: []string{"9_2ecbplus"}}}}
	absent := KitGold{Story: "9a", Kind: "number", About: "engines sent", Values: []KitGoldValue{
		{Value: "12 engines", Docs: []string{"9_1ecbplus"}}, {Value: "14 engines", Docs: []string{"9_2ecbplus"}}}}
	ev := kitEvents{url2id: map[string]string{}, doc2story: map[string]string{}}
	rep := func(split bool) *corroborate.Report {
		r := &corroborate.Report{Articles: []corroborate.Article{{ID: "x1", Source: "ecbplus:9_1ecbplus"}, {ID: "x2", Source: "ecbplus:9_2ecbplus"}}}
		if split {
			r.Stories = []corroborate.Story{{Articles: []string{"x1"}}, {Articles: []string{"x2"}}}
		} else {
			r.Stories = []corroborate.Story{{Articles: []string{"x1", "x2"}}}
		}
		return r
	}
	for _, c := range []struct {
		name  string
		split bool
		want  []string
	}{
		{"one story", false, []string{"reported", "not a value", "unlocated"}},
		{"two stories", true, []string{"apart", "not a value", "unlocated"}},
	} {
		ms, err := realMissStages(context.Background(), path, rep(c.split), ev, []KitGold{count, chief, absent})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, m := range ms {
			got = append(got, m.step)
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("%s: steps %v, want %v (traces %v)", c.name, got, c.want, ms)
		}
	}
}
