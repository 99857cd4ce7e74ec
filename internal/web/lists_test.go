package web

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"io"
	"mime/multipart"
	"net/http"
	"strings"
	"testing"
	"time"
)

func TestStoryListPagingAndEmptyStates(t *testing.T) {
	_, ts := newTestServer(t, Config{})
	if _, body := get(t, ts.URL+"/"); !strings.Contains(body, "No stories yet") {
		t.Error("empty store: no invitation to add articles")
	}
	ingestSeeds(t, ts, "")
	tests := []struct {
		path   string
		status int
		want   []string
		not    []string
	}{
		{"/?q=volcano", 200, []string{"No story matches “volcano”", "Show all 3 stories"}, []string{"No stories yet"}},
		{"/?from=yesterday", 400, []string{"from must be a date as YYYY-MM-DD", `value="yesterday"`}, nil},
		{"/?from=2025-01-01&to=2024-01-01", 400, []string{"is after to"}, nil},
		{"/?page=0", 400, []string{"page must be a positive integer"}, nil},
		{"/?per_page=1", 200, []string{"Page 1 of 3", `rel="next" href="/?page=2&amp;per_page=1"`}, []string{`rel="prev"`}},
		{"/?per_page=1&page=3", 200, []string{"Page 3 of 3", `rel="prev"`}, []string{`rel="next"`}},
		{"/?page=9", 200, []string{"There is no page 9"}, nil},
		{"/?outlet=Rudaw", 200, []string{"1 story has an article from Rudaw", "Rudaw (1)"}, nil},
	}
	for _, tt := range tests {
		resp, body := get(t, ts.URL+tt.path)
		if resp.StatusCode != tt.status {
			t.Errorf("GET %s = %d, want %d", tt.path, resp.StatusCode, tt.status)
		}
		for _, w := range tt.want {
			if !strings.Contains(body, w) {
				t.Errorf("GET %s lacks %q", tt.path, w)
			}
		}
		for _, w := range tt.not {
			if strings.Contains(body, w) {
				t.Errorf("GET %s has %q", tt.path, w)
			}
		}
	}
	if resp, body := get(t, ts.URL+"/api/stories?from=2024-13-01"); resp.StatusCode != 400 || !strings.Contains(body, `"code": "invalid"`) {
		t.Errorf("API bad date: %d %s", resp.StatusCode, body)
	}
}

func TestAPIStorySummariesAndLinks(t *testing.T) {
	_, ts := newTestServer(t, Config{})
	ingestSeeds(t, ts, "")
	resp, body := get(t, ts.URL+"/api/stories?per_page=1&page=2")
	var out struct {
		Stories []map[string]any  `json:"stories"`
		Links   map[string]string `json:"links"`
		Pages   int               `json:"pages"`
		Total   int               `json:"total"`
	}
	if err := json.Unmarshal([]byte(body), &out); err != nil {
		t.Fatal(err)
	}
	if len(out.Stories) != 1 || out.Pages != 3 || out.Total != 3 {
		t.Fatalf("page 2 of 1: %s", body)
	}
	s := out.Stories[0]
	for _, k := range []string{"id", "title", "articles", "sources", "outlets", "discrepancies", "href"} {
		if _, ok := s[k]; !ok {
			t.Errorf("summary lacks %q", k)
		}
	}
	if _, ok := s["discrepancies"].(float64); !ok {
		t.Errorf("discrepancies is %T, want a count", s["discrepancies"])
	}
	for _, k := range []string{"quotes", "timeline", "entities"} {
		if _, isList := s[k].([]any); isList {
			t.Errorf("summary carries the %s list", k)
		}
	}
	if out.Links["next"] != "/api/stories?page=3&per_page=1" || out.Links["prev"] != "/api/stories?page=1&per_page=1" {
		t.Errorf("links = %v", out.Links)
	}
	if lh := resp.Header.Get("Link"); !strings.Contains(lh, `</api/stories?page=3&per_page=1>; rel="next"`) {
		t.Errorf("Link header = %q", lh)
	}
	if resp, body := get(t, ts.URL+"/api/articles?per_page=2"); !strings.Contains(body, `"next": "/api/articles?page=2\u0026per_page=2"`) || !strings.Contains(resp.Header.Get("Link"), `rel="last"`) {
		t.Errorf("articles paging links: %s %q", body[len(body)-300:], resp.Header.Get("Link"))
	}
	if _, body := get(t, ts.URL+"/api/outlets"); !strings.Contains(body, `"name": "Rudaw"`) || !strings.Contains(body, `"articles": 1`) {
		t.Errorf("outlets = %s", body)
	}
	var doc map[string]any
	if _, body := get(t, ts.URL+"/api/openapi.json"); json.Unmarshal([]byte(body), &doc) != nil || !strings.Contains(body, "StorySummary") || !strings.Contains(body, "/api/reviews/{key}") {
		t.Error("OpenAPI document is not JSON or does not describe summaries and reviews")
	}
}

func TestGzip(t *testing.T) {
	_, ts := newTestServer(t, Config{})
	ingestSeeds(t, ts, "")
	sid := mainStory(t, ts)
	for _, path := range []string{"/stories/" + sid, "/api/stories", "/static/style.css"} {
		req, _ := http.NewRequest("GET", ts.URL+path, nil)
		req.Header.Set("Accept-Encoding", "gzip")
		resp, err := http.DefaultTransport.RoundTrip(req)
		if err != nil {
			t.Fatal(err)
		}
		raw, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.Header.Get("Content-Encoding") != "gzip" {
			t.Errorf("%s not compressed", path)
			continue
		}
		zr, err := gzip.NewReader(bytes.NewReader(raw))
		if err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		plain, err := io.ReadAll(zr)
		if err != nil || len(plain) <= len(raw) {
			t.Errorf("%s: %d bytes compressed to %d (%v)", path, len(plain), len(raw), err)
		}
	}
	req, _ := http.NewRequest("GET", ts.URL+"/api/stories", nil)
	req.Header.Set("Accept-Encoding", "gzip;q=0")
	resp, _ := http.DefaultTransport.RoundTrip(req)
	resp.Body.Close()
	if resp.Header.Get("Content-Encoding") != "" {
		t.Error("compressed although the client refused gzip")
	}
}

// addForm posts the Add form and waits for its job; it returns the job page.
func addForm(t *testing.T, url string, fields map[string]string) (int, string) {
	t.Helper()
	client, csrf := formClientURL(t, url)
	var buf bytes.Buffer
	mw := multipart.NewWriter(&buf)
	mw.WriteField("csrf", csrf)
	for k, v := range fields {
		mw.WriteField(k, v)
	}
	mw.Close()
	resp, err := client.Post(url+"/add", mw.FormDataContentType(), &buf)
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != http.StatusSeeOther {
		return resp.StatusCode, string(b)
	}
	deadline := time.Now().Add(20 * time.Second)
	for {
		_, body := get(t, url+resp.Header.Get("Location"))
		if strings.Contains(body, "Done:") {
			return http.StatusOK, body
		}
		if time.Now().After(deadline) {
			t.Fatal("job did not finish")
		}
		time.Sleep(100 * time.Millisecond)
	}
}

func TestAddWithOutletURLAndDate(t *testing.T) {
	_, ts := newTestServer(t, Config{})
	text := "Farmers protest fuel prices\n\nHundreds of farmers drove tractors into the capital on Thursday to protest against rising fuel prices, police said."
	status, job := addForm(t, ts.URL, map[string]string{"text": text, "outlet": "Valley Gazette", "url": "https://gazette.example/farmers", "published": "2024-05-02"})
	if status != 200 || !strings.Contains(job, "1 article read") {
		t.Fatalf("add: %d %s", status, job)
	}
	_, body := get(t, ts.URL+"/api/articles")
	for _, w := range []string{`"outlet": "Valley Gazette"`, `"published": "2024-05-02"`, `"url": "https://gazette.example/farmers"`} {
		if !strings.Contains(body, w) {
			t.Errorf("stored article lacks %s: %s", w, body)
		}
	}
	_, list := get(t, ts.URL+"/api/stories")
	var out struct {
		Stories []struct{ ID string } `json:"stories"`
	}
	json.Unmarshal([]byte(list), &out)
	_, page := get(t, ts.URL+"/stories/"+out.Stories[0].ID)
	if !strings.Contains(page, `<a class="orig" href="https://gazette.example/farmers"`) || !strings.Contains(page, "Valley Gazette · 2024-05-02") {
		t.Error("source card does not name the outlet or link to the original")
	}
	if _, add := get(t, ts.URL+"/add"); !strings.Contains(add, "Valley Gazette</a> <span class=\"muted\">1 article</span>") {
		t.Error("Add page does not list outlets with their counts")
	}
	for _, bad := range []map[string]string{
		{"text": text, "url": "javascript:alert(1)"},
		{"text": text, "published": "May 2"},
	} {
		if status, _ := addForm(t, ts.URL, bad); status != http.StatusBadRequest {
			t.Errorf("add %v: %d, want 400", bad, status)
		}
	}
}
