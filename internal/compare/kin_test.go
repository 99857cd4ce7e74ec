package compare

import (
	"strings"
	"testing"

	"github.com/corroborate/corroborate/internal/story"
)

// Sentences written for this test (no data set's wording). A parent's
// count of children ("a mother of seven") is a fact about that person,
// whatever the sentence's verb: two articles that give one person two
// counts disagree; two persons' counts are two facts.
func TestKinCountSlots(t *testing.T) {
	found := []struct {
		name, a, b, want string
	}{
		{"one named parent, two counts, two verbs",
			"Flood\n\nThe river swept away Lena Ostrow, a mother of seven, near the mill.",
			"Flood\n\nRescuers said Lena Ostrow, the mother of eight children, was found alive downstream.",
			"number:mother of seven/mother of eight children"},
		{"unnamed on one side, the only such count of both articles",
			"Crash\n\nThe driver, a father of four, was killed when the bus left the road.",
			"Crash\n\nPaul Weddle, a father of five from the valley, died at the scene.",
			"number:father of four/father of five"},
	}
	for _, c := range found {
		r := run(doc("a", c.a, day), doc("b", c.b, day))
		if got := kinds(r.Discrepancies); !strings.Contains(got, c.want) {
			t.Errorf("%s: got %q, want %q", c.name, got, c.want)
		}
	}
	none := []struct{ name, a, b string }{
		{"two named parents",
			"Fire\n\nLena Ostrow, a mother of seven, escaped the flames with her children.",
			"Fire\n\nHer neighbour Ruth Kamm, a mother of eight, called for help."},
		{"a mother and a father",
			"Crash\n\nThe driver, a mother of four, was killed when the bus left the road.",
			"Crash\n\nA passenger, a father of five from the valley, died at the scene."},
	}
	for _, c := range none {
		docs := []story.Doc{doc("a", c.a, day), doc("b", c.b, day)}
		if got := kinds(run(docs...).Discrepancies); strings.Contains(got, " of ") {
			t.Errorf("%s: got %q, want no count of children", c.name, got)
		}
	}
}
