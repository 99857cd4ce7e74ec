package compare

import (
	"testing"

	"github.com/corroborate/corroborate/internal/mention"
)

// TestNamedAndOthers: a figure after a name and "and", counting "others"
// ("Orla Venn and two others"), counts the people beside the one named,
// not the group: the coordination holds one more (Quirk et al. 1985
// §13.2), so it is no fact to set against a count of the whole group in
// another article. A figure of others after a verb ("a guard died,
// and two others were hurt") still counts those others. Sentences written for
// this test.
func TestNamedAndOthers(t *testing.T) {
	cases := []struct{ name, a, b, want string }{
		{"name and N others", "Brody Quell and two others were injured when a crane toppled at the Harlow depot on Friday, the fire chief said.",
			"Three people were injured when a crane toppled at the Harlow depot on Friday, the fire chief said.", ""},
		{"name and N others, passive", "Tamsin Okafor and four others were hurt when the Harlow depot roof fell on Friday, the fire chief said.",
			"Five people were hurt when the Harlow depot roof fell on Friday, the fire chief said.", ""},
		{"pronoun and N others", "The driver said he and two others were injured when a crane toppled at the Harlow depot on Friday.",
			"The driver said three people were injured when a crane toppled at the Harlow depot on Friday.", ""},
		// The group is one more than the figure: against a count that
		// differs from the group, still a conflict.
		{"name and N others against a larger group", "Dario Ruiz and two others were wounded when a gunman opened fire outside the Kellan arena on Saturday, police said.",
			"Four people were wounded when a gunman opened fire outside the Kellan arena on Saturday, police said.", "two/Four"},
		// Guards: the others of a verb's object, and a group named by a
		// plural noun, still count what they count.
		{"verb and N others", "A guard at the Pellow mill was shot and killed, and two others were hurt during the raid on Friday.",
			"Four people were hurt and a guard was killed during the raid on the Pellow mill on Friday.", "two/Four"},
		{"others alone", "Police said seven others were hurt during the raid on the Pellow mill on Friday.",
			"Police said four people were hurt during the raid on the Pellow mill on Friday.", "seven/four"},
	}
	wantNumberPairs(t, cases)
}

// TestNamedAndOthersValue: the reading of one count, where the number
// reader took the noun after "others" into the value's text (a writer's
// slip, "two others men"), and guards. Sentences written for this test.
func TestNamedAndOthersValue(t *testing.T) {
	cases := []struct {
		s    string
		want bool
	}{
		{"Deputies said they saw Venn and two others men fitting the description near the Harlow depot.", true},
		{"Deputies said they saw Venn and two other men fitting the description near the Harlow depot.", true},
		{"Deputies said they saw Venn with two other men fitting the description near the Harlow depot.", false},
		{"Deputies said they saw a van and two other men fitting the description near the Harlow depot.", false},
		{"Deputies said they saw Venn, Abel and two others fitting the description near the Harlow depot.", true},
	}
	for _, c := range cases {
		d := doc("a", "Report\n\n"+c.s, day)
		got, seen := false, false
		for _, v := range mention.Values(d.Analysis) {
			if v.Type == mention.VCount && v.Num == 2 {
				seen = true
				got = got || namedAndOthers(d.Analysis.Sentences[v.Sentence].Text, v)
			}
		}
		if !seen || got != c.want {
			t.Errorf("%q: count read %v, others of a name %v, want %v", c.s, seen, got, c.want)
		}
	}
}
