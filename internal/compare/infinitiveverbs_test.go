package compare

import (
	"testing"

	"github.com/corroborate/corroborate/internal/text"
)

// TestInfinitiveVerbs: the bare verb of an infinitive or of a modal's verb
// phrase is one of its sentence's verbs, so two articles that tell one deal
// with "hoping to buy" and "purchasing" share a verb (WordNet synonyms),
// and the amounts they give are of one fact; a noun after the preposition
// "to" ("went to court Tuesday") is none.
func TestInfinitiveVerbs(t *testing.T) {
	for _, tc := range []struct{ name, a, b, want string }{
		{"an infinitive with its object",
			"Saffron\n\nProsecutors said Ivo Roe and Ana Doe drove to a flat on Vell Street late on a Tuesday hoping to buy four ounces of saffron for $300.",
			"Saffron\n\nRoe had heard the flat's tenants dealt in saffron and wanted to purchase 2 ounces of saffron for $300, prosecutors said.",
			"number:four ounces/2 ounces"},
	} {
		r := run(doc("a", tc.a, day), doc("b", tc.b, day))
		if got := kinds(r.Discrepancies); got != tc.want {
			t.Errorf("%s: got %q, want %q", tc.name, got, tc.want)
		}
	}
	c := newComparer(Input{})
	for _, tc := range []struct {
		sentence, word string
		want           bool
	}{
		{"They went there hoping to buy four ounces of it.", "buy", true},
		{"She agreed to pay the fine.", "pay", true},
		{"He could face a long term.", "face", true},
		{"The pair went to court Tuesday.", "court", false},
		{"He took the dog to school with him.", "school", false},
		{"They have a good buy.", "buy", false},
	} {
		toks := text.Tokens(tc.sentence)
		got := false
		for k, tk := range toks {
			if tk.Text == tc.word {
				got = c.infinitiveVerb(toks, k)
			}
		}
		if got != tc.want {
			t.Errorf("infinitiveVerb(%q, %q) = %v, want %v", tc.sentence, tc.word, got, tc.want)
		}
	}
}
