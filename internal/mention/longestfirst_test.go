package mention

import (
	"math/rand"
	"slices"
	"sort"
	"strings"
	"testing"
)

// longestFirstSplitting is groupMentions' order before longestFirst (kept
// for TestLongestFirstOrder and BenchmarkLongestFirstSplitting): the words
// of both names split out at every comparison.
func longestFirstSplitting(cands []entCand) []int {
	order := make([]int, len(cands))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool {
		return len(strings.Fields(cands[order[a]].m.Name)) > len(strings.Fields(cands[order[b]].m.Name))
	})
	return order
}

// inventedCands are n name candidates of one to four invented words
// (with doubled spaces, a tab and a lone initial here and there), many of
// as many words, so that the order among equals is tested.
func inventedCands(rng *rand.Rand, n int) []entCand {
	parts := []string{"Ilsa", "Moravec", "Port", "Tellan", "J.", "Harbour  Board", "Osk", "Vendry\tCo", "St.", "Abel"}
	cands := make([]entCand, n)
	for i := range cands {
		k := 1 + rng.Intn(4)
		ws := make([]string, k)
		for j := range ws {
			ws[j] = parts[rng.Intn(len(parts))]
		}
		cands[i].m.Name = strings.Join(ws, " ")
	}
	return cands
}

// TestLongestFirstOrder: the order is the one the splitting comparison
// gave, for articles of none to eighty candidates.
func TestLongestFirstOrder(t *testing.T) {
	rng := rand.New(rand.NewSource(11))
	for n := 0; n <= 80; n++ {
		for range 5 {
			cands := inventedCands(rng, n)
			if got, want := longestFirst(cands), longestFirstSplitting(cands); !slices.Equal(got, want) {
				t.Fatalf("%d candidates: order %v, want %v", n, got, want)
			}
		}
	}
}

// BenchmarkLongestFirst and BenchmarkLongestFirstSplitting: the order of
// forty invented candidates, words counted once and at every comparison.
func BenchmarkLongestFirst(b *testing.B)          { benchOrder(b, longestFirst) }
func BenchmarkLongestFirstSplitting(b *testing.B) { benchOrder(b, longestFirstSplitting) }

func benchOrder(b *testing.B, order func([]entCand) []int) {
	cands := inventedCands(rand.New(rand.NewSource(5)), 40)
	b.ReportAllocs()
	for range b.N {
		order(cands)
	}
}
