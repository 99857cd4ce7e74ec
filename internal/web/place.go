package web

import (
	"cmp"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"maps"
	"runtime/debug"
	"slices"
	"sort"
	"strings"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/analyze"
	"github.com/corroborate/corroborate/internal/source"
	"github.com/corroborate/corroborate/internal/storyid"
)

// regroupMax is the default largest store a write regroups whole before
// it answers (Config.RegroupMax) (as every write did before incremental placement: about 1.7 s
// at 775 articles). Above it the write places its articles incrementally
// and the pages show them at once, and the store is not regrouped after
// the server's own writes (a regroup reads and compares the whole store:
// minutes at 10,000 articles); the reconciliation (doc/store.md) is an
// analyze run (it regroups the whole store).
const regroupMax = 1000

// place places newly stored articles incrementally (analyze.Place: only
// the stories they touch are compared again and saved) and shows them:
// the view is patched with the touched stories, and the stories whose
// related stories changed are compared again after the write answers. A
// small store is regrouped whole at once instead.
func (s *Server) place(ctx context.Context, created []corroborate.Article) (err error) {
	defer func() {
		if p := recover(); p != nil {
			s.log.Error("panic placing articles", "panic", fmt.Sprint(p), "stack", string(debug.Stack()))
			err = corroborate.Errorf(corroborate.EINTERNAL, "placing the articles failed: %v", p)
		}
	}()
	v := s.current()
	if len(created) == 0 || v == nil || len(v.report.Articles)+len(created) <= s.cfg.RegroupMax {
		return s.refresh(ctx)
	}
	for i := range created {
		if !source.IsWebURL(created[i].URL) {
			created[i].URL = ""
		}
	}
	s.placeMu.Lock()
	placed, err := analyze.Place(ctx, s.store, created)
	s.placeMu.Unlock()
	if err != nil {
		// Another writer placed them first, or the placement state is
		// missing: the whole regroup settles it.
		s.log.Warn("incremental placement failed; regrouping the store", "err", err)
		return s.refresh(ctx)
	}
	s.refreshMu.Lock() // no regroup replaces the view while it is patched
	defer s.refreshMu.Unlock()
	s.mu.Lock()
	s.view = patchView(s.view, placed)
	s.version++
	s.mu.Unlock()
	s.noteOwnWrite(ctx)
	s.recompareLater(placed.Pending)
	return nil
}

// noteOwnWrite records the store's version as seen when every stored
// article is in the view: the placement saved all the write changed, so
// the watcher has nothing to rebuild (above RegroupMax a rebuild of the
// whole store is what incremental placement avoids). A store holding
// articles the view lacks (another process wrote them) stays unseen, and
// the watcher catches up (sync).
func (s *Server) noteOwnWrite(ctx context.Context) {
	ver, err := s.store.Version(ctx)
	if err != nil {
		return
	}
	n, err := s.store.ArticleCount(ctx)
	if err != nil {
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if n == len(s.view.report.Articles) {
		s.seen = ver
	}
}

// recompareLater queues stories whose related stories changed for a new
// comparison (analyze.Recompare) after the write has answered: one worker
// compares them, a story at a time (a write waits for one story's
// comparison at most), and patches the view.
func (s *Server) recompareLater(ids []string) {
	if len(ids) == 0 {
		return
	}
	s.pendingMu.Lock()
	defer s.pendingMu.Unlock()
	if s.pending == nil {
		s.pending = map[string]bool{}
	}
	for _, id := range ids {
		s.pending[id] = true
	}
	if s.recomparing {
		return
	}
	s.recomparing = true
	s.jobWG.Add(1)
	go s.recompareWorker()
}

// Recompared reports whether the comparisons that writes left pending
// are done: none queued, none running.
func (s *Server) Recompared() bool {
	s.pendingMu.Lock()
	defer s.pendingMu.Unlock()
	return !s.recomparing
}

func (s *Server) recompareWorker() {
	defer s.jobWG.Done()
	for {
		s.pendingMu.Lock()
		var id string
		for k := range s.pending {
			id = k
			break
		}
		if id == "" || s.jobCtx.Err() != nil {
			s.recomparing = false
			s.pendingMu.Unlock()
			return
		}
		delete(s.pending, id)
		s.pendingMu.Unlock()
		if err := s.recompare(id); err != nil && s.jobCtx.Err() == nil {
			s.log.Warn("comparing a related story again", "story", id, "err", err)
		}
	}
}

// recompare compares one story again and patches the view with it, unless
// a placement changed its members meanwhile.
func (s *Server) recompare(id string) (err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("panic: %v", p)
		}
	}()
	s.placeMu.Lock()
	placed, err := analyze.Recompare(s.jobCtx, s.store, []string{id})
	s.placeMu.Unlock()
	if err != nil || len(placed.Stories) == 0 {
		return err
	}
	s.refreshMu.Lock()
	defer s.refreshMu.Unlock()
	s.mu.Lock()
	defer s.mu.Unlock()
	if cur := s.view.stories[id]; cur == nil || !slices.Equal(slices.Sorted(slices.Values(cur.Articles)), slices.Sorted(slices.Values(placed.Stories[0].Articles))) {
		return nil
	}
	s.view = patchView(s.view, placed)
	s.version++
	return nil
}

// patchView returns v with the placed articles added and the stories they
// touched replaced (stories merged away are gone and redirect). Its cost
// follows the number of stories, not of articles: the articles and the
// indexes by article are the view's, extended (a view never changes an
// article, and a later patch only appends past this view's length).
func patchView(v *view, placed *analyze.Placed) *view {
	rep := &corroborate.Report{}
	// The touched stories were compared again: their old failures go,
	// their new ones come.
	for _, e := range v.report.Errors {
		if id, ok := strings.CutPrefix(e.Source, "story "); !ok || !placedStory(placed, id) {
			rep.Errors = append(rep.Errors, e)
		}
	}
	rep.Errors = append(rep.Errors, placed.Failures...)
	rep.Articles = v.report.Articles
	for _, a := range placed.Articles {
		if _, ok := v.byID[a.ID]; !ok {
			// As the store lists it (the sources an article was read
			// from are read on demand, apiArticle), as a reload shows it.
			a.Sources = nil
			rep.Articles = append(rep.Articles, a)
		}
	}
	redirects := maps.Clone(v.redirects)
	if redirects == nil {
		redirects = map[string]string{}
	}
	for from, to := range placed.Redirects {
		redirects[from] = to
	}
	// The stories compared again, and those whose related list only
	// changed (their findings re-saved as they were, with the new list).
	fresh := &corroborate.Report{Stories: slices.Concat(placed.Stories, placed.Relinked)}
	analyze.Normalize(fresh)
	touched := map[string]*corroborate.Story{}
	for i := range fresh.Stories {
		touched[fresh.Stories[i].ID] = &fresh.Stories[i]
	}
	for from := range placed.Redirects {
		if _, ok := touched[from]; !ok {
			touched[from] = nil // merged away
		}
	}
	kept := make([]corroborate.Story, 0, len(v.report.Stories))
	for _, st := range v.report.Stories {
		if _, ok := touched[st.ID]; !ok {
			kept = append(kept, st)
		}
	}
	var added []*corroborate.Story
	for _, t := range touched {
		if t != nil {
			added = append(added, t)
		}
	}
	rep.Stories = placeByEarliest(kept, added, v.byID, placed.Articles)
	if rep.Articles == nil {
		rep.Articles = []corroborate.Article{}
	}
	if rep.Errors == nil {
		rep.Errors = []corroborate.InputError{}
	}
	return v.patched(rep, redirects, fresh.Stories)
}

// placeByEarliest returns the stories kept and added in the order a
// reload gives them (analyze.LoadSaved, a regroup's numberStories): from
// the one whose earliest article (storyid.OrderKey) comes first. So a
// placed story goes where its earliest article puts it, not last, and a
// story an earlier article joined moves up. kept are the view's stories
// the placement did not touch, in the view's order, which is that order
// already; each lists its articles in it (the batch, the placement and
// LoadSaved alike), so its first article is its earliest, and finding
// where an added story goes reads a few kept stories' first articles,
// not the whole list. arts are the placed articles (byID lacks them).
func placeByEarliest(kept []corroborate.Story, added []*corroborate.Story, byID map[string]*corroborate.Article, arts []corroborate.Article) []corroborate.Story {
	article := func(id string) *corroborate.Article {
		if a := byID[id]; a != nil {
			return a
		}
		for i := range arts {
			if arts[i].ID == id {
				return &arts[i]
			}
		}
		return nil
	}
	firstKey := func(st *corroborate.Story) string {
		if len(st.Articles) == 0 {
			return ""
		}
		if a := article(st.Articles[0]); a != nil {
			return storyid.OrderKey(a)
		}
		return ""
	}
	keys := make(map[string]string, len(added))
	for _, st := range added {
		for _, id := range st.Articles {
			if a := article(id); a != nil {
				if k := storyid.OrderKey(a); keys[st.ID] == "" || k < keys[st.ID] {
					keys[st.ID] = k
				}
			}
		}
	}
	slices.SortFunc(added, func(a, b *corroborate.Story) int {
		return cmp.Or(strings.Compare(keys[a.ID], keys[b.ID]), strings.Compare(a.ID, b.ID))
	})
	out := make([]corroborate.Story, 0, len(kept)+len(added))
	lo := 0
	for _, st := range added {
		k := keys[st.ID]
		i := lo + sort.Search(len(kept)-lo, func(j int) bool { return firstKey(&kept[lo+j]) > k })
		out = append(append(out, kept[lo:i]...), *st)
		lo = i
	}
	return append(out, kept[lo:]...)
}

// patched indexes rep, v patched: the new articles are those past v's,
// the stories placed (with all their articles) are the only ones whose
// articles changed story.
func (v *view) patched(rep *corroborate.Report, redirects map[string]string, placed []corroborate.Story) *view {
	nv := &view{report: rep, redirects: redirects, byID: maps.Clone(v.byID), storyOf: maps.Clone(v.storyOf),
		stories: make(map[string]*corroborate.Story, len(rep.Stories))}
	h := sha256.New()
	h.Write([]byte(v.etag))
	for i := len(v.report.Articles); i < len(rep.Articles); i++ {
		nv.byID[rep.Articles[i].ID] = &rep.Articles[i]
		h.Write([]byte(rep.Articles[i].ID))
	}
	for i := range rep.Stories {
		nv.stories[rep.Stories[i].ID] = &rep.Stories[i]
	}
	for _, st := range placed {
		h.Write([]byte(st.ID))
		for _, a := range st.Articles {
			nv.storyOf[a] = st.ID
		}
	}
	nv.etag = `"` + hex.EncodeToString(h.Sum(nil))[:16] + `"`
	return nv
}

// placedStory reports whether the placement compared story id again or
// merged it away.
func placedStory(placed *analyze.Placed, id string) bool {
	if _, ok := placed.Redirects[id]; ok {
		return true
	}
	for i := range placed.Stories {
		if placed.Stories[i].ID == id {
			return true
		}
	}
	return false
}

// fresh returns the articles the view does not hold yet.
func (s *Server) fresh(arts []corroborate.Article) []corroborate.Article {
	v := s.current()
	var out []corroborate.Article
	seen := map[string]bool{}
	for _, a := range arts {
		if v != nil && v.byID[a.ID] != nil || seen[a.ID] {
			continue
		}
		seen[a.ID] = true
		out = append(out, a)
	}
	return out
}

// catchUp builds the view from the store without regrouping it when it
// can: the saved analysis, when it is current (an analyze run saves it
// whole), becomes the view (analyze.LoadSaved, so a large store opens at
// once); otherwise the store is regrouped. It builds the first view, and
// brings a view above RegroupMax up to the store another process wrote.
func (s *Server) catchUp(ctx context.Context) error {
	ver, arts, err := s.storedArticles(ctx)
	if err != nil {
		return err
	}
	rep, redirects, ok, err := analyze.LoadSaved(ctx, s.store, arts)
	if err != nil || !ok {
		return s.refresh(ctx)
	}
	s.refreshMu.Lock()
	defer s.refreshMu.Unlock()
	v := newView(rep, redirects)
	s.mu.Lock()
	defer s.mu.Unlock()
	s.view = v
	s.version++
	s.seen = ver
	return nil
}
