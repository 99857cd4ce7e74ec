// Package web serves the store as a web application and a JSON API from
// the same binary: server-rendered pages (html/template, assets embedded,
// working without JavaScript) for people, and /api/ for scripts, with the
// same shapes as the report contract.
package web

import (
	"context"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"errors"
	"fmt"
	"html/template"
	"io/fs"
	"log/slog"
	"net"
	"net/http"
	"runtime/debug"
	"strings"
	"sync"
	"time"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/analyze"
	"github.com/corroborate/corroborate/internal/fetch"
	"github.com/corroborate/corroborate/internal/source"
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
	// Hosts are the host names, besides IP addresses, localhost and the
	// host of Addr, that requests may name in their Host header.
	Hosts []string
	// Poll is how often the store is checked for writes by other
	// processes (default 2s).
	Poll time.Duration
	// RegroupMax is the largest store a write regroups whole before it
	// answers (default 1,000 articles; negative: never). Above it a write
	// places its articles incrementally and no regroup follows: the
	// server's own writes leave its view current, and what other processes
	// write is caught up from the saved analysis, else by a regroup in the
	// background (place.go).
	RegroupMax int
	// AllowPrivate lets URL ingestion reach private addresses.
	AllowPrivate bool
	// MaxBody limits request bodies (default 25 MB).
	MaxBody int64
	// MaxInput limits one input after decompression (default 100 MB; a
	// document or JSON Lines record is also limited to source.MaxBytes).
	// Requests cannot change it.
	MaxInput int64
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

	hosts []string // host names the server answers to (besides IPs and localhost)

	mu      sync.RWMutex
	version int
	view    *view // analysis of the whole store, rebuilt after writes

	refreshMu sync.Mutex // one rebuild at a time
	seen      uint64     // store version the view was built from

	// memo keeps each story's findings between rebuilds: after a write
	// only the stories whose articles changed are compared again.
	memo analyze.FindingsMemo

	ingestMu sync.Mutex // one ingest at a time
	// placeMu serializes incremental placements and the comparisons they
	// leave pending (recompareLater).
	placeMu     sync.Mutex
	pendingMu   sync.Mutex
	pending     map[string]bool
	recomparing bool
	jobsMu      sync.Mutex
	jobs        map[string]*job
	// jobCtx is the context Add jobs run on: cancelled by Close (or when
	// Serve's context ends), and jobWG waits for them.
	jobCtx   context.Context
	stopJobs context.CancelFunc
	jobWG    sync.WaitGroup
}

// view is the analysed store.
type view struct {
	report  *corroborate.Report
	stories map[string]*corroborate.Story
	byID    map[string]*corroborate.Article
	storyOf map[string]string // article id → story id
	// redirects maps a merged story's old id to its live survivor.
	redirects map[string]string
	etag      string
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
	if cfg.MaxInput == 0 {
		cfg.MaxInput = 100 << 20
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.Default()
	}
	if cfg.Poll == 0 {
		cfg.Poll = 2 * time.Second
	}
	if cfg.RegroupMax == 0 {
		cfg.RegroupMax = regroupMax
	}
	if !IsLoopback(cfg.Addr) && cfg.Token == "" {
		return nil, errors.New("listening beyond loopback needs CORROBORATE_TOKEN for writes")
	}
	fo := fetch.DefaultOptions()
	fo.AllowPrivate = cfg.AllowPrivate
	s := &Server{cfg: cfg, store: store, fetcher: fetch.New(fo), log: cfg.Logger, jobs: map[string]*job{}}
	s.jobCtx, s.stopJobs = context.WithCancel(context.WithoutCancel(ctx))
	if host, _, err := net.SplitHostPort(cfg.Addr); err == nil && host != "" {
		s.hosts = append(s.hosts, strings.ToLower(host))
	}
	for _, h := range cfg.Hosts {
		s.hosts = append(s.hosts, strings.ToLower(strings.TrimSuffix(h, ".")))
	}
	if err := s.parseTemplates(); err != nil {
		return nil, err
	}
	if err := s.catchUp(ctx); err != nil {
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

// storedArticles reads the store's version and every stored article, with
// URLs stored before they were checked left out.
func (s *Server) storedArticles(ctx context.Context) (uint64, []corroborate.Article, error) {
	ver, err := s.store.Version(ctx)
	if err != nil {
		return 0, nil, err
	}
	arts, err := s.store.Articles(ctx, 0)
	if err != nil {
		return 0, nil, err
	}
	for i := range arts {
		if !source.IsWebURL(arts[i].URL) {
			arts[i].URL = "" // stored before URLs were checked
		}
	}
	return ver, arts, nil
}

// refresh rebuilds the analysis of the whole store. A panic in the
// language layer is reported as an error and the previous view stays.
func (s *Server) refresh(ctx context.Context) (err error) {
	s.refreshMu.Lock()
	defer s.refreshMu.Unlock()
	defer func() {
		if p := recover(); p != nil {
			s.log.Error("panic analysing the store", "panic", fmt.Sprint(p), "stack", string(debug.Stack()))
			err = corroborate.Errorf(corroborate.EINTERNAL, "analysing the store failed: %v", p)
		}
	}()
	ver, arts, err := s.storedArticles(ctx)
	if err != nil {
		return err
	}
	// The whole store regrouped, stable ids given (a merged story's id
	// redirects to the survivor) and the placement state saved: the
	// reconciliation of the incremental placements of writes.
	rep, redirects, err := analyze.Regroup(ctx, s.store, arts, &s.memo)
	if err != nil {
		return err
	}
	v := newView(rep, redirects)
	s.mu.Lock()
	s.view = v
	s.version++
	s.seen = ver
	s.mu.Unlock()
	return nil
}

// newView indexes a report for the pages.
func newView(rep *corroborate.Report, redirects map[string]string) *view {
	v := &view{report: rep, stories: make(map[string]*corroborate.Story, len(rep.Stories)), byID: make(map[string]*corroborate.Article, len(rep.Articles)),
		storyOf: make(map[string]string, len(rep.Articles)), redirects: redirects}
	h := sha256.New()
	for i := range rep.Articles {
		v.byID[rep.Articles[i].ID] = &rep.Articles[i]
		h.Write([]byte(rep.Articles[i].ID))
	}
	for i := range rep.Stories {
		st := &rep.Stories[i]
		h.Write([]byte(st.ID))
		v.stories[st.ID] = st
		for _, a := range st.Articles {
			v.storyOf[a] = st.ID
		}
	}
	v.etag = `"` + hex.EncodeToString(h.Sum(nil))[:16] + `"`
	return v
}

// sync rebuilds the view when the store changed since it was built, by
// this server or another process.
func (s *Server) sync(ctx context.Context) error {
	ver, err := s.store.Version(ctx)
	if err != nil {
		return err
	}
	s.mu.RLock()
	stale := ver != s.seen
	s.mu.RUnlock()
	if !stale {
		return nil
	}
	if v := s.current(); v != nil && len(v.report.Articles) > s.cfg.RegroupMax {
		return s.catchUp(ctx)
	}
	return s.refresh(ctx)
}

// watch syncs the view every Poll until ctx ends, so that articles another
// process (an analyze run) stores are shown without a restart.
func (s *Server) watch(ctx context.Context) {
	t := time.NewTicker(s.cfg.Poll)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
			if err := s.sync(ctx); err != nil && ctx.Err() == nil {
				s.log.Error("sync with the store", "err", err)
			}
		}
	}
}

func (s *Server) current() *view {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.view
}

func (s *Server) routes() {
	m := http.NewServeMux()
	m.HandleFunc("GET /{$}", s.handle(s.storiesPage))
	m.HandleFunc("GET /stories/{id}", s.handle(s.storyPage))
	m.HandleFunc("GET /articles/{id}", s.handle(s.articlePage))
	m.HandleFunc("GET /add", s.handle(s.addPage))
	m.HandleFunc("POST /add", s.handle(s.addSubmit))
	m.HandleFunc("GET /jobs/{id}", s.handle(s.jobPage))
	m.Handle("GET /static/", noListing(http.FileServerFS(staticFS)))

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

// handle adapts a handler that returns an error: errors become a page or
// a JSON error body with the status their code maps to.
func (s *Server) handle(fn func(http.ResponseWriter, *http.Request) error) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if err := fn(w, r); err != nil {
			s.fail(w, r, err)
		}
	}
}

// fail answers err: a JSON error body for the API (and clients that ask
// for JSON), an error page otherwise. Messages name the problem; internal
// errors are logged and answered "internal error".
func (s *Server) fail(w http.ResponseWriter, r *http.Request, err error) {
	code := corroborate.ErrorCode(err)
	msg := err.Error()
	var e *corroborate.Error
	if errors.As(err, &e) {
		msg = e.Message
	}
	var mbe *http.MaxBytesError
	if errors.As(err, &mbe) {
		code, msg = corroborate.ETOOLARGE, fmt.Sprintf("request body over %d MB", mbe.Limit>>20)
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

// statusOf maps the error vocabulary (corroborate.go) to HTTP statuses.
func statusOf(code string) int {
	switch code {
	case corroborate.ENOTFOUND:
		return http.StatusNotFound
	case corroborate.EINVALID:
		return http.StatusBadRequest
	case corroborate.ECONFLICT:
		return http.StatusConflict
	case corroborate.EUNAUTHORIZED:
		return http.StatusUnauthorized
	case corroborate.EFORBIDDEN:
		return http.StatusForbidden
	case corroborate.ETOOLARGE:
		return http.StatusRequestEntityTooLarge
	case corroborate.EUNSUPPORTED:
		return http.StatusUnsupportedMediaType
	}
	return http.StatusInternalServerError
}

// Serve listens and serves until ctx ends, syncing the view with writes by
// other processes every Poll. It then shuts down gracefully: in-flight
// requests finish, Add jobs are cancelled and waited for (whole batches
// only are stored), and only then may the caller close the store.
func (s *Server) Serve(ctx context.Context, ln net.Listener) error {
	srv := &http.Server{Handler: s.Handler(), ReadHeaderTimeout: 10 * time.Second, ReadTimeout: 2 * time.Minute,
		WriteTimeout: 5 * time.Minute, IdleTimeout: 2 * time.Minute}
	wctx, stopWatch := context.WithCancel(ctx)
	watched := make(chan struct{})
	go func() {
		defer close(watched)
		s.watch(wctx)
	}()
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	var err error
	select {
	case err = <-errc:
	case <-ctx.Done():
		sctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		err = srv.Shutdown(sctx)
	}
	stopWatch()
	<-watched
	s.Close()
	return err
}

// Close cancels the running Add jobs and waits for them to end. The store
// is the caller's to close afterwards.
func (s *Server) Close() {
	s.stopJobs()
	s.jobWG.Wait()
}
