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
