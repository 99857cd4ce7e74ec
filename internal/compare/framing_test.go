package compare

import (
	"strings"
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

// A cue read without a source phrase (the clause subject as written) lends
// no verb to the outlet's verbs of attribution: only speakers do.
// (Sentences written for this test.)
func TestFramingVerbsOnlyFromSpeakers(t *testing.T) {
	text := `Rail pay dispute drags on

Since March, the pressure has begun warning that the pay offer is too thin.

"We are still far apart," union negotiator Lena Voss said.`
	d := doc("a", text, day)
	cueOnly := 0
	for _, q := range d.Analysis.Quotes {
		if q.CueOnly() {
			cueOnly++
		}
	}
	if cueOnly == 0 {
		t.Fatal("the test text must hold a cue-only reading; rewrite it if the reader changed")
	}
	r := run(d)
	for _, f := range r.Framing {
		for who := range f.Verbs {
			if !strings.Contains(who, "Voss") {
				t.Errorf("verbs of %q listed; want only the speaker Lena Voss: %v", who, f.Verbs)
			}
		}
	}
}
