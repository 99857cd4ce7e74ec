package pipeline

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"runtime"
	"runtime/pprof"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/kittext"

	"github.com/corroborate/corroborate/internal/analyze"
	"github.com/corroborate/corroborate/internal/extract"
	"github.com/corroborate/corroborate/internal/source"
	"github.com/corroborate/corroborate/internal/sqlite"
	"github.com/corroborate/corroborate/internal/storyid"
)

// sharedData is the directory of the shared data sets (see kittext.Path).
var sharedData = kittext.Path()

// realTexts returns the article texts of the ECB+ kit, or skips.
func realTexts(tb testing.TB) []string {
	out, err := kittext.Texts(filepath.Join(sharedData, "ecbplus", "dev.jsonl"))
	if err != nil {
		tb.Skip("shared data not present: ", err)
	}
	return out
}

// recombine makes n distinct articles from real texts: each keeps a real
// article's headline and paragraphs, with paragraphs of another real article
// mixed in, so sizes and vocabulary stay those of real news.
func recombine(texts []string, n int) []string {
	rng := rand.New(rand.NewSource(1))
	out := make([]string, n)
	for i := range out {
		a := strings.Split(texts[rng.Intn(len(texts))], "\n\n")
		b := strings.Split(texts[rng.Intn(len(texts))], "\n\n")
		parts := append([]string{}, a...)
		if len(b) > 1 {
			parts = append(parts, b[1+rng.Intn(len(b)-1)])
		}
		parts = append(parts, fmt.Sprintf("Item %d of the benchmark corpus was filed on day %d.", i, i%365))
		out[i] = strings.Join(parts, "\n\n")
	}
	return out
}

// peakHeap samples the heap while f runs and returns the largest value.
func peakHeap(f func()) uint64 {
	var peak atomic.Uint64
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		var ms runtime.MemStats
		for {
			runtime.ReadMemStats(&ms)
			if ms.HeapInuse > peak.Load() {
				peak.Store(ms.HeapInuse)
			}
			select {
			case <-done:
				return
			case <-time.After(20 * time.Millisecond):
			}
		}
	}()
	f()
	close(done)
	wg.Wait()
	return peak.Load()
}

// BenchmarkIngestText ingests 10,000 plain-text articles (JSON Lines of
// recombined real news) into a fresh SQLite store per iteration.
func BenchmarkIngestText(b *testing.B) {
	texts := recombine(realTexts(b), 10000)
	dir := b.TempDir()
	in := writeJSONL(b, dir, texts)
	b.ResetTimer()
	var peak uint64
	for i := 0; i < b.N; i++ {
		store, err := sqlite.Open(context.Background(), filepath.Join(dir, fmt.Sprintf("s%d.db", i)))
		if err != nil {
			b.Fatal(err)
		}
		var res *Result
		p := peakHeap(func() { res, err = Ingest(context.Background(), store, []string{in}, Options{}) })
		if err != nil || len(res.Articles) != len(texts) {
			b.Fatalf("ingested %d of %d: %v %v", len(res.Articles), len(texts), err, res.Errors[:min(3, len(res.Errors))])
		}
		peak = max(peak, p)
		store.Close()
	}
	b.ReportMetric(float64(len(texts)*b.N)/b.Elapsed().Seconds(), "articles/s")
	b.ReportMetric(float64(peak)/(1<<20), "peak-heap-MB")
}

// BenchmarkCleanupText measures the plain-text cleanup alone.
func BenchmarkCleanupText(b *testing.B) {
	texts := recombine(realTexts(b), 10000)
	b.ResetTimer()
	n := 0
	for i := 0; i < b.N; i++ {
		for _, t := range texts {
			extract.Text(t, extract.Hint{})
			n++
		}
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "articles/s")
}

func htmlPages(b *testing.B) [][]byte {
	files, _ := filepath.Glob(filepath.Join(sharedData, "html-dev", "pages", "*.html.gz"))
	if len(files) == 0 {
		b.Skip("shared html-dev pages not present")
	}
	var pages [][]byte
	for _, f := range files {
		raw, _ := os.ReadFile(f)
		p, err := source.Gunzip(raw, source.MaxBytes)
		if err == nil {
			pages = append(pages, p)
		}
	}
	return pages
}

// htmlCount is how many pages the HTML benchmarks extract per iteration
// (BENCH_HTML_PAGES, default 10000: about two minutes on two cores).
func htmlCount() int {
	n := 10000
	fmt.Sscan(os.Getenv("BENCH_HTML_PAGES"), &n)
	return n
}

func benchHTML(b *testing.B, opts extract.HTMLOptions) {
	pages := htmlPages(b)
	n := htmlCount()
	b.ResetTimer()
	var peak uint64
	for i := 0; i < b.N; i++ {
		peak = max(peak, peakHeap(func() {
			var next atomic.Int64
			var wg sync.WaitGroup
			for w := 0; w < runtime.NumCPU(); w++ {
				wg.Add(1)
				go func() {
					defer wg.Done()
					for k := int(next.Add(1)) - 1; k < n; k = int(next.Add(1)) - 1 {
						extract.HTML(pages[k%len(pages)], opts)
					}
				}()
			}
			wg.Wait()
		}))
	}
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "pages/s")
	b.ReportMetric(float64(peak)/(1<<20), "peak-heap-MB")
}

// BenchmarkExtractHTML runs our HTML extraction over real pages.
func BenchmarkExtractHTML(b *testing.B) { benchHTML(b, extract.HTMLOptions{}) }

// BenchmarkExtractHTMLTrafilaturaAlone is the reference: go-trafilatura alone.
func BenchmarkExtractHTMLTrafilaturaAlone(b *testing.B) {
	benchHTML(b, extract.HTMLOptions{TrafilaturaOnly: true})
}

// BenchmarkAnalyzeEndToEnd runs what "corroborate analyze" does on 10,000
// plain-text articles (recombined real news; BENCH_E2E_ARTICLES sets
// another number, BENCH_E2E_INPUT names a JSON Lines file to read instead)
// into a fresh store: ingest into SQLite, the language layer (each reading
// saved in the store), near-copies, stories, every story's findings, the
// stable story ids and the placement state saved (analyze.Regroup, as the
// command calls it). cpu-ms/article is the process's CPU time (user +
// system) an article: on a shared machine it moves less with the other
// processes' load than articles/s does.
func BenchmarkAnalyzeEndToEnd(b *testing.B) {
	n, dir, in := benchInput(b, 10000)
	b.ResetTimer()
	cpu0 := cpuTime()
	for i := 0; i < b.N; i++ {
		store, err := sqlite.Open(context.Background(), filepath.Join(dir, fmt.Sprintf("e%d.db", i)))
		if err != nil {
			b.Fatal(err)
		}
		var stories int
		p := peakHeap(func() {
			res, err := Ingest(context.Background(), store, []string{in}, Options{})
			if err != nil {
				b.Fatal(err)
			}
			if n == 0 {
				n = len(res.Articles)
			}
			rep, _, err := analyze.Regroup(context.Background(), store, res.Articles, nil)
			if err != nil {
				b.Fatal(err)
			}
			stories = len(rep.Stories)
		})
		store.Close()
		b.ReportMetric(float64(p)/(1<<20), "peak-heap-MB")
		b.ReportMetric(float64(stories), "stories")
	}
	b.ReportMetric(float64((cpuTime()-cpu0).Milliseconds())/float64(n*b.N), "cpu-ms/article")
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "articles/s")
}

// BenchmarkAnalyzeAdd runs what "corroborate analyze" does with one new
// article at a time (BENCH_ADDS of them, default 5, an op) in a store that
// holds BENCH_E2E_ARTICLES recombined articles (default here 1,000)
// already analysed: the article ingested, the store regrouped from what
// it keeps, stable ids and the placement state saved (analyze.RegroupFor
// with the new article's id, as the command calls it). The store is
// built once, before the timer; with BENCH_ADD_DIR it is kept there and
// copied for later runs of the same test binary (the engine is the binary: another one computes every
// reading again, unless the binaries name one engine: analyze.engineName).
// BENCH_ADD_WARM adds that many other articles first, untimed.
// cpu-ms/add is the process's CPU time an add;
// BENCH_ADD_PROFILE names a file for a CPU profile of the adds alone.
func BenchmarkAnalyzeAdd(b *testing.B) { benchAnalyzeAdd(b, 1000) }

// BenchmarkAnalyzeAdd10k is BenchmarkAnalyzeAdd in a store of 10,000
// articles.
func BenchmarkAnalyzeAdd10k(b *testing.B) { benchAnalyzeAdd(b, 10000) }

func benchAnalyzeAdd(b *testing.B, n int) {
	adds := 5
	fmt.Sscan(os.Getenv("BENCH_E2E_ARTICLES"), &n)
	fmt.Sscan(os.Getenv("BENCH_ADDS"), &adds)
	texts := recombine(realTexts(b), n+adds*b.N)
	ctx := context.Background()
	store := benchAddStore(b, n, texts[:n])
	defer store.Close()
	add := func(texts []string) {
		res, err := Ingest(ctx, store, []string{writeJSONL(b, b.TempDir(), texts)}, Options{})
		if err != nil {
			b.Fatal(err)
		}
		stored, err := store.Articles(ctx, 0)
		if err != nil {
			b.Fatal(err)
		}
		arts := slices.Clone(res.Articles)
		want := map[string]bool{}
		for _, a := range res.Articles {
			want[a.ID] = true
		}
		for _, a := range stored {
			if !want[a.ID] {
				arts = append(arts, a)
			}
		}
		if _, _, err := analyze.RegroupFor(ctx, store, arts, want); err != nil {
			b.Fatal(err)
		}
	}
	// BENCH_ADD_WARM adds as many articles first, untimed and unprofiled
	// (the first add after a change of the saved analysis's format saves
	// it whole).
	warm := 0
	fmt.Sscan(os.Getenv("BENCH_ADD_WARM"), &warm)
	texts = append(texts, recombine(realTexts(b), n+adds*b.N+warm)[n+adds*b.N:]...)
	for i := 0; i < warm; i++ {
		add(texts[n+adds*b.N+i : n+adds*b.N+i+1])
	}
	if prof := os.Getenv("BENCH_ADD_PROFILE"); prof != "" {
		f, err := os.Create(prof)
		if err != nil {
			b.Fatal(err)
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			b.Fatal(err)
		}
		defer pprof.StopCPUProfile()
	}
	b.ResetTimer()
	cpu0, cmp0 := cpuTime(), analyze.Comparisons()
	for i := 0; i < adds*b.N; i++ {
		add(texts[n+i : n+i+1])
	}
	b.ReportMetric(float64((cpuTime()-cpu0).Milliseconds())/float64(adds*b.N), "cpu-ms/add")
	b.ReportMetric(float64(analyze.Comparisons()-cmp0)/float64(adds*b.N), "compared/add")
	b.ReportMetric(float64(b.Elapsed().Milliseconds())/float64(adds*b.N), "ms/add")
}

// benchAddStore opens a store of the n texts, analysed as "corroborate
// analyze" leaves it: built in a temporary folder, or, with BENCH_ADD_DIR,
// copied from the one kept there for this test binary and n (built and
// kept first when there is none).
func benchAddStore(b *testing.B, n int, texts []string) *sqlite.Store {
	ctx := context.Background()
	path := filepath.Join(b.TempDir(), "a.db")
	keep := os.Getenv("BENCH_ADD_DIR")
	if keep != "" {
		kept := filepath.Join(keep, fmt.Sprintf("add-%s-%d.db", strings.NewReplacer("#", "-", "@", "-", "=", "-").Replace(analyze.Engine()), n))
		if _, err := os.Stat(kept); err != nil {
			// Built beside it and renamed: a run stopped midway leaves no
			// half-built store to be taken later.
			buildAddStore(b, kept+".part", texts)
			if err := os.Rename(kept+".part", kept); err != nil {
				b.Fatal(err)
			}
		}
		data, err := os.ReadFile(kept)
		if err != nil {
			b.Fatal(err)
		}
		if err := os.WriteFile(path, data, 0o644); err != nil {
			b.Fatal(err)
		}
	} else {
		buildAddStore(b, path, texts)
	}
	store, err := sqlite.Open(ctx, path)
	if err != nil {
		b.Fatal(err)
	}
	return store
}

// buildAddStore ingests texts into a new store at path and regroups it
// (analyze.Regroup), then closes it (its write-ahead log checkpointed).
func buildAddStore(b *testing.B, path string, texts []string) {
	ctx := context.Background()
	os.Remove(path)
	store, err := sqlite.Open(ctx, path)
	if err != nil {
		b.Fatal(err)
	}
	res, err := Ingest(ctx, store, []string{writeJSONL(b, b.TempDir(), texts)}, Options{})
	if err != nil {
		b.Fatal(err)
	}
	if _, _, err := analyze.Regroup(ctx, store, res.Articles, nil); err != nil {
		b.Fatal(err)
	}
	if err := store.Close(); err != nil {
		b.Fatal(err)
	}
}

// benchInput is the input of BenchmarkAnalyzeEndToEnd: the JSON Lines file
// BENCH_E2E_INPUT names (n 0: counted when read), else n recombined
// articles written into a temporary folder (see benchArticles).
func benchInput(b *testing.B, n int) (int, string, string) {
	if in := os.Getenv("BENCH_E2E_INPUT"); in != "" {
		return 0, b.TempDir(), in
	}
	texts, dir, in := benchArticles(b, n)
	return len(texts), dir, in
}

// benchArticles makes n recombined articles (BENCH_E2E_ARTICLES sets
// another number) and writes them as JSON Lines into a temporary folder:
// the texts, the folder and the file's path.
func benchArticles(b *testing.B, n int) (texts []string, dir, in string) {
	fmt.Sscan(os.Getenv("BENCH_E2E_ARTICLES"), &n)
	texts = recombine(realTexts(b), n)
	dir = b.TempDir()
	return texts, dir, writeJSONL(b, dir, texts)
}

// writeJSONL writes texts as JSON Lines records into dir and returns the path.
func writeJSONL(b *testing.B, dir string, texts []string) string {
	in := filepath.Join(dir, "in.jsonl")
	f, err := os.Create(in)
	if err != nil {
		b.Fatal(err)
	}
	w := bufio.NewWriter(f)
	for i, t := range texts {
		line, _ := json.Marshal(map[string]string{"id": fmt.Sprint("bench-", i), "text": t})
		w.Write(line)
		w.WriteByte('\n')
	}
	w.Flush()
	f.Close()
	return in
}

// BenchmarkStories times what follows grouping in BenchmarkAnalyzeEndToEnd:
// every story built and compared (Batch.Stories), on BENCH_E2E_ARTICLES
// recombined articles (default here 2,000) or the articles of
// BENCH_E2E_INPUT (kit articles: their stories and related stories are the
// kit's, not the recombined ones'). Ingest, reading and grouping
// run once, before the timer. cpu-ms/op is the process's CPU time (user +
// system) an iteration: on a shared machine it moves less with the other
// processes' load than the wall time does.
func BenchmarkStories(b *testing.B) {
	ctx := context.Background()
	_, _, an := benchRead(b, 2000)
	b.ResetTimer()
	cpu0 := cpuTime()
	for i := 0; i < b.N; i++ {
		if _, err := an.Stories(ctx); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64((cpuTime()-cpu0).Milliseconds())/float64(b.N), "cpu-ms/op")
}

// BenchmarkSaveState times the last step of BenchmarkAnalyzeEndToEnd: the
// whole placement state saved (Batch.SaveState: every article's counts
// and buckets, every story's state, postings and findings), on
// BENCH_E2E_ARTICLES recombined articles (default here 2,000). Everything
// before it runs once, before the timer; cpu-ms/op as in BenchmarkStories.
func BenchmarkSaveState(b *testing.B) {
	ctx := context.Background()
	store, res, an := benchRead(b, 2000)
	stories, err := an.Stories(ctx)
	if err != nil {
		b.Fatal(err)
	}
	rep := &corroborate.Report{Articles: res.Articles, Stories: stories}
	analyze.Normalize(rep)
	if _, err := storyid.Apply(ctx, store, rep); err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	cpu0 := cpuTime()
	for i := 0; i < b.N; i++ {
		if err := an.SaveState(ctx, store, rep); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64((cpuTime()-cpu0).Milliseconds())/float64(b.N), "cpu-ms/op")
}

// benchRead ingests n recombined articles (BENCH_E2E_ARTICLES sets
// another number, BENCH_E2E_INPUT names a JSON Lines file to read instead)
// into a fresh store, closed when the benchmark ends, and
// reads them (analyze.ProcessStored): the untimed start of
// BenchmarkStories and BenchmarkSaveState.
func benchRead(b *testing.B, n int) (*sqlite.Store, *Result, *analyze.Batch) {
	_, dir, in := benchInput(b, n)
	ctx := context.Background()
	store, err := sqlite.Open(ctx, filepath.Join(dir, "s.db"))
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { store.Close() })
	res, err := Ingest(ctx, store, []string{in}, Options{})
	if err != nil {
		b.Fatal(err)
	}
	an, _, err := analyze.ProcessStored(ctx, store, res.Articles)
	if err != nil {
		b.Fatal(err)
	}
	return store, res, an
}

// cpuTime is the CPU time (user + system) the process has used.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
