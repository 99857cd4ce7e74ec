package evaluate

import (
	"strings"
	"testing"
)

// TestStoryMisses: wrong merges and splits are counted by pairs and listed.
func TestStoryMisses(t *testing.T) {
	var b strings.Builder
	// Story 0 holds two gold stories (x×2, y×1: 2 wrong pairs); gold y is
	// split over stories 0 and 1 (2 split pairs: the one in 0 with each in 1).
	writeStoryMisses(&b, []int{0, 0, 0, 1, 1}, []string{"x", "x", "y", "y", "y"}, []string{"a", "b", "c", "d", "e"})
	out := b.String()
	for _, want := range []string{"misses: 2 wrong-merge pairs, 2 split pairs", "merged story 0: x×2 y×1", "split gold y: story 0×1 story 1×2", "\tstory 0: c\n"} {
		if !strings.Contains(out, want) {
			t.Errorf("missing %q in:\n%s", want, out)
		}
	}
}
