package compare

import (
	"strings"
	"testing"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/story"
)

// A "he" that speaks right after a sentence describing a person without a
// name may stand for that person: the story cannot name the speaker, so
// the last person named does not hold the words. A predicative noun
// phrase, a sentence that names the speaker or reports their words, and a
// new paragraph leave the last named speaker. (Sentences written for this
// test.)
func TestPronounAfterDescription(t *testing.T) {
	opening := "Sheriff Tomas Roe said the barn fire started at noon. “We found the cause quickly,” Roe said. "
	for _, tc := range []struct{ between, want string }{
		{"Reporters spoke with the injured farmhand on Tuesday. ", ""},
		{"The driver was not hurt. ", ""},
		{"A neighbour called the fire service at noon. ", ""},
		// a predicative noun phrase is no one new
		{"Roe was a volunteer firefighter for years. ", "Tomas Roe"},
		// the sentence before names the speaker
		{"Reporters spoke with Roe and the injured farmhand on Tuesday. ", "Tomas Roe"},
		// the sentence before reports the speaker's words
		{"The farmhand was hurt, the sheriff said. ", "Tomas Roe"},
		// a description of the other sex
		{"Reporters spoke with the farmer's wife on Tuesday. ", "Tomas Roe"},
		// no description
		{"Crews stayed at the farm until dusk. ", "Tomas Roe"},
	} {
		body := opening + tc.between + "He said the barn had no smoke alarm."
		d := doc("a", "Barn fire\n\n"+body, day)
		docs := []story.Doc{d}
		c := newComparer(Input{Docs: docs, Merged: story.Assemble(&corroborate.Story{}, docs)})
		got, n := "", 0
		for _, q := range d.Analysis.Quotes {
			if strings.HasPrefix(q.Text, "the barn had") {
				got, n = c.quoteSpeaker(0, q), n+1
			}
		}
		if n == 0 {
			t.Errorf("%q: no report read", tc.between)
			continue
		}
		if got != tc.want {
			t.Errorf("%q: speaker %q, want %q", tc.between, got, tc.want)
		}
	}
}

// TestDescribedBeforeWithoutTokens: a reading that carries no tokens (one
// made by hand, or decoded without them) gives the same answer as one that
// does, instead of indexing tokens it does not have.
func TestDescribedBeforeWithoutTokens(t *testing.T) {
	body := "Sheriff Tomas Roe said the barn fire started at noon. Reporters spoke with the injured farmhand on Tuesday. He said the barn had no smoke alarm."
	d := doc("a", "Barn fire\n\n"+body, day)
	docs := []story.Doc{d}
	c := newComparer(Input{Docs: docs, Merged: story.Assemble(&corroborate.Story{}, docs)})
	var want []bool
	for _, q := range d.Analysis.Quotes {
		want = append(want, c.describedBefore(0, q))
	}
	if len(want) == 0 {
		t.Fatal("no report read")
	}
	d.Analysis.Tokens = nil
	for i, q := range d.Analysis.Quotes {
		if got := c.describedBefore(0, q); got != want[i] {
			t.Errorf("quote %q: described before %v without tokens, %v with", q.Text, got, want[i])
		}
	}
}
