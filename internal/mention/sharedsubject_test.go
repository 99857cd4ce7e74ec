package mention

import "testing"

// TestSharedSubjectSession19: a cue with no subject of its own takes the
// subject it shares: the second of two coordinated verb phrases, with an
// adverb or an auxiliary after the conjunction ("… but now plans to", "…,
// and has promised": CGEL ch. 15 §4); a finite verb after the comma that
// closes a supplement set off after the subject ("Carole Fenn, 75, a
// retiree, backed …", "Mr. Varga, whose …, did not …": Quirk et al.
// 1985, §17.65); the participle of an adverbial phrase a complex
// preposition or a measure of time opens ("In addition to stating …",
// "One month after announcing …": CGEL ch. 7 §4), whose understood
// subject is the main clause's.
func TestSharedSubjectSession19(t *testing.T) {
	for _, c := range []struct{ label, body, quote, want string }{
		{"adverb", "Carole Fenn backed the mayor in the primary but now plans to vote for Varga.", "to vote for Varga", "Carole Fenn"},
		{"auxiliary", "Ivo Brandt backed the pier plan in May, and has promised that he would build the pier.", "he would build the pier", "Ivo Brandt"},
		{"supplement", "Carole Fenn, 75, a retiree in Tarnow, backed the mayor in the primary, but now plans to vote for Varga.", "to vote for Varga", "Carole Fenn"},
		{"relative supplement", "Mr. Varga, whose sole win came in Tarnow, did not attack the mayor directly but argued that the count was unfair.", "the count was unfair", "Varga"},
		{"complex preposition", "In addition to stating that the tax was unfair, Ivo Brandt has vowed to repeal it.", "the tax was unfair", "Ivo Brandt"},
		{"measure of time", "One month after announcing his support for the mayor, Ivo Brandt still believes that she is unfit.", "his support for the mayor", "Ivo Brandt"},
	} {
		wantSpeaker(t, c.label, c.body, c.quote, c.want)
	}
}

// TestNoSharedSubjectSession19: a subordinator after a word of its own
// ("As if addressing …") opens a clause of comparison, and its
// participle's reading keeps no named subject.
func TestNoSharedSubjectSession19(t *testing.T) {
	wantSpeaker(t, "as if", "As if addressing the harbour pilots directly, the Tarn Ferry Board was firm in its findings.", "the harbour pilots directly, the Tarn Ferry Board was firm in its findings", "")
}
