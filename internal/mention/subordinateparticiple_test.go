package mention

import (
	"testing"

	"github.com/corroborate/corroborate/internal/text"
)

// TestSubordinateParticipleSubject: a participle that a subordinator opens
// after a comma ("…, while also stressing …") has the main clause's subject
// as its speaker, like a bare participle after a comma; a name inside a
// phrase or clause that opens the sentence before a comma ("In her first
// videos, …", "When Roe spoke, …") is not that subject. (Sentences written
// for this test.)
func TestSubordinateParticipleSubject(t *testing.T) {
	for _, c := range []struct{ label, body, quote, want string }{
		{"while and an adverb", "Nina Holt has promised to rebuild the north pier, while also suggesting that the ferry levy should be abolished.", "the ferry levy should be abolished", "Nina Holt"},
		{"while alone", "Velm Harbour Trust said it would back the levy, while stressing that the fares would not rise.", "the fares would not rise", "Velm Harbour Trust"},
		{"fronted clause with a name", "When Ola Fenn pointed out that the levy was new, Nina Holt seized upon the point, repeating her line that the fares would stay low.", "the fares would stay low", "Nina Holt"},
		{"fronted phrase with a name", "In her first Velm Gazette columns, Nina Holt wears a hat in photos, pointing to the harbour and telling readers that the pier is unsafe.", "the pier is unsafe", "Nina Holt"},
		{"bare participle still", "Nina Holt backed the levy on Tuesday, saying the fares would not rise.", "the fares would not rise", "Nina Holt"},
	} {
		wantSpeaker(t, c.label, c.body, c.quote, c.want)
	}
	for _, c := range []struct {
		s    string
		i    int
		want int
	}{
		{"Holt backed it , while also stressing that", 6, 4},
		{"Holt backed it , while stressing that", 5, 4},
		{"Holt backed it while stressing that", 4, -1},  // no comma: no supplement
		{"Holt backed it , and stressing that", 5, -1},  // no subordinator
		{"Holt backed it , while stressed that", 5, -1}, // no participle
	} {
		if got := subordinateParticiple(text.Tokens(c.s), c.i); got != c.want {
			t.Errorf("subordinateParticiple(%q, %d) = %d, want %d", c.s, c.i, got, c.want)
		}
	}
}
