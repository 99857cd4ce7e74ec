package main

import (
	"context"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/analyze"
)

// storeReport analyses every stored article — fresh ones as just read,
// the others as the store keeps them, each from its stored reading when
// there is one — and gives the stories their stable ids, saving the
// stories that changed. Inputs are never read again. It returns the
// report over the whole store and every merged story's id with its
// survivor. The whole placement state is saved with them
// (analyze.Regroup): later incremental placements start from it. With
// shown set, only the stories of fresh are whole in the report (the
// others may be stubs: analyze.RegroupFor), so that stories the store
// saved are not decoded only to be left out.
func storeReport(ctx context.Context, store corroborate.ArticleStore, fresh []corroborate.Article, shown bool) (*corroborate.Report, map[string]string, error) {
	stored, err := store.Articles(ctx, 0)
	if err != nil {
		return nil, nil, err
	}
	arts := append([]corroborate.Article(nil), fresh...)
	seen := map[string]bool{}
	for _, a := range fresh {
		seen[a.ID] = true
	}
	for _, a := range stored {
		if !seen[a.ID] {
			arts = append(arts, a)
		}
	}
	if shown {
		return analyze.RegroupFor(ctx, store, arts, seen)
	}
	return analyze.Regroup(ctx, store, arts, nil)
}

// keepStories narrows rep to the stories keep accepts, with their
// articles and those in also (in the report's order).
func keepStories(rep *corroborate.Report, keep func(*corroborate.Story) bool, also map[string]bool) {
	var stories []corroborate.Story
	members := map[string]bool{}
	for i := range rep.Stories {
		if keep(&rep.Stories[i]) {
			stories = append(stories, rep.Stories[i])
			for _, a := range rep.Stories[i].Articles {
				members[a] = true
			}
		}
	}
	var arts []corroborate.Article
	for _, a := range rep.Articles {
		if members[a.ID] || also[a.ID] {
			arts = append(arts, a)
		}
	}
	rep.Stories, rep.Articles = stories, arts
}
