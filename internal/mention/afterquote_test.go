package mention

import "testing"

// TestAfterQuoteNonFinite: after a quoted word inside a sentence, a verb
// that "and" joins to the predicate holding it, or a participle after a
// comma that closes a prepositional phrase, is no reporting clause of
// that word: each fragment keeps the sentence's subject, and the two
// fragments are not read as one quotation split by an attribution.
func TestAfterQuoteNonFinite(t *testing.T) {
	const body = "The harbour fair opened in Selvik on Friday. Ines Holm runs the bakery and Olaf Brandt skippers the ferry.\n\n" +
		"Ines Holm praised the “honest” flour from the old mill and mocked the “fancy” loaves sold in the square.\n\n" +
		"Olaf Brandt read the notice “word for word” at the quay on Friday, calling the new timetable “a muddle for commuters.”"
	for _, c := range []struct{ quote, want string }{
		{"honest", "Ines Holm"},
		{"the “fancy” loaves sold in the square", "Ines Holm"},
		{"a muddle for commuters.", "Olaf Brandt"},
	} {
		wantSpeaker(t, c.quote, body, c.quote, c.want)
	}
}
