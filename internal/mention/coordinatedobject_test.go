package mention

import (
	"strings"
	"testing"
)

// TestCoordinatedObject: a name joined by "and" or "or" to the object of
// a preposition ("a match between <A> and <B>", "praise from <A> and <B>")
// is that preposition's object too, no subject a later "he" goes on with:
// the speaker named before goes on speaking. A comma before the
// coordinator ("met with <A>, and <B> left") coordinates clauses, and
// "of" after a name ("The chairman of <Trust> and <B>") joins no conjoin
// to its object, so <B> stays a subject there
// (testdata/coordinatedobject.tsv).
func TestCoordinatedObject(t *testing.T) {
	for _, cols := range tsvCases(t, "testdata/coordinatedobject.tsv", 3) {
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
