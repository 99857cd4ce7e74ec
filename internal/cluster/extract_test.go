package cluster

import (
	"math"
	"reflect"
	"strings"
	"testing"

	"github.com/corroborate/corroborate/internal/lexicon"
)

// Text written for this test (no data set's wording).

// TestExtractSumsWordsAsTheyCome: Extract's weighted words are the sums,
// in the order the words come, of the weights of the parts they are in,
// as when each occurrence was added to its term at once.
func TestExtractSumsWordsAsTheyCome(t *testing.T) {
	lx := lexicon.Default()
	d := Doc{
		Title: "Warehouse fire on Mill Road",
		Lead:  "A fire tore through a warehouse on Mill Road on Monday.",
		Body: "Crews fought the fire for hours.\n\nThe warehouse owner, Dana Vell, said the fire began in a storeroom.\n\n" +
			"Fire crews stayed at the warehouse.\n\nA second fire crew came.\n\nThe road was shut.\n\nThe fire was out by noon, fire officials said.",
		Entities: []WeightedName{{Name: "Dana Vell", Mentions: 2}, {Name: "Mill Road", Mentions: 2, Place: true, Dateline: true}},
		Extra:    map[string]float64{"w:fire": 0.5, "n:2": 1},
	}
	want := map[string]float64{}
	add := func(s string, w float64) {
		for _, t := range Words(lx, s) {
			want["w:"+t] += w
		}
	}
	add(d.Title, titleWeight)
	for _, t := range Words(lx, d.Title+"\n"+d.Lead) {
		want["h:"+t]++
	}
	add(d.Lead, leadWeight)
	for i, p := range strings.Split(d.Body, "\n\n") {
		w := lateWeight
		switch {
		case i < 2:
			w = leadWeight
		case i < 5:
			w = earlyWeight
		}
		add(p, w)
	}
	for _, e := range d.Entities {
		w := 1 + math.Log1p(float64(e.Mentions))
		if e.Place {
			want["p:"+e.Name] += w
		} else {
			want["e:"+e.Name] += w
		}
		if e.Dateline {
			want["d:"+e.Name] = 1
		}
	}
	for k, v := range d.Extra {
		want[k] += v
	}
	sublinear(want)
	if got := Extract(lx, d).Terms; !reflect.DeepEqual(got, want) {
		t.Errorf("Extract terms\n%v\nwant\n%v", got, want)
	}
}
