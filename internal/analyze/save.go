package analyze

import (
	"context"
	"encoding/hex"
	"fmt"
	"slices"
	"strings"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/cluster"
	"github.com/corroborate/corroborate/internal/compare"
	"github.com/corroborate/corroborate/internal/storyid"
)

// SaveState saves, after an analysis of the whole store, everything
// incremental placement reads (corroborate.PlacementStore), replacing what
// the store kept: every article's clustering terms (the document
// frequencies) and near-copy buckets, every story's placement state
// (centroid, dates, birth, related stories, copy marks) posted under its
// centroid's terms, and every story's findings. This is the
// reconciliation step: a regroup of the whole store is the batch result
// an incrementally built store converges to (doc/store.md). rep must be
// the report the batch's Stories made, with stable ids (storyid.Apply),
// before any narrowing.
func (an *Batch) SaveState(ctx context.Context, store corroborate.PlacementStore, rep *corroborate.Report) error {
	p, err := an.placement(rep)
	if err != nil {
		return err
	}
	p.Reset = true
	if err := store.PutPlacement(ctx, p); err != nil {
		return fmt.Errorf("save placement state: %w", err)
	}
	return nil
}

// placement is the placement state of the analysis: its articles' counts
// and buckets, its stories' states and findings.
func (an *Batch) placement(rep *corroborate.Report) (corroborate.Placement, error) {
	if an.cl == nil || len(rep.Stories) != len(an.groups) {
		return corroborate.Placement{}, fmt.Errorf("save placement state: the report does not match the analysis (%d stories, %d groups)", len(rep.Stories), len(an.groups))
	}
	p := corroborate.Placement{DF: map[string]int{}}
	for i := range an.Articles {
		for t := range an.feats[i].Terms {
			p.DF[t]++
		}
		p.Articles = append(p.Articles, corroborate.PlacedArticle{Article: an.Articles[i].ID, Buckets: an.buckets[i]})
	}
	// Every story's state at once: States looks the whole vocabulary's
	// term names up once a call, so one call a story would cost stories ×
	// vocabulary.
	cs := an.cl.Stories()
	stories := make([]*cluster.Story, len(an.groups))
	for k := range an.groups {
		stories[k] = cs[an.clIDs[k]]
	}
	states := an.cl.States(stories)
	for k, g := range an.groups {
		st := &rep.Stories[k]
		ps := placeState{Cluster: states[k], Related: slices.Clone(st.Related), Copies: map[string]copyMark{}}
		for _, i := range g {
			a := &an.Articles[i]
			if key := storyid.OrderKey(a); ps.Anchor == "" || key < ps.Anchor {
				ps.Anchor = key
			}
			if a.CopyOf != nil && a.Similarity != nil {
				ps.Copies[a.ID] = copyMark{Of: *a.CopyOf, Similarity: *a.Similarity}
			}
		}
		data, err := encodeState(&ps)
		if err != nil {
			return p, err
		}
		p.States = append(p.States, corroborate.StoryState{Story: st.ID, Data: data, Terms: storyTerms(&ps)})
		fd, err := EncodeFindings(st)
		if err != nil {
			return p, err
		}
		p.Findings = append(p.Findings, corroborate.StoryFindings{Story: st.ID, Key: an.findingsKeyOf(k), Data: fd})
	}
	return p, nil
}

// findingsEngine names the engine and format that computed stored
// findings and states.
func findingsEngine() string { return fmt.Sprintf("p%d/%s", PlaceFormat, Engine()) }

// findingsKeyOf is the key saved with story k's findings: the engine,
// and the key of the comparison's input when Stories knows it (see
// savedInput).
func (an *Batch) findingsKeyOf(k int) string {
	if k >= len(an.keys) || an.keys[k] == ([32]byte{}) {
		return findingsEngine()
	}
	return findingsEngine() + "/" + hex.EncodeToString(an.keys[k][:])
}

// currentFindings reports whether saved findings were computed by this
// engine (with or without their input's key).
func currentFindings(key string) bool {
	e := findingsEngine()
	return key == e || strings.HasPrefix(key, e+"/")
}

// savedInput returns the input key of findings saved with one by this
// engine.
func savedInput(key string) ([32]byte, bool) {
	var k [32]byte
	h, ok := strings.CutPrefix(key, findingsEngine()+"/")
	if !ok || hex.DecodedLen(len(h)) != len(k) {
		return k, false
	}
	if _, err := hex.Decode(k[:], []byte(h)); err != nil {
		return k, false
	}
	return k, true
}

// savedMemo returns a findings memo holding the store's saved findings
// that this engine computed from an input it knows (savedInput): a
// regroup then compares only the stories whose input changed since they
// were saved, and takes the others' findings as saved. The findings of a
// story depend only on that input (FindingsMemo), so they are the ones a
// comparison would give.
func savedMemo(ctx context.Context, store corroborate.ArticleStore) (*FindingsMemo, error) {
	stored, err := store.Stories(ctx)
	if err != nil {
		return nil, fmt.Errorf("saved findings: %w", err)
	}
	var live []string
	for _, st := range stored {
		if st.MergedInto == "" {
			live = append(live, st.ID)
		}
	}
	saved, err := store.StoryFindings(ctx, live)
	if err != nil {
		return nil, fmt.Errorf("saved findings: %w", err)
	}
	m := &FindingsMemo{last: map[[32]byte]compare.Result{}}
	for _, f := range saved {
		key, ok := savedInput(f.Key)
		if !ok {
			continue
		}
		st, err := DecodeFindings(f.Data)
		if err != nil {
			continue // compared again
		}
		m.last[key] = compare.Result{Discrepancies: st.Discrepancies, Consensus: st.Consensus, Stances: st.Stances, Framing: st.Framing}
	}
	return m, nil
}

// Regroup analyses every article given (the whole store, or its latest
// snapshot: the stored articles with any fresh ones), gives the stories
// their stable ids (storyid.Apply, saving the stories that changed) and
// saves the whole placement state (SaveState): the reconciliation after
// incremental placements. It returns the report over all the articles and
// every merged story's id with its survivor. A memo, when set, keeps
// findings between regroups; without one, the findings the store saved
// with their input's key are taken for every story whose comparison
// reads the same input (savedMemo), so that a regroup after a few new
// articles compares only the stories they changed.
func Regroup(ctx context.Context, store corroborate.ArticleStore, arts []corroborate.Article, memo *FindingsMemo) (*corroborate.Report, map[string]string, error) {
	rep := &corroborate.Report{Articles: arts}
	var an *Batch
	if len(arts) > 0 {
		var err error
		if an, _, err = ProcessStored(ctx, store, rep.Articles); err != nil {
			return nil, nil, err
		}
		if memo == nil {
			if memo, err = savedMemo(ctx, store); err != nil {
				return nil, nil, err
			}
		}
		an.Memo = memo
		if rep.Stories, err = an.Stories(ctx); err != nil {
			return nil, nil, err
		}
		rep.Errors = append(rep.Errors, an.Failures...)
	}
	Normalize(rep)
	redirects, err := storyid.Apply(ctx, store, rep)
	if err != nil {
		return nil, nil, fmt.Errorf("save stories: %w", err)
	}
	if an != nil {
		if err := an.SaveState(ctx, store, rep); err != nil {
			return nil, nil, err
		}
	}
	return rep, redirects, nil
}
