package compare

import (
	"testing"

	"github.com/corroborate/corroborate/internal/lexicon"
	"github.com/corroborate/corroborate/internal/text"
)

// A verb that mostly acts ("cause") states a claim, and an amount of a
// noun ("$2 million in damage", "more than 40 …") is read to the noun
// after "in". (Sentences written for this test.)
func TestAmountClaims(t *testing.T) {
	for _, c := range []struct {
		s, subject, verb, comp string
	}{
		{"The flood caused heavy damage to the mill.", "the flood", "cause", "damage"},
		{"The flood caused $2 million in damage.", "the flood", "cause", "damage"},
		{"The flood caused more than $2 million in damages.", "the flood", "cause", "damage"},
		{"The flood caused about $2 million in damage to the mill.", "the flood", "cause", "damage"},
		{"The mill suffered up to $2 million in losses.", "the mill", "suffer", "loss"},
		{"Okafor said the flood was a disaster.", "the flood", "be", "disaster"}, // a verb of saying is still no claim
	} {
		ps := readWithEntity(lexicon.Default(), c.s, "Okafor")
		ok := false
		for _, p := range ps {
			if p.verb == "say" {
				t.Errorf("%q: a verb of saying read as a claim: %+v", c.s, p)
			}
			if p.subject == c.subject && p.verb == c.verb && p.comp == c.comp {
				ok = true
			}
		}
		if !ok {
			t.Errorf("%q: want %s/%s/%s, got %+v", c.s, c.subject, c.verb, c.comp, ps)
		}
	}
}

func TestRestrictiveRelative(t *testing.T) {
	for _, c := range []struct {
		s          string
		subj, pred int
		want       bool
	}{
		{"A fire that caused heavy damage was set, investigators say.", 1, 5, true},
		{"A fire that caused $2 million in damage was set.", 1, 8, true},
		{"A fire that, officials say, caused damage.", 1, 8, false}, // a comma inside: no restrictive clause read
		{"The fire caused heavy damage.", 1, 4, false},
		{"Nobody knew what caused the damage.", 1, 5, false}, // "what" heads no relative on the subject
		// The predicate past the relative clause is the main clause's: stated.
		{"A fire that caused heavy damage was arson, investigators say.", 1, 7, false},
		{"A fire that destroyed two homes may have been arson.", 1, 9, false},
		// The relative clause's own verb group, its auxiliaries and a possessive inside it.
		{"A fire that may have caused heavy damage was set.", 1, 7, true},
		{"A fire that destroyed the mayor's house was set.", 1, 6, true},
	} {
		toks := text.Tokens(c.s)
		if got := restrictiveRelative(toks, c.subj, c.pred); got != c.want {
			t.Errorf("restrictiveRelative(%q, %d, %d) = %v, want %v", c.s, c.subj, c.pred, got, c.want)
		}
	}
}
