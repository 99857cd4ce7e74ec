package compare

import (
	"testing"

	"github.com/corroborate/corroborate/internal/mention"
)

// TestFactsAgreeSlackMoneyOnly: a conversion's allowance for rounding and
// the day's rate of exchange holds for money; a clock time converted into
// another zone ("(1800 GMT)") agrees with another outlet's own time only
// when it is that time.
func TestFactsAgreeSlackMoneyOnly(t *testing.T) {
	val := func(typ, unit string, n float64) mention.Value {
		return mention.Value{Type: typ, Unit: unit, Num: n, Low: n, High: n}
	}
	for _, tc := range []struct {
		name string
		conv mention.Value
		own  mention.Value
		want bool
	}{
		{"money 5% apart", val(mention.VMoney, "USD", 105e6), val(mention.VMoney, "USD", 100e6), true},
		{"money 30% apart", val(mention.VMoney, "USD", 130e6), val(mention.VMoney, "USD", 100e6), false},
		{"clock an hour apart", val(mention.VClock, "GMT", 19*60), val(mention.VClock, "GMT", 18*60), false},
		{"clock the same", val(mention.VClock, "GMT", 18*60), val(mention.VClock, "GMT", 18*60), true},
	} {
		f := &fact{v: tc.conv, source: &tc.own} // a conversion (of any value)
		g := &fact{v: tc.own}
		if got := factsAgree(f, g); got != tc.want {
			t.Errorf("%s: factsAgree = %v, want %v", tc.name, got, tc.want)
		}
	}
}
