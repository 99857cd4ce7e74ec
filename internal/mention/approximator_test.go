package mention

import "testing"

// TestSharedAmountWords checks the amount words mention shares with
// compare's claim reader (IsApproximator, CurrencySymbol), and that
// amountModifiers holds every single-word approximator.
func TestSharedAmountWords(t *testing.T) {
	for _, c := range []struct {
		w                string
		approx, currency bool
	}{
		{"about", true, false}, {"over", true, false}, {"some", true, false},
		{"more", false, false}, {"than", false, false}, {"About", false, false},
		{"$", false, true}, {"€", false, true}, {"¥", false, true},
		{"$$", false, false}, {"%", false, false}, {"", false, false},
	} {
		if got := IsApproximator(c.w); got != c.approx {
			t.Errorf("IsApproximator(%q) = %v, want %v", c.w, got, c.approx)
		}
		if got := CurrencySymbol(c.w); got != c.currency {
			t.Errorf("CurrencySymbol(%q) = %v, want %v", c.w, got, c.currency)
		}
	}
	for w := range approximatorWords {
		if !amountModifiers[w] {
			t.Errorf("amountModifiers lacks the approximator %q", w)
		}
	}
}
