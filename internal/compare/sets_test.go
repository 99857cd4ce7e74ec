package compare

import "testing"

func TestSets(t *testing.T) {
	s := newSets(5)
	s[s.find(0)] = s.find(1)
	s[s.find(3)] = s.find(4)
	s[s.find(1)] = s.find(4)
	for _, c := range []struct {
		a, b int
		same bool
	}{{0, 4, true}, {0, 3, true}, {1, 3, true}, {2, 0, false}, {2, 2, true}} {
		if got := s.find(c.a) == s.find(c.b); got != c.same {
			t.Errorf("%d and %d in one set = %v, want %v", c.a, c.b, got, c.same)
		}
	}
	if s.find(2) != 2 {
		t.Errorf("a singleton is its own root")
	}
}
