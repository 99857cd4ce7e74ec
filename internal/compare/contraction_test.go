package compare

import (
	"testing"

	"github.com/corroborate/corroborate/internal/dates"
)

// TestContractionOwnsNoFigure: a figure after a pronoun with a contracted
// verb ("He'll serve …") is compared with the same figure of the person
// the pronoun stands for; read as a name, the contraction kept it apart as
// another owner's. Invented sentences.
func TestContractionOwnsNoFigure(t *testing.T) {
	pub := dates.Date{Year: 2022, Month: 3, Day: 9}
	b := "Sentence\n\nRolf Ingram was sentenced on Monday in Tern County court. Ingram will serve 15 years in prison, the judge said."
	for _, a := range []string{
		"Sentence\n\nRolf Ingram was sentenced on Monday in Tern County court. He'll serve 12 years in prison, the judge said.",
		"Sentence\n\nRolf Ingram was sentenced on Monday in Tern County court. He’ll serve 12 years in prison, the judge said.",
	} {
		if got := kinds(run(doc("a", a, pub), doc("b", b, pub)).Discrepancies); got != "number:12 years/15 years" {
			t.Errorf("%q: got %q, want %q", a, got, "number:12 years/15 years")
		}
	}
}
