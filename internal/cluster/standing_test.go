package cluster

import (
	"fmt"
	"testing"

	"github.com/corroborate/corroborate/internal/lexicon"
)

// TestStandingNameNoEvidence: a name that the stories of many events give
// (a city's police) adds nothing to the share of names two reports have
// in common; the same name among a few stories still does.
func TestStandingNameNoEvidence(t *testing.T) {
	lx := lexicon.Default()
	share := func(stories int) float64 {
		c := New(DefaultOptions())
		var docs []Features
		for i := 0; i < stories; i++ {
			// Event dates years apart: each report starts its own story.
			body := fmt.Sprintf("A warehouse fire number %d was put out on Tuesday, the harbour police said.", i)
			docs = append(docs, feat(lx, "Warehouse fire", body, 19000+i*1000, "harbour police"))
		}
		probe0 := feat(lx, "Bridge closed", "The bridge was closed on Friday, the harbour police said.", 19000, "harbour police", "mira tolan")
		for _, f := range append(docs, probe0) {
			c.Observe(f)
		}
		for _, f := range docs {
			c.Place(f)
		}
		if len(c.stories) != stories {
			t.Fatalf("%d reports made %d stories", stories, len(c.stories))
		}
		x := c.pair(probe{v: c.vector(probe0), minDay: 19000, maxDay: 19000, event: probe0.Event}, c.stories[0])
		return x[fActors]
	}
	if got := share(3); got <= 0 {
		t.Errorf("a name three stories give: actor share %.2f, want > 0", got)
	}
	if got := share(standingStories + 1); got != 0 {
		t.Errorf("a name %d stories give: actor share %.2f, want 0", standingStories+1, got)
	}
}
