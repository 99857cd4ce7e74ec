package source

import (
	"archive/zip"
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"
	"testing"
	"time"
)

// Bomb returns a gzip stream that decompresses to n MB of unit repeated:
// one compressed member of 1 MB, concatenated n times (gzip readers read
// concatenated members as one stream), so building it costs nothing.
func Bomb(unit []byte, n int) []byte {
	var member bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&member, gzip.BestCompression)
	block := bytes.Repeat(unit, (1<<20)/len(unit))
	zw.Write(block)
	zw.Close()
	return bytes.Repeat(member.Bytes(), n)
}

// zipBomb returns a zip archive holding one entry of n MB of zeros.
func zipBomb(n int) []byte {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	w, _ := zw.Create("big.jsonl")
	zero := make([]byte, 1<<20)
	for i := 0; i < n; i++ {
		w.Write(zero)
	}
	zw.Close()
	return buf.Bytes()
}

// bombNames are the names a bomb is tried under: every name that once
// chose a larger limit, and names that say nothing.
var bombNames = []string{"x.jsonl.gz", "x.jsonl", "x.ndjson", "x.ndjson.gz", "x.json", "x.json.gz", "x.txt", "x.txt.gz", "x.html", "x.gz", "x.zip", "noext"}

// bombs are the bomb contents: zeros, spaces (text), and JSON Lines
// records, each 1 GB decompressed, and a zip archive.
func bombs() map[string][]byte {
	rec := []byte(`{"text":"` + strings.Repeat("a", 100) + `"}` + "\n")
	return map[string][]byte{
		"zeros":      Bomb([]byte{0}, 1024),
		"spaces":     Bomb([]byte(" "), 1024),
		"json lines": Bomb(rec, 1024),
		"zip":        zipBomb(64),
	}
}

// TestBombsRefusedUnderEveryName reads gzip and zip bombs under every
// name, as files and as data a server received: each is refused with an
// error naming the input, whatever the name says.
func TestBombsRefusedUnderEveryName(t *testing.T) {
	dir := t.TempDir()
	r := &Reader{}
	for kind, data := range bombs() {
		for _, name := range bombNames {
			path := filepath.Join(dir, strings.ReplaceAll(kind, " ", "-")+"-"+name)
			if err := os.WriteFile(path, data, 0o644); err != nil {
				t.Fatal(err)
			}
			for _, it := range []Item{{Source: path, Kind: "file"}, {Source: name, Kind: "data", Data: data}} {
				recs, errs, err := streamAll(r, it)
				all := append(errs, err)
				refused := false
				for _, e := range all {
					if e != nil && strings.Contains(e.Error(), it.Source) {
						refused = true
					}
				}
				if !refused || len(recs) > 20000 {
					t.Errorf("%s bomb as %s (%s): %d records, errors %v, %v; want refused", kind, name, it.Kind, len(recs), errs, err)
				}
			}
		}
	}
}

// BenchmarkGzipBomb reads a 1 GB gzip bomb (about 1 MB compressed) named
// as JSON Lines and reports the peak heap; it fails if the peak exceeds
// 64 MB, which reading the bomb whole would pass a thousand times over.
func BenchmarkGzipBomb(b *testing.B) {
	for _, kind := range []string{"spaces", "json lines", "zeros"} {
		data := bombs()[kind]
		b.Run(strings.ReplaceAll(kind, " ", "-"), func(b *testing.B) {
			r := &Reader{}
			var peak uint64
			for b.Loop() {
				runtime.GC()
				p := peakHeap(func() {
					if _, _, err := streamAll(r, Item{Source: "bomb.jsonl.gz", Kind: "data", Data: data}); err == nil && kind != "json lines" {
						b.Fatal("bomb not refused")
					}
				})
				peak = max(peak, p)
			}
			b.ReportMetric(float64(peak)/(1<<20), "peak-heap-MB")
			if peak > 64<<20 {
				b.Fatalf("peak heap %d MB reading a gzip bomb", peak>>20)
			}
		})
	}
}

// peakHeap samples the heap in use while f runs and returns the largest value.
func peakHeap(f func()) uint64 {
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	peak := ms.HeapInuse
	done := make(chan struct{})
	stopped := make(chan uint64)
	go func() {
		p := peak
		var ms runtime.MemStats
		for {
			runtime.ReadMemStats(&ms)
			p = max(p, ms.HeapInuse)
			select {
			case <-done:
				stopped <- p
				return
			case <-time.After(time.Millisecond):
			}
		}
	}()
	f()
	close(done)
	return <-stopped
}

// TestJSONLinesStream reads JSON Lines record by record: a bad line and an
// over-long record are reported and the records after them still read.
func TestJSONLinesStream(t *testing.T) {
	var b bytes.Buffer
	for i := 0; i < 1000; i++ {
		fmt.Fprintf(&b, `{"id":"r%d","text":"Record %d."}`+"\n", i, i)
		if i == 10 {
			b.WriteString("{broken\n")
		}
		if i == 20 {
			b.WriteString(`{"id":"long","text":"` + strings.Repeat("x", 2<<10) + `"}` + "\n")
		}
	}
	r := &Reader{MaxBytes: 1 << 10}
	for _, it := range []Item{{Source: "s.jsonl", Kind: "data", Data: b.Bytes()}, {Source: "s.txt", Kind: "data", Data: gz(t, b.Bytes())}} {
		recs, errs, err := streamAll(r, it)
		if err != nil || len(recs) != 1000 || len(errs) != 2 {
			t.Fatalf("%s: %d records, errors %v, %v", it.Source, len(recs), errs, err)
		}
		if recs[999].ID != "r999" || !strings.Contains(errs[0].Error(), it.Source+":12") || !strings.Contains(errs[1].Error(), "too large") {
			t.Errorf("%s: last %q, errors %v", it.Source, recs[999].ID, errs)
		}
	}
	// The stream limit governs JSON Lines too: over it, the input fails
	// and the records read before stay.
	r = &Reader{MaxBytes: 1 << 10, MaxStreamBytes: 8 << 10}
	recs, _, err := streamAll(r, Item{Source: "s.jsonl", Kind: "data", Data: b.Bytes()})
	if !errors.Is(err, ErrTooLarge) || len(recs) == 0 || len(recs) > 300 {
		t.Errorf("over the stream limit: %d records, %v", len(recs), err)
	}
}

// TestNotRegularFiles: a named pipe, in a folder or named directly, is an
// error that names it, and reading one never blocks.
func TestNotRegularFiles(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "pipe.txt")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Skipf("mkfifo: %v", err)
	}
	os.WriteFile(filepath.Join(dir, "good.txt"), []byte("Good text."), 0o644)
	for _, in := range []string{dir, fifo} {
		items, errs := Expand([]string{in})
		if len(errs) != 1 || !strings.Contains(errs[0].Error(), "pipe.txt") || !strings.Contains(errs[0].Error(), "named pipe") {
			t.Errorf("Expand(%s) errors = %v", in, errs)
		}
		for _, it := range items {
			if strings.Contains(it.Source, "pipe") {
				t.Errorf("Expand(%s) returned the pipe as an item", in)
			}
		}
	}
	done := make(chan error, 1)
	go func() {
		_, _, err := streamAll(&Reader{}, Item{Source: fifo, Kind: "file"})
		done <- err
	}()
	select {
	case err := <-done:
		if err == nil || !strings.Contains(err.Error(), "named pipe") {
			t.Errorf("reading a pipe: %v", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("reading a named pipe with no writer blocked")
	}
}

// TestSymlinksFollowed: links to files and folders inside a folder are
// read; a link back into the folder (a loop) and a broken link are named.
func TestSymlinksFollowed(t *testing.T) {
	root := t.TempDir()
	outside := t.TempDir()
	os.WriteFile(filepath.Join(outside, "linked.txt"), []byte("x"), 0o644)
	os.MkdirAll(filepath.Join(outside, "deep"), 0o755)
	os.WriteFile(filepath.Join(outside, "deep", "d.txt"), []byte("x"), 0o644)
	in := filepath.Join(root, "in")
	os.MkdirAll(in, 0o755)
	os.WriteFile(filepath.Join(in, "a.txt"), []byte("x"), 0o644)
	for name, target := range map[string]string{"file-link.txt": filepath.Join(outside, "linked.txt"), "dir-link": filepath.Join(outside, "deep"),
		"loop": in, "broken.txt": filepath.Join(outside, "missing.txt")} {
		if err := os.Symlink(target, filepath.Join(in, name)); err != nil {
			t.Skipf("symlink: %v", err)
		}
	}
	items, errs := Expand([]string{in})
	var got []string
	for _, it := range items {
		got = append(got, it.Source)
		if _, err := os.Stat(it.path()); err != nil {
			t.Errorf("item %s cannot be opened at %s", it.Source, it.path())
		}
	}
	want := "in/a.txt,in/dir-link/d.txt,in/file-link.txt"
	if strings.Join(got, ",") != want {
		t.Errorf("items = %v, want %s", got, want)
	}
	msgs := fmt.Sprint(errs)
	if len(errs) != 2 || !strings.Contains(msgs, "in/loop") || !strings.Contains(msgs, "loop") || !strings.Contains(msgs, "in/broken.txt") {
		t.Errorf("errors = %v, want the loop and the broken link", errs)
	}
}

// TestInputTimeout: an input that never gives a byte fails after the
// per-input timeout.
func TestInputTimeout(t *testing.T) {
	pr, pw := io.Pipe()
	defer pw.Close()
	r := &Reader{Stdin: pr, Timeout: 100 * time.Millisecond}
	start := time.Now()
	_, _, err := streamAll(r, Item{Source: "-", Kind: "stdin"})
	if !errors.Is(err, ErrTimeout) || !strings.Contains(err.Error(), "-") {
		t.Errorf("stuck stdin: %v", err)
	}
	if time.Since(start) > 10*time.Second {
		t.Errorf("timeout took %v", time.Since(start))
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	r.Timeout = time.Hour
	if err := r.Stream(ctx, Item{Source: "-", Kind: "stdin"}, func(Record, error) error { return nil }); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled read: %v", err)
	}
}

// TestHTMLTextDeep: a page nested far deeper than the tree parser's 512
// open elements still gives its title and text.
func TestHTMLTextDeep(t *testing.T) {
	page := "<html><head><title>Deep page</title><style>p{}</style></head><body>" + strings.Repeat("<div>", 3000) +
		"<p>The council approved the budget on Monday.</p><script>var x = 1;</script><p>Second paragraph.</p>" + strings.Repeat("</div>", 3000) + "</body></html>"
	title, text := HTMLText([]byte(page))
	if title != "Deep page" || text != "The council approved the budget on Monday.\n\nSecond paragraph." {
		t.Errorf("HTMLText = %q, %q", title, text)
	}
}

// TestWebURLOnly: only http(s) addresses become a record's URL or source.
func TestWebURLOnly(t *testing.T) {
	for _, u := range []string{"javascript:alert(1)", "JavaScript:alert(1)", "data:text/html,x", "file:///etc/passwd", "vbscript:x", "//evil.example/x", "ftp://x.example/a"} {
		recs, errs := Records(Doc{Source: "r.json", Data: []byte(`{"id":"r1","url":"` + u + `","text":"Body text."}`)})
		if len(errs) != 0 || len(recs) != 1 || recs[0].URL != "" || recs[0].Source != "r1" {
			t.Errorf("url %q: %+v %v", u, recs, errs)
		}
	}
	if !IsWebURL("https://news.example/a") || !IsWebURL("HTTP://news.example") || IsWebURL("https://") {
		t.Error("IsWebURL")
	}
}
