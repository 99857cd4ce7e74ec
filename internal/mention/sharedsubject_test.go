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
		{"adverb", "Nina Holt backed the ferry levy last spring but now plans to oppose the new toll.", "to oppose the new toll", "Nina Holt"},
		{"auxiliary", "Ivo Brandt opposed the toll in June, and has promised that he would cut the fares.", "he would cut the fares", "Ivo Brandt"},
		{"supplement", "Nina Holt, 52, a baker in Velm, backed the ferry levy last spring, but now plans to oppose the new toll.", "to oppose the new toll", "Nina Holt"},
		{"relative supplement", "Mr. Varga, whose sole win came in Tarnow, did not attack the mayor directly but argued that the count was unfair.", "the count was unfair", "Varga"},
		{"complex preposition", "In addition to claiming that the ferry ran late, Ivo Brandt has demanded a refund.", "the ferry ran late", "Ivo Brandt"},
		{"measure of time", "Two weeks after announcing his backing for the levy, Ivo Brandt now says that the toll is too high.", "his backing for the levy", "Ivo Brandt"},
	} {
		wantSpeaker(t, c.label, c.body, c.quote, c.want)
	}
}

// TestNoSharedSubjectSession19: a subordinator after a word of its own
// ("As if addressing …") opens a clause of comparison, and its
// participle's reading keeps no named subject.
func TestNoSharedSubjectSession19(t *testing.T) {
	wantSpeaker(t, "as if", "As if addressing the ferry crews themselves, the Velm Port Board was blunt in its report.", "the ferry crews themselves, the Velm Port Board was blunt in its report", "")
}
