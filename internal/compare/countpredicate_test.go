package compare

import (
	"strings"
	"testing"

	"github.com/corroborate/corroborate/internal/lexicon"
	"github.com/corroborate/corroborate/internal/mention"
)

// Sentences written for these tests (no data set's wording).

// TestCountPredicateKey: two counts of one noun that name no event of
// their own are one fact when the verbs whose objects they are are one
// verb or WordNet synonyms ("rangers found three hikers" / "a patrol
// encountered five hikers": find, encounter); "found", a past form that is
// also a base of its own (to found), is read as find after its subject.
// Two verbs apart ("found" / "sheltered") stay two facts.
func TestCountPredicateKey(t *testing.T) {
	a := "Hikers rescued\n\nRangers found three hikers on a ledge above Lake Osk at dusk. Two more hikers walked down to the lodge on their own."
	b := "Hikers rescued\n\nA patrol encountered five hikers close to the summit cairn. Another two hikers reached the lodge alone."
	if got := kinds(runUndated(a, b).Discrepancies); !strings.Contains(got, "three") || !strings.Contains(got, "five") {
		t.Errorf("found / encountered: got %q, want three / five", got)
	}
	c := "Hikers rescued\n\nA patrol sheltered five hikers close to the summit cairn. Another two hikers reached the lodge alone."
	if got := kinds(runUndated(a, c).Discrepancies); strings.Contains(got, "three") {
		t.Errorf("found / sheltered: got %q, want no count conflict", got)
	}
}

// TestSamePredicateKeyNeedsNoun: the predicate keys two counts of one
// noun; two counts that name no noun ("found three", "found five") are
// no count of one thing, whatever their verb.
func TestSamePredicateKeyNeedsNoun(t *testing.T) {
	c := &comparer{lx: lexicon.Default()}
	cases := []struct {
		fu, gu, fp, gp string
		want           bool
	}{
		{"hiker", "hiker", "find", "find", true},
		{"hiker", "hiker", "find", "encounter", true},
		{"hiker", "boat", "find", "find", false},
		{"", "", "find", "find", false},
	}
	for _, tc := range cases {
		f := &fact{v: mention.Value{Type: mention.VCount, Unit: tc.fu}, pred: tc.fp}
		g := &fact{v: mention.Value{Type: mention.VCount, Unit: tc.gu}, pred: tc.gp}
		if got := c.samePredicateKey(f, g); got != tc.want {
			t.Errorf("%q %q / %q %q: got %v, want %v", tc.fu, tc.fp, tc.gu, tc.gp, got, tc.want)
		}
	}
}
