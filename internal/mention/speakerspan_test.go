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
// makes a name a person's though its first name is unknown ("Yin Myint
// Thaw, 60, a doctor,"); a phrase a preposition opens before the verb of
// an inverted reporting clause is no subject ("“…” to Mr. Dorsey, said
// Peter Moss": CGEL ch. 4); the paper a report appeared in, or the body
// that made a tally, is the source ("according to a report in the
// Harbor Gazette").
func TestSpeakerSpansSession19(t *testing.T) {
	for _, c := range []struct{ label, body, quote, want string }{
		{"on Wednesday", "The Tarnow Harbour Council on Wednesday condemned the plan to close the ferry.", "the plan to close the ferry", "Tarnow Harbour Council"},
		{"Sunday night", "Mayor Broaddin Sunday night said the vote was final.", "the vote was final", "Broaddin"},
		{"St.", "The St. Ives Harbour Board said the pier would reopen in May.", "the pier would reopen in May", "St. Ives Harbour Board"},
		{"age", "Yin Myint Thaw, 60, a doctor, said she was pleased with the count.", "she was pleased with the count", "Yin Myint Thaw"},
		{"preposition tail", "Ms. Lund would do well to begin “building bridges” to Mr. Dorsey, said Peter Moss, a former adviser to the mayor.", "building bridges", "Peter Moss"},
		{"report in", "The ferry will be sold, according to a report in the Harbor Gazette.", "The ferry will be sold", "Harbor Gazette"},
		{"tally by", "Lund leads Dorsey by eight votes, according to a tally by the Tarn Press Agency.", "Lund leads Dorsey by eight votes", "Tarn Press Agency"},
	} {
		wantSpeaker(t, c.label, c.body, c.quote, c.want)
	}
}

// TestNoSpeakerSpansSession19: the same rules leave alone what they do
// not describe: "St." after a capitalised word (a street: "Main St."), a
// participle after a quote and a prepositional phrase (no inverted
// reporting clause).
func TestNoSpeakerSpansSession19(t *testing.T) {
	// a participle after the quote keeps the phrase before it ("his"),
	// which the story stage resolves
	b := "Dana Lund said the class existed.\n\nLater on Sunday, Lund shared a syllabus for a class called “Perception” on his page, writing “Allow me to do the research for the reporter.”"
	for _, q := range analyze(b).Quotes {
		if q.Cue == "writing" && q.SpeakerText != "his" {
			t.Errorf("participle: source phrase %q, want %q", q.SpeakerText, "his")
		}
	}
	for _, tk := range text.Tokens("A crash closed Main St. Police said two cars were towed.") {
		if tk.Text == "St." {
			t.Errorf("a street suffix after a name kept its period as a name's opening")
		}
	}
}
