package mention

import (
	"testing"

	"github.com/corroborate/corroborate/internal/text"
)

// TestSpeakerSpansSession19: the name of who speaks is read whole and
// alone: a weekday or a month after a connector opens a time adjunct
// ("the Tarnow City Council on Wednesday": Quirk et al. 1985, §8.53), as
// does a weekday after a name that a part of the day or a verb follows
// ("Mayor Broaddin Sunday night said"); "St." opens a name ("the St.
// Ives Harbour Board", AP Stylebook "saint"); an age set off by commas
// makes a name a person's though its first name is unknown ("Thiri Zaw
// Htet, 47, a nurse,"); a phrase a preposition opens before the verb of
// an inverted reporting clause is no subject ("“…” to Mayor Okafor,
// said Ida Marsh": CGEL ch. 4); the paper a report appeared in, or the body
// that made a tally, is the source ("according to a report in the
// Harbor Gazette").
func TestSpeakerSpansSession19(t *testing.T) {
	for _, c := range []struct{ label, body, quote, want string }{
		{"on Wednesday", "The Tarnow Harbour Council on Wednesday condemned the plan to close the ferry.", "the plan to close the ferry", "Tarnow Harbour Council"},
		{"Sunday night", "Mayor Broaddin Sunday night said the vote was final.", "the vote was final", "Broaddin"},
		{"St.", "The St. Ives Harbour Board said the pier would reopen in May.", "the pier would reopen in May", "St. Ives Harbour Board"},
		{"age", "Thiri Zaw Htet, 47, a nurse, said the clinic was short of beds.", "the clinic was short of beds", "Thiri Zaw Htet"},
		{"preposition tail", "The council ought to send “a clear signal” to Mayor Tom Okafor, said Ida Marsh, a union organiser.", "a clear signal", "Ida Marsh"},
		{"report in", "The ferry will be sold, according to a report in the Harbor Gazette.", "The ferry will be sold", "Harbor Gazette"},
		{"tally by", "Lund leads Dorsey by eight votes, according to a tally by the Tarn Press Agency.", "Lund leads Dorsey by eight votes", "Tarn Press Agency"},
	} {
		wantSpeaker(t, c.label, c.body, c.quote, c.want)
	}
}

// TestNoSpeakerSpansSession19: the same rules leave alone what they do
// not describe: "St." after a capitalised word (a street: "Main St."), a
// participle after a quote and a prepositional phrase (no inverted
// reporting clause: since session 40 no reporting clause of the quoted
// word at all, afterQuoteNonFinite; the participle has the sentence's
// subject).
func TestNoSpeakerSpansSession19(t *testing.T) {
	b := "Ola Brekke said the boat was sound.\n\nOn Monday, Brekke posted a photo of the hull named “Proof” on his blog, writing “Here is the boat you said would sink.”"
	for _, q := range analyze(b).Quotes {
		if q.Cue == "writing" && (q.SpeakerText != "Brekke" || q.Speaker != "Ola Brekke") {
			t.Errorf("participle: source phrase %q (%q), want %q (%q)", q.SpeakerText, q.Speaker, "Brekke", "Ola Brekke")
		}
	}
	for _, tk := range text.Tokens("A crash closed Main St. Police said two cars were towed.") {
		if tk.Text == "St." {
			t.Errorf("a street suffix after a name kept its period as a name's opening")
		}
	}
}
