package mention

import (
	"testing"

	"github.com/corroborate/corroborate/internal/text"
)

// TestNamedSourceRules: an apposition whose closing comma is
// missing leaves its person the speaker, not a title or an organisation
// inside it; a verb coordinated after a content clause whose subject is
// an inanimate noun shares the subject of the verb before that clause; a
// dateline set off by a horizontal bar does not speak; a closing single
// quotation mark is no part of a name.
func TestNamedSourceRules(t *testing.T) {
	for _, c := range []struct{ label, body, quote, want string }{
		{"unclosed apposition, title", "Maren Holt, president and CEO of Velm Harbour Trust stated, “The fares will rise in May.”", "The fares will rise in May.", "Maren Holt"},
		{"unclosed apposition, organisation", "Ivo Brandt, a spokesman for Tarnow Ferry Lines said the boats would sail late all week.", "the boats would sail late all week", "Ivo Brandt"},
		{"closed apposition stays", "Ivo Brandt, a spokesman for Tarnow Ferry Lines, said the boats would sail late all week.", "the boats would sail late all week", "Ivo Brandt"},
		{"inanimate first subject", "Nina Holt said the levy was drafted by harbour director Ola Fenn and said, “Ask him about the fares.”", "Ask him about the fares.", "Nina Holt"},
		{"person first subject", "Nina Holt met harbour director Ola Fenn on Monday and said, “We spoke about the fares.”", "We spoke about the fares.", "Nina Holt"},
	} {
		wantSpeaker(t, c.label, c.body, c.quote, c.want)
	}
}

// TestNoSpeakerFromDatelineBar: a dateline before "―" names no speaker.
func TestNoSpeakerFromDatelineBar(t *testing.T) {
	if n := datelineLen("VELM ― After weeks of talks, the harbour board agreed."); n == 0 {
		t.Errorf("datelineLen: no dateline before a horizontal bar")
	}
}

// TestWithoutClosingQuote: only an apostrophe after a letter other than
// s is a closing mark.
func TestWithoutClosingQuote(t *testing.T) {
	for in, want := range map[string]string{"Time’": "Time", "Velm'": "Velm", "the Joneses’": "the Joneses’", "Velm": "Velm", "’": "’"} {
		if got := withoutClosingQuote(in); got != want {
			t.Errorf("withoutClosingQuote(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestParenthesisAfterSubject: a short parenthesis after the subject's
// name ("(left)", "(R-Ore.)") leaves the name the subject of a verb
// coordinated later in its clause; a parenthesis that holds a clause does
// not count as short.
func TestParenthesisAfterSubject(t *testing.T) {
	for _, c := range []struct{ label, body, quote, want string }{
		{"position word", "Ivo Brandt (left) shot the deer in 2012 but claimed self-defense and was cleared a year later.", "self-defense and was cleared a year later", "Ivo Brandt"},
		{"no parenthesis", "Ivo Brandt shot the deer in 2012 but claimed self-defense and was cleared a year later.", "self-defense and was cleared a year later", "Ivo Brandt"},
	} {
		wantSpeaker(t, c.label, c.body, c.quote, c.want)
	}
	toks := text.Tokens("Ivo Brandt (said Nina Holt) lost")
	if c := shortParenthesis(toks, 2); c != -1 {
		t.Errorf("shortParenthesis over a clause = %d, want -1", c)
	}
	toks = text.Tokens("Jo Ames (R-Ore.) lost")
	if c := shortParenthesis(toks, 2); c < 0 || toks[c].Text != ")" {
		t.Errorf("shortParenthesis over a party tag = %d, want the closing mark", c)
	}
}
