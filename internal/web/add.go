package web

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"io"
	"net/http"
	"path/filepath"
	"runtime/debug"
	"slices"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/pipeline"
	"github.com/corroborate/corroborate/internal/source"
)

// Limits on what one Add (form or API call) may bring.
const (
	maxURLs     = 100 // addresses in one request
	maxNameLen  = 200 // characters of an input's name
	jobsKept    = 200 // finished jobs remembered at most
	jobLifetime = time.Hour
	jobTimeout  = 10 * time.Minute
)

// job is an ingest running in the background, shown with its progress.
type job struct {
	ID      string
	mu      sync.Mutex
	Done    int
	Total   int
	Running bool
	Created []corroborate.Article
	Errors  []corroborate.InputError
	Started time.Time
	Ended   time.Time
}

func (j *job) snapshot() map[string]any {
	j.mu.Lock()
	defer j.mu.Unlock()
	return map[string]any{"ID": j.ID, "Done": j.Done, "Total": j.Total, "Running": j.Running, "Articles": append([]corroborate.Article(nil), j.Created...), "Errors": append([]corroborate.InputError(nil), j.Errors...)}
}

func newID() string {
	b := make([]byte, 8)
	rand.Read(b)
	return hex.EncodeToString(b)
}

func (s *Server) addPage(w http.ResponseWriter, r *http.Request) error {
	s.render(w, r, "add", map[string]any{"Title": "Add articles", "Outlets": outletCounts(s.current()), "CSRF": csrfToken(w, r)})
	return nil
}

// reader returns the reader for inputs sent to the server. Its limits are
// the server's, whatever a request says or names its inputs.
func (s *Server) reader() *source.Reader {
	return &source.Reader{MaxBytes: source.MaxBytes, MaxStreamBytes: s.cfg.MaxInput, Fetcher: s.fetcher}
}

// ingestItems stores items, then places the new articles (place).
func (s *Server) ingestItems(ctx context.Context, items []source.Item, progress func(done, total int)) (*pipeline.Result, error) {
	s.ingestMu.Lock()
	defer s.ingestMu.Unlock()
	res, err := pipeline.IngestItems(ctx, s.store, items, pipeline.Options{Reader: s.reader(), Progress: progress})
	if err != nil {
		return res, err
	}
	if err := s.place(ctx, s.fresh(res.Articles)); err != nil {
		return res, err
	}
	return res, nil
}

// pastedName is the source of text pasted or sent in a request body
// without a name: what it was and when it came, never a server path.
func pastedName(what string) string {
	return fmt.Sprintf("%s (%s)", what, time.Now().UTC().Format("2006-01-02 15:04:05 UTC"))
}

// inputName cleans a name a client gave an input (an upload's file name, a
// name parameter): its base name, at most maxNameLen characters.
func inputName(name, fallback string) string {
	name = strings.TrimSpace(filepath.Base(strings.ReplaceAll(name, "\\", "/")))
	if name == "." || name == "/" || name == "" || !utf8.ValidString(name) {
		return fallback
	}
	return pipeline.Clip(name, maxNameLen)
}

// urlItems turns lines of addresses into items; anything but an http(s)
// URL is an input error.
func urlItems(lines []string) ([]source.Item, []corroborate.InputError, error) {
	var items []source.Item
	var errs []corroborate.InputError
	for _, l := range lines {
		u := strings.TrimSpace(l)
		switch {
		case u == "":
		case source.IsWebURL(u):
			items = append(items, source.Item{Source: u, Kind: "url"})
		default:
			errs = append(errs, corroborate.InputError{Source: clip(u, maxNameLen), Err: "not an http(s) URL"})
		}
	}
	if len(items) > maxURLs {
		return nil, nil, corroborate.Errorf(corroborate.EINVALID, "%d URLs in one request; at most %d", len(items), maxURLs)
	}
	return items, errs, nil
}

// formItems reads the Add form: addresses, pasted text and uploads.
func formItems(r *http.Request) ([]source.Item, []corroborate.InputError, error) {
	items, errs, err := urlItems(strings.Split(r.PostFormValue("urls"), "\n"))
	if err != nil {
		return nil, nil, err
	}
	if t := r.PostFormValue("text"); strings.TrimSpace(t) != "" {
		// With an outlet, address or date, the text becomes a JSON record
		// carrying them (sourceform.go).
		_, data, err := pastedInput(r, t)
		if err != nil {
			return nil, nil, err
		}
		items = append(items, source.Item{Source: pastedName("pasted text"), Kind: "data", Data: data})
	}
	if r.MultipartForm == nil {
		return items, errs, nil
	}
	for i, fh := range r.MultipartForm.File["files"] {
		f, err := fh.Open()
		if err != nil {
			return nil, nil, err
		}
		b, err := io.ReadAll(f)
		f.Close()
		if err != nil {
			return nil, nil, err
		}
		items = append(items, source.Item{Source: inputName(fh.Filename, fmt.Sprintf("upload %d", i+1)), Kind: "data", Data: b})
	}
	return items, errs, nil
}

func (s *Server) addSubmit(w http.ResponseWriter, r *http.Request) error {
	if err := r.ParseMultipartForm(8 << 20); err != nil && err != http.ErrNotMultipart {
		return corroborate.Errorf(corroborate.EINVALID, "the form could not be read: %v", err)
	}
	if err := checkCSRF(r); err != nil {
		return err
	}
	if err := s.authorized(r); err != nil {
		return err
	}
	items, errs, err := formItems(r)
	if err != nil {
		return err
	}
	if len(items) == 0 && len(errs) == 0 {
		return corroborate.Errorf(corroborate.EINVALID, "nothing to add: paste text, give URLs or choose files")
	}
	j := s.startJob(items, errs)
	http.Redirect(w, r, "/jobs/"+j.ID, http.StatusSeeOther)
	return nil
}

// startJob runs an ingest in the background on the server's job context:
// Close cancels it and waits for it. A panic is reported in the job's
// errors; the server goes on.
func (s *Server) startJob(items []source.Item, errs []corroborate.InputError) *job {
	j := &job{ID: newID(), Running: true, Started: time.Now(), Errors: errs}
	s.jobsMu.Lock()
	s.pruneJobs(time.Now())
	s.jobs[j.ID] = j
	s.jobsMu.Unlock()
	s.jobWG.Add(1)
	go func() {
		defer s.jobWG.Done()
		var res *pipeline.Result
		var err error
		defer func() {
			if p := recover(); p != nil {
				s.log.Error("panic in an Add job", "panic", fmt.Sprint(p), "stack", string(debug.Stack()))
				err = fmt.Errorf("internal error (please report it): %v", p)
			}
			j.finish(res, err)
		}()
		ctx, cancel := context.WithTimeout(s.jobCtx, jobTimeout)
		defer cancel()
		res, err = s.ingestItems(ctx, items, func(done, total int) {
			j.mu.Lock()
			j.Done, j.Total = done, total
			j.mu.Unlock()
		})
	}()
	return j
}

func (j *job) finish(res *pipeline.Result, err error) {
	j.mu.Lock()
	defer j.mu.Unlock()
	j.Running, j.Ended = false, time.Now()
	if res != nil {
		j.Created = res.Articles
		j.Errors = append(j.Errors, res.Errors...)
	}
	if err != nil {
		j.Errors = append(j.Errors, corroborate.InputError{Source: "ingest", Err: err.Error()})
	}
}

// pruneJobs forgets finished jobs older than jobLifetime, and the oldest
// finished jobs beyond jobsKept. The caller holds jobsMu.
func (s *Server) pruneJobs(now time.Time) {
	var finished []*job
	for id, j := range s.jobs {
		j.mu.Lock()
		running, ended := j.Running, j.Ended
		j.mu.Unlock()
		if running {
			continue
		}
		if now.Sub(ended) > jobLifetime {
			delete(s.jobs, id)
			continue
		}
		finished = append(finished, j)
	}
	if len(finished) <= jobsKept {
		return
	}
	slices.SortFunc(finished, func(a, b *job) int { return a.Ended.Compare(b.Ended) })
	for _, j := range finished[:len(finished)-jobsKept] {
		delete(s.jobs, j.ID)
	}
}

func (s *Server) jobPage(w http.ResponseWriter, r *http.Request) error {
	s.jobsMu.Lock()
	j, ok := s.jobs[r.PathValue("id")]
	s.jobsMu.Unlock()
	if !ok {
		return corroborate.Errorf(corroborate.ENOTFOUND, "no job %s", r.PathValue("id"))
	}
	data := j.snapshot()
	data["Title"] = "Adding articles"
	v := s.current()
	var stories []string
	for _, a := range data["Articles"].([]corroborate.Article) {
		if sid, ok := v.storyOf[a.ID]; ok && !slices.Contains(stories, sid) {
			stories = append(stories, sid)
		}
	}
	data["Stories"] = stories
	s.render(w, r, "job", data)
	return nil
}
