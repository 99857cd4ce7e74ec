package mention

import "testing"

// TestCoordinatedObject: a name joined by "and" or "or" to the object of
// a preposition ("a match between <A> and <B>", "praise from <A> and <B>")
// is that preposition's object too, no subject a later "he" goes on with:
// the speaker named before goes on speaking. A comma before the
// coordinator ("met with <A>, and <B> left") coordinates clauses, and
// "of" after a name ("The chairman of <Trust> and <B>") joins no conjoin
// to its object, so <B> stays a subject there
// (testdata/coordinatedobject.tsv).
func TestCoordinatedObject(t *testing.T) {
	checkSpeakerTSV(t, "testdata/coordinatedobject.tsv")
}
