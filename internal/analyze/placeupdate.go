package analyze

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/cluster"
	"github.com/corroborate/corroborate/internal/storyid"
)

// placeUpdate is what one placement changes, ready to save.
type placeUpdate struct {
	cs       []*cluster.Story  // changed clusterer stories
	clusters []storyid.Cluster // their members (stored ones and the article)
	ids      []string          // their stable ids
	merged   map[string]string // story merged away → survivor
	states   map[string]*placeState
	stories  map[string]*corroborate.Story // findings to save, by id
	relinked []corroborate.StoryFindings   // findings re-saved with new related stories only
	failures []corroborate.InputError      // stories whose comparison failed
}

// update works out the changed stories' members, ids, related stories and
// findings.
func (p *placer) update(ctx context.Context, changed []*cluster.Story) (*placeUpdate, error) {
	up := &placeUpdate{cs: changed, merged: map[string]string{}, states: map[string]*placeState{}, stories: map[string]*corroborate.Story{}}
	p.stored = map[string]*corroborate.StoredStory{}
	p.arts = map[string]*corroborate.Article{p.a.ID: p.a}
	for _, s := range changed {
		var members []string
		for _, o := range originsOf(s) {
			if o < 0 {
				members = append(members, p.a.ID)
				continue
			}
			st, err := p.storedStory(ctx, p.ids[o])
			if err != nil {
				return nil, err
			}
			members = append(members, st.Articles...)
		}
		up.clusters = append(up.clusters, storyid.Cluster{Articles: members})
	}
	if err := p.loadArticles(ctx, up.clusters); err != nil {
		return nil, err
	}
	if err := p.plan(ctx, up); err != nil {
		return nil, err
	}
	rel, err := p.relate(ctx, up)
	if err != nil {
		return nil, err
	}
	return up, p.findings(ctx, up, rel)
}

func (p *placer) storedStory(ctx context.Context, id string) (*corroborate.StoredStory, error) {
	if st, ok := p.stored[id]; ok {
		return st, nil
	}
	st, err := p.store.StoredStory(ctx, id)
	if err != nil {
		return nil, fmt.Errorf("story %s: %w", id, err)
	}
	p.stored[id] = st
	return st, nil
}

// loadArticles reads the stored articles of the clusters.
func (p *placer) loadArticles(ctx context.Context, clusters []storyid.Cluster) error {
	for _, c := range clusters {
		for _, id := range c.Articles {
			if _, ok := p.arts[id]; ok {
				continue
			}
			a, err := p.store.Article(ctx, id)
			if err != nil {
				return fmt.Errorf("article %s: %w", id, err)
			}
			p.arts[id] = a
		}
	}
	return nil
}

func (p *placer) key(id string) string {
	if a, ok := p.arts[id]; ok {
		return storyid.OrderKey(a)
	}
	return "~ " + id
}

// candidateIDs are the stored stories an id plan must see: the changed
// stories' origins and any stored story under the id a new story would
// take (a merged story born from the same article comes back to life).
func (p *placer) candidateIDs(ctx context.Context, up *placeUpdate) ([]string, error) {
	var ids []string
	for k, s := range up.cs {
		for _, o := range originsOf(s) {
			if o >= 0 {
				ids = append(ids, p.ids[o])
			}
		}
		anchor := ""
		for _, a := range up.clusters[k].Articles {
			if kk := p.key(a); anchor == "" || kk < anchor {
				anchor = kk
			}
		}
		nid := storyid.NewID(anchor, 0)
		if _, err := p.storedStory(ctx, nid); err == nil {
			ids = append(ids, nid)
		} else if corroborate.ErrorCode(err) != corroborate.ENOTFOUND {
			return nil, err
		}
	}
	return slices.Compact(slices.Sorted(slices.Values(ids))), nil
}

// plan gives the changed stories their stable ids (storyid.Match over the
// touched stories only); the same match runs again when saving.
func (p *placer) plan(ctx context.Context, up *placeUpdate) error {
	ids, err := p.candidateIDs(ctx, up)
	if err != nil {
		return err
	}
	var stored []corroborate.StoredStory
	for _, id := range ids {
		stored = append(stored, *p.stored[id])
	}
	plan := storyid.Match(stored, up.clusters, p.key, now())
	up.ids = plan.IDs
	live := map[string]bool{}
	for _, id := range plan.IDs {
		live[id] = true
	}
	for k, s := range up.cs {
		for _, o := range originsOf(s) {
			if o >= 0 && !live[p.ids[o]] {
				up.merged[p.ids[o]] = up.ids[k]
			}
		}
	}
	return nil
}

// survivor follows a story id through this placement's merges.
func (up *placeUpdate) survivor(id string) string {
	if to, ok := up.merged[id]; ok {
		return to
	}
	return id
}

// relate finds the changed stories' related stories: stories posted under
// their names are restored and compared (cluster.Related). It returns the
// related ids of each changed story.
func (p *placer) relate(ctx context.Context, up *placeUpdate) ([][]string, error) {
	var names []string
	for _, s := range up.cs {
		names = append(names, p.cl.Names(s)...)
	}
	cands, err := p.store.Posted(ctx, slices.Compact(slices.Sorted(slices.Values(names))), cluster.DefaultOptions().PostingCap)
	if err != nil {
		return nil, err
	}
	have := map[string]bool{}
	for _, id := range p.ids {
		have[id] = true
	}
	var fresh []string
	for _, id := range cands {
		if !have[id] && up.merged[id] == "" {
			fresh = append(fresh, id)
		}
	}
	if err := p.restore(ctx, fresh); err != nil {
		return nil, err
	}
	// The stories compared: the changed ones first, then every other
	// live restored story.
	list := append([]*cluster.Story(nil), up.cs...)
	var listIDs []string
	listIDs = append(listIDs, up.ids...)
	isChanged := map[*cluster.Story]bool{}
	for _, s := range up.cs {
		isChanged[s] = true
	}
	for _, s := range p.cl.Stories() {
		if isChanged[s] || len(s.Members) == 0 {
			continue
		}
		o := originsOf(s)
		if len(o) != 1 || o[0] < 0 {
			continue
		}
		list = append(list, s)
		listIDs = append(listIDs, p.ids[o[0]])
	}
	links := p.cl.Related(list, relatedThreshold, 2)
	out := make([][]string, len(up.cs))
	for k := range up.cs {
		for _, j := range links[k] {
			out[k] = append(out[k], listIDs[j])
		}
		slices.Sort(out[k])
	}
	return out, nil
}

// save writes the stable ids and states.
func (up *placeUpdate) save(ctx context.Context, p *placer, placed corroborate.PlacedArticle) error {
	ids, err := p.candidateIDs(ctx, up)
	if err != nil {
		return err
	}
	_, err = p.store.UpdateStoriesOf(ctx, ids, func(stored []corroborate.StoredStory) ([]corroborate.StoredStory, error) {
		// Titles stay as stored until the comparisons at the end of the
		// Place call give the new ones (compareTouched).
		titles := map[string]string{}
		for _, s := range stored {
			titles[s.ID] = s.Title
		}
		clusters := slices.Clone(up.clusters)
		for k := range clusters {
			clusters[k].Title = titles[up.ids[k]]
		}
		plan := storyid.Match(stored, clusters, p.key, now())
		if !slices.Equal(plan.IDs, up.ids) {
			return nil, corroborate.Errorf(corroborate.ECONFLICT, "stories changed while placing: try again")
		}
		for from, to := range plan.Redirects {
			p.redirects[from] = to
		}
		return plan.Changes, nil
	})
	if err != nil {
		return err
	}
	pl := corroborate.Placement{Articles: []corroborate.PlacedArticle{placed}, Findings: up.relinked}
	for id, st := range up.states {
		data, err := encodeState(st)
		if err != nil {
			return err
		}
		pl.States = append(pl.States, corroborate.StoryState{Story: id, Data: data, Terms: storyTerms(st)})
	}
	for from := range up.merged {
		pl.Drop = append(pl.Drop, from)
	}
	slices.Sort(pl.Drop)
	slices.SortFunc(pl.States, func(a, b corroborate.StoryState) int { return strings.Compare(a.Story, b.Story) })
	return p.store.PutPlacement(ctx, pl)
}
