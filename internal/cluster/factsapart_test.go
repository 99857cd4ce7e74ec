package cluster

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// factsApartMerge is factsApart as it read both whole vectors (before
// session 46): the answers TestFactsApartAsMerge holds the fact lists to.
func factsApartMerge(c *Clusterer, a, b []tw) bool {
	var pHas, sHas bool
	for i, j := 0, 0; i < len(a) || j < len(b); {
		switch {
		case j >= len(b) || i < len(a) && a[i].id < b[j].id:
			pHas = pHas || c.isFact(a[i].id)
			i++
		case i >= len(a) || b[j].id < a[i].id:
			sHas = sHas || c.isFact(b[j].id)
			j++
		default:
			if c.isFact(a[i].id) {
				return false
			}
			i++
			j++
		}
	}
	return pHas && sHas
}

// TestFactsApartAsMerge: factsApart read from the probe's and the story's
// fact lists (factIDs, kept with the vector and the centroid) answers as
// the merge of the two whole vectors did, on random vectors over terms of
// every class, and the story's list follows its centroid as articles join
// it (absorb) and as it is restored.
func TestFactsApartAsMerge(t *testing.T) {
	c := New(DefaultOptions())
	classes := []byte{classWord, classHead, classActor, classPlace, classDateline, classDate, classFigure, classQuote}
	var terms []string
	for i := range 60 {
		terms = append(terms, string(classes[i%len(classes)])+":"+string(rune('a'+i%26))+string(rune('a'+i/26)))
	}
	rng := rand.New(rand.NewPCG(46, 14))
	randomVec := func() vec {
		var ids []uint32
		for _, tm := range terms {
			if rng.IntN(6) == 0 {
				ids = append(ids, c.term(tm))
			}
		}
		slices.Sort(ids)
		var v vec
		for _, id := range ids {
			v.t = append(v.t, tw{id, float32(1 + rng.IntN(5))})
		}
		v.facts = c.factIDs(v.t)
		return v
	}
	for range 3000 {
		p := probe{v: randomVec()}
		s := &Story{ID: 0, minDay: -1, maxDay: -1}
		for range 1 + rng.IntN(3) {
			c.absorb(s, randomVec().t)
		}
		if !slices.Equal(s.facts, c.factIDs(s.centroid)) {
			t.Fatalf("story facts %v, want those of its centroid %v", s.facts, c.factIDs(s.centroid))
		}
		if got, want := c.factsApart(p, s), factsApartMerge(c, p.v.t, s.centroid); got != want {
			t.Fatalf("factsApart(%v, %v) = %v, want %v", p.v.t, s.centroid, got, want)
		}
		r := c.Restore(c.State(s), 1)
		if !slices.Equal(r.facts, s.facts) {
			t.Fatalf("restored story facts %v, want %v", r.facts, s.facts)
		}
	}
}
