package mention

import (
	"strings"
	"testing"
)

// TestPronounSpeaker: "they" goes on with the speech of an untyped plural
// of persons ("Democrats") named as the speaker in the sentence before it,
// not of one named further back; "it" with that of an untyped name shaped
// like no person's ("Zentrix said …. It added …")
// (testdata/pronounspeaker.tsv).
func TestPronounSpeaker(t *testing.T) {
	checkSpeakerTSV(t, "testdata/pronounspeaker.tsv")
}

// checkSpeakerTSV reads a file of three columns (an article with " | "
// between paragraphs, the opening of a statement, its speaker or "" for
// none) and checks that each statement is read with that speaker.
func checkSpeakerTSV(t *testing.T, file string) {
	t.Helper()
	for _, cols := range tsvCases(t, file, 3) {
		a := analyze(strings.ReplaceAll(cols[0], " | ", "\n\n"))
		found := false
		for _, q := range a.Quotes {
			if strings.HasPrefix(q.Text, cols[1]) {
				found = true
				if q.Speaker != cols[2] {
					t.Errorf("%q: speaker of %q = %q (%s %q), want %q", cols[0], cols[1], q.Speaker, q.How, q.SpeakerText, cols[2])
				}
			}
		}
		if !found && cols[2] != "" {
			t.Errorf("%q: no statement %q read", cols[0], cols[1])
		}
	}
}
