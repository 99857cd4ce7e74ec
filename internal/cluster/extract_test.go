package cluster

import (
	"math"
	"reflect"
	"strings"
	"testing"

	"github.com/corroborate/corroborate/internal/lexicon"
)

// Text written for this test (no data set's wording).

// TestExtractWeights checks Extract's terms against weights worked out by
// hand: a word in the title counts titleWeight (3), in the lead or the
// first two body paragraphs leadWeight (1.5), later 1; headline-and-lead
// words count once each as "h:"; a name counts 1+ln(1+mentions); a
// dateline place adds "d:" at 1; Extra adds to its term; every sum of one
// or more becomes 1+ln(sum), and a sum under one stays.
func TestExtractWeights(t *testing.T) {
	d := Doc{
		Title: "Harbor fire",
		Lead:  "Smoke",
		// Paragraphs 0 and 1 weigh as the lead, 2 to 4 early, 5 late;
		// "x" is too short to be a word.
		Body: "Fire crews.\n\nSmoke.\n\nFire.\n\nx\n\nx\n\nFire.",
		Entities: []WeightedName{
			{Name: "Ann Roe", Mentions: 1},
			{Name: "", Mentions: 4},
			{Name: "Port Vale", Place: true, Dateline: true},
		},
		Extra: map[string]float64{"w:fire": 0.5, "n:3": 0.4},
	}
	ln := math.Log
	want := map[string]float64{
		"w:harbor":    1 + ln(3),
		"w:fire":      1 + ln(3+1.5+1+1+0.5),
		"w:crew":      1 + ln(1.5),
		"w:smoke":     1 + ln(1.5+1.5),
		"h:harbor":    1,
		"h:fire":      1,
		"h:smoke":     1,
		"e:Ann Roe":   1 + ln(1+ln(2)),
		"p:Port Vale": 1,
		"d:Port Vale": 1,
		"n:3":         0.4,
	}
	got := Extract(lexicon.Default(), d).Terms
	for k, w := range want {
		if g, ok := got[k]; !ok || math.Abs(g-w) > 1e-9 {
			t.Errorf("term %q = %v (present %v), want %v", k, g, ok, w)
		}
	}
	for k, g := range got {
		if _, ok := want[k]; !ok {
			t.Errorf("unexpected term %q = %v", k, g)
		}
	}
}

// TestExtractHeadlineTermsAsJoined: the "h:" terms count the words of the
// headline and the lead joined by a line break, though Extract reads the
// two apart: words that run up to the headline's end or from the lead's
// start, hyphens at either, no headline, no lead.
func TestExtractHeadlineTermsAsJoined(t *testing.T) {
	lx := lexicon.Default()
	for _, d := range []Doc{
		{Title: "Roe Mill works-", Lead: "-burned down; Roe Mill\nworks shut", Body: "Roe Mill works burned."},
		{Title: "Fire at the Doe warehouse", Lead: "Warehouse fire", Body: "x"},
		{Lead: "Only a lead at Roe Mill."},
		{Title: "Only a headline at Roe Mill"},
	} {
		want := map[string]float64{}
		for _, w := range Words(lx, d.Title+"\n"+d.Lead) {
			want["h:"+w]++
		}
		sublinear(want)
		got := map[string]float64{}
		for k, v := range Extract(lx, d).Terms {
			if strings.HasPrefix(k, "h:") {
				got[k] = v
			}
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("Extract(%q, %q) headline terms %v, want %v", d.Title, d.Lead, got, want)
		}
	}
}
