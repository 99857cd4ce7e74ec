package mention

import (
	"strings"
	"testing"
)

// TestSpeakerChains: who goes on speaking in a chain of statements. A
// speaker cited inside another's statement does not take the next "he";
// a verb form opening a sentence is no subject; a participle after a
// comma takes the main clause's subject, or the speaker of the cue right
// before it; a first name that is also a common word tells the gender.
func TestSpeakerChains(t *testing.T) {
	for _, c := range []struct{ name, body, quote, want string }{
		{"cited inside a statement",
			"Anton Kollar spoke to reporters on Friday. Kollar pointed out that the gazette's Tomas Reyes had reported in May that the depot was failing. He hoped, he said, that the gazette would stop printing rumours.\n\n“That will not happen again,” he said.",
			"That will not happen again", "Anton Kollar"},
		{"verb form opening a sentence",
			"Two plaintiffs, Peter Lenz and Omar Voss, filed the complaint. Voss said they wanted the board to strike the candidate from the ballot.\n\n" +
				"Reached by phone on Monday, Lenz left the hearing early. He said that he hopes another voter takes up the fight.",
			"he hopes another voter takes up the fight", "Peter Lenz"},
		{"participle after the main clause",
			"Norma Vance rejected the claim that she had steered Hal Ortiz toward the deal, saying, “I gave him no advice at all.”",
			"I gave him no advice at all.", "Norma Vance"},
		{"participle after a cue",
			"Lena Ostrova and Ivo Brandt will meet on the pier next week, Hal Ortiz said, adding, “They need a long talk.”",
			"They need a long talk.", "Hal Ortiz"},
		{"common-word first name",
			"Lena Ostrova opened the meeting. Bill Fenwick, who lives on the hill, said he saw the flames first. Later he said the lane stayed closed for hours.",
			"the lane stayed closed for hours", "Bill Fenwick"},
	} {
		a := analyze(c.body)
		got, found := "", false
		for _, q := range a.Quotes {
			if strings.TrimSpace(q.Text) == c.quote {
				got, found = q.Speaker, true
			}
		}
		if !found {
			var qs []string
			for _, q := range a.Quotes {
				qs = append(qs, q.Text+" → "+q.Speaker)
			}
			t.Errorf("%s: no quote %q; got %q", c.name, c.quote, qs)
		} else if got != c.want {
			t.Errorf("%s: speaker of %q = %q, want %q", c.name, c.quote, got, c.want)
		}
	}
}

// TestAppositionHeadSpeaks: the head of an apposition speaks, not a name
// inside it — though an adverb stands before the verb, and though the
// head is a surname that is also a common word opening the sentence.
func TestAppositionHeadSpeaks(t *testing.T) {
	for _, c := range []struct{ body, quote, want string }{
		{"Ilse Marquardt, a senior adviser to former Governor Tomas Reyes, also doubted the forecast of the bureau.", "the forecast of the bureau", "Ilse Marquardt"},
		{"Mel Weaver ran the port for years.\n\nWeaver, a former Harbour Authority spokesman, said the cranes were idle.", "the cranes were idle", "Mel Weaver"},
	} {
		a := analyze(c.body)
		got, found := "", false
		for _, q := range a.Quotes {
			if q.Text == c.quote {
				got, found = q.Speaker, true
			}
		}
		if !found || got != c.want {
			var qs []string
			for _, q := range a.Quotes {
				qs = append(qs, q.Text+" → "+q.Speaker)
			}
			t.Errorf("speaker of %q = %q, want %q (quotes %q)", c.quote, got, c.want, qs)
		}
	}
}
