package compare

import (
	"testing"

	"github.com/corroborate/corroborate/internal/text"
)

func TestOwnVoiceLoadedWords(t *testing.T) {
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"The brutal crackdown went on for weeks.", true},
		{"Police fired on the crowd and two people were killed.", false}, // events, not judgments
		{"The Supreme Court heard the case on Monday.", false},           // a name
		{"The account of the floods the ministry gave was a lie.", true}, // calls it a falsehood
		{"The ministry gave an old lie as its reason.", true},            // an adjective between
		{"The story of the rescue was told again on Monday.", false},     // "story" is rarely a lie
		{"Will the talks go on?", true},                                  // a question to the reader
		{"However, the talks went on despite the rain.", false},          // connectives take no side
	} {
		if got := ownVoice(text.Tokens(c.s), c.s); got != c.want {
			t.Errorf("ownVoice(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}
