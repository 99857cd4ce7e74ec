package web

import (
	"context"
	"fmt"
	"maps"
	"runtime/debug"
	"strings"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/analyze"
	"github.com/corroborate/corroborate/internal/source"
)

// regroupMax is the default largest store a write regroups whole before
// it answers (Config.RegroupMax) (as every write did before incremental placement: about 1.7 s
// at 775 articles). Above it the write places its articles incrementally
// and the pages show them at once; the watcher's next look at the store
// regroups it in the background (the reconciliation, doc/store.md).
const regroupMax = 1000

// place places newly stored articles incrementally (analyze.Place: only
// the stories they touch are compared again and saved) and shows them:
// the view is patched with the touched stories. The store's whole
// regroup follows: at once in a small store, else in the background.
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
	placed, err := analyze.Place(ctx, s.store, created)
	if err != nil {
		// Another writer placed them first, or the placement state is
		// missing: the whole regroup settles it.
		s.log.Warn("incremental placement failed; regrouping the store", "err", err)
		return s.refresh(ctx)
	}
	s.refreshMu.Lock() // no regroup replaces the view while it is patched
	defer s.refreshMu.Unlock()
	s.mu.Lock()
	defer s.mu.Unlock()
	s.view = patchView(s.view, placed)
	s.version++
	return nil
}

// patchView returns v with the placed articles added and the stories they
// touched replaced (stories merged away are gone and redirect).
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
	rep.Articles = append(make([]corroborate.Article, 0, len(v.report.Articles)+len(placed.Articles)), v.report.Articles...)
	for _, a := range placed.Articles {
		if _, ok := v.byID[a.ID]; !ok {
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
	touched := map[string]*corroborate.Story{}
	for i := range placed.Stories {
		touched[placed.Stories[i].ID] = &placed.Stories[i]
	}
	for from := range placed.Redirects {
		if _, ok := touched[from]; !ok {
			touched[from] = nil // merged away
		}
	}
	rep.Stories = make([]corroborate.Story, 0, len(v.report.Stories)+len(placed.Stories))
	for _, st := range v.report.Stories {
		if t, ok := touched[st.ID]; ok {
			if t != nil {
				rep.Stories = append(rep.Stories, *t)
			}
			delete(touched, st.ID)
			continue
		}
		rep.Stories = append(rep.Stories, st)
	}
	for i := range placed.Stories {
		if _, ok := touched[placed.Stories[i].ID]; ok {
			rep.Stories = append(rep.Stories, placed.Stories[i])
		}
	}
	analyze.Normalize(rep)
	return newView(rep, redirects)
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

// load builds the first view: from the analysis the store keeps when it
// is current (analyze.LoadSaved: no regroup, so a large store opens at
// once), else by regrouping the store.
func (s *Server) load(ctx context.Context) error {
	ver, arts, err := s.storedArticles(ctx)
	if err != nil {
		return err
	}
	rep, redirects, ok, err := analyze.LoadSaved(ctx, s.store, arts)
	if err != nil || !ok {
		return s.refresh(ctx)
	}
	v := newView(rep, redirects)
	s.mu.Lock()
	s.view = v
	s.version++
	s.seen = ver
	s.mu.Unlock()
	return nil
}
