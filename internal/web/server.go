// Package web serves the store as a web application and a JSON API from
// the same binary: server-rendered pages (html/template, assets embedded,
// working without JavaScript) for people, and /api/ for scripts, with the
// same shapes as the report contract.
package web

import (
	"context"
	"crypto/sha256"
	"crypto/subtle"
	"embed"
	"encoding/hex"
	"errors"
	"fmt"
	"html/template"
	"io/fs"
	"log/slog"
	"net"
	"net/http"
	"strings"
	"sync"
	"time"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/fetch"
	"github.com/corroborate/corroborate/internal/pipeline"
)

//go:embed templates/*.html
var templateFS embed.FS

//go:embed static
var staticFS embed.FS

// Config configures a Server.
type Config struct {
	// Addr is the listen address (default 127.0.0.1:8080).
	Addr string
	// Token, when set, is required for every write (Authorization: Bearer,
	// or the form's token field). It is required when Addr is not loopback.
	Token string
	// AllowPrivate lets URL ingestion reach private addresses.
	AllowPrivate bool
	// MaxBody limits request bodies (default 25 MB).
	MaxBody int64
	// Logger logs server errors.
	Logger *slog.Logger
}

// Server is the web application.
type Server struct {
	cfg     Config
	store   corroborate.ArticleStore
	fetcher *fetch.Fetcher
	tmpl    map[string]*template.Template
	mux     *http.ServeMux
	log     *slog.Logger

	mu      sync.RWMutex
	version int
	view    *view // analysis of the whole store, rebuilt after writes

	ingestMu sync.Mutex // one ingest at a time
	jobsMu   sync.Mutex
	jobs     map[string]*job
}

// view is the analysed store.
type view struct {
	report  *corroborate.Report
	stories map[string]*corroborate.Story
	byID    map[string]*corroborate.Article
	storyOf map[string]string // article id → story id
	etag    string
}

// IsLoopback reports whether addr listens on loopback only.
func IsLoopback(addr string) bool {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return false
	}
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// New returns a server over store.
func New(ctx context.Context, store corroborate.ArticleStore, cfg Config) (*Server, error) {
	if cfg.Addr == "" {
		cfg.Addr = "127.0.0.1:8080"
	}
	if cfg.MaxBody == 0 {
		cfg.MaxBody = 25 << 20
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.Default()
	}
	if !IsLoopback(cfg.Addr) && cfg.Token == "" {
		return nil, errors.New("listening beyond loopback needs CORROBORATE_TOKEN for writes")
	}
	fo := fetch.DefaultOptions()
	fo.AllowPrivate = cfg.AllowPrivate
	s := &Server{cfg: cfg, store: store, fetcher: fetch.New(fo), log: cfg.Logger, jobs: map[string]*job{}}
	if err := s.parseTemplates(); err != nil {
		return nil, err
	}
	if err := s.refresh(ctx); err != nil {
		return nil, err
	}
	s.routes()
	return s, nil
}

func (s *Server) parseTemplates() error {
	s.tmpl = map[string]*template.Template{}
	pages, err := fs.Glob(templateFS, "templates/*.html")
	if err != nil {
		return err
	}
	for _, p := range pages {
		name := strings.TrimSuffix(strings.TrimPrefix(p, "templates/"), ".html")
		if name == "layout" {
			continue
		}
		t, err := template.New("layout.html").Funcs(funcs).ParseFS(templateFS, "templates/layout.html", p)
		if err != nil {
			return fmt.Errorf("template %s: %w", name, err)
		}
		s.tmpl[name] = t
	}
	return nil
}

// refresh rebuilds the analysis of the whole store.
func (s *Server) refresh(ctx context.Context) error {
	arts, err := s.store.Articles(ctx, 0)
	if err != nil {
		return err
	}
	rep := &corroborate.Report{Articles: arts}
	if len(arts) > 0 {
		an, err := pipeline.Analyze(ctx, rep.Articles)
		if err != nil {
			return err
		}
		if rep.Stories, err = an.Stories(ctx); err != nil {
			return err
		}
	}
	pipeline.Normalize(rep)
	v := &view{report: rep, stories: map[string]*corroborate.Story{}, byID: map[string]*corroborate.Article{}, storyOf: map[string]string{}}
	h := sha256.New()
	for i := range rep.Articles {
		v.byID[rep.Articles[i].ID] = &rep.Articles[i]
		h.Write([]byte(rep.Articles[i].ID))
	}
	for i := range rep.Stories {
		st := &rep.Stories[i]
		v.stories[st.ID] = st
		for _, a := range st.Articles {
			v.storyOf[a] = st.ID
		}
	}
	v.etag = `"` + hex.EncodeToString(h.Sum(nil))[:16] + `"`
	s.mu.Lock()
	s.view = v
	s.version++
	s.mu.Unlock()
	return nil
}

func (s *Server) current() *view {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.view
}

// Handler returns the server's HTTP handler with its middleware.
func (s *Server) Handler() http.Handler { return s.secure(gzipped(s.mux)) }

func (s *Server) routes() {
	m := http.NewServeMux()
	m.HandleFunc("GET /{$}", s.handle(s.storiesPage))
	m.HandleFunc("GET /stories/{id}", s.handle(s.storyPage))
	m.HandleFunc("GET /articles/{id}", s.handle(s.articlePage))
	m.HandleFunc("GET /add", s.handle(s.addPage))
	m.HandleFunc("POST /add", s.handle(s.addSubmit))
	m.HandleFunc("GET /jobs/{id}", s.handle(s.jobPage))
	m.Handle("GET /static/", http.FileServerFS(staticFS))

	m.HandleFunc("GET /api/stories", s.handle(s.apiStories))
	m.HandleFunc("GET /api/stories/{id}", s.handle(s.apiStory))
	m.HandleFunc("GET /api/stories/{id}/{table}", s.handle(s.apiStoryCSV))
	m.HandleFunc("GET /api/articles", s.handle(s.apiArticles))
	m.HandleFunc("GET /api/articles/{id}", s.handle(s.apiArticle))
	m.HandleFunc("POST /api/articles", s.handle(s.apiIngest))
	m.HandleFunc("GET /api/entities", s.handle(s.apiEntities))
	m.HandleFunc("GET /api/openapi.json", s.handle(s.apiOpenAPI))
	s.reviewRoutes(m)
	m.HandleFunc("/api/", s.handle(func(w http.ResponseWriter, r *http.Request) error {
		return corroborate.Errorf(corroborate.ENOTFOUND, "no such endpoint: %s %s", r.Method, r.URL.Path)
	}))
	s.mux = m
}

// secure adds the headers every response carries.
func (s *Server) secure(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("Content-Security-Policy", "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Referrer-Policy", "no-referrer")
		h.Set("X-Frame-Options", "DENY")
		r.Body = http.MaxBytesReader(w, r.Body, s.cfg.MaxBody)
		next.ServeHTTP(w, r)
	})
}

// handle adapts a handler that returns an error: errors become a page or
// a JSON error body with the status their code maps to.
func (s *Server) handle(fn func(http.ResponseWriter, *http.Request) error) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		err := fn(w, r)
		if err == nil {
			return
		}
		code := corroborate.ErrorCode(err)
		msg := err.Error()
		var e *corroborate.Error
		if errors.As(err, &e) {
			msg = e.Message
		}
		var mbe *http.MaxBytesError
		if errors.As(err, &mbe) {
			code, msg = "too_large", fmt.Sprintf("request body over %d bytes", mbe.Limit)
		}
		status := statusOf(code)
		if status >= 500 {
			s.log.Error("request failed", "method", r.Method, "path", r.URL.Path, "err", err)
			msg = "internal error"
		}
		if strings.HasPrefix(r.URL.Path, "/api/") || strings.Contains(r.Header.Get("Accept"), "application/json") {
			writeJSON(w, status, map[string]any{"error": map[string]string{"code": code, "message": msg}})
			return
		}
		w.WriteHeader(status)
		s.render(w, r, "error", map[string]any{"Title": "Error", "Status": status, "Message": msg})
	}
}

func statusOf(code string) int {
	switch code {
	case corroborate.ENOTFOUND:
		return http.StatusNotFound
	case corroborate.EINVALID:
		return http.StatusBadRequest
	case corroborate.ECONFLICT:
		return http.StatusConflict
	case "unauthorized":
		return http.StatusUnauthorized
	case "forbidden":
		return http.StatusForbidden
	case "too_large":
		return http.StatusRequestEntityTooLarge
	}
	return http.StatusInternalServerError
}

// authorized checks the write token, when one is configured.
func (s *Server) authorized(r *http.Request) error {
	if s.cfg.Token == "" {
		return nil
	}
	got := strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer ")
	if got == "" {
		got = r.FormValue("token")
	}
	if subtle.ConstantTimeCompare([]byte(got), []byte(s.cfg.Token)) != 1 {
		return &corroborate.Error{Code: "unauthorized", Message: "a valid token is required to write"}
	}
	return nil
}

// Serve listens and serves until ctx ends, then shuts down gracefully:
// in-flight requests finish, then the caller closes the store.
func (s *Server) Serve(ctx context.Context, ln net.Listener) error {
	srv := &http.Server{Handler: s.Handler(), ReadHeaderTimeout: 10 * time.Second, ReadTimeout: 2 * time.Minute,
		WriteTimeout: 5 * time.Minute, IdleTimeout: 2 * time.Minute}
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	sctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	return srv.Shutdown(sctx)
}
