package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/pipeline"
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
		if i > 1200 { // a readiness wait (60 s), generous for a loaded machine
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

	// serve shows what the analyze processes stored, without a restart.
	deadline := time.Now().Add(30 * time.Second)
	for {
		resp, err := http.Get(base + "/api/articles?per_page=1")
		if err != nil {
			t.Fatal(err)
		}
		var out struct{ Total int }
		json.NewDecoder(resp.Body).Decode(&out)
		resp.Body.Close()
		if out.Total == len(want) {
			break
		}
		if time.Now().After(deadline) {
			t.Errorf("serve shows %d articles, the store holds %d", out.Total, len(want))
			break
		}
		time.Sleep(200 * time.Millisecond)
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
	storiesCoverStore(t, s, list)
}

// storiesCoverStore checks that the stories saved by concurrent writers,
// each from its own snapshot of the store, hold every stored article once
// (the store allows one story an article) and nothing else, and that every
// merged story names a live one.
func storiesCoverStore(t *testing.T, s *sqlite.Store, list []corroborate.Article) {
	t.Helper()
	stories, err := s.Stories(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	stored := map[string]bool{}
	for _, a := range list {
		stored[a.ID] = true
	}
	live, member := map[string]bool{}, map[string]bool{}
	for _, st := range stories {
		if st.MergedInto == "" {
			live[st.ID] = true
		}
		for _, a := range st.Articles {
			if !stored[a] {
				t.Errorf("story %s holds %s, which is not a stored article", st.ID, a)
			}
			member[a] = true
		}
	}
	for _, st := range stories {
		if st.MergedInto != "" && !live[st.MergedInto] {
			t.Errorf("story %s is merged into %s, which is not a live story", st.ID, st.MergedInto)
		}
	}
	if len(member) != len(stored) {
		t.Errorf("the stories hold %d of the %d stored articles", len(member), len(stored))
	}
}

// gzipBomb returns n MB of unit, gzip-compressed as concatenated members
// of 1 MB each (built in no time, decompressed as one stream).
func gzipBomb(unit []byte, n int) []byte {
	member := gzipBytes(bytes.Repeat(unit, (1<<20)/len(unit)))
	return bytes.Repeat(member, n)
}

// TestBombsThroughCLI: gzip bombs of 1 GB under every name that once
// chose a larger limit are refused by analyze, each error naming its file,
// and the good input beside them is stored.
func TestBombsThroughCLI(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in")
	os.MkdirAll(in, 0o755)
	rec := []byte(`{"text":"` + strings.Repeat("a", 100) + `"}` + "\n")
	names := []string{"x.jsonl.gz", "x.jsonl", "x.ndjson.gz", "x.json", "x.txt.gz", "noext"}
	for _, name := range names {
		os.WriteFile(filepath.Join(in, "zeros-"+name), gzipBomb([]byte{0}, 1024), 0o644)
		os.WriteFile(filepath.Join(in, "lines-"+name), gzipBomb(rec, 1024), 0o644)
	}
	good, _ := os.ReadFile(filepath.Join("..", "..", "examples", "seeds", "000_f799f2cc55a51404.txt"))
	os.WriteFile(filepath.Join(in, "good.txt"), good, 0o644)
	e, out, errb := testEnv("")
	code := run(context.Background(), e, []string{"analyze", "--format", "json", "--db", filepath.Join(dir, "c.db"), in})
	if code != exitPartial {
		t.Fatalf("exit %d, want %d; stderr: %.2000s", code, exitPartial, errb)
	}
	for _, name := range names {
		for _, p := range []string{"zeros-", "lines-"} {
			if !strings.Contains(errb.String(), p+name+": ") {
				t.Errorf("bomb %s%s not refused by name", p, name)
			}
		}
	}
	if !strings.Contains(out.String(), "good.txt") {
		t.Error("the good input beside the bombs was not stored")
	}
}

// TestSpecialFilesThroughCLI: a named pipe with no writer, inside a folder
// or named directly, is reported without hanging the run; a symbolic link
// inside a folder is followed.
func TestSpecialFilesThroughCLI(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in")
	os.MkdirAll(in, 0o755)
	fifo := filepath.Join(in, "pipe.txt")
	if err := mkfifo(fifo); err != nil {
		t.Skipf("mkfifo: %v", err)
	}
	seed := filepath.Join("..", "..", "examples", "seeds", "000_f799f2cc55a51404.txt")
	abs, _ := filepath.Abs(seed)
	if err := os.Symlink(abs, filepath.Join(in, "linked.txt")); err != nil {
		t.Skipf("symlink: %v", err)
	}
	done := make(chan struct{})
	var code int
	e, out, errb := testEnv("")
	go func() {
		defer close(done)
		code = run(context.Background(), e, []string{"analyze", "--format", "json", "--db", filepath.Join(dir, "c.db"), in, fifo})
	}()
	select {
	case <-done:
	case <-time.After(60 * time.Second):
		t.Fatal("analyze hung on a named pipe")
	}
	if code != exitPartial || strings.Count(errb.String(), "pipe.txt: not a regular file") != 2 {
		t.Errorf("exit %d; stderr: %s", code, errb)
	}
	if !strings.Contains(out.String(), "in/linked.txt") {
		t.Errorf("the symbolic link was not followed: %.500s", out)
	}
}

// TestSignalsStopCleanly: SIGTERM and SIGINT stop analyze (non-zero exit,
// a message, nothing half-written) and serve (in-flight work finished,
// "stopped", exit 0).
func TestSignalsStopCleanly(t *testing.T) {
	bin := testBinary(t)
	dir := t.TempDir()
	db := filepath.Join(dir, "c.db")
	for i, sig := range []os.Signal{syscall.SIGTERM, os.Interrupt} {
		// analyze waiting on a stdin that never ends.
		adb := filepath.Join(dir, fmt.Sprintf("a%d.db", i))
		cmd := exec.Command(bin, "analyze", "--db", adb, "-")
		stdin, _ := cmd.StdinPipe()
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		stdin.Write([]byte("Budget approved\n\nThe council approved"))
		// main sets up the signal handlers before it opens the store, so
		// once the store exists a signal is the handlers' to catch; before
		// it (package initialisation takes seconds on a loaded machine) a
		// signal would kill the process by default, and the test would
		// measure the wait, not the handlers.
		if !waitForFile(adb, 2*time.Minute) {
			cmd.Process.Kill()
			cmd.Wait()
			t.Fatalf("analyze did not open its store %s; stderr: %s", adb, stderr.String())
		}
		cmd.Process.Signal(sig)
		err := waitTimeout(cmd, 20*time.Second)
		var ee *exec.ExitError
		if !errors.As(err, &ee) || ee.ExitCode() != exitInterrupted || !strings.Contains(stderr.String(), "interrupted") {
			t.Errorf("analyze after %v: %v (exit %v); stderr: %s", sig, err, cmd.ProcessState, stderr.String())
		}
		stdin.Close()

		base, srv, serr := startServe(t, bin, db)
		_ = base
		srv.Process.Signal(sig)
		if err := waitTimeout(srv, 20*time.Second); err != nil || !strings.Contains(serr.String(), "stopped") {
			t.Errorf("serve after %v: %v; stderr: %s", sig, err, serr.String())
		}
	}
}

// waitForFile reports whether path exists within d, polling it.
func waitForFile(path string, d time.Duration) bool {
	for deadline := time.Now().Add(d); time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
		if _, err := os.Stat(path); err == nil {
			return true
		}
	}
	return false
}

func waitTimeout(cmd *exec.Cmd, d time.Duration) error {
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case err := <-done:
		return err
	case <-time.After(d):
		cmd.Process.Kill()
		<-done
		return fmt.Errorf("did not stop within %v", d)
	}
}

// TestKillMidIngest kills analyze (SIGKILL) at two points of an ingest,
// each on a fresh store; each time the store is intact (integrity check, whole batches
// only, every article with its source), and a last full run stores every
// article exactly once.
func TestKillMidIngest(t *testing.T) {
	bin := testBinary(t)
	dir := t.TempDir()
	db := filepath.Join(dir, "c.db")
	data, urls := syntheticRecords("kill", 2000)
	in := filepath.Join(dir, "in.jsonl")
	os.WriteFile(in, data, 0o644)
	count := func() int {
		s, err := sqlite.Open(context.Background(), db)
		if err != nil {
			t.Fatalf("open store: %v", err)
		}
		defer s.Close()
		var n int
		s.DB().QueryRow(`SELECT COUNT(*) FROM articles`).Scan(&n)
		return n
	}
	for round, extra := range []time.Duration{0, 100 * time.Millisecond} {
		db = filepath.Join(dir, fmt.Sprintf("c%d.db", round)) // a fresh store each round
		before := count()
		cmd := exec.Command(bin, "analyze", "--format", "json", "--db", db, in)
		cmd.Stdout, cmd.Stderr = io.Discard, io.Discard
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		// Kill once this run has stored something, plus a little more.
		for k := 0; k < 600 && count() == before; k++ {
			time.Sleep(20 * time.Millisecond)
		}
		time.Sleep(extra)
		cmd.Process.Kill()
		cmd.Wait()
		s, err := sqlite.Open(context.Background(), db)
		if err != nil {
			t.Fatalf("store after kill %d: %v", round, err)
		}
		var check string
		s.DB().QueryRow(`PRAGMA integrity_check`).Scan(&check)
		var orphans, n int
		s.DB().QueryRow(`SELECT COUNT(*) FROM articles a WHERE NOT EXISTS (SELECT 1 FROM article_sources s WHERE s.article_id = a.id)`).Scan(&orphans)
		s.DB().QueryRow(`SELECT COUNT(*) FROM articles`).Scan(&n)
		s.Close()
		// Whole batches only: each batch of distinct articles adds BatchSize rows.
		if check != "ok" || orphans != 0 || n > len(urls) || n%pipeline.BatchSize != 0 && n != len(urls) {
			t.Errorf("after kill %d: integrity %q, %d articles without a source, %d articles (not whole batches of %d)", round, check, orphans, n, pipeline.BatchSize)
		}
		t.Logf("kill %d: %d articles stored", round, n)
	}
	cmd := exec.Command(bin, "analyze", "--format", "json", "--db", db, in)
	var stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = io.Discard, &stderr
	if err := cmd.Run(); err != nil {
		out := stderr.String()
		t.Fatalf("full run: %v %s", err, out)
	}
	s, err := sqlite.Open(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	list, _ := s.Articles(context.Background(), 0)
	seen := map[string]int{}
	for _, a := range list {
		seen[a.Source]++
	}
	if len(list) != len(urls) || len(seen) != len(urls) {
		t.Errorf("after the full run: %d articles (%d sources), want %d", len(list), len(seen), len(urls))
	}
}

// TestMaxMBGovernsJSONLines: --max-mb limits a JSON Lines file too (it
// once could not lower the 1 GB limit such files had): the file fails by
// name, and the records read before the limit are stored.
func TestMaxMBGovernsJSONLines(t *testing.T) {
	dir := t.TempDir()
	var b bytes.Buffer
	for i := 0; i < 200; i++ {
		text := fmt.Sprintf("The council of district %d met on Monday to discuss road repair number %d, a spokesperson said.", i, i*7)
		// A field the reader ignores makes each record 10 KB.
		rec, _ := json.Marshal(map[string]string{"id": fmt.Sprintf("r%d", i), "text": text, "notes": strings.Repeat("x", 10<<10)})
		b.Write(rec)
		b.WriteByte('\n')
	}
	in := filepath.Join(dir, "corpus.jsonl")
	os.WriteFile(in, b.Bytes(), 0o644) // about 2 MB
	e, out, errb := testEnv("")
	code := run(context.Background(), e, []string{"analyze", "--format", "json", "--max-mb", "1", "--db", ":memory:", in})
	if code != exitPartial || !strings.Contains(errb.String(), "corpus.jsonl: input too large") {
		t.Fatalf("exit %d; stderr: %.500s", code, errb)
	}
	var rep corroborate.Report
	json.Unmarshal(out.Bytes(), &rep)
	if len(rep.Articles) == 0 || len(rep.Articles) >= 200 {
		t.Errorf("%d articles stored, want those before the limit", len(rep.Articles))
	}
}
