package mention

import "testing"

// TestNameInQuotationIsNoSubject: a name inside quotation marks (a show's
// title, a quoted word) is no subject a later pronoun goes back to; the
// pronoun finds the person named outside quotation.
func TestNameInQuotationIsNoSubject(t *testing.T) {
	body := "Ann Voss and Dan Pell run rival bakeries on the quay. Her loaves are plain. His are sold as \"The Truman Loaf.\" He says she copies his recipes."
	wantSpeaker(t, "quoted title", body, "she copies his recipes", "Dan Pell")
}

// TestReportingFrameAnyVerb: a name or pronoun and an inflected verb right
// before the comma or colon that opens direct speech report it, though the
// verb is not one of saying.
func TestReportingFrameAnyVerb(t *testing.T) {
	body := "Dana Pell answered the mayor within the hour. Pell tweeted, “The mayor did the same last week. Two of a kind.”"
	wantSpeaker(t, "tweeted", body, "The mayor did the same last week. Two of a kind.", "Dana Pell")
	wantSpeaker(t, "adjunct clause", "Hours after Pell landed, “We will miss him,” the mayor said.", "We will miss him", "")
	wantSpeaker(t, "pronoun", "Dana Pell answered the mayor within the hour. She blogged: “The ferry deal is a mistake and the council knows it.”", "The ferry deal is a mistake and the council knows it.", "Dana Pell")
}
