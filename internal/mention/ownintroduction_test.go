package mention

import "testing"

// TestOwnIntroduction: a quotation whose own sentence introduces it with a
// subject and a reporting verb before it ("Roe, speaking to growers, said,
// “…”") is a statement of its own, not the going on of the quotation the
// sentence before attributes ("“…,” Doe said."). Guards: a quotation that
// opens its sentence with no introduction of its own, or one the same
// sentence splits ("“A,” Doe said, “B.”"), still goes on with the first.
// Invented sentences.
func TestOwnIntroduction(t *testing.T) {
	body := "Two rivals spoke first: former mayor Ada Brusk and former senator Olek Tamm. " +
		"The press is “bending the whole race,” Tamm said. " +
		"Brusk, speaking to growers, said, “Nobody has voted yet.”\n\n" +
		"“The ferry will run on time,” Brusk said. “The tolls will not rise.”\n\n" +
		"“We rebuilt the quay,” Tamm said, “and we paid for it.”"
	checkSpeakers(t, analyze(body), map[string]speakerWant{
		"bending the whole race":                              {"Olek Tamm", "Tamm", "named"},
		"Nobody has voted yet.":                               {"Ada Brusk", "Brusk", "named"},
		"The ferry will run on time The tolls will not rise.": {"Ada Brusk", "Brusk", "named"},
		"We rebuilt the quay and we paid for it.":             {"Olek Tamm", "Tamm", "named"},
	})
}
