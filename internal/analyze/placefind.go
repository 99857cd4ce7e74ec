package analyze

import (
	"context"
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/cluster"
	"github.com/corroborate/corroborate/internal/dates"
	"github.com/corroborate/corroborate/internal/storyid"
)

// findings works out the states and findings to save: the changed
// stories' (new centroid, members, related stories), and those of their
// related stories, old and new (their related lists change with them). A
// related story whose comparison reads a changed story as context, before
// or after the placement (readsChanged), is left pending (Placed.Pending);
// the others read the same input as before, so only their related list and
// thread change: their saved findings are re-saved with those (relink),
// without a comparison.
func (p *placer) findings(ctx context.Context, up *placeUpdate, rel [][]string) error {
	changed := map[string]int{}
	for k, id := range up.ids {
		changed[id] = k
	}
	// What changed: the changed stories under their new ids and under the
	// ids of the stories they hold (a story merged away among them).
	touched := map[string]bool{}
	others := map[string]bool{}
	for k, s := range up.cs {
		touched[up.ids[k]] = true
		for _, o := range originsOf(s) {
			if o >= 0 {
				touched[p.ids[o]] = true
				for _, r := range p.states[o].Related {
					others[up.survivor(r)] = true
				}
			}
		}
		for _, r := range rel[k] {
			others[r] = true
		}
	}
	states, err := p.statesOf(ctx, sortedKeys(others))
	if err != nil {
		return err
	}
	for k, s := range up.cs {
		up.states[up.ids[k]] = p.newState(s, up.clusters[k].Articles, rel[k])
		// The comparisons wait for the end of the Place call: a story
		// touched by several of its articles is compared once.
		p.redo[up.ids[k]] = true
	}
	var relink []string
	for _, x := range sortedKeys(others) {
		if _, ok := changed[x]; ok || states[x] == nil {
			continue
		}
		st := *states[x]
		var list []string
		for _, r := range st.Related {
			if r = up.survivor(r); r != x {
				if _, ok := changed[r]; !ok {
					list = append(list, r)
				}
			}
		}
		for k, id := range up.ids {
			if slices.Contains(rel[k], x) {
				list = append(list, id)
			}
		}
		st.Related = slices.Compact(slices.Sorted(slices.Values(list)))
		up.states[x] = &st
	}
	for _, x := range sortedKeys(others) {
		if _, ok := changed[x]; ok || states[x] == nil {
			continue
		}
		reads, err := p.contextChanged(ctx, up, x, touched)
		if err != nil {
			return fmt.Errorf("context of story %s: %w", x, err)
		}
		if reads {
			// Its members did not change, but a story its comparison reads
			// did, or it reads other stories: its comparison is left
			// pending (Placed.Pending).
			p.pending[x] = true
		} else {
			relink = append(relink, x)
		}
		// A story outside the placement whose context held x, or now
		// may, reads other stories: left pending too.
		moved, err := p.nearestMoved(ctx, up, x, touched)
		if err != nil {
			return fmt.Errorf("context of story %s: %w", x, err)
		}
		for _, y := range moved {
			if _, ok := changed[y]; !ok && !others[y] {
				p.pending[y] = true
			}
		}
	}
	relink = slices.DeleteFunc(relink, func(id string) bool { return p.pending[id] })
	return p.relink(ctx, up, relink)
}

// contextChanged reports whether story x's comparison read a changed story
// before the placement (the stories as stored) or reads one after it (with
// the placement's new states), or reads other stories than before (a
// related story's nearest changed: mutualContext). When it does not, x's
// comparison reads the same stories, none of which changed: its findings
// stand.
func (p *placer) contextChanged(ctx context.Context, up *placeUpdate, x string, touched map[string]bool) (bool, error) {
	before, after := p.views(ctx, up)
	rb, err := before.reads(x)
	if err != nil {
		return false, err
	}
	ra, err := after.reads(x)
	if err != nil {
		return false, err
	}
	hit := func(id string) bool { return touched[id] }
	if slices.ContainsFunc(rb, hit) || slices.ContainsFunc(ra, hit) {
		return true, nil
	}
	return !sameStories(up, rb, ra), nil
}

// nearestMoved returns the stories that left or entered story y's nearest
// related stories (storyView.nearest) with the placement, changed ones
// aside: a story that held y among its context may no longer, or may now.
func (p *placer) nearestMoved(ctx context.Context, up *placeUpdate, y string, touched map[string]bool) ([]string, error) {
	before, after := p.views(ctx, up)
	nb, err := before.nearest(y)
	if err != nil {
		return nil, err
	}
	na, err := after.nearest(y)
	if err != nil {
		return nil, err
	}
	var out []string
	for _, r := range nb {
		if r = up.survivor(r); !touched[r] && !slices.Contains(na, r) {
			out = append(out, r)
		}
	}
	for _, r := range na {
		if !touched[r] && !slices.ContainsFunc(nb, func(b string) bool { return up.survivor(b) == r }) {
			out = append(out, r)
		}
	}
	return out, nil
}

// sameStories reports whether two lists of story ids name the same
// stories once the ids merged away are read as their survivors.
func sameStories(up *placeUpdate, before, after []string) bool {
	b := map[string]bool{}
	for _, id := range before {
		b[up.survivor(id)] = true
	}
	a := map[string]bool{}
	for _, id := range after {
		a[id] = true
	}
	return maps.Equal(a, b)
}

// views returns the stories as stored before the placement and as they
// stand after it (up.states over the stored ones), loading states and
// anchors as asked and keeping them for the rest of the placement.
func (p *placer) views(ctx context.Context, up *placeUpdate) (before, after storyView) {
	if p.stateCache == nil {
		// The restored stories' states first: statesOf would copy them
		// all on every call.
		p.stateCache = make(map[string]*placeState, len(p.ids))
		for o, id := range p.ids {
			p.stateCache[id] = p.states[o]
		}
	}
	stored := func(id string) (*placeState, error) {
		if st, ok := p.stateCache[id]; ok {
			return st, nil
		}
		got, err := p.statesOf(ctx, []string{id})
		if err != nil {
			return nil, err
		}
		p.stateCache[id] = got[id]
		return got[id], nil
	}
	before.related = func(id string) ([]string, error) {
		st, err := stored(id)
		if st == nil || err != nil {
			return nil, err
		}
		return st.Related, nil
	}
	before.anchors = func(ids []string) (map[string]string, error) { return p.anchorsOf(ctx, ids) }
	after.related = func(id string) ([]string, error) {
		if st := up.states[id]; st != nil {
			return st.Related, nil
		}
		return before.related(id)
	}
	after.anchors = func(ids []string) (map[string]string, error) {
		out, err := p.anchorsOf(ctx, ids)
		if err != nil {
			return nil, err
		}
		for _, id := range ids {
			if st := up.states[id]; st != nil {
				out[id] = st.Anchor
			}
		}
		return out, nil
	}
	return before, after
}

// anchorsOf returns the stored anchors of stories (the restored stories'
// as restored, before this placement; "" for a story without a state).
// It is called once every story is restored.
func (p *placer) anchorsOf(ctx context.Context, ids []string) (map[string]string, error) {
	if p.anchors == nil {
		p.anchors = make(map[string]string, len(p.ids))
		for o, id := range p.ids {
			p.anchors[id] = p.states[o].Anchor
		}
	}
	out := make(map[string]string, len(ids))
	var missing []string
	for _, id := range ids {
		if a, ok := p.anchors[id]; ok {
			out[id] = a
		} else {
			missing = append(missing, id)
		}
	}
	if len(missing) == 0 {
		return out, nil
	}
	saved, err := p.store.StoryStates(ctx, missing)
	if err != nil {
		return nil, err
	}
	for _, s := range saved {
		a, err := decodeAnchor(s.Data)
		if err != nil {
			return nil, fmt.Errorf("story %s: %w", s.Story, err)
		}
		p.anchors[s.Story] = a
	}
	for _, id := range missing {
		out[id] = p.anchors[id]
	}
	return out, nil
}

// relink re-saves the findings of stories whose related stories changed
// but whose comparison reads the same input as before: their saved
// findings with the new related list and thread (up.relinked, saved with
// the placement). A story without saved findings is left as it is (its
// findings were not current before the placement either).
func (p *placer) relink(ctx context.Context, up *placeUpdate, ids []string) error {
	if len(ids) == 0 {
		return nil
	}
	saved, err := p.store.StoryFindings(ctx, ids)
	if err != nil {
		return err
	}
	for _, f := range saved {
		st, err := DecodeFindings(f.Data)
		if err != nil {
			return fmt.Errorf("story %s: %w", f.Story, err)
		}
		st.Related = slices.Clone(up.states[f.Story].Related)
		if st.Related == nil {
			st.Related = []string{}
		}
		st.Thread = threadOf(st.ID, st.Related)
		data, err := EncodeFindings(st)
		if err != nil {
			return fmt.Errorf("story %s: %w", f.Story, err)
		}
		up.relinked = append(up.relinked, corroborate.StoryFindings{Story: f.Story, Key: f.Key, Data: data})
		p.relinked[f.Story] = st
	}
	return nil
}

// threadOf names a saved story's thread: after the smallest id among it
// and its related stories.
func threadOf(id string, related []string) string {
	thread := id
	for _, r := range related {
		thread = min(thread, r)
	}
	return "t-" + strings.TrimPrefix(thread, "s-")
}

// newState is the state of a changed story.
func (p *placer) newState(s *cluster.Story, members []string, related []string) *placeState {
	st := &placeState{Cluster: p.cl.State(s), Related: related, Copies: map[string]copyMark{}}
	for _, o := range originsOf(s) {
		if o >= 0 {
			for a, m := range p.states[o].Copies {
				st.Copies[a] = m
			}
		}
	}
	if p.a.CopyOf != nil && p.a.Similarity != nil {
		st.Copies[p.a.ID] = copyMark{Of: *p.a.CopyOf, Similarity: *p.a.Similarity}
	}
	for _, a := range members {
		if k := p.key(a); st.Anchor == "" || k < st.Anchor {
			st.Anchor = k
		}
	}
	return st
}

// statesOf returns the stored states of stories (those restored first).
func (p *placer) statesOf(ctx context.Context, ids []string) (map[string]*placeState, error) {
	out := map[string]*placeState{}
	for o, id := range p.ids {
		out[id] = p.states[o]
	}
	var missing []string
	for _, id := range ids {
		if out[id] == nil {
			missing = append(missing, id)
		}
	}
	saved, err := p.store.StoryStates(ctx, missing)
	if err != nil {
		return nil, err
	}
	for _, s := range saved {
		st, err := decodeState(s.Data)
		if err != nil {
			return nil, fmt.Errorf("story %s: %w", s.Story, err)
		}
		out[s.Story] = st
	}
	return out, nil
}

// compareStories compares the stories in redo again (their related
// stories as context, bounded as the batch bounds them: nearestContext)
// and keeps their findings in up.stories.
func (p *placer) compareStories(ctx context.Context, up *placeUpdate, redo []string, related map[string][]string) error {
	states, err := p.statesOf(ctx, p.contextCandidates(redo, related))
	if err != nil {
		return err
	}
	for id, st := range up.states {
		states[id] = st
	}
	all, reads, err := p.contextOf(ctx, redo, related, states)
	if err != nil {
		return err
	}
	members := map[string][]string{}
	var clusters []storyid.Cluster
	for _, id := range all {
		if k := slices.Index(up.ids, id); k >= 0 {
			members[id] = up.clusters[k].Articles
		} else if st, err := p.storedStory(ctx, id); err == nil {
			members[id] = st.Articles
		} else if corroborate.ErrorCode(err) != corroborate.ENOTFOUND {
			return err
		}
		clusters = append(clusters, storyid.Cluster{Articles: members[id]})
	}
	if err := p.loadArticles(ctx, clusters); err != nil {
		return err
	}
	an, err := p.batch(ctx, all, members, states, related, len(redo))
	if err != nil {
		return err
	}
	an.context = make([][]int, len(all))
	for k, id := range redo {
		for _, j := range an.related[k] {
			if slices.Contains(reads[id], all[j]) {
				an.context[k] = append(an.context[k], j)
			}
		}
	}
	out, err := an.Stories(ctx)
	if err != nil {
		return err
	}
	p.compared += len(redo)
	p.read += len(an.Articles)
	for _, f := range an.Failures {
		for k := range redo {
			if f.Source == "story "+out[k].ID {
				f.Source = "story " + all[k]
			}
		}
		up.failures = append(up.failures, f)
	}
	for k := range redo {
		st := out[k]
		st.ID = all[k]
		st.Related = related[all[k]]
		if st.Related == nil {
			st.Related = []string{}
		}
		st.Thread = threadOf(st.ID, st.Related)
		up.stories[st.ID] = &st
	}
	return nil
}

// contextCandidates returns the stories in redo, then every related story
// of theirs, each once.
func (p *placer) contextCandidates(redo []string, related map[string][]string) []string {
	var all []string
	seen := map[string]bool{}
	for _, id := range redo {
		all = appendOnce(all, seen, id)
	}
	for _, id := range redo {
		for _, r := range related[id] {
			all = appendOnce(all, seen, r)
		}
	}
	return all
}

// contextOf returns the stories the comparison of redo involves: redo
// first (the batch compares its first len(redo) groups), then the related
// stories each of them reads as context (mutualContext, over the related
// lists and anchors of their states: the batch bounds its comparisons'
// context the same way), and what each of redo reads.
func (p *placer) contextOf(ctx context.Context, redo []string, related map[string][]string, states map[string]*placeState) ([]string, map[string][]string, error) {
	load := func(id string) (*placeState, error) {
		if st, ok := states[id]; ok {
			return st, nil
		}
		got, err := p.statesOf(ctx, []string{id})
		if err != nil {
			return nil, err
		}
		states[id] = got[id]
		return got[id], nil
	}
	view := storyView{
		related: func(id string) ([]string, error) {
			if rel, ok := related[id]; ok && slices.Contains(redo, id) {
				return rel, nil
			}
			st, err := load(id)
			if st == nil || err != nil {
				return nil, err
			}
			return st.Related, nil
		},
		anchors: func(ids []string) (map[string]string, error) {
			out := make(map[string]string, len(ids))
			for _, id := range ids {
				st, err := load(id)
				if err != nil {
					return nil, err
				}
				if st != nil {
					out[id] = st.Anchor
				}
			}
			return out, nil
		},
	}
	var all []string
	seen := map[string]bool{}
	for _, id := range redo {
		all = appendOnce(all, seen, id)
	}
	reads := map[string][]string{}
	for _, id := range redo {
		rs, err := view.reads(id)
		if err != nil {
			return nil, nil, err
		}
		reads[id] = rs
		for _, r := range rs {
			all = appendOnce(all, seen, r)
		}
	}
	return all, reads, nil
}

func appendOnce(list []string, seen map[string]bool, id string) []string {
	if seen[id] {
		return list
	}
	seen[id] = true
	return append(list, id)
}

// compareTouched compares again the stories the placements touched (each
// once, as they stand after the last placement: members, related stories
// and copy marks as saved), saves their findings and their titles, and
// records the saved stories, the counts and the failures in out.
func compareTouched(ctx context.Context, store corroborate.ArticleStore, touched map[string]bool, out *Placed) error {
	redirects := out.Redirects
	var ids []string
	for id := range touched {
		if to, ok := redirects[id]; ok {
			id = to
		}
		ids = append(ids, id)
	}
	ids = slices.Compact(slices.Sorted(slices.Values(ids)))
	p := &placer{store: store, stored: map[string]*corroborate.StoredStory{}, arts: map[string]*corroborate.Article{}}
	states, err := p.statesOf(ctx, ids)
	if err != nil {
		return err
	}
	var live []string
	related := map[string][]string{}
	for _, id := range ids {
		if st := states[id]; st != nil {
			live = append(live, id)
			related[id] = st.Related
		}
	}
	for _, st := range states {
		for _, r := range st.Related {
			if _, ok := related[r]; !ok {
				related[r] = nil
			}
		}
	}
	up := &placeUpdate{states: map[string]*placeState{}, stories: map[string]*corroborate.Story{}}
	if err := p.compareStories(ctx, up, live, related); err != nil {
		return err
	}
	var pl corroborate.Placement
	for _, id := range live {
		st := up.stories[id]
		data, err := EncodeFindings(st)
		if err != nil {
			return err
		}
		pl.Findings = append(pl.Findings, corroborate.StoryFindings{Story: id, Key: findingsEngine(), Data: data})
		out.Stories = append(out.Stories, *st)
	}
	if err := store.PutPlacement(ctx, pl); err != nil {
		return err
	}
	out.Compared, out.Read, out.Failures = p.compared, p.read, up.failures
	return saveTitles(ctx, store, up.stories)
}

// saveTitles gives the stored stories the titles of their findings.
func saveTitles(ctx context.Context, store corroborate.ArticleStore, stories map[string]*corroborate.Story) error {
	ids := sortedKeys(stories)
	_, err := store.UpdateStoriesOf(ctx, ids, func(stored []corroborate.StoredStory) ([]corroborate.StoredStory, error) {
		var changes []corroborate.StoredStory
		for _, s := range stored {
			st := stories[s.ID]
			if st == nil || s.MergedInto != "" || st.Title == nil || *st.Title == s.Title {
				continue
			}
			s.Title = *st.Title
			changes = append(changes, s)
		}
		return changes, nil
	})
	return err
}

// batch builds the analysis of the stories involved: their articles (with
// the copy marks their states keep) and readings, the stories as groups
// and their related stories; the first n are compared.
func (p *placer) batch(ctx context.Context, all []string, members map[string][]string, states map[string]*placeState, related map[string][]string, n int) (*Batch, error) {
	var arts []corroborate.Article
	at := map[string]int{}
	an := &Batch{only: map[int]bool{}, anchors: make([]string, len(all)), refs: map[int]dates.Date{}}
	for k, id := range all {
		ms := slices.Clone(members[id])
		slices.SortFunc(ms, func(a, b string) int { return strings.Compare(p.key(a), p.key(b)) })
		if st := states[id]; st != nil {
			an.anchors[k] = st.Anchor
		}
		if k >= n && len(ms) > compareCap {
			// A story given as context: only what its comparison reads
			// (comparedDocs: its compareCap most recent articles), re-dated
			// against the date of the whole story.
			whole := make([]corroborate.Article, len(ms))
			for j, m := range ms {
				whole[j] = *p.arts[m]
			}
			an.refs[k] = storyDate(whole, seq(len(whole)))
			ms = ms[len(ms)-compareCap:]
		}
		var g []int
		for _, m := range ms {
			i, ok := at[m]
			if !ok {
				a := *p.arts[m]
				if st := states[id]; st != nil && (p.a == nil || m != p.a.ID) {
					a.CopyOf, a.Similarity = nil, nil
					if c, ok := st.Copies[m]; ok {
						a.CopyOf, a.Similarity = corroborate.Ptr(c.Of), corroborate.Ptr(c.Similarity)
					}
				}
				i = len(arts)
				at[m] = i
				arts = append(arts, a)
			}
			g = append(g, i)
		}
		an.groups = append(an.groups, g)
		if k < n {
			an.only[k] = true
		}
	}
	index := map[string]int{}
	for k, id := range all {
		index[id] = k
	}
	an.related = make([][]int, len(all))
	for k, id := range all {
		for _, r := range related[id] {
			if j, ok := index[r]; ok {
				an.related[k] = append(an.related[k], j)
			}
		}
	}
	readings, err := placeKeep.read(ctx, p.store, arts)
	if err != nil {
		return nil, err
	}
	an.Articles, an.Readings, an.values = arts, readings, placeKeep.values
	return an, nil
}
