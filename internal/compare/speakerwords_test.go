package compare

import (
	"strings"
	"testing"
)

// TestSpeakerSameWords: the same words given to two speakers are a
// discrepancy; a short quote whose few words a long quote of another person
// holds is another statement (each says it in their own words). Invented
// quotes.
func TestSpeakerSameWords(t *testing.T) {
	long := "Fireworks\n\n“Not the way anyone wanted to begin the season, but thank heaven nobody died. I truly hope they catch whoever fired that rifle,” said Orla Venn."
	short := "Fireworks\n\n“It is a truly sad way to begin the season,” said Mirek Dunai."
	if got := kinds(run(doc("a", long, day), doc("b", short, day)).Discrepancies); strings.Contains(got, "speaker") {
		t.Errorf("two statements: got %q, want no speaker discrepancy", got)
	}
	same := "Fireworks\n\n“Not the way anyone wanted to begin the season, but thank heaven nobody died. I truly hope they catch whoever fired that rifle,” said Mirek Dunai."
	if got := kinds(run(doc("a", long, day), doc("b", same, day)).Discrepancies); !strings.Contains(got, "speaker") {
		t.Errorf("one statement, two speakers: got %q, want a speaker discrepancy", got)
	}
}

// TestSpeakerVerbatimShortQuote: one string of five or more words printed
// word for word between quotation marks is one utterance, so two outlets
// that give it to two people disagree on the speaker even when it has fewer
// than five content words, and even when each article names both people, so
// long as each quote's own sentence names its speaker (verbatimQuote; Quirk
// et al. 1985, ch. 14). Set phrases, reworded quotes, one speaker, and one
// office's holder under two names (sameOffice: a name discrepancy, not two
// speakers) stay quiet. Invented articles.
func TestSpeakerVerbatimShortQuote(t *testing.T) {
	tests := []struct {
		name, a, b string
		want       bool
	}{
		{"verbatim, four content words",
			"Ferry\n\n“The harbour will reopen by next spring,” port director Marta Quillon said on Friday.",
			"Ferry\n\n“The harbour will reopen by next spring,” said deputy mayor Edwin Rasko.",
			true},
		{"verbatim, each article names both people",
			"Ferry\n\nEdwin Rasko visited the quay in the morning. “The harbour will reopen by next spring,” Marta Quillon said.",
			"Ferry\n\nMarta Quillon toured the damage with officials. “The harbour will reopen by next spring,” Edwin Rasko said.",
			true},
		{"verbatim, both people named, one quote's sentence names no one",
			"Ferry\n\nEdwin Rasko visited the quay in the morning. Marta Quillon is the port director. “The harbour will reopen by next spring,” the port director said.",
			"Ferry\n\nMarta Quillon toured the damage with officials. “The harbour will reopen by next spring,” Edwin Rasko said.",
			false},
		{"verbatim, one office under two names",
			"Ferry\n\n“The harbour will reopen by next spring,” port director Marta Quillon said on Friday.",
			"Ferry\n\n“The harbour will reopen by next spring,” said port director Edwin Rasko.",
			false},
		{"verbatim set phrase, two content words",
			"Ferry\n\n“Our hearts go out to everyone,” port director Marta Quillon said on Friday.",
			"Ferry\n\n“Our hearts go out to everyone,” said deputy mayor Edwin Rasko.",
			false},
		{"reworded, four content words",
			"Ferry\n\n“The harbour will reopen by next spring,” port director Marta Quillon said on Friday.",
			"Ferry\n\n“By spring the harbour could be open again,” said deputy mayor Edwin Rasko.",
			false},
		{"verbatim, one speaker",
			"Ferry\n\n“The harbour will reopen by next spring,” port director Marta Quillon said on Friday.",
			"Ferry\n\n“The harbour will reopen by next spring,” said Marta Quillon, the port director.",
			false},
	}
	for _, tc := range tests {
		got := kinds(run(doc("a", tc.a, day), doc("b", tc.b, day)).Discrepancies)
		if strings.Contains(got, "speaker") != tc.want {
			t.Errorf("%s: got %q, want speaker discrepancy %v", tc.name, got, tc.want)
		}
	}
}
