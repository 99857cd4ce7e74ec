package web

import (
	"net/http"
	"net/url"
	"strings"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/analyze"
)

// story finds the story a request names. A merged story's old id is
// answered here with 301 Moved Permanently to its survivor (for the API,
// with a body naming it in merged_into), and handled is true.
func (s *Server) story(w http.ResponseWriter, r *http.Request, v *view) (st *corroborate.Story, handled bool, err error) {
	id := r.PathValue("id")
	if st, ok := v.stories[id]; ok {
		return st, false, nil
	}
	to, ok := v.redirects[id]
	if !ok || v.stories[to] == nil {
		return nil, false, corroborate.Errorf(corroborate.ENOTFOUND, "no story %s", id)
	}
	loc := "/stories/" + url.PathEscape(to)
	api := strings.HasPrefix(r.URL.Path, "/api/")
	if api {
		loc = "/api/stories/" + url.PathEscape(to)
		if t := r.PathValue("table"); t != "" {
			loc += "/" + url.PathEscape(t)
		}
	}
	if r.URL.RawQuery != "" {
		loc += "?" + r.URL.RawQuery
	}
	w.Header().Set("Location", loc)
	if api {
		writeJSON(w, http.StatusMovedPermanently, map[string]any{"story": movedStub(id, to), "href": loc})
		return nil, true, nil
	}
	http.Redirect(w, r, loc, http.StatusMovedPermanently)
	return nil, true, nil
}

// movedStub is the report-shaped story answered for a merged story's old
// id: its id, the survivor in merged_into, and no findings.
func movedStub(id, to string) corroborate.Story {
	rep := &corroborate.Report{Stories: []corroborate.Story{{ID: id, MergedInto: to}}}
	analyze.Normalize(rep)
	return rep.Stories[0]
}
