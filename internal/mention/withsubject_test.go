package mention

import "testing"

// TestWithAbsoluteSubject: in an absolute clause that "with" opens
// ("…, with NAME [adverb] yelling: “…”") the name is the participle's
// subject and speaks, though it follows a preposition; the object of an
// earlier verb does not.
func TestWithAbsoluteSubject(t *testing.T) {
	body := "At a rally in the capital, some of his fans pushed Ada Morrow, a protester, out of the hall, with Tom Walsh reportedly yelling: “Get him out of here!”"
	wantSpeaker(t, "with NAME adverb participle", body, "Get him out of here!", "Tom Walsh")
	wantSpeaker(t, "with NAME participle", "The council passed the levy on Monday after a long debate, with Ivo Lantz warning that the harbour budget would suffer.", "the harbour budget would suffer", "Ivo Lantz")
}
