package mention

import (
	"testing"

	"github.com/corroborate/corroborate/internal/lexicon"
)

// scanAll runs every pattern scan of sentenceValues except the time
// expressions, without the prefilter.
func scanAll(lx *lexicon.Lexicon, sent string) []Value {
	vs := &valueScan{lx: lx, sent: sent}
	vs.clocks()
	vs.money()
	vs.percents()
	vs.magnitudes()
	vs.ages(&Analysis{})
	vs.measures(reDist, VDistance)
	vs.measures(reSize, VSize)
	vs.durations()
	vs.counts()
	return vs.out
}

// TestMayHoldNumber checks the prefilter both ways: the sentences it lets
// through hold a figure or a number word, and a sentence it stops yields no
// value when every pattern is run on it anyway.
func TestMayHoldNumber(t *testing.T) {
	lx := lexicon.Default()
	for _, c := range []struct {
		sent string
		want bool
	}{
		{"The council met on Tuesday to discuss the plan.", false},
		{"Someone has often written about the attention it got.", false},
		{"Officials said the bridge would reopen soon.", false},
		{"Five people were hurt in the crash.", true},
		{"The firm has 120 employees.", true},
		{"A dozen homes were lost.", true},
		{"It took half a day.", true},
		{"Twenty-one trucks arrived.", true},
		{"The deal is worth USDfive million, a filing said.", true},
		{"Prices rose 3% in May.", true},
	} {
		if got := mayHoldNumber(c.sent); got != c.want {
			t.Errorf("mayHoldNumber(%q) = %v, want %v", c.sent, got, c.want)
		}
		if !c.want {
			if vs := scanAll(lx, c.sent); len(vs) > 0 {
				t.Errorf("%q is skipped but holds values %+v", c.sent, vs)
			}
		}
	}
}

// FuzzMayHoldNumber: whatever the text, a sentence the prefilter stops
// yields no value from the patterns.
func FuzzMayHoldNumber(f *testing.F) {
	for _, s := range []string{"seven miles away", "none of the ten", "Rsfive crore", "at noon GMT", "half a mile"} {
		f.Add(s)
	}
	lx := lexicon.Default()
	f.Fuzz(func(t *testing.T, s string) {
		if !mayHoldNumber(s) {
			if vs := scanAll(lx, s); len(vs) > 0 {
				t.Fatalf("%q is skipped but holds values %+v", s, vs)
			}
		}
	})
}
