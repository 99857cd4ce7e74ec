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
	q := r.URL.Query()
	if !api {
		q.Set("merged", id) // the page says where the reader came from
	}
	if len(q) > 0 {
		loc += "?" + q.Encode()
	}
	w.Header().Set("Location", loc)
	if api {
		writeJSON(w, http.StatusMovedPermanently, map[string]any{"story": movedStub(id, to), "href": loc})
		return nil, true, nil
	}
	http.Redirect(w, r, loc, http.StatusMovedPermanently)
	return nil, true, nil
}

// mergedFrom returns the merged story id a story page was redirected from
// (its "merged" parameter), when that story was indeed merged into st.
func mergedFrom(r *http.Request, v *view, st *corroborate.Story) string {
	if old := r.URL.Query().Get("merged"); old != "" && v.redirects[old] == st.ID {
		return old
	}
	return ""
}

// movedStub is the report-shaped story answered for a merged story's old
// id: its id, the survivor in merged_into, and no findings.
func movedStub(id, to string) corroborate.Story {
	rep := &corroborate.Report{Stories: []corroborate.Story{{ID: id, MergedInto: to}}}
	analyze.Normalize(rep)
	return rep.Stories[0]
}
