package compare

import (
	"strings"
	"testing"

	"github.com/corroborate/corroborate/internal/dates"
)

// TestOwnerOfPostedFigure: a verb of saying whose count is its own event
// ("Raske posted 21 points": the posting is the scoring) leaves its subject
// the owner, of its second object too ("and nine steals"); two players'
// lines are two facts. Invented sentences.
func TestOwnerOfPostedFigure(t *testing.T) {
	pub := dates.Date{Year: 2022, Month: 3, Day: 9}
	a := "Cup\n\nDenis Ardo scored 11 points, while Tobin Raske posted 21 points and nine steals in the win on Tuesday."
	for _, tc := range []struct{ b, want string }{
		{"Cup\n\nThe Herons lost on Tuesday, though Lukas Brenn posted 19 points and five steals for them.", ""},
		{"Cup\n\nThe Herons lost on Tuesday, though Tobin Raske posted 19 points and nine steals against them.", "number:21/19"},
	} {
		if got := kinds(run(doc("a", a, pub), doc("b", tc.b, pub)).Discrepancies); got != tc.want {
			t.Errorf("%q: got %q, want %q", tc.b, got, tc.want)
		}
	}
}

// TestOpeningNameHad: "had" right before the figure (or before a first
// figure and "and") makes the opening name its owner, as an inflected verb
// does. Invented sentence.
func TestOpeningNameHad(t *testing.T) {
	c := newComparer(Input{})
	s := "Varnholt had 31 points and three steals in the loss."
	for _, fig := range []string{"31 points", "three steals"} {
		if got := strings.Join(c.openingName(s, mentionValueAt(s, fig)), "|"); got != "Varnholt" {
			t.Errorf("openingName(%q, %q) = %q, want Varnholt", s, fig, got)
		}
	}
	s = "Varnholt had said 31 points would do."
	if got := c.openingName(s, mentionValueAt(s, "31 points")); got != nil {
		t.Errorf("openingName(%q) = %v, want none", s, got)
	}
}
