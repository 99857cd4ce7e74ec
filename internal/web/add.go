package web

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/pipeline"
	"github.com/corroborate/corroborate/internal/source"
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
	s.render(w, r, "add", map[string]any{"Title": "Add articles", "Outlets": outletCounts(s.current())})
	return nil
}

// ingestInputs stores inputs written to a temporary folder (pasted text,
// uploads) and URLs, then rebuilds the analysis.
func (s *Server) ingestInputs(ctx context.Context, dir string, urls []string, progress func(done, total int)) (*pipeline.Result, error) {
	s.ingestMu.Lock()
	defer s.ingestMu.Unlock()
	inputs := append([]string{}, urls...)
	if dir != "" {
		inputs = append(inputs, dir)
	}
	res, err := pipeline.Ingest(ctx, s.store, inputs, pipeline.Options{Reader: &source.Reader{Fetcher: s.fetcher}, Progress: progress})
	if err != nil {
		return res, err
	}
	if err := s.refresh(ctx); err != nil {
		return res, err
	}
	return res, nil
}

// saveInputs writes pasted text and uploaded files to a temporary folder.
func saveInputs(r *http.Request) (string, []string, error) {
	dir, err := os.MkdirTemp("", "corroborate-add-")
	if err != nil {
		return "", nil, err
	}
	var urls []string
	for _, line := range strings.Split(r.FormValue("urls"), "\n") {
		if u := strings.TrimSpace(line); u != "" {
			urls = append(urls, u)
		}
	}
	n := 0
	if t := r.FormValue("text"); strings.TrimSpace(t) != "" {
		n++
		name, data, err := pastedInput(r, t)
		if err != nil {
			return dir, nil, err
		}
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o600); err != nil {
			return dir, nil, err
		}
	}
	if r.MultipartForm != nil {
		for _, fh := range r.MultipartForm.File["files"] {
			f, err := fh.Open()
			if err != nil {
				return dir, nil, err
			}
			name := filepath.Base(fh.Filename)
			if name == "." || name == "/" || name == "" {
				name = fmt.Sprintf("upload-%d", n)
			}
			out, err := os.Create(filepath.Join(dir, fmt.Sprintf("%02d-%s", n, name)))
			if err == nil {
				_, err = io.Copy(out, io.LimitReader(f, source.MaxBytes+1))
				out.Close()
			}
			f.Close()
			if err != nil {
				return dir, nil, err
			}
			n++
		}
	}
	if n == 0 {
		os.Remove(dir)
		dir = ""
	}
	return dir, urls, nil
}

func (s *Server) addSubmit(w http.ResponseWriter, r *http.Request) error {
	if err := r.ParseMultipartForm(8 << 20); err != nil && err != http.ErrNotMultipart {
		if strings.Contains(err.Error(), "too large") {
			return &corroborate.Error{Code: "too_large", Message: "upload too large"}
		}
		if err := r.ParseForm(); err != nil {
			return corroborate.Errorf(corroborate.EINVALID, "bad form: %v", err)
		}
	}
	if err := s.authorized(r); err != nil {
		return err
	}
	dir, urls, err := saveInputs(r)
	if err != nil {
		return err
	}
	if dir == "" && len(urls) == 0 {
		return corroborate.Errorf(corroborate.EINVALID, "nothing to add: paste text, give URLs or choose files")
	}
	j := &job{ID: newID(), Running: true, Started: time.Now()}
	s.jobsMu.Lock()
	s.jobs[j.ID] = j
	s.jobsMu.Unlock()
	go func() {
		defer func() {
			if dir != "" {
				os.RemoveAll(dir)
			}
		}()
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
		defer cancel()
		res, err := s.ingestInputs(ctx, dir, urls, func(done, total int) {
			j.mu.Lock()
			j.Done, j.Total = done, total
			j.mu.Unlock()
		})
		j.mu.Lock()
		defer j.mu.Unlock()
		j.Running = false
		if res != nil {
			j.Created = res.Articles
			for _, e := range res.Errors {
				e.Source = strings.TrimPrefix(e.Source, dir+string(os.PathSeparator))
				j.Errors = append(j.Errors, e)
			}
		}
		if err != nil {
			j.Errors = append(j.Errors, corroborate.InputError{Source: "ingest", Err: err.Error()})
		}
	}()
	http.Redirect(w, r, "/jobs/"+j.ID, http.StatusSeeOther)
	return nil
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
