package mention

import "testing"

// TestNounAfterDeterminerIsNoCue: a word of saying after an article or
// "no" is a noun ("had no reports of injuries"), so the words before it
// are no source of the clause before the comma. (Invented sentences.)
func TestNounAfterDeterminerIsNoCue(t *testing.T) {
	for _, s := range []string{
		"The road was closed for hours, and the county had no reports of damage, a spokesman said.",
		"The storm felled two oaks on the green, and wardens had no reports of injuries, officials said Sunday.",
	} {
		for _, q := range analyze(s).Quotes {
			if q.Cue == "reports" {
				t.Errorf("%q: %q read as a source through the noun %q", s, q.SpeakerText, q.Cue)
			}
		}
	}
}
