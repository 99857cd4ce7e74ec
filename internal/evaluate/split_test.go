package evaluate

import (
	"fmt"
	"testing"
)

// TestPartOf: the tune half's second split puts groups of the tune half in
// both parts (FNV-1a's low bit repeats the halves' split, so a part by
// the low bit would hold every tune group), and a group's part is stable.
func TestPartOf(t *testing.T) {
	n := map[string]int{}
	for i := 1; i <= 60; i++ {
		g := fmt.Sprint(i)
		if HalfOf(g) != Tune {
			continue
		}
		p := PartOf(g)
		if p != "a" && p != "b" {
			t.Fatalf("PartOf(%q) = %q, want a or b", g, p)
		}
		if PartOf(g) != p {
			t.Fatalf("PartOf(%q) changed between calls", g)
		}
		n[p]++
	}
	if n["a"] < 5 || n["b"] < 5 {
		t.Errorf("tune groups 1–60 by part: %v, want both parts used", n)
	}
}
