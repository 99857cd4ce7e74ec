package mention

import "testing"

// TestDefiniteSubjectPronoun: a "he" or "she" goes back to the subject of
// its clause's sentence, and when that subject is a definite description
// of a person ("The veteran senator", definiteSubject) the first name
// of the sentence is the verb's object, no subject: the pronoun looks
// further back (centering: the subject outranks the object; Grosz, Joshi
// and Weinstein 1995). In the pronoun's own sentence ("…, but he warned
// that …") and in the sentence before it. Invented sentences.
func TestDefiniteSubjectPronoun(t *testing.T) {
	for _, c := range []struct{ name, body, quote, want string }{
		{"own sentence",
			"Sen. Ivo Marsh spoke on the radio on Monday. “The pier must be rebuilt before the storms,” Marsh said. The veteran senator did give Gov. Tom Berg some credit, saying the ferries ran on time, but he warned that the harbour budget was far too thin.",
			"the harbour budget was far too thin", "Ivo Marsh"},
		{"sentence before",
			"Ivo Marsh, who speaks for the dockers, was on the radio on Monday. “The pier must be rebuilt before the storms,” Marsh said. The old docker thanked Gov. Tom Berg for the dredging report. “The channel silts up every spring,” he said.",
			"The channel silts up every spring", "Ivo Marsh"},
	} {
		wantSpeaker(t, c.name, c.body, c.quote, c.want)
	}
}

// TestDefiniteSubjectPronounGuards: a name that opens the sentence is
// its subject; a definite subject that names no person ("The report")
// leaves the name after its verb to the pronoun.
func TestDefiniteSubjectPronounGuards(t *testing.T) {
	for _, c := range []struct{ name, body, quote, want string }{
		{"name subject",
			"Sen. Ivo Marsh spoke on the radio on Monday. Gov. Tom Berg thanked the Tarnville Democrat for the dredging report. “The channel silts up every spring,” he said.",
			"The channel silts up every spring", "Tom Berg"},
		{"definite subject of no person",
			"Sen. Ivo Marsh spoke on the radio on Monday. The dredging report cited Gov. Tom Berg twice. “The channel silts up every spring,” he said.",
			"The channel silts up every spring", "Tom Berg"},
	} {
		wantSpeaker(t, c.name, c.body, c.quote, c.want)
	}
}
