package mention

import (
	"math"
	"testing"
)

// TestMayReadFinite holds MayReadFinite to ParseNumber: every text
// ParseNumber reads as a finite number is one it may read, and the words
// it turns away are those of no number.
func TestMayReadFinite(t *testing.T) {
	texts := []string{"", "one", "Two", "TWELVE", "twenty-six", "Forty-one", "a dozen", "half a", "a half",
		"5", "5,000", "5, 000", "-5", "+7", ".5", "3.25", "1e3", "0x1p-2", "½", "x7", "b2b", " three", "\tfour",
		"inf", "Infinity", "nan", "NaN", "-inf", "+Inf", "seventy", "eighty-eight", "ninety nine", "ten", "eleven"}
	for w := range wordNums {
		texts = append(texts, w)
	}
	for _, w := range texts {
		v, ok := ParseNumber(w)
		if ok && !math.IsNaN(v) && !math.IsInf(v, 0) && !MayReadFinite(w) {
			t.Errorf("MayReadFinite(%q) = false, ParseNumber reads %v", w, v)
		}
	}
	for _, w := range []string{"police", "said", "warehouse", "inf", "Infinity", "nan", "NaN", "often", "stone", "quay"} {
		if MayReadFinite(w) {
			t.Errorf("MayReadFinite(%q) = true, want false (no digit, opens with no number word)", w)
		}
	}
	for _, w := range []string{"eight", "Eight", "tenant", "h2o", "zone9", "é", "'twas", " police"} {
		if !MayReadFinite(w) {
			t.Errorf("MayReadFinite(%q) = false, want true", w)
		}
	}
}
