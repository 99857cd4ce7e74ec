package compare

import "testing"

// TestNearRow checks the bit rows closeIDs and carries remember their
// answers in: an unasked bit answers nothing, a set bit answers what was
// set, across word boundaries and after the rows grow.
func TestNearRow(t *testing.T) {
	var row nearRow
	if _, ok := row.get(5); ok {
		t.Fatal("empty row answers bit 5")
	}
	cases := []struct {
		v int32
		r bool
	}{{5, true}, {6, false}, {63, true}, {64, false}, {200, true}}
	for _, c := range cases {
		row.set(c.v, c.r, 10)
	}
	for _, c := range cases {
		r, ok := row.get(c.v)
		if !ok || r != c.r {
			t.Errorf("get(%d) = %v, %v; want %v, true", c.v, r, ok, c.r)
		}
	}
	for _, v := range []int32{0, 7, 65, 199, 1000} {
		if _, ok := row.get(v); ok {
			t.Errorf("get(%d) asked, want not asked", v)
		}
	}
	if len(row.asked) != 4 || len(row.close) != 4 {
		t.Errorf("rows hold %d/%d words, want 4 (bit 200)", len(row.asked), len(row.close))
	}
}
