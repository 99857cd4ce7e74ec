package main

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/sqlite"
)

func testEnv(stdin string) (*env, *bytes.Buffer, *bytes.Buffer) {
	var out, errb bytes.Buffer
	return &env{stdin: strings.NewReader(stdin), stdout: &out, stderr: &errb, getenv: func(string) string { return "" },
		log: slog.New(slog.NewTextHandler(&errb, nil))}, &out, &errb
}

func validate(t *testing.T, data []byte) {
	t.Helper()
	c := jsonschema.NewCompiler()
	sch, err := c.Compile(filepath.Join("..", "..", "contract", "report.schema.json"))
	if err != nil {
		t.Fatal(err)
	}
	v, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	if err := sch.Validate(v); err != nil {
		t.Fatalf("report does not match the contract: %v", err)
	}
}

func TestAnalyzeSeedsJSON(t *testing.T) {
	e, out, errb := testEnv("")
	db := filepath.Join(t.TempDir(), "c.db")
	code := run(context.Background(), e, []string{"analyze", "--format", "json", "--db", db, filepath.Join("..", "..", "examples", "seeds")})
	if code != exitOK {
		t.Fatalf("exit %d, stderr: %s", code, errb)
	}
	validate(t, out.Bytes())
	var rep corroborate.Report
	if err := json.Unmarshal(out.Bytes(), &rep); err != nil {
		t.Fatal(err)
	}
	if len(rep.Articles) != 5 {
		t.Fatalf("%d articles, want 5", len(rep.Articles))
	}
	want := map[string]struct{ outlet, published string }{
		"000": {"Rudaw", "2024-09-01"}, "001": {"", ""}, "002": {"", ""}, "004": {"The New Region", "2025-01-26"},
	}
	for _, a := range rep.Articles {
		w, ok := want[filepath.Base(a.Source)[:3]]
		if !ok {
			continue
		}
		if got := deref(a.Outlet); got != w.outlet {
			t.Errorf("%s outlet = %q, want %q", a.Source, got, w.outlet)
		}
		if got := deref(a.Published); got != w.published {
			t.Errorf("%s published = %q, want %q", a.Source, got, w.published)
		}
	}
	// Every article id used by a story is an article of the report.
	ids := map[string]bool{}
	for _, a := range rep.Articles {
		ids[a.ID] = true
	}
	for _, s := range rep.Stories {
		for _, id := range s.Articles {
			if !ids[id] {
				t.Errorf("story %s names unknown article %s", s.ID, id)
			}
		}
	}
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

func TestAnalyzeTextAndMarkdown(t *testing.T) {
	for _, f := range []string{"text", "markdown"} {
		e, out, errb := testEnv("")
		code := run(context.Background(), e, []string{"analyze", "--db", ":memory:", "--format", f, filepath.Join("..", "..", "examples", "seeds", "000_f799f2cc55a51404.txt")})
		if code != exitOK {
			t.Fatalf("%s: exit %d: %s", f, code, errb)
		}
		for _, s := range []string{"Rudaw", "2024-09-01", "ISIS no longer a threat"} {
			if !strings.Contains(out.String(), s) {
				t.Errorf("%s output lacks %q:\n%s", f, s, out)
			}
		}
		if strings.Contains(out.String(), "\x1b[") {
			t.Errorf("%s: colour codes when not on a terminal", f)
		}
	}
}

func gzipBytes(b []byte) []byte {
	var buf bytes.Buffer
	w := gzip.NewWriter(&buf)
	w.Write(b)
	w.Close()
	return buf.Bytes()
}

func TestAnalyzeBadInputsKeepStore(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in")
	os.MkdirAll(in, 0o755)
	good, _ := os.ReadFile(filepath.Join("..", "..", "examples", "seeds", "000_f799f2cc55a51404.txt"))
	files := map[string][]byte{
		"good.txt":      good,
		"empty.txt":     {},
		"binary.dat":    {0x89, 'P', 'N', 'G', 0, 0, 0, 1, 2, 3},
		"latin1.txt":    []byte("Caf\xe9 owners protest\n\nOwners of caf\xe9s protested on Monday against new rules in the town."),
		"truncated.gz":  gzipBytes(bytes.Repeat(good, 3))[:200],
		"bad.jsonl":     []byte("{\"id\":\"x\",\"text\":\"A record with a body that is fine.\"}\n{not json\n"),
		"broken.html":   []byte("<html><head><title>Broken</title></head><body><div class=\"nav\"><a href=\"/\">Home</a><p><b><i"),
		"huge.txt":      bytes.Repeat([]byte("word "), 500_000),
		"good-copy.txt": good,
	}
	for name, b := range files {
		os.WriteFile(filepath.Join(in, name), b, 0o644)
	}
	db := filepath.Join(dir, "c.db")
	e, out, errb := testEnv("")
	code := run(context.Background(), e, []string{"analyze", "--format", "json", "--max-mb", "2", "--db", db, in})
	if code != exitPartial {
		t.Fatalf("exit %d, want %d; stderr: %s", code, exitPartial, errb)
	}
	validate(t, out.Bytes())
	var rep corroborate.Report
	json.Unmarshal(out.Bytes(), &rep)
	failed := map[string]string{}
	for _, er := range rep.Errors {
		failed[filepath.Base(strings.SplitN(er.Source, ":", 2)[0])] = er.Err
	}
	for _, name := range []string{"empty.txt", "binary.dat", "latin1.txt", "truncated.gz", "bad.jsonl", "huge.txt", "broken.html"} {
		if _, ok := failed[name]; !ok {
			t.Errorf("no error reported for %s (errors: %v)", name, rep.Errors)
		}
		if !strings.Contains(errb.String(), name) {
			t.Errorf("stderr does not name %s", name)
		}
	}
	if len(rep.Articles) != 2 { // the seed (read twice, stored once) and the good JSON line
		t.Errorf("%d articles, want 2: %+v", len(rep.Articles), rep.Articles)
	}
	// Re-ingest: nothing duplicated, nothing lost.
	e2, _, _ := testEnv("")
	run(context.Background(), e2, []string{"analyze", "--format", "json", "--max-mb", "2", "--db", db, in})
	s, err := sqlite.Open(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	list, _ := s.Articles(context.Background(), 0)
	if len(list) != 2 {
		t.Errorf("store holds %d articles after re-ingest, want 2", len(list))
	}
	var seedID string
	for _, a := range rep.Articles {
		if strings.Contains(a.Source, "good") {
			seedID = a.ID
		}
	}
	a, _ := s.Article(context.Background(), seedID)
	if a == nil || len(a.Sources) < 2 {
		t.Errorf("second source of the same article not remembered: %+v", a)
	}
}

func TestAnalyzeURLAndStdin(t *testing.T) {
	page, _ := os.ReadFile(filepath.Join("..", "..", "internal", "extract", "testdata", "news-page.html"))
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write(page)
	}))
	defer srv.Close()
	e, _, errb := testEnv("")
	if code := run(context.Background(), e, []string{"analyze", "--db", ":memory:", "--format", "json", srv.URL + "/news/bridge"}); code != exitPartial {
		t.Errorf("loopback URL without --allow-private: exit %d, want %d", code, exitPartial)
	}
	if !strings.Contains(errb.String(), "not allowed") {
		t.Errorf("stderr = %s", errb)
	}
	e, out, errb := testEnv("")
	if code := run(context.Background(), e, []string{"analyze", "--allow-private", "--db", ":memory:", "--format", "json", srv.URL + "/news/bridge"}); code != exitOK {
		t.Fatalf("exit %d: %s", code, errb)
	}
	var rep corroborate.Report
	json.Unmarshal(out.Bytes(), &rep)
	if len(rep.Articles) != 1 || deref(rep.Articles[0].Title) != "Harbour bridge reopens after repairs" || rep.Articles[0].Source != srv.URL+"/news/bridge" {
		t.Errorf("articles = %+v", rep.Articles)
	}

	seed, _ := os.ReadFile(filepath.Join("..", "..", "examples", "seeds", "004_69f171446f9d5d68.txt"))
	e, out, errb = testEnv(string(seed))
	if code := run(context.Background(), e, []string{"analyze", "--db", ":memory:", "--format", "json", "-"}); code != exitOK {
		t.Fatalf("stdin: exit %d: %s", code, errb)
	}
	rep = corroborate.Report{}
	json.Unmarshal(out.Bytes(), &rep)
	if len(rep.Articles) != 1 || deref(rep.Articles[0].Outlet) != "The New Region" || rep.Articles[0].Source != "-" {
		t.Errorf("stdin articles = %+v", rep.Articles)
	}
}

func TestUsageAndVersion(t *testing.T) {
	tests := []struct {
		args []string
		code int
		out  string
	}{
		{nil, exitUsage, ""},
		{[]string{"version"}, exitOK, corroborate.Version},
		{[]string{"help"}, exitOK, "analyze"},
		{[]string{"analyze", "--help"}, exitOK, ""},
		{[]string{"analyze"}, exitUsage, ""},
		{[]string{"analyze", "--format", "pdf", "x"}, exitUsage, ""},
		{[]string{"analyze", "--no-such-flag", "x"}, exitUsage, ""},
		{[]string{"frobnicate"}, exitUsage, ""},
		{[]string{"eval", "extract", "--help"}, exitOK, ""},
	}
	for _, tt := range tests {
		e, out, _ := testEnv("")
		if code := run(context.Background(), e, tt.args); code != tt.code {
			t.Errorf("run(%q) = %d, want %d", tt.args, code, tt.code)
		}
		if !strings.Contains(out.String(), tt.out) {
			t.Errorf("run(%q) output %q lacks %q", tt.args, out, tt.out)
		}
	}
}

func TestDefaultDBPath(t *testing.T) {
	if got := defaultDBPath(func(k string) string {
		if k == "CORROBORATE_DB" {
			return "/x/y.db"
		}
		return ""
	}); got != "/x/y.db" {
		t.Errorf("CORROBORATE_DB not honoured: %s", got)
	}
	if got := defaultDBPath(func(k string) string {
		if k == "XDG_DATA_HOME" {
			return "/data"
		}
		return ""
	}); got != "/data/corroborate/corroborate.db" {
		t.Errorf("XDG_DATA_HOME: %s", got)
	}
}

// TestContractSpeakerKind checks that the contract takes the speaker
// kinds the engine writes and refuses any other.
func TestContractSpeakerKind(t *testing.T) {
	c := jsonschema.NewCompiler()
	sch, err := c.Compile(filepath.Join("..", "..", "contract", "report.schema.json"))
	if err != nil {
		t.Fatal(err)
	}
	report := func(kind string) any {
		doc := `{"articles": [], "stories": [{"id": "s", "title": null, "articles": [], "related": [], "entities": [], "numbers": [],
			"discrepancies": [], "stances": [], "timeline": [],
			"quotes": [{"speaker": "aides", "speaker_kind": "` + kind + `", "speaker_text": "Aides", "text": "it will pass", "direct": false, "article": "a"}]}]}`
		v, err := jsonschema.UnmarshalJSON(strings.NewReader(doc))
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	for _, k := range []string{"person", "organization", "group", "unnamed", "document"} {
		if err := sch.Validate(report(k)); err != nil {
			t.Errorf("speaker_kind %q refused: %v", k, err)
		}
	}
	if err := sch.Validate(report("weekday")); err == nil {
		t.Error("speaker_kind \"weekday\" accepted")
	}
}

// TestContractQuoteMembers checks that the contract takes a group
// speaker's members as a list of names and refuses any other shape.
func TestContractQuoteMembers(t *testing.T) {
	c := jsonschema.NewCompiler()
	sch, err := c.Compile(filepath.Join("..", "..", "contract", "report.schema.json"))
	if err != nil {
		t.Fatal(err)
	}
	report := func(members string) any {
		doc := `{"articles": [], "stories": [{"id": "s", "title": null, "articles": [], "related": [], "entities": [], "numbers": [],
			"discrepancies": [], "stances": [], "timeline": [],
			"quotes": [{"speaker": "critics", "speaker_kind": "group", "text": "it will fail", "direct": false, "article": "a", "members": ` + members + `}]}]}`
		v, err := jsonschema.UnmarshalJSON(strings.NewReader(doc))
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	if err := sch.Validate(report(`["Ada Marsh", "Elm Union"]`)); err != nil {
		t.Errorf("members as names refused: %v", err)
	}
	for _, bad := range []string{`"Ada Marsh"`, `[1]`} {
		if err := sch.Validate(report(bad)); err == nil {
			t.Errorf("members %s accepted", bad)
		}
	}
}
