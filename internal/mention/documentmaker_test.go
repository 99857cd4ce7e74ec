package mention

import "testing"

// TestDocumentMakerSpeaks: a document whose maker a passive participle's
// "by" names ("a report released by X", "a study issued by the X": Quirk
// et al. 1985 §17.30, the agent of a reduced relative clause) speaks
// through that maker, with or without the article before the name, but
// not one whose "by" names who got or read it ("a letter obtained by X"); a possessor whose own person is named after the comma
// ("said Roe's chief engineer, Jane Doe") is no speaker. (Sentences
// written for this test.)
func TestDocumentMakerSpeaks(t *testing.T) {
	for _, c := range []struct{ label, body, quote, want string }{
		{"released by the", "A report released by the Harbor Policy Institute said the levy would fail.", "the levy would fail", "Harbor Policy Institute"},
		{"issued by the", "A study issued by the Ferren Trust in May found that the levy would fail.", "the levy would fail", "Ferren Trust"},
		{"according to, released by", "The levy would fail, according to an audit made public by the Harbor Policy Institute.", "The levy would fail", "Harbor Policy Institute"},
		{"obtained by, no maker", "A memo obtained by the Tarn Gazette says the pier will close.", "the pier will close", ""},
		{"provided by the, a giver makes", "Figures provided by the Ferren Trust show that the levy would fail.", "the levy would fail", "Ferren Trust"},
		{"newly commissioned by", "The pier was sold twice, according to a survey newly commissioned by the Tarn Gazette.", "The pier was sold twice", "Tarn Gazette"},
		{"possessor's engineer", "Senator Tom Varga of Ohio spoke on Monday. “The ferry runs at dawn,” said Varga’s chief engineer, Rick Balder, who joined the office in May.", "The ferry runs at dawn", "Rick Balder"},
	} {
		wantSpeaker(t, c.label, c.body, c.quote, c.want)
	}
}

// TestAgentBefore: the agent phrase TestDocumentMakerSpeaks reads.
func TestAgentBefore(t *testing.T) {
	for _, c := range []struct {
		before, prep string
		want         bool
	}{
		{"a motion lodged by the ", "by", true},
		{"a motion lodged by ", "by", true},
		{"a letter from the ", "from", true},
		{"a standby ", "by", false},
		{"the ", "by", false},
		{"a memo obtained by the ", "by", false}, // who got it made nothing
		{"figures provided by the ", "by", true}, // a giver is the source
		{"data compiled by the ", "by", true},    // so is who amassed them
		{"a letter received by the ", "by", false},
	} {
		if got := agentBefore(c.before, c.prep); got != c.want {
			t.Errorf("agentBefore(%q, %q) = %v, want %v", c.before, c.prep, got, c.want)
		}
	}
}
