package web

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"mime/multipart"
	"net/http"
	"net/http/cookiejar"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/corroborate/corroborate/internal/sqlite"
)

const seedsDir = "../../examples/seeds"

func newTestServer(t testing.TB, cfg Config) (*Server, *httptest.Server) {
	t.Helper()
	store, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "web.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { store.Close() })
	if cfg.Addr == "" {
		cfg.Addr = "127.0.0.1:0"
	}
	s, err := New(context.Background(), store, cfg)
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(s.Handler())
	t.Cleanup(ts.Close)
	return s, ts
}

func ingestSeeds(t testing.TB, ts *httptest.Server, token string) {
	t.Helper()
	files, _ := filepath.Glob(filepath.Join(seedsDir, "*.txt"))
	for _, f := range files {
		b, _ := os.ReadFile(f)
		req, _ := http.NewRequest("POST", ts.URL+"/api/articles?name="+filepath.Base(f), bytes.NewReader(b))
		req.Header.Set("Content-Type", "application/octet-stream")
		if token != "" {
			req.Header.Set("Authorization", "Bearer "+token)
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != http.StatusCreated {
			t.Fatalf("ingest %s: %d %s", f, resp.StatusCode, body)
		}
	}
}

func get(t testing.TB, url string, hdr ...string) (*http.Response, string) {
	t.Helper()
	req, _ := http.NewRequest("GET", url, nil)
	for i := 0; i+1 < len(hdr); i += 2 {
		req.Header.Set(hdr[i], hdr[i+1])
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	return resp, string(b)
}

// mainStory returns the id of the story with three articles.
func mainStory(t testing.TB, ts *httptest.Server) string {
	_, body := get(t, ts.URL+"/api/stories")
	var out struct {
		Stories []struct {
			ID       string   `json:"id"`
			Articles []string `json:"articles"`
		} `json:"stories"`
		Total int `json:"total"`
	}
	if err := json.Unmarshal([]byte(body), &out); err != nil {
		t.Fatal(err, body)
	}
	for _, s := range out.Stories {
		if len(s.Articles) == 3 {
			return s.ID
		}
	}
	t.Fatalf("no three-article story: %s", body)
	return ""
}

func TestPagesAndAPI(t *testing.T) {
	_, ts := newTestServer(t, Config{})
	ingestSeeds(t, ts, "")
	sid := mainStory(t, ts)

	tests := []struct {
		path   string
		status int
		ctype  string
		want   []string
	}{
		{"/", 200, "text/html", []string{"Stories", sid, "discrepanc"}},
		{"/?q=ambassador", 200, "text/html", []string{"US Ambassador to Iraq claims"}},
		{"/?outlet=Rudaw", 200, "text/html", []string{sid}},
		{"/?entity=Kevin+Leahy", 200, "text/html", []string{"discuss joint efforts"}},
		{"/?from=2025-01-01", 200, "text/html", []string{"discuss joint efforts"}},
		{"/stories/" + sid, 200, "text/html", []string{"Discrepancies", "at least 15", "at least 14", "Sunday", "Tuesday", `<svg class="timeline"`, "Claims × sources", "denies"}},
		{"/stories/nope", 404, "text/html", []string{"no story"}},
		{"/add", 200, "text/html", []string{"<form", "enctype=\"multipart/form-data\""}},
		{"/static/style.css", 200, "text/css", []string{".discrepancy"}},
		{"/api/stories", 200, "application/json", []string{`"stories"`, `"total": 3`}},
		{"/api/stories?per_page=1&page=2", 200, "application/json", []string{`"page": 2`}},
		{"/api/stories?page=0", 400, "application/json", []string{`"code": "invalid"`}},
		{"/api/stories/" + sid, 200, "application/json", []string{`"discrepancies"`, `"timeline"`}},
		{"/api/stories/nope", 404, "application/json", []string{`"code": "not_found"`}},
		{"/api/stories/" + sid + "/discrepancies.csv", 200, "text/csv", []string{"about,kind,value", "at least 15"}},
		{"/api/stories/" + sid + "/quotes.csv", 200, "text/csv", []string{"speaker,speaker_text", "sentence,speaker_kind"}},
		{"/api/stories/" + sid + "/timeline.csv", 200, "text/csv", []string{"date,precision", "2024-09-01"}},
		{"/api/stories/" + sid + "/other.csv", 404, "application/json", []string{"no table"}},
		{"/api/articles", 200, "application/json", []string{`"total": 5`}},
		{"/api/entities", 200, "application/json", []string{"Kevin C. Leahy"}},
		{"/api/openapi.json", 200, "application/json", []string{`"openapi": "3.1.0"`, "/api/articles"}},
		{"/api/nothing", 404, "application/json", []string{`"error"`}},
	}
	for _, tt := range tests {
		resp, body := get(t, ts.URL+tt.path)
		if resp.StatusCode != tt.status {
			t.Errorf("GET %s = %d, want %d: %.200s", tt.path, resp.StatusCode, tt.status, body)
		}
		if !strings.HasPrefix(resp.Header.Get("Content-Type"), tt.ctype) {
			t.Errorf("GET %s content type %q, want %q", tt.path, resp.Header.Get("Content-Type"), tt.ctype)
		}
		for _, w := range tt.want {
			if !strings.Contains(body, w) {
				t.Errorf("GET %s lacks %q", tt.path, w)
			}
		}
		if csp := resp.Header.Get("Content-Security-Policy"); !strings.Contains(csp, "script-src 'self'") {
			t.Errorf("GET %s: CSP %q", tt.path, csp)
		}
	}

	// Articles: page and API.
	_, body := get(t, ts.URL+"/api/articles?per_page=1")
	var arts struct {
		Articles []struct{ ID string } `json:"articles"`
	}
	json.Unmarshal([]byte(body), &arts)
	if len(arts.Articles) != 1 {
		t.Fatalf("per_page=1 gave %d", len(arts.Articles))
	}
	id := arts.Articles[0].ID
	if resp, body := get(t, ts.URL+"/articles/"+id); resp.StatusCode != 200 || !strings.Contains(body, `class="sentence`) {
		t.Errorf("article page: %d", resp.StatusCode)
	}
	if resp, body := get(t, ts.URL+"/api/articles/"+id); resp.StatusCode != 200 || !strings.Contains(body, `"sources"`) {
		t.Errorf("article API: %d %s", resp.StatusCode, body)
	}
	if resp, _ := get(t, ts.URL+"/articles/nope"); resp.StatusCode != 404 {
		t.Errorf("missing article: %d", resp.StatusCode)
	}

	// ETag: a second request with If-None-Match is 304.
	resp, _ := get(t, ts.URL+"/api/stories/"+sid)
	etag := resp.Header.Get("ETag")
	if etag == "" {
		t.Fatal("no ETag")
	}
	if resp, _ := get(t, ts.URL+"/api/stories/"+sid, "If-None-Match", etag); resp.StatusCode != http.StatusNotModified {
		t.Errorf("If-None-Match: %d, want 304", resp.StatusCode)
	}
}

func TestIngestAPI(t *testing.T) {
	_, ts := newTestServer(t, Config{MaxBody: 1 << 20})
	post := func(ctype, body string) (int, string) {
		resp, err := http.Post(ts.URL+"/api/articles", ctype, strings.NewReader(body))
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		return resp.StatusCode, string(b)
	}
	if code, body := post("application/json", `{"text": "Harbour bridge reopens\n\nThe old harbour bridge reopened to traffic on Tuesday after eight months of repairs, officials said."}`); code != 201 || !strings.Contains(body, "Harbour bridge reopens") {
		t.Errorf("JSON text: %d %s", code, body)
	}
	if code, body := post("application/x-ndjson", `{"id":"r1","title":"Storm hits coast","text":"A storm hit the coast on Monday, cutting power to 20,000 homes, the utility said."}`+"\n{bad"); code != 201 || !strings.Contains(body, "invalid JSON") {
		t.Errorf("JSON Lines with a bad line: %d %s", code, body)
	}
	if code, body := post("application/json", `{"nothing": 1}`); code != 400 || !strings.Contains(body, `"code": "invalid"`) {
		t.Errorf("empty JSON request: %d %s", code, body)
	}
	if code, body := post("application/json", `{"urls": ["http://127.0.0.1:1/x"]}`); code != 422 || !strings.Contains(body, "not allowed") {
		t.Errorf("private URL: %d %s", code, body)
	}
	if code, _ := post("application/octet-stream", strings.Repeat("x", 2<<20)); code != 413 {
		t.Errorf("huge body: %d, want 413", code)
	}
	if code, body := post("application/octet-stream", "\x00\x01binary"); code != 422 || !strings.Contains(body, "binary") {
		t.Errorf("binary: %d %s", code, body)
	}
	// Nothing lost: the two good articles are stored.
	_, body := get(t, ts.URL+"/api/articles")
	if !strings.Contains(body, `"total": 2`) {
		t.Errorf("store after bad inputs: %s", body)
	}
}

func TestTokenAndLoopback(t *testing.T) {
	if _, err := New(context.Background(), nil, Config{Addr: "0.0.0.0:8080"}); err == nil {
		t.Error("listening beyond loopback without a token must be refused")
	}
	if !IsLoopback("127.0.0.1:80") || !IsLoopback("[::1]:80") || IsLoopback("0.0.0.0:80") || IsLoopback("192.168.1.2:80") {
		t.Error("IsLoopback")
	}
	_, ts := newTestServer(t, Config{Token: "s3cret"})
	resp, err := http.Post(ts.URL+"/api/articles", "application/octet-stream", strings.NewReader("Some text of an article that is long enough."))
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusUnauthorized {
		t.Errorf("write without token: %d", resp.StatusCode)
	}
	ingestSeeds(t, ts, "s3cret")
	if resp, _ := get(t, ts.URL+"/api/stories"); resp.StatusCode != 200 {
		t.Errorf("reads stay open: %d", resp.StatusCode)
	}
}

// formClient returns a client with a cookie jar that has opened the Add
// page, and the CSRF token the page's form carries.
func formClient(t *testing.T, ts *httptest.Server) (*http.Client, string) {
	t.Helper()
	return formClientURL(t, ts.URL)
}

// formClientURL is formClient for a server at base.
func formClientURL(t *testing.T, base string) (*http.Client, string) {
	t.Helper()
	jar, _ := cookiejar.New(nil)
	client := &http.Client{Jar: jar, CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	resp, err := client.Get(base + "/add")
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	m := regexp.MustCompile(`name="csrf" value="([0-9a-f]+)"`).FindSubmatch(b)
	if m == nil {
		t.Fatalf("the Add form carries no CSRF token: %s", b)
	}
	return client, string(m[1])
}

func TestAddFormAndJob(t *testing.T) {
	_, ts := newTestServer(t, Config{})
	client, csrf := formClient(t, ts)
	var buf bytes.Buffer
	mw := multipart.NewWriter(&buf)
	mw.WriteField("csrf", csrf)
	mw.WriteField("text", "Farmers protest fuel prices\n\nHundreds of farmers drove tractors into the capital on Thursday to protest against rising fuel prices, police said.")
	fw, _ := mw.CreateFormFile("files", "seed.txt")
	b, _ := os.ReadFile(filepath.Join(seedsDir, "000_f799f2cc55a51404.txt"))
	fw.Write(b)
	fw2, _ := mw.CreateFormFile("files", "empty.txt")
	fw2.Write(nil)
	mw.Close()
	resp, err := client.Post(ts.URL+"/add", mw.FormDataContentType(), &buf)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	loc := resp.Header.Get("Location")
	if resp.StatusCode != http.StatusSeeOther || !strings.HasPrefix(loc, "/jobs/") {
		t.Fatalf("POST /add = %d %q", resp.StatusCode, loc)
	}
	deadline := time.Now().Add(20 * time.Second)
	for {
		_, body := get(t, ts.URL+loc)
		if strings.Contains(body, "Done:") {
			if !strings.Contains(body, "2 articles read") || !strings.Contains(body, "empty.txt") {
				t.Errorf("job page: %s", body)
			}
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("job did not finish")
		}
		if !strings.Contains(body, `http-equiv="refresh"`) {
			t.Error("a running job page should refresh itself")
		}
		time.Sleep(100 * time.Millisecond)
	}
	resp2, err := client.Post(ts.URL+"/add", "application/x-www-form-urlencoded", strings.NewReader("csrf="+csrf+"&text="))
	if err != nil {
		t.Fatal(err)
	}
	resp2.Body.Close()
	if resp2.StatusCode != 400 {
		t.Errorf("empty form: %d", resp2.StatusCode)
	}
	if resp, _ := get(t, ts.URL+"/jobs/nope"); resp.StatusCode != 404 {
		t.Errorf("missing job: %d", resp.StatusCode)
	}
}

func TestHostileContentIsEscaped(t *testing.T) {
	_, ts := newTestServer(t, Config{})
	hostile := "Bad <script>alert(1)</script> headline\n\nThe mayor said on Monday that the <img src=x onerror=\"alert(2)\"> plan would go ahead, officials said. <a href=\"javascript:alert(3)\">click</a> and more words here."
	resp, err := http.Post(ts.URL+"/api/articles", "application/octet-stream", strings.NewReader(hostile))
	if err != nil {
		t.Fatal(err)
	}
	var out struct {
		Articles []struct {
			ID    string `json:"id"`
			Story string `json:"story"`
		} `json:"articles"`
	}
	json.NewDecoder(resp.Body).Decode(&out)
	resp.Body.Close()
	if len(out.Articles) != 1 {
		t.Fatalf("hostile article not stored: %+v", out)
	}
	for _, path := range []string{"/articles/" + out.Articles[0].ID, "/stories/" + out.Articles[0].Story, "/"} {
		_, body := get(t, ts.URL+path)
		if strings.Contains(body, "<script>alert") || strings.Contains(body, "<img src=x") || strings.Contains(body, `href="javascript:`) {
			t.Errorf("%s renders markup from the article", path)
		}
		if path != "/" && !strings.Contains(body, "&lt;script&gt;") {
			t.Errorf("%s should show the markup as text", path)
		}
	}
}
