package analyze

import (
	"fmt"
	"maps"
	"math/rand"
	"slices"
	"testing"
)

// TestSortedKeysAsSorted checks sortedKeys against slices.Sorted of the
// map's keys on made-up maps, the empty and nil ones included.
func TestSortedKeysAsSorted(t *testing.T) {
	r := rand.New(rand.NewSource(7))
	if got := sortedKeys(map[string]bool(nil)); len(got) != 0 {
		t.Fatalf("sortedKeys(nil) = %v", got)
	}
	for n := 0; n < 200; n++ {
		m := map[string]float64{}
		for i := r.Intn(n + 1); i > 0; i-- {
			m[fmt.Sprintf("%c%d", 'a'+r.Intn(26), r.Intn(50))] = r.Float64()
		}
		if got, want := sortedKeys(m), slices.Sorted(maps.Keys(m)); !slices.Equal(got, want) {
			t.Fatalf("sortedKeys = %v, want %v", got, want)
		}
	}
}
