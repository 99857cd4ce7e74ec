package compare

import (
	"strings"
	"testing"

	"github.com/corroborate/corroborate/internal/lexicon"
)

// A passive is read as one whatever stands between its auxiliary and its
// participle — a negator, a hedge, an adverb — and after a form of "get"
// (the get-passive, Quirk et al. 1985 §3.68) as after a form of "be".
// (Sentences written for this test.)
func TestPassiveReading(t *testing.T) {
	for _, tc := range []struct {
		s            string
		verb, comp   string
		passive, neg bool
		found        bool
	}{
		{"The ferry was sunk by the storm.", "sink", "storm", true, false, true},
		{"The ferry was not sunk in the harbour.", "sink", "harbour", true, true, true},
		{"The ferry wasn't sunk by the storm.", "sink", "storm", true, true, true},
		{"The ferry was never sunk by the storm.", "sink", "storm", true, true, true},
		{"The ferry was probably sunk by the storm.", "sink", "storm", true, false, true},
		{"The warden got shot in the arm.", "shoot", "arm", true, false, true},
		{"The skipper got arrested on suspicion of smuggling.", "arrest", "suspicion", true, false, true},
		// "get" with an object, and with a word that is its base form:
		// no passive.
		{"The skipper got a new boat.", "get", "boat", false, false, true},
		{"The wardens got back home.", "get", "home", false, false, true},
	} {
		ps := readerWith(lexicon.Default(), tc.s).read()
		ok := false
		for _, p := range ps {
			if p.verb == tc.verb && p.comp == tc.comp && p.passive == tc.passive && p.negated == tc.neg {
				ok = true
			}
		}
		if ok != tc.found {
			t.Errorf("%q: want verb %s comp %s passive=%v neg=%v found=%v, got %+v", tc.s, tc.verb, tc.comp, tc.passive, tc.neg, tc.found, ps)
		}
	}
}

// A negated passive is the same claim as the passive it denies: one
// holder denies what another affirms.
func TestNegatedPassiveGroups(t *testing.T) {
	r := run(
		doc("a", "Depot\n\nSheriff Daniel Okafor said the depot was not damaged in the blast.", day),
		doc("b", "Blast\n\nMayor Lena Voss told reporters the depot was damaged in the blast.", day),
	)
	var got []string
	for _, s := range r.Stances {
		got = append(got, s.Holder+" "+s.Position+" "+s.Claim)
	}
	want := []string{"Daniel Okafor denies the depot was damaged in the blast", "Lena Voss affirms the depot was damaged in the blast"}
	if strings.Join(got, "; ") != strings.Join(want, "; ") {
		t.Errorf("stances %q, want %q", got, want)
	}
}
