package compare

import (
	"testing"

	corroborate "github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/dates"
	"github.com/corroborate/corroborate/internal/mention"
	"github.com/corroborate/corroborate/internal/story"
)

// Sentences written for this test (no data set's wording).

// agePersonIn is the person of the first age comparing reads in an
// article of the given body.
func agePersonIn(t *testing.T, body string) string {
	t.Helper()
	d := doc("a", "Pier\n\n"+body, day)
	c := newComparer(Input{Docs: []story.Doc{d}, Merged: story.Assemble(&corroborate.Story{}, []story.Doc{d})})
	for _, f := range c.valueFacts() {
		if f.v.Type == mention.VAge {
			return f.person
		}
	}
	t.Fatalf("no age read in %q", body)
	return ""
}

// TestAnaphoricAgePerson: "the 52-year-old" with no noun, and "he"/"she"
// as the subject of "be" or "described as" before an age, refer back to
// the person named last in the sentences before (not one named as a
// statement's source); a pronoun of another clause ("said he was"), a
// pronoun of the other sex, a quoted speaker's words and an age followed
// by a name are left alone, and so is a description after two people
// named or after a possessor of a person ("Tamm's daughter": the
// description may be hers), or one whose own sentence names its person
// ("is Rui Lenz"); one who fired is passed over for the one named before.
func TestAnaphoricAgePerson(t *testing.T) {
	for _, tc := range []struct{ body, want string }{
		{"Ferryman Ivo Tamm was found in the boathouse on Sunday. The 52-year-old has run the night ferry since it opened.", "Ivo Tamm"},
		{"Ferryman Ivo Tamm was found in the boathouse on Sunday. He had a cut on his hand, Chief Ada Pell said. The 52-year-old has run the night ferry since it opened.", "Ivo Tamm"},
		{"Ferryman Ivo Tamm was found in the boathouse on Sunday. He had a cut on his hand, said Ada Pell. The 52-year-old has run the night ferry since it opened.", "Ivo Tamm"},
		{"The harbour board is seeking Ada Pell over the missing funds. She is described as a 30-year-old woman with short red hair.", "Ada Pell"},
		{"The harbour board is seeking Ada Pell over the missing funds. She was a 30-year-old clerk at the time.", "Ada Pell"},
		{"The harbour board is seeking Ivo Tamm over the missing funds. She is described as a 30-year-old woman with short red hair.", "~8477634"},
		{"The harbour board is seeking Ada Pell over the missing funds. Wardens said she was a 30-year-old clerk then.", "~9928451"},
		{"Ferryman Ivo Tamm was found in the boathouse on Sunday. The 52-year-old Rui Lenz found him.", "Rui Lenz"},
		{"Ferryman Ivo Tamm was found in the boathouse. \"The 52-year-old has run the ferry for years,\" Ada Pell said.", ""},
		{"Ferryman Ivo Tamm found Rui Lenz in the boathouse on Sunday. The 52-year-old has run the night ferry since it opened.", ""},
		{"Ivo Tamm drew a knife, and that is when Rui Lenz fired twice. The 13-year-old died at the clinic.", "Ivo Tamm"},
		{"Ivo Tamm's daughter rang the rangers on Sunday. The 13-year-old had seen the boat sink.", ""},
		{"Ivo Tamm's family rang the rangers on Sunday. The 52-year-old had seen the boat sink.", "Ivo Tamm"},
		{"Rangers questioned Ivo Tamm about the fire. The 52-year-old is Rui Lenz, his neighbour.", ""},
	} {
		if got := agePersonIn(t, tc.body); got != tc.want {
			t.Errorf("%q: person %q, want %q", tc.body, got, tc.want)
		}
	}
}

// TestAnaphoricAgeCompared: an age told of "the 52-year-old" in one article
// and of the named person in another is one person's, and two values of it
// are a discrepancy.
func TestAnaphoricAgeCompared(t *testing.T) {
	pub := dates.Date{Year: 2022, Month: 3, Day: 9}
	for _, tc := range []struct{ name, x, y, want string }{
		{"a definite description",
			"Marsh\n\nRui Lenz rang the rangers at dawn. Ferryman Ivo Tamm was found hurt in the boathouse. The 52-year-old has run the night ferry since it opened.",
			"Marsh\n\nFerryman Ivo Tamm, 57, was found hurt in the boathouse at dawn.",
			"number:52-year-old/57"},
		{"a pronoun described",
			"Marsh\n\nRui Lenz found the ledger open on Monday. The harbour board is seeking Ada Pell over the missing ferry funds. She is described as a 30-year-old woman with short red hair.",
			"Marsh\n\nThe harbour board said Ada Pell, 34, took the ferry funds.",
			"number:30-year-old/34"},
	} {
		r := run(doc("a", tc.x, pub), doc("b", tc.y, pub))
		if got := kinds(r.Discrepancies); got != tc.want {
			t.Errorf("%s: got %q, want %q", tc.name, got, tc.want)
		}
	}
}
