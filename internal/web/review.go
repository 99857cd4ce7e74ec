package web

import (
	"encoding/csv"
	"encoding/json"
	"io"
	"net/http"
	"net/url"
	"strings"

	"github.com/corroborate/corroborate"
)

// Reviews: a reader confirms or dismisses a finding with a note. The
// review key is the finding's own (findingKey), so a review outlives the
// story id; dismissed findings fold away on the story page.

func (s *Server) reviewRoutes(m *http.ServeMux) {
	m.HandleFunc("POST /reviews", s.handle(s.reviewSubmit))
	m.HandleFunc("GET /api/reviews", s.handle(s.apiReviews))
	m.HandleFunc("GET /api/reviews.csv", s.handle(s.apiReviewsCSV))
	m.HandleFunc("PUT /api/reviews/{key}", s.handle(s.apiPutReview))
	m.HandleFunc("GET /api/outlets", s.handle(func(w http.ResponseWriter, r *http.Request) error {
		writeJSON(w, http.StatusOK, map[string]any{"outlets": outletCounts(s.current())})
		return nil
	}))
}

func (s *Server) reviewSubmit(w http.ResponseWriter, r *http.Request) error {
	if err := r.ParseForm(); err != nil {
		return corroborate.Errorf(corroborate.EINVALID, "bad form: %v", err)
	}
	// Cross-site writes are refused by the server's middleware; the form
	// also carries the visitor's CSRF token, as the Add form does.
	if err := checkCSRF(r); err != nil {
		return err
	}
	if err := s.authorized(r); err != nil {
		return err
	}
	rv := corroborate.Review{Key: r.PostFormValue("key"), Status: r.PostFormValue("status"), Note: strings.TrimSpace(r.PostFormValue("note")),
		Finding: r.PostFormValue("finding"), Story: r.PostFormValue("story")}
	if err := s.store.PutReview(r.Context(), rv); err != nil {
		return err
	}
	to := "/"
	if _, ok := s.current().stories[rv.Story]; ok {
		to = "/stories/" + url.PathEscape(rv.Story) + "#f-" + url.PathEscape(rv.Key)
		if rv.Status == corroborate.ReviewDismissed {
			// The fold itself, closed: a fragment inside it would open it.
			to = "/stories/" + url.PathEscape(rv.Story) + "#dismissed"
		}
	}
	http.Redirect(w, r, to, http.StatusSeeOther)
	return nil
}

func (s *Server) apiReviews(w http.ResponseWriter, r *http.Request) error {
	list, err := s.store.Reviews(r.Context())
	if err != nil {
		return err
	}
	if list == nil {
		list = []corroborate.Review{}
	}
	writeJSON(w, http.StatusOK, map[string]any{"reviews": list, "total": len(list)})
	return nil
}

func (s *Server) apiReviewsCSV(w http.ResponseWriter, r *http.Request) error {
	list, err := s.store.Reviews(r.Context())
	if err != nil {
		return err
	}
	w.Header().Set("Content-Type", "text/csv; charset=utf-8")
	w.Header().Set("Content-Disposition", `attachment; filename="reviews.csv"`)
	cw := csv.NewWriter(w)
	cw.Write([]string{"key", "status", "note", "finding", "story", "updated"})
	for _, rv := range list {
		cw.Write([]string{rv.Key, rv.Status, csvSafe(rv.Note), csvSafe(rv.Finding), rv.Story, rv.Updated})
	}
	cw.Flush()
	return cw.Error()
}

// apiPutReview takes {"status", "note", "finding", "story"} for the key in
// the path.
func (s *Server) apiPutReview(w http.ResponseWriter, r *http.Request) error {
	if _, err := writeType(r); err != nil {
		return err
	}
	if err := s.authorized(r); err != nil {
		return err
	}
	body, err := io.ReadAll(io.LimitReader(r.Body, 64<<10))
	if err != nil {
		return err
	}
	var rv corroborate.Review
	if err := json.Unmarshal(body, &rv); err != nil {
		return corroborate.Errorf(corroborate.EINVALID, "bad JSON: %v", err)
	}
	rv.Key = r.PathValue("key")
	if err := s.store.PutReview(r.Context(), rv); err != nil {
		return err
	}
	list, err := s.store.Reviews(r.Context())
	if err != nil {
		return err
	}
	for _, x := range list {
		if x.Key == rv.Key {
			rv = x
		}
	}
	writeJSON(w, http.StatusOK, map[string]any{"review": rv})
	return nil
}
