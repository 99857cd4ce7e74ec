package compare

import (
	"strings"
	"testing"
)

// Sentences written for this test (no data set's wording). Months more
// than a year apart are two events, unless the two sentences are one
// statement copied but for the month: a copy that changed the year.
func TestCopiedStatementMonthsApart(t *testing.T) {
	copied := []string{
		"Orrin\n\nIn March 2004, two masked men took every watch from the Vell jewellery shop on Orrin Street.",
		"Orrin\n\nIn March 2009, two masked men took every watch from the Vell jewelry shop on Orrin Street.",
	}
	if got := kinds(runUndated(copied...).Discrepancies); !strings.Contains(got, "March 2004") || !strings.Contains(got, "March 2009") {
		t.Errorf("copied statement: got %q, want March 2004 against March 2009", got)
	}
	// The same months in two different statements stay two events.
	apart := []string{
		"Orrin\n\nIn March 2004, two masked men took every watch from the Vell jewellery shop on Orrin Street.",
		"Orrin\n\nThe Vell shop reopened on Orrin Street in March 2009 after a long refit, its owner said.",
	}
	if got := kinds(runUndated(apart...).Discrepancies); strings.Contains(got, "2009") {
		t.Errorf("two statements: got %q, want no month discrepancy", got)
	}
}

// TestSameMonthOfTwoYears: sentences written for this test. The same
// month of two years is a year told two ways, however many months lie
// between: one fact when the same people are dated doing the same thing,
// not copied word for word. Two months of the year years apart stay two
// events.
func TestSameMonthOfTwoYears(t *testing.T) {
	a := "Harbour\n\nIlse Brandt was first elected to the Orrin harbour board in December 2003 after a close race."
	b := "Harbour\n\nIlse Brandt, a ferry owner, was elected to the Orrin harbour board in December 2008 by a wide margin."
	if got := kinds(runUndated(a, b).Discrepancies); !strings.Contains(got, "December 2003") || !strings.Contains(got, "December 2008") {
		t.Errorf("same month, two years: got %q, want December 2003 against December 2008", got)
	}
	c := "Harbour\n\nIlse Brandt, a ferry owner, was elected to the Orrin harbour board in June 2008 by a wide margin."
	if got := kinds(runUndated(a, c).Discrepancies); got != "" {
		t.Errorf("two months years apart: got %q, want none", got)
	}
}
