package compare

import (
	"reflect"
	"strings"
	"testing"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/dates"
	"github.com/corroborate/corroborate/internal/story"
)

// Sentences written for this test (no data set's wording).

// TestFarThreadNamedAge: a related story written weeks apart (a far story
// of the thread) is compared on the ages of one named person only; its
// other values, an unnamed person's age, and a named age written a season
// or more apart stay apart.
func TestFarThreadNamedAge(t *testing.T) {
	pub := dates.Date{Year: 2022, Month: 3, Day: 9}
	run2 := func(a, b string, pa, pb dates.Date) string {
		x := []story.Doc{doc("a", a, pa)}
		y := []story.Doc{doc("b", b, pb)}
		mx := story.Assemble(&corroborate.Story{}, x)
		my := story.Assemble(&corroborate.Story{}, y)
		r := Compare(Input{Docs: x, Merged: mx, Context: []Context{{Docs: y, Merged: my}}})
		return kinds(r.Discrepancies)
	}
	weeks := dates.Date{Year: 2022, Month: 4, Day: 6}
	months := dates.Date{Year: 2022, Month: 9, Day: 20}
	a := "Arson\n\nPavel Orsk, 34, was charged with setting fire to the boathouse in Corvel, police said."
	for _, tc := range []struct {
		name, b string
		pb      dates.Date
		want    string
	}{
		{"a named age four weeks later",
			"Court\n\nPavel Orsk, 37, pleaded not guilty to setting fire to the boathouse in Corvel.", weeks, "number:34/37"},
		{"a named age six months later",
			"Court\n\nPavel Orsk, 37, pleaded not guilty to setting fire to the boathouse in Corvel.", months, ""},
		{"an unnamed age four weeks later",
			"Court\n\nA 37-year-old man pleaded not guilty to setting fire to the boathouse in Corvel.", weeks, ""},
		{"another value four weeks later",
			"Court\n\nPavel Orsk pleaded not guilty to setting fire to 3 boathouses in Corvel.", weeks, ""},
	} {
		if got := run2(a, tc.b, pub, tc.pb); got != tc.want {
			t.Errorf("%s: got %q, want %q", tc.name, got, tc.want)
		}
	}
	// Written the same week, the related story is a near one: its values
	// are compared as before.
	if got := run2(a, "Court\n\nPavel Orsk, 37, pleaded not guilty to setting fire to the boathouse in Corvel.", pub, pub); got != "number:34/37" {
		t.Errorf("a named age the same week: got %q, want number:34/37", got)
	}
}

// TestFarFactsReadWhenTheyPair: valueDiscrepancies reads a far related
// story's facts only when one of them can pair with a near one (the ages
// of one named person written within farAgeDays of each other), and its
// discrepancies and agreed figures are those it gave reading every far
// fact (allFar).
func TestFarFactsReadWhenTheyPair(t *testing.T) {
	pub := dates.Date{Year: 2022, Month: 3, Day: 9}
	weeks := dates.Date{Year: 2022, Month: 4, Day: 6}
	months := dates.Date{Year: 2022, Month: 9, Day: 20}
	named := []string{
		"Arson\n\nPavel Orsk, 34, was charged with setting fire to the boathouse in Corvel, police said. The fire burned 3 boats.",
		"Boathouse fire\n\nPavel Orsk, 34, was charged with setting fire to the boathouse in Corvel. The fire burned 4 boats, police said.",
	}
	unnamed := []string{
		"Arson\n\nA man, 34, was charged with setting fire to the boathouse in Corvel, police said. The fire burned 3 boats.",
		"Boathouse fire\n\nA 34-year-old man was charged with setting fire to the boathouse in Corvel. The fire burned 4 boats, police said.",
	}
	court := "Court\n\nPavel Orsk, 37, pleaded not guilty to setting fire to the boathouse in Corvel. The fire burned 5 boats."
	for _, tc := range []struct {
		name    string
		near    []string
		far     string
		pf      dates.Date
		wantFar bool
		want    string
	}{
		{"the same named person's age four weeks later", named, court, weeks, true, "number:34/37 number:3/4"},
		{"the same named person's age six months later", named, court, months, false, "number:3/4"},
		{"another named person's age four weeks later", named,
			"Court\n\nMira Tesk, 37, pleaded not guilty to setting fire to the boathouse in Corvel. The fire burned 5 boats.", weeks, false, "number:3/4"},
		{"an unnamed age four weeks later", named,
			"Court\n\nA 37-year-old man pleaded not guilty to setting fire to the boathouse in Corvel. The fire burned 5 boats.", weeks, false, "number:3/4"},
		{"no age four weeks later", named,
			"Court\n\nPavel Orsk pleaded not guilty to setting fire to the boathouse in Corvel. The fire burned 5 boats.", weeks, false, "number:3/4"},
		{"no named age in the story", unnamed, court, weeks, false, "number:3/4"},
	} {
		var x []story.Doc
		for k, s := range tc.near {
			x = append(x, doc(string(rune('a'+k)), s, pub))
		}
		y := []story.Doc{doc("f", tc.far, tc.pf), doc("g", strings.Replace(tc.far, "pleaded not guilty", "denied a charge of", 1), tc.pf)}
		in := Input{Docs: x, Merged: story.Assemble(&corroborate.Story{}, x),
			Context: []Context{{Docs: y, Merged: story.Assemble(&corroborate.Story{}, y)}}}
		c := newComparer(in)
		got := c.valueDiscrepancies()
		if c.nearN >= len(c.all) {
			t.Fatalf("%s: the related story is no far one", tc.name)
		}
		b := newComparer(in)
		b.allFar = true
		want := b.valueDiscrepancies()
		if !reflect.DeepEqual(got, want) || !reflect.DeepEqual(c.consensusNumbers, b.consensusNumbers) {
			t.Errorf("%s: findings %q (agreed %d), reading every far fact %q (agreed %d)", tc.name, kinds(got), len(c.consensusNumbers), kinds(want), len(b.consensusNumbers))
		}
		c = newComparer(in)
		c.withFar = true
		far := 0
		for _, f := range c.readValueFacts(false) {
			if c.isFar(f.doc) {
				far++
			}
		}
		if kinds(got) != tc.want {
			t.Errorf("%s: findings %q, want %q", tc.name, kinds(got), tc.want)
		}
		if (far > 0) != tc.wantFar {
			t.Errorf("%s: %d far facts read, want them read: %v", tc.name, far, tc.wantFar)
		}
		c = newComparer(in)
		c.withFar = true
		all := 0
		for _, f := range c.valueFacts() {
			if c.isFar(f.doc) {
				all++
			}
		}
		if all == 0 {
			t.Errorf("%s: valueFacts reads no far fact", tc.name)
		}
	}
}

// BenchmarkFarThread compares the values of a story of three articles
// whose two related stories, of three articles each, were written weeks
// later (far ones) and name no age of the story's named person, with the
// report's cache kept between ops as between a report's stories: "pairs"
// reads the far facts only when one can pair (readValueFacts), "all" reads
// and marks every one of them, as before session 47.
func BenchmarkFarThread(b *testing.B) {
	pub := dates.Date{Year: 2022, Month: 3, Day: 9}
	later := dates.Date{Year: 2022, Month: 4, Day: 20}
	texts := [][]string{
		{"Arson\n\nPavel Orsk, 34, was charged with setting fire to the boathouse in Corvel on Sunday, police said. The fire burned 3 boats and 2 sheds.",
			"Boathouse fire\n\nPavel Orsk, 34, was charged on Monday with setting fire to the boathouse in Corvel. The fire burned 4 boats, police said.",
			"Charge\n\nPolice in Corvel charged Pavel Orsk, 34, over Sunday's boathouse fire, which burned 3 boats and cost $20,000."},
		{"Court\n\nA 37-year-old man pleaded not guilty on Tuesday to setting fire to a barn in Levin. The fire killed 12 sheep.",
			"Barn fire\n\nThe man, 37, denied starting the fire on Tuesday. Some 14 sheep died in the barn in Levin, which cost $35,000 to rebuild.",
			"Trial\n\nA trial date of June 8 was set on Tuesday for the man charged over the Levin barn fire, which killed 12 sheep."},
		{"Rebuilt\n\nThe Levin barn was rebuilt in 6 weeks at a cost of $40,000, the owner, 58, said on Friday.",
			"Barn\n\nThe owner, 59, said on Friday the barn took seven weeks to rebuild and cost $45,000.",
			"Reopened\n\nThe barn in Levin reopened on Friday after 6 weeks of work, its owner said; 30 sheep are back."},
	}
	stories := make([][]story.Doc, len(texts))
	merged := make([]*story.Merged, len(texts))
	for k, ts := range texts {
		pk := pub
		if k > 0 {
			pk = later
		}
		for j, s := range ts {
			stories[k] = append(stories[k], doc(string(rune('a'+k))+string(rune('1'+j)), s, pk))
		}
		merged[k] = story.Assemble(&corroborate.Story{}, stories[k])
	}
	cache := NewCache()
	in := Input{Docs: stories[0], Merged: merged[0], Cache: cache,
		Context: []Context{{Docs: stories[1], Merged: merged[1]}, {Docs: stories[2], Merged: merged[2]}}}
	c := newComparer(in)
	c.withFar = true
	if all, some := len(c.valueFacts()), len(c.readValueFacts(false)); c.nearN != len(stories[0]) || all <= some {
		b.Fatalf("%d near articles, %d facts of all, %d read: the related stories are no far ones left out", c.nearN, all, some)
	}
	for _, bc := range []struct {
		name   string
		allFar bool
	}{{"pairs", false}, {"all", true}} {
		b.Run(bc.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				c := newComparer(in)
				c.allFar = bc.allFar
				c.valueDiscrepancies()
			}
		})
	}
}
