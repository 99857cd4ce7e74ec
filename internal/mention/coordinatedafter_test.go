package mention

import "testing"

// TestCoordinatedClauseAfterQuote: a partial quote inside a reported
// clause keeps that clause's speaker when a coordinated clause with a
// verb of its own follows it (", and Roe vowed …"); a reporting clause
// before the coordinator still attributes the quote.
func TestCoordinatedClauseAfterQuote(t *testing.T) {
	body := "The rivals traded colourful words. Pell said he would make the harbour \"shine at night,\" for instance, and Voss vowed to \"sink the ferries\" out of spite."
	wantSpeaker(t, "coordinated clause", body, "shine at night", "Pell")
	wantSpeaker(t, "its own cue", body, "sink the ferries", "Voss")
	wantSpeaker(t, "cue before the coordinator", "The ferry board met at noon. “The ferry will not run on Sundays,” Pell said, and Voss nodded.", "The ferry will not run on Sundays", "Pell")
}
