package storyid

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/corroborate/corroborate"
)

// Apply gives the stories of rep their stable ids: it matches them to the
// stories kept in store, saves what changed (in one transaction, so
// concurrent writers never lose each other's stories), and rewrites the
// story ids in rep (ids, related stories, threads). rep must be the
// analysis of the whole store, or of the latest snapshot of it. It returns
// every merged story's id with its live survivor.
func Apply(ctx context.Context, store corroborate.StoryStore, rep *corroborate.Report) (map[string]string, error) {
	clusters := make([]Cluster, len(rep.Stories))
	for i, st := range rep.Stories {
		clusters[i] = Cluster{Articles: st.Articles}
		if st.Title != nil {
			clusters[i].Title = *st.Title
		}
	}
	keys := map[string]string{}
	for i := range rep.Articles {
		keys[rep.Articles[i].ID] = OrderKey(&rep.Articles[i])
	}
	key := func(id string) string {
		if k, ok := keys[id]; ok {
			return k
		}
		return undated + id
	}
	var plan Plan
	_, err := store.UpdateStories(ctx, func(stored []corroborate.StoredStory) ([]corroborate.StoredStory, error) {
		plan = Match(stored, clusters, key, time.Now().UTC().Format(time.RFC3339))
		return plan.Changes, nil
	})
	if err != nil {
		return nil, fmt.Errorf("stable story ids: %w", err)
	}
	Rename(rep, plan.IDs)
	return plan.Redirects, nil
}

// undated sorts after every publication date.
const undated = "~ "

// OrderKey orders articles from the earliest: by publication date,
// undated ones last, then by id.
func OrderKey(a *corroborate.Article) string {
	if a.Published != nil && *a.Published != "" {
		return *a.Published + " " + a.ID
	}
	return undated + a.ID
}

// Rename gives rep.Stories[i] the id ids[i] and rewrites the related
// stories, threads and the errors that name a story ("story <id>") to
// match. A thread is named after the smallest
// story id in it, so its name does not depend on the stories' order.
func Rename(rep *corroborate.Report, ids []string) {
	old := map[string]string{}
	for i := range rep.Stories {
		old[rep.Stories[i].ID] = ids[i]
		rep.Stories[i].ID = ids[i]
	}
	for i, e := range rep.Errors {
		if id, ok := strings.CutPrefix(e.Source, "story "); ok && old[id] != "" {
			rep.Errors[i].Source = "story " + old[id]
		}
	}
	for i := range rep.Stories {
		for j, r := range rep.Stories[i].Related {
			if n, ok := old[r]; ok {
				rep.Stories[i].Related[j] = n
			}
		}
	}
	threadName := map[string]string{}
	for _, st := range rep.Stories {
		if st.Thread == "" {
			continue
		}
		if n, ok := threadName[st.Thread]; !ok || st.ID < n {
			threadName[st.Thread] = st.ID
		}
	}
	for i := range rep.Stories {
		if n, ok := threadName[rep.Stories[i].Thread]; ok {
			rep.Stories[i].Thread = "t-" + strings.TrimPrefix(n, "s-")
		}
	}
}

// Resolve follows a story id to the live story it now is: itself when
// live, its survivor when merged. ok is false for an id never stored.
func Resolve(ctx context.Context, store corroborate.StoryStore, id string) (live string, ok bool, err error) {
	st, err := store.StoredStory(ctx, id)
	if corroborate.ErrorCode(err) == corroborate.ENOTFOUND {
		return "", false, nil
	}
	if err != nil {
		return "", false, err
	}
	if st.MergedInto == "" {
		return st.ID, true, nil
	}
	return st.MergedInto, true, nil
}
