package mention

import "testing"

// TestNamedSourcesSession24: an apposition whose closing comma is
// missing leaves its person the speaker, not a title or an organisation
// inside it; a verb coordinated after a content clause whose subject is
// an inanimate noun shares the subject of the verb before that clause; a
// dateline set off by a horizontal bar does not speak; a closing single
// quotation mark is no part of a name.
func TestNamedSourcesSession24(t *testing.T) {
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
