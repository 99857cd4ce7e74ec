package web

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"strings"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/source"
)

func writeJSON(w http.ResponseWriter, status int, v any) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(true)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		http.Error(w, `{"error":{"code":"internal","message":"encode"}}`, http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	w.Write(buf.Bytes())
}

// notModified answers 304 when the client has the current version.
func notModified(w http.ResponseWriter, r *http.Request, etag string) bool {
	w.Header().Set("ETag", etag)
	w.Header().Set("Cache-Control", "no-cache")
	if inm := r.Header.Get("If-None-Match"); inm != "" && strings.Contains(inm, etag) {
		w.WriteHeader(http.StatusNotModified)
		return true
	}
	return false
}

// page reads page and per_page (1-based; at most 200 a page).
func page(r *http.Request, n int) (int, int, int, error) {
	p, per := 1, 50
	if s := r.URL.Query().Get("page"); s != "" {
		v, err := strconv.Atoi(s)
		if err != nil || v < 1 {
			return 0, 0, 0, corroborate.Errorf(corroborate.EINVALID, "page must be a positive integer")
		}
		p = v
	}
	if s := r.URL.Query().Get("per_page"); s != "" {
		v, err := strconv.Atoi(s)
		if err != nil || v < 1 || v > 200 {
			return 0, 0, 0, corroborate.Errorf(corroborate.EINVALID, "per_page must be between 1 and 200")
		}
		per = v
	}
	lo := min((p-1)*per, n)
	hi := min(lo+per, n)
	return p, lo, hi, nil
}

func (s *Server) apiStories(w http.ResponseWriter, r *http.Request) error {
	v := s.current()
	items, err := s.filterStories(r, v)
	if err != nil {
		return err
	}
	return s.writeStoryList(w, r, v, items)
}

func nonNil(ss []string) []string {
	if ss == nil {
		return []string{}
	}
	return ss
}

func (s *Server) apiStory(w http.ResponseWriter, r *http.Request) error {
	v := s.current()
	st, moved, err := s.story(w, r, v)
	if err != nil || moved {
		return err
	}
	if notModified(w, r, v.etag) {
		return nil
	}
	var arts []corroborate.Article
	for _, id := range st.Articles {
		arts = append(arts, *v.byID[id])
	}
	writeJSON(w, http.StatusOK, map[string]any{"story": st, "articles": arts})
	return nil
}

func (s *Server) apiArticles(w http.ResponseWriter, r *http.Request) error {
	v := s.current()
	p, lo, hi, err := page(r, len(v.report.Articles))
	if err != nil {
		return err
	}
	if notModified(w, r, v.etag+strconv.Quote(r.URL.RawQuery)) {
		return nil
	}
	writeJSON(w, http.StatusOK, map[string]any{"articles": v.report.Articles[lo:hi], "page": p, "total": len(v.report.Articles), "links": pageLinks(w, r, len(v.report.Articles))})
	return nil
}

func (s *Server) apiArticle(w http.ResponseWriter, r *http.Request) error {
	v := s.current()
	a, ok := v.byID[r.PathValue("id")]
	if !ok {
		return corroborate.Errorf(corroborate.ENOTFOUND, "no article %s", r.PathValue("id"))
	}
	if notModified(w, r, v.etag) {
		return nil
	}
	if stored, err := s.store.Article(r.Context(), a.ID); err == nil {
		// A copy: the view's articles are shared by every request.
		c := *a
		c.Sources = stored.Sources
		a = &c
	}
	writeJSON(w, http.StatusOK, map[string]any{"article": a, "story": v.storyOf[a.ID]})
	return nil
}

func (s *Server) apiEntities(w http.ResponseWriter, r *http.Request) error {
	v := s.current()
	type ent struct {
		corroborate.Entity
		Stories []string `json:"stories"`
	}
	idx := map[string]int{}
	var out []ent
	for _, st := range v.report.Stories {
		for _, e := range st.Entities {
			k := e.Type + "|" + e.Name
			if i, ok := idx[k]; ok {
				out[i].Mentions += e.Mentions
				out[i].Stories = append(out[i].Stories, st.ID)
				continue
			}
			idx[k] = len(out)
			out = append(out, ent{Entity: e, Stories: []string{st.ID}})
		}
	}
	p, lo, hi, err := page(r, len(out))
	if err != nil {
		return err
	}
	if notModified(w, r, v.etag+strconv.Quote(r.URL.RawQuery)) {
		return nil
	}
	page := out[lo:hi]
	if page == nil {
		page = []ent{}
	}
	writeJSON(w, http.StatusOK, map[string]any{"entities": page, "page": p, "total": len(out), "links": pageLinks(w, r, len(out))})
	return nil
}

// ingestRequest is the JSON body of POST /api/articles.
type ingestRequest struct {
	// Name names the text, html or records in reports (default: "pasted
	// text" and the time).
	Name    string            `json:"name"`
	URLs    []string          `json:"urls"`
	Text    string            `json:"text"`
	HTML    string            `json:"html"`
	Records []json.RawMessage `json:"records"`
}

// apiIngest takes articles: a JSON body {"urls": [...], "text": "...",
// "html": "...", "records": [...], "name": "..."} or a raw body
// (application/x-ndjson, text/html, application/octet-stream; gzip or not,
// detected by content). Bodies a cross-site form could send (text/plain,
// forms) are refused. The name parameter only names the input; the limits
// are the server's.
func (s *Server) apiIngest(w http.ResponseWriter, r *http.Request) error {
	if err := s.authorized(r); err != nil {
		return err
	}
	ct, err := writeType(r)
	if err != nil {
		return err
	}
	body, err := io.ReadAll(r.Body)
	if err != nil {
		return err
	}
	if len(bytes.TrimSpace(body)) == 0 {
		return corroborate.Errorf(corroborate.EINVALID, "empty body")
	}
	var items []source.Item
	var errs []corroborate.InputError
	if ct == "application/json" {
		items, errs, err = jsonItems(body)
		if err != nil {
			return err
		}
	} else {
		name := inputName(r.URL.Query().Get("name"), pastedName("request body"))
		items = []source.Item{{Source: name, Kind: "data", Data: body}}
	}
	res, err := s.ingestItems(r.Context(), items, nil)
	if err != nil {
		return err
	}
	res.Errors = append(errs, res.Errors...)
	v := s.current()
	status := http.StatusCreated
	if len(res.Articles) == 0 {
		status = http.StatusUnprocessableEntity
	}
	type created struct {
		corroborate.Article
		Story string `json:"story"`
	}
	arts := []created{}
	for _, a := range res.Articles {
		arts = append(arts, created{Article: a, Story: v.storyOf[a.ID]})
	}
	writeJSON(w, status, map[string]any{"articles": arts, "errors": append([]corroborate.InputError{}, res.Errors...)})
	return nil
}

// jsonItems reads the JSON body of an ingest request.
func jsonItems(body []byte) ([]source.Item, []corroborate.InputError, error) {
	var req ingestRequest
	if err := json.Unmarshal(body, &req); err != nil {
		return nil, nil, corroborate.Errorf(corroborate.EINVALID, "%s", jsonProblem(err))
	}
	items, errs, err := urlItems(req.URLs)
	if err != nil {
		return nil, nil, err
	}
	name := func(suffix string) string {
		if req.Name == "" {
			return pastedName("pasted " + suffix)
		}
		return inputName(req.Name, "")
	}
	if req.Text != "" {
		items = append(items, source.Item{Source: name("text"), Kind: "data", Data: []byte(req.Text)})
	}
	if req.HTML != "" {
		items = append(items, source.Item{Source: name("HTML"), Kind: "data", Data: []byte(req.HTML)})
	}
	if len(req.Records) > 0 {
		var b bytes.Buffer
		for _, rec := range req.Records {
			b.Write(bytes.ReplaceAll(rec, []byte("\n"), nil))
			b.WriteByte('\n')
		}
		items = append(items, source.Item{Source: name("records"), Kind: "data", Data: b.Bytes()})
	}
	if len(items) == 0 && len(errs) == 0 {
		return nil, nil, corroborate.Errorf(corroborate.EINVALID, "the JSON body needs urls, text, html or records")
	}
	return items, errs, nil
}

// jsonProblem describes a JSON body that cannot be read, in terms of the
// request's fields, never of Go types.
func jsonProblem(err error) string {
	var te *json.UnmarshalTypeError
	var se *json.SyntaxError
	switch {
	case errors.As(err, &te) && te.Field == "":
		return fmt.Sprintf("the JSON body must be an object with urls, text, html or records, not a JSON %s", te.Value)
	case errors.As(err, &te):
		want := map[string]string{"urls": "an array of strings", "text": "a string", "html": "a string", "name": "a string", "records": "an array of objects"}[strings.SplitN(te.Field, ".", 2)[0]]
		if want == "" {
			want = "another kind of value"
		}
		return fmt.Sprintf("field %q must be %s, not a JSON %s", te.Field, want, te.Value)
	case errors.As(err, &se):
		return fmt.Sprintf("the body is not valid JSON (at byte %d: %v)", se.Offset, se)
	}
	return "the body is not valid JSON"
}

// apiStoryCSV exports a story's discrepancies, quotes or timeline.
func (s *Server) apiStoryCSV(w http.ResponseWriter, r *http.Request) error {
	v := s.current()
	st, moved, err := s.story(w, r, v)
	if err != nil || moved {
		return err
	}
	var rows [][]string
	switch r.PathValue("table") {
	case "discrepancies.csv":
		rows = append(rows, []string{"about", "kind", "value", "articles", "sentence"})
		for _, d := range st.Discrepancies {
			for _, val := range d.Values {
				sen := ""
				if len(val.Sentences) > 0 {
					sen = val.Sentences[0]
				}
				rows = append(rows, []string{d.About, d.Kind, fmt.Sprint(val.Value), strings.Join(val.Articles, " "), csvSafe(sen)})
			}
		}
	case "quotes.csv":
		// speaker_kind comes last so that the earlier columns keep their places
		rows = append(rows, []string{"speaker", "speaker_text", "direct", "cue", "text", "article", "sentence", "speaker_kind"})
		for _, q := range st.Quotes {
			rows = append(rows, []string{deref(q.Speaker, ""), deref(q.SpeakerText, ""), strconv.FormatBool(q.Direct), deref(q.Cue, ""), csvSafe(q.Text), q.Article, csvSafe(q.Sentence), q.SpeakerKind})
		}
	case "timeline.csv":
		rows = append(rows, []string{"date", "precision", "event", "expression", "articles"})
		for _, e := range st.Timeline {
			rows = append(rows, []string{e.Date, e.Precision, csvSafe(e.Event), deref(e.Expression, ""), strings.Join(e.Articles, " ")})
		}
	default:
		return corroborate.Errorf(corroborate.ENOTFOUND, "no table %s (discrepancies.csv, quotes.csv, timeline.csv)", r.PathValue("table"))
	}
	w.Header().Set("Content-Type", "text/csv; charset=utf-8")
	w.Header().Set("Content-Disposition", fmt.Sprintf(`attachment; filename="%s-%s"`, st.ID, r.PathValue("table")))
	cw := csv.NewWriter(w)
	return cw.WriteAll(rows)
}

// csvSafe keeps spreadsheet programs from reading a cell as a formula.
func csvSafe(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}

func (s *Server) apiOpenAPI(w http.ResponseWriter, r *http.Request) error {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Write([]byte(openAPI))
	return nil
}
