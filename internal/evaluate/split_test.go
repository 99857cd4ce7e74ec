package evaluate

import (
	"fmt"
	"testing"
)

// TestPartOf: the tune half's second split puts groups of the tune half in
// both parts (FNV-1a's low bit repeats the halves' split, so a part by
// the low bit would hold every tune group), and a group's part is stable;
// article ids (eval quotes' unit) fall in parts of similar size.
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
	var ids [2]int
	for i := 0; ids[0]+ids[1] < 400; i++ {
		id := fmt.Sprintf("outlet_2016-01-%02d_story-%d", i%28+1, i)
		if HalfOf(id) != Tune {
			continue
		}
		if PartOf(id) == "b" {
			ids[1]++
		} else {
			ids[0]++
		}
	}
	if ids[0] < 150 || ids[1] < 150 {
		t.Errorf("parts of 400 tune ids: %d and %d, want both >= 150", ids[0], ids[1])
	}
}

// TestHalfOfByteParity: HalfOf's FNV-1a parity follows the parity of the
// bytes' low bits, so names with the same bytes in another order share a
// half (the property its doc comment records).
func TestHalfOfByteParity(t *testing.T) {
	for _, p := range [][2]string{{"12", "21"}, {"3_7ecb", "7_3ecb"}, {"abc", "cab"}} {
		if HalfOf(p[0]) != HalfOf(p[1]) {
			t.Errorf("HalfOf(%q) = %s, HalfOf(%q) = %s: want one half", p[0], HalfOf(p[0]), p[1], HalfOf(p[1]))
		}
	}
}
