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
