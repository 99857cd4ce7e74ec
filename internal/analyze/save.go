package analyze

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"slices"
	"strings"
	"sync"

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
	if err := an.fill(ctx, rep.Stories, seq(len(an.groups))); err != nil {
		return err
	}
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
		p.Articles = append(p.Articles, corroborate.PlacedArticle{Article: an.Articles[i].ID, Buckets: an.bucketsOf(i), CopiesKnown: !an.copies.crowded})
	}
	p.Copies = an.copies.all
	if an.ties != nil {
		p.Ties = an.ties.all()
	}
	return p, an.storyStates(rep, seq(len(an.groups)), &p)
}

// storyStates adds the states and findings of the stories at ks to p.
func (an *Batch) storyStates(rep *corroborate.Report, ks []int, p *corroborate.Placement) error {
	// Every story's state at once: States looks the whole vocabulary's
	// term names up once a call, so one call a story would cost stories ×
	// vocabulary.
	cs := an.cl.Stories()
	stories := make([]*cluster.Story, len(ks))
	for j, k := range ks {
		stories[j] = cs[an.clIDs[k]]
	}
	states := an.cl.States(stories)
	for j, k := range ks {
		g := an.groups[k]
		st := &rep.Stories[k]
		ps := placeState{Cluster: states[j], Related: slices.Clone(st.Related), Copies: map[string]copyMark{}}
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
			return err
		}
		p.States = append(p.States, corroborate.StoryState{Story: st.ID, Data: data, Terms: storyTerms(&ps)})
		fd, err := EncodeFindings(st)
		if err != nil {
			return err
		}
		p.Findings = append(p.Findings, corroborate.StoryFindings{Story: st.ID, Key: an.findingsKeyOf(k, st), Data: fd})
	}
	return nil
}

// findingsEngine names the engine and format that computed stored
// findings and states.
func findingsEngine() string { return fmt.Sprintf("p%d/%s", PlaceFormat, Engine()) }

// findingsKeyOf is the key saved with story k's findings (st, as the
// report gives it): the engine, then, when Stories knows them, the key of
// the comparison's input, the key of the story's own articles (see
// savedKeys) and the key of its links (linksKey).
func (an *Batch) findingsKeyOf(k int, st *corroborate.Story) string {
	if k >= len(an.keys) || an.keys[k] == ([32]byte{}) || k >= len(an.memberKeys) {
		return findingsEngine()
	}
	links := linksKey(st)
	return findingsEngine() + "/" + hex.EncodeToString(an.keys[k][:]) + "/" + hex.EncodeToString(an.memberKeys[k][:]) + "/" + hex.EncodeToString(links[:8])
}

// linksKey names what a saved story holds beside its articles' analysis:
// its stable id, thread and related stories. A regroup compares it with
// the saved key instead of decoding the saved story (changed).
func linksKey(st *corroborate.Story) [32]byte {
	h := sha256.New()
	h.Write([]byte(st.ID))
	h.Write([]byte{0})
	h.Write([]byte(st.Thread))
	for _, r := range st.Related {
		h.Write([]byte{0})
		h.Write([]byte(r))
	}
	var k [32]byte
	h.Sum(k[:0])
	return k
}

// currentFindings reports whether saved findings were computed by this
// engine (with or without their input's key).
func currentFindings(key string) bool {
	e := findingsEngine()
	return key == e || strings.HasPrefix(key, e+"/")
}

// savedKeys returns the input key and the members key of findings saved
// with them by this engine.
func savedKeys(key string) (input, members [32]byte, ok bool) {
	h, ok := strings.CutPrefix(key, findingsEngine()+"/")
	if !ok {
		return input, members, false
	}
	a, rest, ok := strings.Cut(h, "/")
	// A key saved before the links key (engine/input/members) still names
	// the input and the members: its story is saved again (changed).
	b, _, _ := strings.Cut(rest, "/")
	if !ok || hex.DecodedLen(len(a)) != len(input) || hex.DecodedLen(len(b)) != len(members) {
		return input, members, false
	}
	if _, err := hex.Decode(input[:], []byte(a)); err != nil {
		return input, members, false
	}
	if _, err := hex.Decode(members[:], []byte(b)); err != nil {
		return input, members, false
	}
	return input, members, true
}

// savedAnalysis is what a regroup takes from the store's saved analysis:
// a findings memo holding the saved findings that this engine computed
// from an input it knows (a regroup then compares only the stories whose
// input changed since they were saved, and takes the others' findings as
// saved: the findings of a story depend only on that input, FindingsMemo),
// and the saved stories by the key of their own articles (Batch.saved:
// a story whose articles are as they were is taken as saved, not
// assembled again). Saved stories are decoded only when a regroup needs
// them (savedStory).
type savedAnalysis struct {
	memo    *FindingsMemo
	stories map[[32]byte]*savedStory
	// ids are the live stories that have saved findings, with their key.
	ids map[string]string
	// storyOf is the live stored story of each article in one.
	storyOf map[string]string
	// live counts the live stored stories.
	live int
}

// savedStory is a story as the store saved it (EncodeFindings), decoded
// the first time it is asked for.
type savedStory struct {
	data []byte
	once sync.Once
	st   *corroborate.Story
	err  error
}

// story returns the saved story, decoded. The caller may not change it.
func (s *savedStory) story() (*corroborate.Story, error) {
	s.once.Do(func() {
		s.st, s.err = DecodeFindings(s.data)
		s.data = nil
	})
	return s.st, s.err
}

// currentState returns the articles of arts the saved analysis does not
// hold (in no stored story: new), when the store holds the placement
// state a regroup of this engine left (ok false otherwise): every live
// story has findings a regroup saved with its keys, and the articles
// counted are the stored articles of arts, all in a live story.
func (sa *savedAnalysis) currentState(ctx context.Context, store corroborate.ArticleStore, arts []corroborate.Article) (fresh []int, ok bool, err error) {
	if sa == nil || len(sa.ids) != sa.live {
		return nil, false, nil
	}
	for _, key := range sa.ids {
		if _, _, ok := savedKeys(key); !ok {
			return nil, false, nil
		}
	}
	counted, _, err := store.TermCounts(ctx, nil)
	if err != nil {
		return nil, false, fmt.Errorf("save placement state: %w", err)
	}
	for i := range arts {
		if _, ok := sa.storyOf[arts[i].ID]; !ok {
			fresh = append(fresh, i)
		}
	}
	if counted != len(arts)-len(fresh) || counted != len(sa.storyOf) {
		return nil, false, nil
	}
	return fresh, true, nil
}

func loadSaved(ctx context.Context, store corroborate.ArticleStore) (*savedAnalysis, error) {
	stored, err := store.Stories(ctx)
	if err != nil {
		return nil, fmt.Errorf("saved findings: %w", err)
	}
	sa := &savedAnalysis{memo: &FindingsMemo{last: map[[32]byte]compare.Result{}}, stories: map[[32]byte]*savedStory{}, ids: map[string]string{}, storyOf: map[string]string{}}
	var live []string
	for _, st := range stored {
		if st.MergedInto == "" {
			live = append(live, st.ID)
			for _, a := range st.Articles {
				sa.storyOf[a] = st.ID
			}
		}
	}
	sa.live = len(live)
	saved, err := store.StoryFindings(ctx, live)
	if err != nil {
		return nil, fmt.Errorf("saved findings: %w", err)
	}
	sa.memo.lazy = map[[32]byte]*savedStory{}
	for _, f := range saved {
		sa.ids[f.Story] = f.Key
		input, members, ok := savedKeys(f.Key)
		if !ok {
			continue
		}
		s := &savedStory{data: f.Data}
		sa.memo.lazy[input] = s
		sa.stories[members] = s
	}
	return sa, nil
}

// Regroup analyses every article given (the whole store, or its latest
// snapshot: the stored articles with any fresh ones), gives the stories
// their stable ids (storyid.Apply, saving the stories that changed) and
// saves the whole placement state (SaveState): the reconciliation after
// incremental placements. It returns the report over all the articles and
// every merged story's id with its survivor. A memo, when set, keeps
// findings between regroups; without one, the findings the store saved
// with their input's key are taken for every story whose comparison
// reads the same input (loadSaved), so that a regroup after a few new
// articles compares only the stories they changed.
func Regroup(ctx context.Context, store corroborate.ArticleStore, arts []corroborate.Article, memo *FindingsMemo) (*corroborate.Report, map[string]string, error) {
	return regroup(ctx, store, arts, memo, nil)
}

// RegroupFor is Regroup (without a memo) for a caller that shows only
// the stories of the articles in want (by id; "corroborate analyze" shows
// its inputs' stories): those stories are whole in the report; another
// story the store saved as it is now is left a stub — its id, articles,
// related stories and thread, without its findings, entities or title —
// and its saved form is not decoded, unless it must be saved again. What
// is saved is what Regroup saves.
func RegroupFor(ctx context.Context, store corroborate.ArticleStore, arts []corroborate.Article, want map[string]bool) (*corroborate.Report, map[string]string, error) {
	if want == nil {
		want = map[string]bool{}
	}
	return regroup(ctx, store, arts, nil, want)
}

func regroup(ctx context.Context, store corroborate.ArticleStore, arts []corroborate.Article, memo *FindingsMemo, want map[string]bool) (*corroborate.Report, map[string]string, error) {
	rep := &corroborate.Report{Articles: arts}
	var an *Batch
	var sa *savedAnalysis
	if len(arts) > 0 {
		var err error
		if sa, err = loadSaved(ctx, store); err != nil {
			return nil, nil, err
		}
		prior := &priorGrouping{}
		if prior.copies, err = sa.storedCopies(ctx, store, rep.Articles); err != nil {
			return nil, nil, err
		}
		if prior.ties, err = savedTies(ctx, store); err != nil {
			return nil, nil, err
		}
		if an, _, err = processStored(ctx, store, rep.Articles, prior); err != nil {
			return nil, nil, err
		}
		if memo == nil {
			memo = sa.memo
		}
		an.Memo, an.saved, an.want = memo, sa.stories, want
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
		if err := an.saveState(ctx, store, rep, sa); err != nil {
			return nil, nil, err
		}
	}
	return rep, redirects, nil
}

// saveState saves the placement state after a regroup: only what changed
// since the saved analysis sa when the store holds the state a regroup of
// this engine saved of every article but new ones (saveChanged), else all
// of it (SaveState).
func (an *Batch) saveState(ctx context.Context, store corroborate.ArticleStore, rep *corroborate.Report, sa *savedAnalysis) error {
	p, ok, err := an.changed(ctx, store, rep, sa)
	if err != nil {
		return err
	}
	if !ok {
		return an.SaveState(ctx, store, rep)
	}
	if err := store.PutPlacement(ctx, p); err != nil {
		return fmt.Errorf("save placement state: %w", err)
	}
	return nil
}

// changed returns the placement state a regroup changed, when the saved
// one is the state a regroup of this engine left (ok false otherwise):
// every stored article but the new ones (in no stored story) is in a live
// story whose findings a regroup saved with its keys, no other article is
// counted, and every live story has such findings. What changed is then
// the new articles' counts and buckets, the states and findings of the
// stories whose saved findings differ (another key, stable id, related
// list or thread, or none saved), and the stories no longer live
// (dropped). The states of the other stories are kept as saved: their
// members, related stories, anchors and copy marks are the same; only the
// weights of their centroids, which follow the document frequencies of
// the whole store, are those of their last save (incremental placement
// reads them; the stories and findings do not depend on them).
func (an *Batch) changed(ctx context.Context, store corroborate.ArticleStore, rep *corroborate.Report, sa *savedAnalysis) (corroborate.Placement, bool, error) {
	var p corroborate.Placement
	if sa == nil || an.cl == nil || len(rep.Stories) != len(an.groups) || len(an.memberKeys) != len(an.groups) {
		return p, false, nil
	}
	// Near-copy pairs measured in full, none crowded: saved whole, so
	// that the next regroup measures only the pairs its new articles make.
	if !an.copies.reused && !an.copies.crowded {
		return p, false, nil
	}
	fresh, ok, err := sa.currentState(ctx, store, an.Articles)
	if err != nil || !ok {
		return p, false, err
	}
	for _, i := range fresh {
		terms := make([]string, 0, len(an.feats[i].Terms))
		for t := range an.feats[i].Terms {
			terms = append(terms, t)
		}
		p.Articles = append(p.Articles, corroborate.PlacedArticle{Article: an.Articles[i].ID, Terms: terms, Buckets: an.bucketsOf(i), CopiesKnown: an.copies.reused})
	}
	if an.copies.reused {
		p.Copies = an.copies.fresh
	}
	if an.ties != nil {
		p.Ties, p.DropTies = an.ties.changes()
	}
	live := map[string]bool{}
	var dirty []int
	for k := range rep.Stories {
		st := &rep.Stories[k]
		live[st.ID] = true
		// The saved key names the input, the articles and the links
		// (stable id, thread, related stories): the same key under the
		// same id is the same saved story.
		if sa.stories[an.memberKeys[k]] == nil || an.rebuilt[k] || sa.ids[st.ID] != an.findingsKeyOf(k, st) {
			dirty = append(dirty, k)
		}
	}
	for id := range sa.ids {
		if !live[id] {
			p.Drop = append(p.Drop, id)
		}
	}
	slices.Sort(p.Drop)
	if err := an.fill(ctx, rep.Stories, dirty); err != nil {
		return p, false, err
	}
	if err := an.storyStates(rep, dirty, &p); err != nil {
		return p, false, err
	}
	return p, true, nil
}
