package compare

import (
	"slices"
	"testing"
)

// TestGroupIndexes: keys come sorted, each with its indexes in order.
func TestGroupIndexes(t *testing.T) {
	ws := []string{"pier", "ferry", "pier", "dock", "ferry"}
	keys, groups := groupIndexes(len(ws), func(i int) string { return ws[i] })
	if !slices.Equal(keys, []string{"dock", "ferry", "pier"}) {
		t.Fatalf("keys %v", keys)
	}
	for k, want := range map[string][]int{"dock": {3}, "ferry": {1, 4}, "pier": {0, 2}} {
		if !slices.Equal(groups[k], want) {
			t.Errorf("%s: %v, want %v", k, groups[k], want)
		}
	}
}
