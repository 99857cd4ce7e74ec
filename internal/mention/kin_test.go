package mention

import (
	"testing"

	"github.com/corroborate/corroborate/internal/dates"
)

// Sentences written for this test (not taken from any data set).
func TestKinCounts(t *testing.T) {
	ref := dates.Date{Year: 2021, Month: 3, Day: 4}
	found := []struct {
		sent, text, unit string
		num              float64
	}{
		{"Dora Lisk, a mother of five, ran the bakery on Kell Street.", "mother of five", "child", 5},
		{"The driver, father of 3 young sons, was thrown from the cab.", "father of 3 young sons", "child", 3},
		{"A grandmother of nine was among those rescued from the ferry.", "grandmother of nine", "grandchild", 9},
		{"Police named the victim as a mother of four children who lived nearby.", "mother of four children", "child", 4},
	}
	for _, c := range found {
		got := firstValue(c.sent, ref, IsKinCount)
		if got == nil || got.Text != c.text || got.Unit != c.unit || got.Num != c.num || got.Event != "" {
			t.Errorf("%q: got %+v, want %q %s %v with no event", c.sent, got, c.text, c.unit, c.num)
		}
	}
	for _, s := range []string{
		"The father of 3-year-old twins was questioned by police.", // an age of the children
		"Hundreds of mothers gathered in the square.",
		"She became the mother of the bride at 11 a.m.",
		"The mother of one of the pupils called the school at noon.",
	} {
		for _, v := range Values(Analyze(s, ref, 0.9)) {
			if IsKinCount(v) {
				t.Errorf("%q: read %+v as a count of children", s, v)
			}
		}
	}
}

// firstValue is the first value of a sentence that keep accepts, nil when
// there is none.
func firstValue(sentence string, ref dates.Date, keep func(Value) bool) *Value {
	for _, v := range Values(Analyze(sentence, ref, 0.9)) {
		if keep(v) {
			return &v
		}
	}
	return nil
}
