package dates

import (
	"math/rand"
	"testing"
)

// TestNumericShapes checks that numericShapes never rules out a numeric
// date pattern that matches: on random strings of digits, separators,
// letters and spaces, a pattern that matches has its shape reported.
func TestNumericShapes(t *testing.T) {
	rnd := rand.New(rand.NewSource(1))
	const alphabet = "0123456789-./ aT"
	seen := [3]int{}
	for range 200000 {
		b := make([]byte, 4+rnd.Intn(14))
		for i := range b {
			b[i] = alphabet[rnd.Intn(len(alphabet))]
		}
		s := string(b)
		iso, slash, num := numericShapes(s)
		for k, c := range []struct {
			match, shape bool
		}{{isoRe.MatchString(s), iso}, {ymdSlashRe.MatchString(s), slash}, {numRe.MatchString(s), num}} {
			if c.match {
				seen[k]++
				if !c.shape {
					t.Fatalf("%q: pattern %d matches but its shape is not reported", s, k)
				}
			}
		}
		if (iso || slash) && !num {
			t.Fatalf("%q: iso or slash shape without the numeric one", s)
		}
	}
	for k, n := range seen {
		if n == 0 {
			t.Errorf("pattern %d never matched: the test reads nothing", k)
		}
	}
	for _, tc := range []struct {
		in              string
		iso, slash, num bool
	}{
		{"on 2019-06-24 at noon", true, false, true},
		{"on 2019/06/24", false, true, true},
		{"on 24.06.2019", false, false, true},
		{"the 2019 season - and 12 wins. 3 of them", false, false, false},
	} {
		iso, slash, num := numericShapes(tc.in)
		if iso != tc.iso || slash != tc.slash || num != tc.num {
			t.Errorf("%q: got %v %v %v, want %v %v %v", tc.in, iso, slash, num, tc.iso, tc.slash, tc.num)
		}
	}
}
