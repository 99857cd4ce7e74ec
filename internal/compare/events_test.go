package compare

import (
	"testing"

	"github.com/corroborate/corroborate/internal/lexicon"
)

func TestEventNounsFromWordNet(t *testing.T) {
	c := &comparer{lx: lexicon.Default()}
	for w, want := range map[string]bool{
		"meeting": true, "election": true, "earthquake": true, "visit": true, "explosion": true, "arrest": true,
		"table": false, "committee": false, "river": false, "minister": false,
	} {
		if got := c.isEventNoun(w); got != want {
			t.Errorf("isEventNoun(%q) = %v, want %v", w, got, want)
		}
	}
	words := c.eventWords(nil)
	if len(words) != 0 {
		t.Errorf("no tokens, no words: %v", words)
	}
	if got := c.eventName([]string{"meet", "meeting"}); got != "the meeting" {
		t.Errorf("eventName = %q, want the nominalisation", got)
	}
}
