package analyze

import (
	"context"
	"math/rand"
	"slices"
	"testing"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/compare"
	"github.com/corroborate/corroborate/internal/sqlite"
)

// SetCompare replaces the comparison of one story until the returned
// function restores it.
func SetCompare(f func(compare.Input) compare.Result) (restore func()) {
	old := compareStory
	compareStory = f
	return func() { compareStory = old }
}

// SetContextCap sets the number of related stories a story's comparison
// reads until the returned function restores it.
func SetContextCap(n int) (restore func()) {
	old := contextCap
	contextCap = n
	return func() { contextCap = old }
}

// BenchStore opens a copy of the benchmark store of n articles
// (benchStore) and gives its texts and the generator of the added
// articles.
func BenchStore(b *testing.B, n int) (*sqlite.Store, string, []string, *rand.Rand) {
	return benchStore(b, n)
}

// BenchArticleOf is benchArticleOf.
func BenchArticleOf(texts []string, rng *rand.Rand, i, epoch int) corroborate.Article {
	return benchArticleOf(texts, rng, i, epoch)
}

// CPUTime is the process's CPU time (user and system), in nanoseconds.
func CPUTime() int64 { return cpuTime() }

// BenchSeedFindings gives every live story of a benchmark store that has
// no findings its members, related stories and thread as findings (no
// comparison), so that the saved analysis is current (LoadSaved) and a
// server opens from it.
func BenchSeedFindings(ctx context.Context, store corroborate.ArticleStore) error {
	stored, err := store.Stories(ctx)
	if err != nil {
		return err
	}
	var live []string
	members := map[string][]string{}
	for _, s := range stored {
		if s.MergedInto == "" {
			live = append(live, s.ID)
			members[s.ID] = s.Articles
		}
	}
	have, err := store.StoryFindings(ctx, live)
	if err != nil {
		return err
	}
	done := map[string]bool{}
	for _, f := range have {
		done[f.Story] = true
	}
	states, err := store.StoryStates(ctx, live)
	if err != nil {
		return err
	}
	var p corroborate.Placement
	for _, s := range states {
		if done[s.Story] {
			continue
		}
		st, err := decodeState(s.Data)
		if err != nil {
			return err
		}
		related := slices.Clone(st.Related)
		if related == nil {
			related = []string{}
		}
		data, err := EncodeFindings(&corroborate.Story{ID: s.Story, Articles: members[s.Story], Related: related, Thread: threadOf(s.Story, related)})
		if err != nil {
			return err
		}
		p.Findings = append(p.Findings, corroborate.StoryFindings{Story: s.Story, Key: findingsEngine(), Data: data})
	}
	return store.PutPlacement(ctx, p)
}
