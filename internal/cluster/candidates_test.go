package cluster

import (
	"math"
	"math/rand"
	"slices"
	"sort"
	"testing"
)

// candidatesNBefore is candidatesN as it was: every term sorted, the
// stories seen kept in a map.
func (c *Clusterer) candidatesNBefore(v []tw, n int) []int {
	top := append([]tw(nil), v...)
	sort.Slice(top, func(i, j int) bool {
		if top[i].w != top[j].w {
			return top[i].w > top[j].w
		}
		return top[i].id < top[j].id
	})
	seen := map[int32]bool{}
	var out []int
	for i := 0; i < len(top) && i < n; i++ {
		for _, sid := range c.index[top[i].id] {
			if !seen[sid] {
				seen[sid] = true
				out = append(out, int(sid))
			}
		}
	}
	sort.Ints(out)
	return out
}

// TestCandidatesNAsBefore: candidatesN returns the stories it returned
// with a map of the stories seen, for random indexes and vectors (weights
// tied, fewer terms than n, terms without postings), stories added
// between calls, and the call number wrapping round.
func TestCandidatesNAsBefore(t *testing.T) {
	r := rand.New(rand.NewSource(48))
	for round := 0; round < 200; round++ {
		c := New(Options{})
		if round%7 == 0 {
			c.takenGen = math.MaxUint32 - 2
		}
		terms := 1 + r.Intn(60)
		for k := 0; k < 40; k++ {
			// A story added, posted under a few terms.
			sid := int32(len(c.stories))
			c.stories = append(c.stories, &Story{ID: int(sid)})
			for j := r.Intn(6); j > 0; j-- {
				id := uint32(r.Intn(terms))
				c.index[id] = append(c.index[id], sid)
			}
			var v []tw
			for j := r.Intn(40); j > 0; j-- {
				v = append(v, tw{uint32(r.Intn(terms + 5)), float32(r.Intn(4)) / 4})
			}
			for _, n := range []int{1, 10, 30} {
				before := slices.Clone(v)
				got, want := c.candidatesN(v, n), c.candidatesNBefore(v, n)
				if !slices.Equal(got, want) {
					t.Fatalf("round %d: candidatesN(%v, %d) = %v, before %v", round, v, n, got, want)
				}
				if !slices.Equal(v, before) {
					t.Fatalf("candidatesN changed its vector: %v, was %v", v, before)
				}
			}
		}
	}
}

// BenchmarkCandidatesN: the candidate stories of a vector of 200 terms
// among 2,000 stories posted under 500 terms, now and as before.
func BenchmarkCandidatesN(b *testing.B) {
	r := rand.New(rand.NewSource(1))
	c := New(Options{})
	for sid := int32(0); sid < 2000; sid++ {
		c.stories = append(c.stories, &Story{ID: int(sid)})
		for j := 0; j < 20; j++ {
			id := uint32(r.Intn(500))
			if len(c.index[id]) < 64 {
				c.index[id] = append(c.index[id], sid)
			}
		}
	}
	var v []tw
	for j := 0; j < 200; j++ {
		v = append(v, tw{uint32(r.Intn(500)), r.Float32()})
	}
	b.Run("now", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			c.candidatesN(v, 30)
		}
	})
	b.Run("before", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			c.candidatesNBefore(v, 30)
		}
	})
}
