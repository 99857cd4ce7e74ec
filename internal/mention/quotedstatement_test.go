package mention

import "testing"

// TestQuotedInStatement: words quoted inside the content of a reported
// statement are its source's, not a noun's of the content clause; a
// quotation its own verb of saying opens keeps its speaker.
func TestQuotedInStatement(t *testing.T) {
	body := "The river flooded the lower town on Sunday. " +
		"Harbour master Ines Varga told reporters that the mayor had handled the flood “quite directly.” " +
		"In an interview on the radio, Varga said any skipper who wants to moor there “owes it to the town” to pay the harbour fee. " +
		"Councillor Paul Brand has said that given the cost it would be “very hard” to rebuild the wall, but downplayed the delay. " +
		"Varga added that Brand had said, “The pumps are too small.” " +
		"Varga said that Brand had told the crews the wall was “too low to matter.”"
	a := analyze(body)
	checkSpeakers(t, a, map[string]speakerWant{
		"quite directly.":          {"Ines Varga", "Ines Varga", "named"},
		"owes it to the town":      {"Ines Varga", "Varga", "named"},
		"very hard":                {"Paul Brand", "Paul Brand", "named"},
		"The pumps are too small.": {"Paul Brand", "Brand", "named"},
		// the innermost statement holds the quotation
		"too low to matter.": {"Paul Brand", "Brand", "named"},
	})
}

// TestColonSpeaker: a name and a colon right before a quotation, opening
// the sentence or after a dash, say who speaks; words with a verb before
// the colon are no such name.
func TestColonSpeaker(t *testing.T) {
	body := "The council met on Tuesday to debate the harbour budget. " +
		"Councillor Ida Brenn (R-Tarn): “The budget is a mess and the pumps are too small.” " +
		"Harbour master Ines Varga answered at once. " +
		"Spending rows – Ines Varga: “We will not cut the night patrols this year.”"
	a := analyze(body)
	checkSpeakers(t, a, map[string]speakerWant{
		"The budget is a mess and the pumps are too small.": {"Ida Brenn", "Councillor Ida Brenn", "named"},
		"We will not cut the night patrols this year.":      {"Ines Varga", "Ines Varga", "named"},
	})
}

// TestSignOffSpeaker: a quotation that ends its paragraph takes the name
// of a sign-off line of a dash and a name right after it.
func TestSignOffSpeaker(t *testing.T) {
	body := "Voices from the harbour debate.\n\n" +
		"“The pumps are too small and the wall will not hold a spring tide.”\n\n" +
		"— Ines Varga, Tarn.\n\n" +
		"The council meets again next week."
	a := analyze(body)
	checkSpeakers(t, a, map[string]speakerWant{
		"The pumps are too small and the wall will not hold a spring tide.": {"Ines Varga", "Ines Varga", "named"},
	})
}

// TestInlineSpeaker: a person named right after a quotation next to a
// verb the cue lexicon does not know as one of saying speaks.
func TestInlineSpeaker(t *testing.T) {
	body := "Harbour master Ines Varga spoke first at the meeting on the harbour budget.\n\n" +
		"“The pumps are too small and the wall is too low,” said Ines Varga.\n\n" +
		"“We lost the vote. Still, the pumps got a hearing,” tweeted Paul Brand, who served as the club's secretary."
	a := analyze(body)
	checkSpeakers(t, a, map[string]speakerWant{
		"We lost the vote. Still, the pumps got a hearing": {"Paul Brand", "Paul Brand", "named"},
	})
}
