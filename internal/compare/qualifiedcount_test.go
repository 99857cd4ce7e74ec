package compare

import (
	"testing"

	"github.com/corroborate/corroborate/internal/mention"
)

// TestSameQualifiedCount: two counts of one noun qualified by the same
// words ("four female deckhands" / "two female deckhands"), each its
// article's only count of that noun, are one fact whatever verbs their
// sentences tell; other qualifiers, none, a second count of the noun in
// an article, or a general noun ("people") keep them apart.
func TestSameQualifiedCount(t *testing.T) {
	count := func(unit string, unique bool, mods ...string) *fact {
		m := map[string]bool{}
		for _, w := range mods {
			m[w] = true
		}
		return &fact{v: mention.Value{Type: mention.VCount, Unit: unit}, unique: unique, mods: m}
	}
	for _, tc := range []struct {
		name string
		f, g *fact
		want bool
	}{
		{"the same qualifier", count("deckhand", true, "female"), count("deckhand", true, "female"), true},
		{"another qualifier", count("deckhand", true, "female"), count("deckhand", true, "young"), false},
		{"one qualifier more", count("deckhand", true, "female"), count("deckhand", true, "female", "young"), false},
		{"no qualifier", count("deckhand", true), count("deckhand", true), false},
		{"a second count of the noun", count("deckhand", false, "female"), count("deckhand", true, "female"), false},
		{"another noun", count("deckhand", true, "female"), count("porter", true, "female"), false},
		{"a general noun", count("people", true, "young"), count("people", true, "young"), false},
	} {
		if got := sameQualifiedCount(tc.f, tc.g); got != tc.want {
			t.Errorf("%s: got %v, want %v", tc.name, got, tc.want)
		}
	}
}
