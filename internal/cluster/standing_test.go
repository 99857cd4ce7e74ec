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

// TestPostedCounts: evidence reads how many stories are posted under a
// term from a count kept beside the inverted index (posted); the count
// must follow the index through placements, the posting cap, merges and
// restored stories.
func TestPostedCounts(t *testing.T) {
	lx := lexicon.Default()
	opts := DefaultOptions()
	opts.PostingCap = 4
	opts.Threshold = 1.1 // every report starts a story
	opts.MergeThreshold, opts.MergeDays = 0.5, 3
	c := New(opts)
	fire := "A fire destroyed the Harbor Street warehouse owned by Lena Ortiz in Porto Vale, firefighters said, and three workers were hurt."
	var docs []Features
	for i := 0; i < 6; i++ {
		// Three events years apart, two reports of each.
		day := 19000 + (i%3)*1000
		d := Doc{Title: fmt.Sprintf("Warehouse fire in Porto Vale (%d)", i/3), Body: fire, Day: day, Event: Span{Lo: int32(day), Hi: int32(day), Known: true},
			Entities: []WeightedName{{Name: "lena ortiz", Mentions: 2}, {Name: "porto vale", Mentions: 1, Place: true}}}
		docs = append(docs, Extract(lx, d))
	}
	check := func(when string, c *Clusterer) {
		t.Helper()
		if len(c.posted) != len(c.df) {
			t.Fatalf("%s: %d counts for %d terms", when, len(c.posted), len(c.df))
		}
		for id := range c.posted {
			if int(c.posted[id]) != len(c.index[uint32(id)]) {
				t.Errorf("%s: term %d counted %d, posted %d", when, id, c.posted[id], len(c.index[uint32(id)]))
			}
		}
	}
	for _, f := range docs {
		c.Observe(f)
	}
	for _, f := range docs {
		c.Place(f)
	}
	check("placed", c)
	if n := c.Merge(); n == 0 {
		t.Fatal("no merge: the check after one tests nothing")
	}
	check("merged", c)
	r := New(opts)
	for _, st := range c.States(c.Stories()) {
		r.Restore(st, 0)
	}
	check("restored", r)
}
