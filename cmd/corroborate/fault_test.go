package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/corroborate/corroborate/internal/sqlite"
)

// The fault suite: hostile and unlucky situations run against the real
// binary (built once per test run). See doc/security.md.

var (
	binOnce sync.Once
	binPath string
	binErr  error
	binDir  string
)

func TestMain(m *testing.M) {
	code := m.Run()
	if binDir != "" {
		os.RemoveAll(binDir)
	}
	os.Exit(code)
}

// testBinary builds the corroborate binary once for the whole test run.
func testBinary(t *testing.T) string {
	t.Helper()
	if testing.Short() {
		t.Skip("builds the binary")
	}
	binOnce.Do(func() {
		binDir, binErr = os.MkdirTemp("", "corroborate-bin-")
		if binErr != nil {
			return
		}
		binPath = filepath.Join(binDir, "corroborate")
		out, err := exec.Command("go", "build", "-o", binPath, ".").CombinedOutput()
		if err != nil {
			binErr = fmt.Errorf("build: %v\n%s", err, out)
		}
	})
	if binErr != nil {
		t.Fatal(binErr)
	}
	return binPath
}

// syntheticRecords returns n JSON Lines records, each a distinct short
// article with its own URL (the article's source) under prefix.
func syntheticRecords(prefix string, n int) ([]byte, []string) {
	var b bytes.Buffer
	var urls []string
	for i := 0; i < n; i++ {
		u := fmt.Sprintf("https://news.example/%s/%d", prefix, i)
		text := fmt.Sprintf("The council of district %s-%d met on day %d to discuss road repair number %d, and members voted %d to %d in favour, a spokesperson said.", prefix, i, i%28+1, i*7+3, i%9+3, i%3)
		rec, _ := json.Marshal(map[string]string{"url": u, "title": fmt.Sprintf("Council %s %d votes", prefix, i), "text": text})
		b.Write(rec)
		b.WriteByte('\n')
		urls = append(urls, u)
	}
	return b.Bytes(), urls
}

// startServe runs "corroborate serve" on a free loopback port and waits
// until it answers.
func startServe(t *testing.T, bin, db string) (string, *exec.Cmd, *bytes.Buffer) {
	t.Helper()
	addr := freeAddr(t)
	cmd := exec.Command(bin, "serve", "--addr", addr, "--db", db)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { cmd.Process.Kill(); cmd.Wait() })
	base := "http://" + addr
	for i := 0; ; i++ {
		resp, err := http.Get(base + "/api/stories")
		if err == nil {
			resp.Body.Close()
			return base, cmd, &stderr
		}
		if i > 200 {
			t.Fatalf("server did not start: %s", stderr.String())
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// TestConcurrentWriters runs several analyze processes and a serve that
// takes writes through its API, all on one store at once, and checks that
// every article is stored exactly once (issue 12, item 1).
func TestConcurrentWriters(t *testing.T) {
	bin := testBinary(t)
	dir := t.TempDir()
	db := filepath.Join(dir, "c.db")
	base, _, serveErr := startServe(t, bin, db)

	const procs, perProc, posts, perPost = 3, 300, 4, 15
	want := map[string]bool{}
	var files []string
	for p := 0; p < procs; p++ {
		data, urls := syntheticRecords(fmt.Sprintf("cli%d", p), perProc)
		f := filepath.Join(dir, fmt.Sprintf("in%d.jsonl", p))
		if err := os.WriteFile(f, data, 0o644); err != nil {
			t.Fatal(err)
		}
		files = append(files, f)
		for _, u := range urls {
			want[u] = true
		}
	}
	var wg sync.WaitGroup
	errs := make(chan string, procs+posts)
	for _, f := range files {
		wg.Add(1)
		go func() {
			defer wg.Done()
			cmd := exec.Command(bin, "analyze", "--format", "json", "--db", db, f)
			var stderr bytes.Buffer
			cmd.Stdout, cmd.Stderr = io.Discard, &stderr
			if err := cmd.Run(); err != nil {
				errs <- fmt.Sprintf("analyze %s: %v: %s", filepath.Base(f), err, stderr.String())
			}
		}()
	}
	for p := 0; p < posts; p++ {
		data, urls := syntheticRecords(fmt.Sprintf("api%d", p), perPost)
		for _, u := range urls {
			want[u] = true
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			req, _ := http.NewRequest("POST", base+"/api/articles", bytes.NewReader(data))
			req.Header.Set("Content-Type", "application/x-ndjson")
			resp, err := http.DefaultClient.Do(req)
			if err != nil {
				errs <- fmt.Sprintf("POST: %v", err)
				return
			}
			body, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			if resp.StatusCode != http.StatusCreated || strings.Contains(string(body), "store:") {
				errs <- fmt.Sprintf("POST: %d %s", resp.StatusCode, body)
			}
		}()
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}

	s, err := sqlite.Open(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	list, err := s.Articles(context.Background(), 0)
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]int{}
	for _, a := range list {
		seen[a.Source]++
	}
	missing, dup := 0, 0
	for u := range want {
		switch seen[u] {
		case 0:
			missing++
		case 1:
		default:
			dup++
		}
	}
	if missing > 0 || dup > 0 || len(list) != len(want) {
		t.Errorf("store holds %d articles for %d inputs: %d missing, %d stored twice; serve log: %s", len(list), len(want), missing, dup, serveErr)
	}
}
