package compare

import (
	"strings"
	"testing"
)

// TestCopiedStatementYearSetBack: sentences written for this test. A
// statement copied but for its year is one fact even when the changed year
// sets one side back from the story's year: the background is the very
// value that changed. Two statements that share less stay apart.
func TestCopiedStatementYearSetBack(t *testing.T) {
	a := doc("a", "Quarry\n\nThe quarry foreman was jailed on May 3, 2023 on a charge of stealing blasting caps from the Tallow Hill site.", day)
	b := doc("b", "Quarry\n\nThe quarry foreman was jailed on May 3, 2019 on a charge of stealing blasting caps from the Tallow Hill site.", day)
	if got := kinds(run(a, b).Discrepancies); !strings.Contains(got, "2019") || !strings.Contains(got, "2023") {
		t.Errorf("copied statement: got %q, want May 3, 2023 against May 3, 2019", got)
	}
	c := doc("c", "Quarry\n\nThe quarry foreman was jailed on May 3, 2023 on a charge of stealing blasting caps from the Tallow Hill site.", day)
	d := doc("d", "Quarry\n\nHis brother, a driver at the quarry, was first arrested on May 3, 2019 after a fight in a bar.", day)
	if got := kinds(run(c, d).Discrepancies); strings.Contains(got, "2019") {
		t.Errorf("two statements: got %q, want no date discrepancy", got)
	}
}
