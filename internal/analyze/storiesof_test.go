package analyze_test

import (
	"context"
	"testing"

	"github.com/corroborate/corroborate/internal/analyze"
	"github.com/corroborate/corroborate/internal/cluster"
)

// StoriesOf, which the fitting clusters with, groups as Group does: the
// seeds' meeting reports together, the other two apart, at the fitted
// threshold and at one where every seed joins one story.
func TestStoriesOfGroupsAsGroup(t *testing.T) {
	ctx := context.Background()
	_, arts := ingestSeeds(t)
	readings, err := analyze.Read(ctx, arts)
	if err != nil {
		t.Fatal(err)
	}
	feats, err := analyze.AllFeatures(ctx, arts, readings)
	if err != nil {
		t.Fatal(err)
	}
	facts, err := analyze.FactWords(ctx, readings)
	if err != nil {
		t.Fatal(err)
	}
	loose := cluster.DefaultOptions()
	// Every seed a candidate, no veto: close calls for the tiebreak. (The
	// seeds' January meeting, a later event of the same officials, is kept
	// apart by eventsApart once titled people no longer tie it.)
	loose.Threshold, loose.EventVeto, loose.PubVeto, loose.ApartDays = 0.01, 0, 0, 0
	for _, c := range []struct {
		opts    cluster.Options
		stories int
	}{{cluster.DefaultOptions(), 3}, {loose, 1}} {
		an, err := analyze.Group(ctx, arts, readings, feats, c.opts)
		if err != nil {
			t.Fatal(err)
		}
		got, err := analyze.StoriesOf(ctx, arts, feats, facts, c.opts)
		if err != nil {
			t.Fatal(err)
		}
		stories := map[int]bool{}
		for i := range arts {
			stories[got[i]] = true
			for j := range arts {
				if (got[i] == got[j]) != (an.StoryOf[i] == an.StoryOf[j]) {
					t.Errorf("threshold %g: articles %d and %d together %v in StoriesOf, %v in Group", c.opts.Threshold, i, j, got[i] == got[j], an.StoryOf[i] == an.StoryOf[j])
				}
			}
		}
		if len(stories) != c.stories {
			t.Errorf("threshold %g: %d stories of the seeds, want %d", c.opts.Threshold, len(stories), c.stories)
		}
	}
}
