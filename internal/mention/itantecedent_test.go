package mention

import "testing"

// TestItAntecedent: "it" refers to a company named by a word of a group,
// a plural noun or a legal form though the entity stage typed it a person
// or left it untyped (companyName), and goes on with the organisation a
// definite description opening the sentence before refers to
// (orgDescriptionSubject) when its head fits the name's (descriptionFits:
// "the union" or "the court" of a story on a company is none of the
// company's) and, of two that fit, the subject (mentionSalience); guards:
// no organisation named near the
// description, a later named speaker, a person's name
// (testdata/itantecedent.tsv). A company name the entity stage typed a
// person ("Brightmoor Stores") is taken up when no organisation "it" fits
// is named as near (describedName); guards: a person's full name, an
// organisation "it" fits named as near.
func TestItAntecedent(t *testing.T) {
	checkSpeakerTSV(t, "testdata/itantecedent.tsv")
}
