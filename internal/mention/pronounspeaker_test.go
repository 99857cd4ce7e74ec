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
	for _, cols := range tsvCases(t, "testdata/pronounspeaker.tsv", 3) {
		a := analyze(strings.ReplaceAll(cols[0], " | ", "\n\n"))
		found := false
		for _, q := range a.Quotes {
			if strings.HasPrefix(q.Text, cols[1]) {
				found = true
				if q.Speaker != cols[2] {
					t.Errorf("speaker of %q = %q (%s %q), want %q", cols[1], q.Speaker, q.How, q.SpeakerText, cols[2])
				}
			}
		}
		if !found && cols[2] != "" {
			t.Errorf("%q: no statement %q read", cols[0], cols[1])
		}
	}
}
