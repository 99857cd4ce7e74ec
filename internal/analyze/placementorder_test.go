package analyze_test

import (
	"slices"
	"testing"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/analyze"
	"github.com/corroborate/corroborate/internal/storyid"
)

// TestPlacementOrderIsOrderKey: the batch places (and marks near-copies)
// in the order the incremental placement and the story lists use
// (storyid.OrderKey), also for an empty publication date (undated, last)
// and dates written at other lengths, whatever the input order.
func TestPlacementOrderIsOrderKey(t *testing.T) {
	arts := []corroborate.Article{
		{ID: "a", Published: corroborate.Ptr("")},
		{ID: "b", Published: corroborate.Ptr("2021-05-04")},
		{ID: "c"},
		{ID: "d", Published: corroborate.Ptr("2021-05")},
		{ID: "e", Published: corroborate.Ptr("2021-05-04T08:00:00Z")},
		{ID: "f", Published: corroborate.Ptr("2021-05-03")},
	}
	for range 2 {
		got := analyze.PlacementOrder(arts)
		want := make([]int, len(arts))
		for i := range want {
			want[i] = i
		}
		slices.SortFunc(want, func(x, y int) int {
			kx, ky := storyid.OrderKey(&arts[x]), storyid.OrderKey(&arts[y])
			if kx < ky {
				return -1
			}
			if kx > ky {
				return 1
			}
			return 0
		})
		var g, w []string
		for k := range got {
			g, w = append(g, arts[got[k]].ID), append(w, arts[want[k]].ID)
		}
		if !slices.Equal(g, w) {
			t.Errorf("PlacementOrder %v, storyid.OrderKey order %v", g, w)
		}
		slices.Reverse(arts)
	}
}
