package mention

import (
	"testing"

	"github.com/corroborate/corroborate/internal/text"
)

// TestCoordinatedPredicateSubject: a cue that opens a verb phrase after
// "and", "but" or "yet" with only auxiliaries and adverbs between ("but has
// since said") shares the subject of the clause before it: the name before
// that clause's verb, or its pronoun, not a name in its object. A word
// after the coordinator that may be a subject stops the rule. (Sentences
// written for this test.)
func TestCoordinatedPredicateSubject(t *testing.T) {
	for _, c := range []struct{ label, body, quote, want string }{
		{"but has since", "Nina Holt backed the plan of Ola Fenn but has since said the levy would fail.", "the levy would fail", "Nina Holt"},
		{"after a fronted clause", "When Ola Fenn left, Nina Holt backed the levy and later told reporters that the fares would rise.", "the fares would rise", "Nina Holt"},
	} {
		wantSpeaker(t, c.label, c.body, c.quote, c.want)
	}
	a := analyze("Nina Holt spoke. He praised Ola Fenn and later said the levy would pass.")
	for _, q := range a.Quotes {
		if q.Text == "the levy would pass" && q.SpeakerText != "he" {
			t.Errorf("pronoun subject: speaker %q as %q, want the pronoun \"he\"", q.Speaker, q.SpeakerText)
		}
	}
	for _, c := range []struct {
		s    string
		i    int
		want int
	}{
		{"Holt backed it but has since said that", 6, 1},
		{"Holt backed it and said that", 4, 1},
		{"Holt backed it but Fenn said that", 5, 0}, // a subject of its own
		{"Holt , who backed it , said that", 6, 0},  // no coordinator
	} {
		if got := coordinatedPredicate(text.Tokens(c.s), c.i, 0); got != c.want {
			t.Errorf("coordinatedPredicate(%q, %d) = %d, want %d", c.s, c.i, got, c.want)
		}
	}
}
