package mention

import "testing"

// TestOfficeGender: a title of office opening a speaker's phrase ("Mayor
// Diane Hollis") gives no gender of its own though the first-name list
// has the same word as a man's; the first name after it does (mentionGender);
// guards: her own pronoun, a first name spelt as a title ("Dean")
// (testdata/officegender.tsv).
func TestOfficeGender(t *testing.T) {
	checkSpeakerTSV(t, "testdata/officegender.tsv")
}
