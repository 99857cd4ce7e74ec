package web

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"mime/multipart"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/source"
	"github.com/corroborate/corroborate/internal/sqlite"
)

const article = "Harbour bridge reopens\n\nThe old harbour bridge reopened to traffic on Tuesday after eight months of repairs, officials said."

// do sends a request with headers and returns the status and body.
func do(t *testing.T, client *http.Client, method, url, ctype string, body string, hdr ...string) (int, string) {
	t.Helper()
	req, _ := http.NewRequest(method, url, strings.NewReader(body))
	if ctype != "" {
		req.Header.Set("Content-Type", ctype)
	}
	for i := 0; i+1 < len(hdr); i += 2 {
		if hdr[i] == "Host" {
			req.Host = hdr[i+1]
			continue
		}
		req.Header.Set(hdr[i], hdr[i+1])
	}
	resp, err := client.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	return resp.StatusCode, string(b)
}

func total(t *testing.T, ts *httptest.Server) int {
	_, body := get(t, ts.URL+"/api/articles")
	var out struct{ Total int }
	json.Unmarshal([]byte(body), &out)
	return out.Total
}

// TestCrossSiteWritesRefused: a page on another site cannot write, by form
// or by script, and a rebound host name is refused (issue 12, item 3).
func TestCrossSiteWritesRefused(t *testing.T) {
	_, ts := newTestServer(t, Config{Hosts: []string{"news.internal"}})
	client, csrf := formClient(t, ts)
	form := "csrf=" + csrf + "&text=" + strings.ReplaceAll(article, " ", "+")
	jsonBody := `{"text": ` + string(mustJSON(article)) + `}`
	const formType = "application/x-www-form-urlencoded"
	tests := []struct {
		name        string
		method, url string
		ctype, body string
		hdr         []string
		want        int
	}{
		{"cross-site form to /add", "POST", "/add", formType, form, []string{"Origin", "https://evil.example", "Sec-Fetch-Site", "cross-site"}, 403},
		{"cross-site form, Origin only", "POST", "/add", formType, form, []string{"Origin", "https://evil.example"}, 403},
		{"opaque origin", "POST", "/add", formType, form, []string{"Origin", "null"}, 403},
		{"form without CSRF token", "POST", "/add", formType, "text=" + strings.ReplaceAll(article, " ", "+"), nil, 403},
		{"form with a wrong CSRF token", "POST", "/add", formType, "csrf=00000000000000000000000000000000&text=x", nil, 403},
		{"text/plain to the API", "POST", "/api/articles", "text/plain", article, nil, 415},
		{"form to the API", "POST", "/api/articles", formType, "text=x", nil, 415},
		{"no type to the API", "POST", "/api/articles", "", article, nil, 415},
		{"cross-site JSON", "POST", "/api/articles", "application/json", jsonBody, []string{"Sec-Fetch-Site", "cross-site"}, 403},
		{"same-site but other origin JSON", "POST", "/api/articles", "application/json", jsonBody, []string{"Sec-Fetch-Site", "same-site"}, 403},
		{"JSON from another Origin", "POST", "/api/articles", "application/json", jsonBody, []string{"Origin", "https://evil.example"}, 403},
		{"rebound host name, write", "POST", "/api/articles", "application/json", jsonBody, []string{"Host", "evil.example"}, 403},
		{"rebound host name, read", "GET", "/api/stories", "", "", []string{"Host", "evil.example:8080"}, 403},
		{"localhost", "GET", "/api/stories", "", "", []string{"Host", "localhost:8080"}, 200},
		{"IPv6 loopback", "GET", "/api/stories", "", "", []string{"Host", "[::1]:8080"}, 200},
		{"configured host name", "GET", "/api/stories", "", "", []string{"Host", "news.internal:8080"}, 200},
	}
	for _, tt := range tests {
		code, body := do(t, client, tt.method, ts.URL+tt.url, tt.ctype, tt.body, tt.hdr...)
		if code != tt.want {
			t.Errorf("%s: %d, want %d: %.300s", tt.name, code, tt.want, body)
		}
	}
	if n := total(t, ts); n != 0 {
		t.Fatalf("refused writes stored %d articles", n)
	}
	// The same writes from the same origin are accepted.
	if code, body := do(t, client, "POST", ts.URL+"/api/articles", "application/json", jsonBody, "Sec-Fetch-Site", "same-origin", "Origin", ts.URL); code != 201 {
		t.Errorf("same-origin JSON: %d %s", code, body)
	}
	if code, body := do(t, client, "POST", ts.URL+"/add", formType, form, "Sec-Fetch-Site", "same-origin", "Origin", ts.URL); code != http.StatusSeeOther {
		t.Errorf("same-origin form: %d %s", code, body)
	}
	// Browsers send "Origin: null" on same-origin form posts under our
	// Referrer-Policy: no-referrer; Sec-Fetch-Site says it is same-origin.
	if code, body := do(t, client, "POST", ts.URL+"/add", formType, form, "Sec-Fetch-Site", "same-origin", "Origin", "null"); code != http.StatusSeeOther {
		t.Errorf("same-origin form with Origin null: %d %s", code, body)
	}
}

func mustJSON(v any) []byte {
	b, _ := json.Marshal(v)
	return b
}

// TestTokenOnlyInHeaderOrForm: a token in the query string is ignored.
func TestTokenOnlyInHeaderOrForm(t *testing.T) {
	_, ts := newTestServer(t, Config{Token: "s3cret"})
	body := `{"text": ` + string(mustJSON(article)) + `}`
	if code, _ := do(t, http.DefaultClient, "POST", ts.URL+"/api/articles?token=s3cret", "application/json", body); code != 401 {
		t.Errorf("token in the query string: %d, want 401", code)
	}
	if code, _ := do(t, http.DefaultClient, "POST", ts.URL+"/api/articles", "application/json", body, "Authorization", "Bearer s3cret"); code != 201 {
		t.Errorf("token in the header: %d, want 201", code)
	}
}

// TestNoDirectoryListing: /static/ serves files, never a listing.
func TestNoDirectoryListing(t *testing.T) {
	_, ts := newTestServer(t, Config{})
	for path, want := range map[string]int{"/static/": 404, "/static/style.css": 200} {
		if resp, body := get(t, ts.URL+path); resp.StatusCode != want || strings.Contains(body, "style.css\"") && want == 404 {
			t.Errorf("GET %s = %d, want %d", path, resp.StatusCode, want)
		}
	}
}

// TestErrorBodiesNameTheProblem: a bad JSON body gets a message about the
// request, not a Go type.
func TestErrorBodiesNameTheProblem(t *testing.T) {
	_, ts := newTestServer(t, Config{})
	tests := []struct{ body, want string }{
		{`[{"text": "x"}]`, "must be an object with urls, text, html or records"},
		{`"text"`, "must be an object"},
		{`{"urls": "https://x.example"}`, `field "urls" must be an array of strings`},
		{`{"text": 3}`, `field "text" must be a string`},
		{`{"text": `, "not valid JSON"},
	}
	for _, tt := range tests {
		code, body := do(t, http.DefaultClient, "POST", ts.URL+"/api/articles", "application/json", tt.body)
		var e struct{ Error struct{ Message string } }
		json.Unmarshal([]byte(body), &e)
		body = e.Error.Message
		if code != 400 || !strings.Contains(body, tt.want) || strings.Contains(body, "Go ") || strings.Contains(body, "struct") || strings.Contains(body, "web.") {
			t.Errorf("body %s: %d %s; want 400 naming %q", tt.body, code, body, tt.want)
		}
	}
}

// TestLimitsAndURLsThroughAPI: over-long metadata is cut and only http(s)
// URLs are stored or returned (issue 12, item 7).
func TestLimitsAndURLsThroughAPI(t *testing.T) {
	_, ts := newTestServer(t, Config{MaxBody: 8 << 20})
	long := strings.Repeat("x", 1<<20)
	recs := []map[string]string{
		{"title": long, "outlet": long, "author": long, "url": "https://news.example/a", "text": "The first council met on Monday to discuss the harbour budget, officials said."},
		{"title": "Hostile", "url": "javascript:alert(1)", "text": "The second council met on Tuesday to discuss the road budget, officials said."},
	}
	code, body := do(t, http.DefaultClient, "POST", ts.URL+"/api/articles", "application/json", `{"records": `+string(mustJSON(recs))+`}`)
	if code != 201 {
		t.Fatalf("POST: %d %.300s", code, body)
	}
	var out struct{ Articles []corroborate.Article }
	json.Unmarshal([]byte(body), &out)
	if len(out.Articles) != 2 {
		t.Fatalf("%d articles", len(out.Articles))
	}
	a := out.Articles[0]
	if a.Title == nil || utf8.RuneCountInString(*a.Title) > 500 || utf8.RuneCountInString(*a.Outlet) > 200 || utf8.RuneCountInString(*a.Author) > 300 {
		t.Errorf("metadata not limited: title %d, outlet %d bytes", len(deref(a.Title, "")), len(deref(a.Outlet, "")))
	}
	_, all := get(t, ts.URL+"/api/articles")
	if strings.Contains(all, "javascript:") {
		t.Errorf("a javascript: URL is returned by the API")
	}
	_, page := get(t, ts.URL+"/articles/"+out.Articles[1].ID)
	if strings.Contains(page, "javascript:") {
		t.Errorf("a javascript: URL is on the article page")
	}
}

// TestSourcesAreWhatTheUserGave: pasted text, named bodies and uploads
// keep the user's names; no server path appears (issue 12, item 5).
func TestSourcesAreWhatTheUserGave(t *testing.T) {
	_, ts := newTestServer(t, Config{})
	check := func(what, body, want string) {
		t.Helper()
		if !strings.Contains(body, want) || strings.Contains(body, os.TempDir()+"/") || strings.Contains(body, "corroborate-") {
			t.Errorf("%s: sources %.400s; want %q and no server path", what, body, want)
		}
	}
	_, body := do(t, http.DefaultClient, "POST", ts.URL+"/api/articles", "application/json", `{"text": `+string(mustJSON(article))+`}`)
	check("JSON text", body, `"source": "pasted text (`)
	_, body = do(t, http.DefaultClient, "POST", ts.URL+"/api/articles?name=../../etc/report.html", "text/html", "<html><body><article><p>The mayor opened the new library on Friday, and hundreds of readers came, the council said.</p></article></body></html>")
	check("named body", body, `"source": "report.html"`)

	client, csrf := formClient(t, ts)
	var buf bytes.Buffer
	mw := multipart.NewWriter(&buf)
	mw.WriteField("csrf", csrf)
	fw, _ := mw.CreateFormFile("files", "my-article.txt")
	fw.Write([]byte("Storm hits coast\n\nA storm hit the coast on Monday, cutting power to thousands of homes, the utility said."))
	mw.Close()
	resp, err := client.Post(ts.URL+"/add", mw.FormDataContentType(), &buf)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	waitJob(t, ts, resp.Header.Get("Location"))
	_, body = get(t, ts.URL+"/api/articles")
	check("upload", body, `"source": "my-article.txt"`)
}

func waitJob(t *testing.T, ts *httptest.Server, loc string) string {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for {
		_, body := get(t, ts.URL+loc)
		if strings.Contains(body, "Done:") {
			return body
		}
		if time.Now().After(deadline) {
			t.Fatal("job did not finish")
		}
		time.Sleep(50 * time.Millisecond)
	}
}

func gzipData(b []byte) []byte {
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	zw.Write(b)
	zw.Close()
	return buf.Bytes()
}

// TestBombsThroughAPI: gzip bombs posted under names that once chose a
// larger limit are refused (issue 12, item 2).
func TestBombsThroughAPI(t *testing.T) {
	_, ts := newTestServer(t, Config{})
	member := gzipData(bytes.Repeat([]byte(`{"text":"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"}`+"\n"), (1<<20)/70))
	spaces := gzipData(bytes.Repeat([]byte(" "), 1<<20))
	for kind, m := range map[string][]byte{"json lines": member, "spaces": spaces} {
		bomb := bytes.Repeat(m, 1024) // 1 GB decompressed
		names := []string{"x.jsonl.gz", "x.jsonl", "x.txt", "noext"}
		if kind == "json lines" {
			names = []string{"x.jsonl.gz", "noext"} // each yields 1 MB of records before it trips
		}
		for _, name := range names {
			code, body := do(t, http.DefaultClient, "POST", ts.URL+"/api/articles?name="+name, "application/octet-stream", string(bomb))
			if code != 422 || !strings.Contains(body, "compression ratio") {
				t.Errorf("%s bomb as %s: %d %.300s", kind, name, code, body)
			}
		}
	}
}

// TestServeShowsOtherWriters: rows another process (here another store
// handle) writes appear without a restart (issue 12, item 4).
func TestServeShowsOtherWriters(t *testing.T) {
	path := filepath.Join(t.TempDir(), "web.db")
	ctx := context.Background()
	store, err := sqlite.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	s, err := New(ctx, store, Config{Addr: "127.0.0.1:0", Poll: 50 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	sctx, stop := context.WithCancel(ctx)
	served := make(chan error, 1)
	go func() { served <- s.Serve(sctx, ln) }()
	defer func() {
		stop()
		if err := <-served; err != nil {
			t.Errorf("Serve: %v", err)
		}
	}()

	other, err := sqlite.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	a := &corroborate.Article{ID: "other1", Source: "other.txt", Title: corroborate.StrPtr("Written elsewhere"), Text: "The harbour bridge reopened on Tuesday, officials said.", Lead: "The harbour bridge reopened on Tuesday."}
	if _, err := other.PutArticle(ctx, a, corroborate.Raw{Kind: "text", Bytes: []byte(a.Text)}); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(20 * time.Second)
	for {
		_, body := get(t, "http://"+ln.Addr().String()+"/")
		if strings.Contains(body, "Written elsewhere") {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("serve did not show the row another process wrote")
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// panicStore panics when asked to store.
type panicStore struct{ corroborate.ArticleStore }

func (panicStore) PutArticles(context.Context, []corroborate.ArticleInput) ([]bool, error) {
	panic("store exploded")
}

// TestPanicsAreReported: a panic in a request or in an Add job becomes an
// error answer or a job error, and the server goes on (issue 15, item 4).
func TestPanicsAreReported(t *testing.T) {
	store, err := sqlite.Open(context.Background(), ":memory:")
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	s, err := New(context.Background(), panicStore{store}, Config{Addr: "127.0.0.1:0", Logger: discardLogger()})
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(s.Handler())
	defer ts.Close()
	defer s.Close()
	code, body := do(t, http.DefaultClient, "POST", ts.URL+"/api/articles", "application/json", `{"text": `+string(mustJSON(article))+`}`)
	if code != 500 || !strings.Contains(body, `"code": "internal"`) {
		t.Errorf("panic in a request: %d %s", code, body)
	}
	client, csrf := formClient(t, ts)
	resp, err := client.Post(ts.URL+"/add", "application/x-www-form-urlencoded", strings.NewReader("csrf="+csrf+"&text="+strings.ReplaceAll(article, " ", "+")))
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if body := waitJob(t, ts, resp.Header.Get("Location")); !strings.Contains(body, "internal error") {
		t.Errorf("panic in a job not reported: %s", body)
	}
	if resp, _ := get(t, ts.URL+"/api/stories"); resp.StatusCode != 200 {
		t.Errorf("server after panics: %d", resp.StatusCode)
	}
}

// blockingStore blocks writes until their context ends.
type blockingStore struct {
	corroborate.ArticleStore
	started chan struct{}
}

func (b blockingStore) PutArticles(ctx context.Context, _ []corroborate.ArticleInput) ([]bool, error) {
	close(b.started)
	<-ctx.Done()
	return nil, ctx.Err()
}

// TestShutdownWaitsForJobs: Add jobs run on the server's context; Serve
// returns only once they have ended, so the store is never closed under
// them (issue 15, item 4).
func TestShutdownWaitsForJobs(t *testing.T) {
	store, err := sqlite.Open(context.Background(), ":memory:")
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	bs := blockingStore{store, make(chan struct{})}
	s, err := New(context.Background(), bs, Config{Addr: "127.0.0.1:0"})
	if err != nil {
		t.Fatal(err)
	}
	ln, _ := net.Listen("tcp", "127.0.0.1:0")
	ctx, stop := context.WithCancel(context.Background())
	served := make(chan error, 1)
	go func() { served <- s.Serve(ctx, ln) }()
	j := s.startJob(nil, nil)
	j2 := s.startJob(itemsOf(article), nil)
	<-bs.started
	stop()
	select {
	case <-served:
	case <-time.After(30 * time.Second):
		t.Fatal("Serve did not return")
	}
	for _, jb := range []*job{j, j2} {
		if snap := jb.snapshot(); snap["Running"].(bool) {
			t.Errorf("job %s still running after Serve returned", jb.ID)
		}
	}
	if errs := j2.snapshot()["Errors"].([]corroborate.InputError); len(errs) == 0 {
		t.Error("the cancelled job reports no error")
	}
}

// TestJobsPruned: finished jobs are forgotten after jobLifetime, and
// beyond jobsKept.
func TestJobsPruned(t *testing.T) {
	s := &Server{jobs: map[string]*job{}}
	now := time.Now()
	s.jobs["old"] = &job{ID: "old", Ended: now.Add(-2 * jobLifetime)}
	s.jobs["running"] = &job{ID: "running", Running: true, Started: now.Add(-2 * jobLifetime)}
	for i := 0; i < jobsKept+5; i++ {
		id := newID()
		s.jobs[id] = &job{ID: id, Ended: now.Add(-time.Duration(i) * time.Second)}
	}
	s.pruneJobs(now)
	if _, ok := s.jobs["old"]; ok {
		t.Error("an old finished job was kept")
	}
	if _, ok := s.jobs["running"]; !ok {
		t.Error("a running job was forgotten")
	}
	if len(s.jobs) != jobsKept+1 {
		t.Errorf("%d jobs kept, want %d", len(s.jobs), jobsKept+1)
	}
}

func itemsOf(text string) []source.Item {
	return []source.Item{{Source: "pasted text", Kind: "data", Data: []byte(text)}}
}

func discardLogger() *slog.Logger { return slog.New(slog.NewTextHandler(io.Discard, nil)) }
