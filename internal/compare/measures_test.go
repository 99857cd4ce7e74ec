package compare

import (
	"strings"
	"testing"

	"github.com/corroborate/corroborate/internal/lexicon"
	"github.com/corroborate/corroborate/internal/mention"
)

// TestChangeNoun: the nouns of a change of quantity, by WordNet's
// "increase", "decrease" and "change of magnitude", against nouns of a
// whole a share is a part of (changeAndShare).
func TestChangeNoun(t *testing.T) {
	c := &comparer{lx: lexicon.Default()}
	for n, want := range map[string]bool{"decline": true, "rise": true, "drop": true, "gain": true, "cut": true, "increase": true,
		"vote": false, "share": false, "turnout": false, "support": false, "population": false} {
		if got := c.changeNoun(n); got != want {
			t.Errorf("changeNoun(%q) = %v, want %v", n, got, want)
		}
	}
}

// TestProposedFigure: a figure in the object of an inflected verb of
// proposing or backing is proposed; a base form ("won back"), a
// passive's agent ("backed by"), a noun after a determiner ("the backing
// of"), an infinitive between ("proposed to cut
// … to") or a clause break are not.
func TestProposedFigure(t *testing.T) {
	c := &comparer{lx: lexicon.Default()}
	for _, tc := range []struct {
		sent, fig string
		want      bool
	}{
		{"The two candidates are split, one of them endorsing a minimum wage of $16 an hour.", "$16", true},
		{"The union demanded a $16 wage for porters.", "$16", true},
		{"Ferris proposed a 20 percent levy on imports.", "20 percent", true},
		{"Ferris won back 20 percent of the seats.", "20 percent", false},
		{"The plan was backed by 40 percent of voters.", "40 percent", false},
		{"In another survey the bypass had the backing of 57 percent.", "57 percent", false},
		{"Ferris proposed to cut the levy to 20 percent.", "20 percent", false},
		{"Vellmont's minimum wage, now $11 an hour, would rise over five years.", "$11", false},
	} {
		k := strings.Index(tc.sent, tc.fig)
		f := &fact{sent: tc.sent, v: mention.Value{Start: k, End: k + len(tc.fig), Text: tc.fig}}
		if got := c.proposedFigure(f); got != tc.want {
			t.Errorf("proposedFigure(%q in %q) = %v, want %v", tc.fig, tc.sent, got, tc.want)
		}
	}
}

// TestTwoGroups: two groups of owners that are not the same people own two
// figures; one group named in another order, or a lone name, does not.
func TestTwoGroups(t *testing.T) {
	for _, tc := range []struct {
		a, b []string
		want bool
	}{
		{[]string{"Ansel Kroy", "Dita Wells", "Orrin Pask"}, []string{"Dita Wells", "Tobin Marr"}, true},
		{[]string{"Ansel Kroy", "Dita Wells"}, []string{"Dita Wells", "Ansel Kroy"}, false},
		{[]string{"Ansel Kroy", "Dita Wells"}, []string{"Dita Wells"}, false},
	} {
		if got := twoGroups(tc.a, tc.b); got != tc.want {
			t.Errorf("twoGroups(%v, %v) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}
