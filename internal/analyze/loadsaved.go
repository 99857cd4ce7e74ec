package analyze

import (
	"context"
	"fmt"
	"sort"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/storyid"
)

// LoadSaved builds the report of the whole store from what it keeps —
// the stored articles, the live stories and their saved findings, the
// near-copy marks kept with the stories' states — without analysing
// anything. ok is false when the saved analysis is not current: a live
// story without findings of this engine, findings of other members than
// the story's, or a stored article in no live story (stored since by a
// process that did not place it); the caller then regroups the store
// (Regroup). Stories come in the order a regroup gives them (from the
// one whose earliest article, storyid.OrderKey, comes first); redirects maps every merged story to
// its survivor.
func LoadSaved(ctx context.Context, store corroborate.ArticleStore, arts []corroborate.Article) (rep *corroborate.Report, redirects map[string]string, ok bool, err error) {
	stored, err := store.Stories(ctx)
	if err != nil {
		return nil, nil, false, err
	}
	redirects = map[string]string{}
	var live []string
	members := map[string][]string{}
	for _, st := range stored {
		if st.MergedInto != "" {
			redirects[st.ID] = st.MergedInto
			continue
		}
		live = append(live, st.ID)
		members[st.ID] = st.Articles
	}
	saved, err := store.StoryFindings(ctx, live)
	if err != nil || len(saved) != len(live) {
		return nil, nil, false, err
	}
	states, err := store.StoryStates(ctx, live)
	if err != nil || len(states) != len(live) {
		return nil, nil, false, err
	}
	at := map[string]int{}
	for i := range arts {
		at[arts[i].ID] = i
	}
	rep = &corroborate.Report{Articles: arts}
	inStory := 0
	first := map[string]string{}
	for k, f := range saved {
		if !currentFindings(f.Key) {
			return nil, nil, false, nil
		}
		st, err := DecodeFindings(f.Data)
		if err != nil {
			return nil, nil, false, fmt.Errorf("story %s: %w", f.Story, err)
		}
		if st.ID != f.Story || !sameMembers(st.Articles, members[f.Story]) {
			return nil, nil, false, nil
		}
		ps, err := decodeState(states[k].Data)
		if err != nil {
			return nil, nil, false, fmt.Errorf("story %s: %w", f.Story, err)
		}
		for _, a := range st.Articles {
			i, ok := at[a]
			if !ok {
				return nil, nil, false, nil // a member the caller's snapshot lacks
			}
			inStory++
			if key := storyid.OrderKey(&arts[i]); first[st.ID] == "" || key < first[st.ID] {
				first[st.ID] = key
			}
			if c, ok := ps.Copies[a]; ok {
				rep.Articles[i].CopyOf, rep.Articles[i].Similarity = corroborate.Ptr(c.Of), corroborate.Ptr(c.Similarity)
			}
		}
		rep.Stories = append(rep.Stories, *st)
	}
	if inStory != len(arts) {
		return nil, nil, false, nil
	}
	sortStories(rep.Stories, first)
	Normalize(rep)
	return rep, redirects, true, nil
}

// sameMembers reports whether two lists hold the same articles.
func sameMembers(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	set := make(map[string]bool, len(a))
	for _, x := range a {
		set[x] = true
	}
	for _, x := range b {
		if !set[x] {
			return false
		}
	}
	return true
}

// sortStories orders stories by their earliest article (first: its
// storyid.OrderKey), as a regroup numbers them (numberStories).
func sortStories(ss []corroborate.Story, first map[string]string) {
	sort.SliceStable(ss, func(i, j int) bool { return first[ss[i].ID] < first[ss[j].ID] })
}
