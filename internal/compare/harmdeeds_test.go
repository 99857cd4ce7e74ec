package compare

import (
	"testing"

	"github.com/corroborate/corroborate/internal/lexicon"
	"github.com/corroborate/corroborate/internal/text"
)

func TestHarmDeed(t *testing.T) {
	c := &comparer{lx: lexicon.Default()}
	for _, tc := range []struct {
		verb        string
		death, want bool
	}{
		{"kill", false, true}, {"wound", false, true}, {"shoot", false, true}, {"attack", false, true},
		{"open fire", false, true}, {"murder", false, true}, {"stab", false, true}, {"gun down", false, true},
		{"die", false, false}, {"die", true, true}, {"perish", true, true}, {"kill", true, true},
		{"arrest", true, false}, {"happen", true, false}, {"respond", true, false}, {"identify", true, false},
		{"open", true, false}, {"say", true, false},
	} {
		if got := c.harmDeed(tc.verb, tc.death); got != tc.want {
			t.Errorf("harmDeed(%q, %v) = %v, want %v", tc.verb, tc.death, got, tc.want)
		}
	}
}

func TestOneHarmDatedThing(t *testing.T) {
	c := &comparer{lx: lexicon.Default()}
	v := func(w string) datedAlt { return datedAlt{w, lexicon.Verb} }
	for _, tc := range []struct {
		a, b          string
		one, mayBeOne bool
	}{
		{"open fire", "wound", true, true},
		{"shoot", "kill", true, true},
		{"attack", "injure", true, true},
		{"shoot", "die", false, true}, // shot one day, died another
		{"arrest", "die", false, false},
		{"identify", "shoot", false, false},
	} {
		if got := c.oneDatedThing(v(tc.a), v(tc.b)); got != tc.one {
			t.Errorf("oneDatedThing(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.one)
		}
		if got := c.mayBeOne(v(tc.a), v(tc.b)); got != tc.mayBeOne {
			t.Errorf("mayBeOne(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.mayBeOne)
		}
	}
}

func TestPhrasalVerbBareNoun(t *testing.T) {
	c := &comparer{lx: lexicon.Default()}
	for _, tc := range []struct {
		sent string
		at   int
		want string
	}{
		{"Two gunmen opened fire outside the bank.", 2, "open fire"},
		{"The parade took place on Sunday.", 2, "take place"},
		{"She opened the door on Sunday.", 1, ""},
		{"The road was shut down on Monday.", 3, "shut down"},
	} {
		toks := text.Tokens(tc.sent)
		got, _ := c.phrasalVerbAt(toks, tc.at)
		if got != tc.want {
			t.Errorf("phrasalVerbAt(%q, %d) = %q, want %q", tc.sent, tc.at, got, tc.want)
		}
	}
}
