package compare

import (
	"testing"

	"github.com/corroborate/corroborate/internal/dates"
)

// The sentences of this test are invented.

// TestNamedAgeThere: an unnamed person's age in one article meets a named
// person's age in another when the first article names that person and
// no one else it could be; not when it tells of an accused, names the
// person beside the age, or names two people without an age.
func TestNamedAgeThere(t *testing.T) {
	pub := dates.Date{Year: 2021, Month: 3, Day: 4}
	const other = "Mira Holt, 21, died at the scene outside the bakery, officers said."
	for _, tc := range []struct{ name, a, b, want string }{
		{"named later in the article",
			"A 19-year-old woman was killed in a shooting outside a bakery in Telford on Monday. Mira Holt had moved to Telford in the spring to study nursing.",
			other, "number:19-year-old/21"},
		{"a quoted relative is not the subject",
			"A 19-year-old woman was killed in a shooting outside a bakery in Telford on Monday. Mira Holt had moved to Telford in the spring to study nursing. \"She loved the town,\" said Ida Vorn, her aunt.",
			other, "number:19-year-old/21"},
		{"identified as the person",
			"A 19-year-old woman killed outside a bakery in Telford on Monday has been identified as Mira Holt.",
			other, "number:19-year-old/21"},
		{"an accused",
			"A 30-year-old man was arrested on Tuesday in Telford. Mira Holt had moved to Telford in the spring to study nursing.",
			other, ""},
		{"a light verb in a rare sense of arresting is no accused",
			"A 19-year-old woman fell from the pier in Telford on Monday as she caught a ferry home. Mira Holt had moved to Telford in the spring to study nursing.",
			other, "number:19-year-old/21"},
		{"a verb of stopping is no arrest",
			"A 19-year-old woman was hurt in Telford on Monday after the ferries were halted. Mira Holt had moved to Telford in the spring to study nursing.",
			other, "number:19-year-old/21"},
		{"a noun of a pause is no arrest",
			"A 19-year-old woman was hurt in Telford on Monday during a short stay with friends. Mira Holt had moved to Telford in the spring to study nursing.",
			other, "number:19-year-old/21"},
		{"an arrest in its fourth noun sense",
			"A 30-year-old man fled Telford on Tuesday before his apprehension. Mira Holt had moved to Telford in the spring to study nursing.",
			other, ""},
		{"charged is of an accused",
			"A 19-year-old woman was charged in a shooting outside a bakery in Telford on Monday. Mira Holt had moved to Telford in the spring to study nursing.",
			other, ""},
		{"named beside the age",
			"A 30-year-old man was questioned about the death of Mira Holt on Tuesday. Mira Holt had moved to Telford in the spring to study nursing.",
			other, ""},
		{"named beside the age in another sentence",
			"A 30-year-old man was questioned about the death of Mira Holt on Tuesday. Mira Holt had moved to Telford in the spring to study nursing. The 30-year-old was released on Wednesday.",
			other, ""},
		{"two people without an age",
			"A 19-year-old woman was killed in a shooting outside a bakery in Telford on Monday. Mira Holt and Tessa Lund had moved to Telford in the spring to study nursing.",
			other, ""},
	} {
		got := kinds(run(doc("a", "Shooting\n\n"+tc.a, pub), doc("b", "Shooting\n\n"+tc.b, pub)).Discrepancies)
		if got != tc.want {
			t.Errorf("%s: got %q, want %q", tc.name, got, tc.want)
		}
	}
}

// TestSuspectWordSenses: a word tells of an accused when it shares a
// synset with arrest as taking into custody, with accuse, or with suspect
// as a noun, in one of its own commonSenses commonest senses; not when it
// shares only arrest's senses of stopping or attracting.
func TestSuspectWordSenses(t *testing.T) {
	c := newComparer(Input{})
	for _, tc := range []struct {
		word string
		want bool
	}{
		{"arrested", true}, {"nabbed", true}, {"apprehension", true}, {"charged", true},
		{"incriminated", true}, {"defendant", true}, {"suspects", true},
		{"halted", false}, {"stay", false}, {"hitch", false}, {"stoppage", false},
		{"caught", false}, {"pinch", false}, {"got", false},
	} {
		if got := c.suspectWord(tc.word); got != tc.want {
			t.Errorf("suspectWord(%q) = %v, want %v", tc.word, got, tc.want)
		}
	}
}
