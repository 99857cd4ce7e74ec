package mention

import (
	"strings"
	"testing"
)

// TestCarryReported: a whole quotation with no attribution of its own
// right after a reported statement that names its speaker is that
// speaker's, not the last direct quote's paragraphs back; a "he" after it
// goes on with the same person. A possessive before a noun ("before
// Roe's visit") gives no speaker to carry.
func TestCarryReported(t *testing.T) {
	cases := []struct {
		name, body, quote, want string
	}{
		{"reported before",
			"“We grow more every year,” said Mayor Daniel Ortiz, who has led the town since 2010.\n\n" +
				"The bakery opened in a former garage. Omar Haddad recalled how his first oven kept failing in the cold. “I slept next to that oven for a whole winter.”\n\n" +
				"“Now the queue starts at six,” he said.",
			"I slept next to that oven for a whole winter.", "Omar Haddad"},
		{"pronoun after",
			"“We grow more every year,” said Mayor Daniel Ortiz, who has led the town since 2010.\n\n" +
				"The bakery opened in a former garage. Omar Haddad recalled how his first oven kept failing in the cold. “I slept next to that oven for a whole winter.”\n\n" +
				"“Now the queue starts at six,” he said.",
			"Now the queue starts at six", "Omar Haddad"},
		{"direct speaker stays",
			"“We grow more every year,” said Mayor Daniel Ortiz, who has led the town since 2010.\n\n" +
				"The town hall was built of brick.\n\n" +
				"“The new school will open next autumn, and the library after it.”",
			"The new school will open next autumn, and the library after it.", "Daniel Ortiz"},
	}
	for _, c := range cases {
		a := analyze(c.body)
		found := false
		for _, q := range a.Quotes {
			if strings.TrimSpace(q.Text) == c.quote {
				found = true
				if q.Speaker != c.want {
					t.Errorf("%s: speaker of %q = %q (%s), want %q", c.name, q.Text, q.Speaker, q.How, c.want)
				}
			}
		}
		if !found {
			for _, q := range a.Quotes {
				t.Logf("%s: got %q by %q (%s)", c.name, q.Text, q.Speaker, q.How)
			}
			t.Errorf("%s: no quote %q", c.name, c.quote)
		}
	}
}

// TestContinuedSpeaker: "he" right after a direct quote of a person whose
// first name only the second list gives the other gender ("Lindsey") goes
// on with that person; a name of the first list ("Margaret") keeps its
// gender and the pronoun looks further back.
func TestContinuedSpeaker(t *testing.T) {
	cases := []struct{ first, want string }{
		{"Lindsey", "Lindsey Varga"},
		{"Margaret", "Peter Holm"},
	}
	for _, c := range cases {
		body := "At the meeting in Springfield, Councillor " + c.first + " Varga criticised the mayor, Peter Holm, over the budget.\n\n" +
			"Varga said, “How many of you believe the roads are fine? I do not.”\n\n" +
			"He continued, “We will fix the bridge before the winter.”"
		a := analyze(body)
		got := ""
		for _, q := range a.Quotes {
			if strings.HasPrefix(q.Text, "We will fix the bridge") {
				got = q.Speaker
			}
		}
		if got != c.want {
			for _, q := range a.Quotes {
				t.Logf("%s: got %q by %q (%s)", c.first, q.Text, q.Speaker, q.How)
			}
			t.Errorf("%s: speaker of the continued quote = %q, want %q", c.first, got, c.want)
		}
	}
}
