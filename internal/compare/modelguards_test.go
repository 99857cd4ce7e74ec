package compare

import (
	"reflect"
	"testing"

	corroborate "github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/mention"
	"github.com/corroborate/corroborate/internal/story"
)

// TestModelGuardsOn: the model's trace names every guard that stops a
// pair, not only the first: two counts of people killed and wounded are
// two events (countEventsClash) told by two predicates (twoPredicates),
// and lifting the first would show the second (sentences written for this
// test).
func TestModelGuardsOn(t *testing.T) {
	a := doc("a", "Pier\n\nThe blast at the depot in Marlow killed six people, officials said.", day)
	b := doc("b", "Pier\n\nThe blast at the depot in Marlow wounded nine people, officials said.", day)
	docs := []story.Doc{a, b}
	c := newComparer(Input{Docs: docs, Merged: story.Assemble(&corroborate.Story{}, docs)})
	var counts []*fact
	facts := c.valueFacts()
	for i := range facts {
		if facts[i].v.Type == mention.VCount {
			counts = append(counts, &facts[i])
		}
	}
	if len(counts) != 2 {
		t.Fatalf("read %d counts, want 2", len(counts))
	}
	f, g := counts[0], counts[1]
	want := []string{"countEventsClash", "twoPredicates"}
	if got := c.modelGuardsOn(f, g); !reflect.DeepEqual(got, want) {
		t.Errorf("guards on %q / %q: %v, want %v", f.v.Text, g.v.Text, got, want)
	}
	if got := c.modelGuard(f, g); got != want[0] {
		t.Errorf("first guard %q, want %q", got, want[0])
	}
	if c.modelGuards(f, g) {
		t.Error("modelGuards lets the pair through")
	}
}
