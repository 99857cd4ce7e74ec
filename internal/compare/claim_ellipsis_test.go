package compare

import (
	"strings"
	"testing"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/lexicon"
	"github.com/corroborate/corroborate/internal/story"
)

// A predicate coordinated with a clause shares its subject ("… had a
// knife but isn't …"), an identifying copula with "the one who …" says
// the relative clause of its subject, and a bare participle after an
// auxiliary group ("was sunk and towed") is no clause of its own.
// (Sentences written for this test.)
func TestCoordinatedPredicate(t *testing.T) {
	lx := lexicon.Default()
	type want struct {
		verb, comp string
		negated    bool
	}
	for _, c := range []struct {
		s    string
		want []want
	}{
		{"Wardens said Okafor had a rope but isn't the one who cut the net.", []want{{"have", "rope", false}, {"cut", "net", true}}},
		{"Wardens said Okafor had a rope, but is not the one who cut the net.", []want{{"have", "rope", false}, {"cut", "net", true}}},
		{"Okafor was at the pier and had a rope.", []want{{"have", "rope", false}}},
		{"Okafor is not the man who sank the raft.", []want{{"sink", "raft", true}}},
		{"Okafor was the person who found the wallet.", []want{{"find", "wallet", false}}},
		// A non-finite "be" belongs to the group before it.
		{"Okafor would win and be the champion.", nil},
		// One auxiliary for two participles: "towed" is no active clause of the raft.
		{"The raft was sunk and towed the ferry.", nil},
		// A relative clause's predicate shares no subject.
		{"The man who cut the net and sank the raft was Okafor.", nil},
	} {
		ps := readWithEntity(lx, c.s, "Okafor")
		var got []want
		for _, p := range ps {
			if p.subject == "Okafor" || p.subject == "the raft" || p.subject == "the man" {
				got = append(got, want{p.verb, p.comp, p.negated})
			}
		}
		for _, w := range c.want {
			ok := false
			for _, g := range got {
				ok = ok || g == w
			}
			if !ok {
				t.Errorf("%q: want %+v, got %+v", c.s, w, got)
			}
		}
		if c.want == nil {
			for _, g := range got {
				if g.verb == "tow" || g.verb == "sink" || g.verb == "cut" || g.comp == "champion" {
					t.Errorf("%q: read %+v", c.s, g)
				}
			}
		}
	}
}

// Holders of coordinated predicates and names: the speaker who introduces
// the first clause holds the second, over a premodifier of the name
// ("said 15-year-old …"); not denying is no position. (Sentences written
// for this test.)
func TestCoordinatedHolders(t *testing.T) {
	stancesOf := func(body string) []proposition {
		d := doc("d0", "T\n\n"+body, day)
		docs := []story.Doc{d}
		c := newComparer(Input{Docs: docs, Merged: story.Assemble(&corroborate.Story{}, docs)})
		return c.predications()
	}
	has := func(ps []proposition, holder, subject, verb, position string) bool {
		for _, p := range ps {
			if strings.Contains(p.holder, holder) && p.subject == subject && p.verb == verb && p.position() == position {
				return true
			}
		}
		return false
	}
	ps := stancesOf("Defence lawyer Anna Price said 15-year-old Tom Reeve was at the market and had a knife, but isn't the one who stabbed the guard.")
	if !has(ps, "Anna Price", "Tom Reeve", "have", "affirms") || !has(ps, "Anna Price", "Tom Reeve", "stab", "denies") {
		t.Errorf("coordinated predicates: want Anna Price to hold both, got %+v", ps)
	}
	ps = stancesOf("Defence lawyer Anna Price spoke on Monday. Price did not deny that Tom Reeve had a knife.")
	if has(ps, "", "Tom Reeve", "have", "affirms") {
		t.Errorf("not denying is no position: got %+v", ps)
	}
	ps = stancesOf("Defence lawyer Anna Price spoke on Monday. Price denied that Tom Reeve had a knife.")
	if !has(ps, "Anna Price", "Tom Reeve", "have", "denies") {
		t.Errorf("a denial denies: got %+v", ps)
	}

}

// TestWhoeverHead: a head that says no more than who does something (the
// substitute "one", the words of "person", nouns mostly of persons), not
// one with content of its own.
func TestWhoeverHead(t *testing.T) {
	lx := lexicon.Default()
	for _, c := range []struct {
		head string
		want bool
	}{
		{"one", true},
		{"person", true},
		{"someone", true},
		{"man", true},
		{"doctor", true},
		{"source", false},
		{"place", false},
		{"reason", false},
	} {
		if got := whoeverHead(lx, c.head); got != c.want {
			t.Errorf("whoeverHead(%q) = %v, want %v", c.head, got, c.want)
		}
	}
}
