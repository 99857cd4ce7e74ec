package analyze

import (
	"context"
	"fmt"
	"io"
	"math/rand"
	"os"
	"path/filepath"
	"regexp"
	"runtime/pprof"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/corroborate/corroborate/internal/extract"
	"github.com/corroborate/corroborate/internal/kittext"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/sqlite"
	"github.com/corroborate/corroborate/internal/storyid"
)

// benchTexts returns the article texts of the ECB+ kit, or skips.
func benchTexts(tb testing.TB) []string {
	out, err := kittext.Texts(kittext.Path("ecbplus", "dev.jsonl"))
	if err != nil {
		tb.Skip("shared data not present: ", err)
	}
	return out
}

// benchArticle makes the i-th article of a benchmark store: a real
// article's paragraphs with one of another's mixed in (as the end-to-end
// benchmark's corpus). So that stories keep the size of real ones however
// large the store, the corpus is re-used in epochs of len(texts)
// articles: each epoch's names carry a suffix of its own (every
// capitalised word, "Berg" → "Bergbc") and its dates are a year and a
// half later than the last epoch's. Without that the stories of a store
// ten times the kit hold ten times the articles, and their comparison,
// quadratic in story size, would be measured rather than the store.
func benchArticle(texts []string, rng *rand.Rand, i int) corroborate.Article {
	return benchArticleOf(texts, rng, i, i/len(texts))
}

// benchArticleOf is the i-th article made as one of the given epoch's.
func benchArticleOf(texts []string, rng *rand.Rand, i, epoch int) corroborate.Article {
	tag := func(s string) string {
		if epoch == 0 {
			return s
		}
		suf := ""
		for e := epoch; e > 0; e /= 26 {
			suf += string(rune('a' + e%26))
		}
		return capWord.ReplaceAllString(s, "${0}"+suf)
	}
	a := strings.Split(tag(texts[rng.Intn(len(texts))]), "\n\n")
	b := strings.Split(tag(texts[rng.Intn(len(texts))]), "\n\n")
	parts := slices.Clone(a)
	if len(b) > 1 {
		parts = append(parts, b[1+rng.Intn(len(b)-1)])
	}
	parts = append(parts, fmt.Sprintf("Item %d of the benchmark corpus was filed on day %d.", i, i%365))
	text := strings.Join(parts, "\n\n")
	day := time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, epoch*550+i%365).Format("2006-01-02")
	title := parts[0]
	return corroborate.Article{ID: extract.TextID(text), Source: fmt.Sprint("bench-", i), Title: &title, Published: &day,
		PublishedConfidence: 0.9, Text: text, Lead: parts[min(1, len(parts)-1)]}
}

// benchStore opens a store of n articles with its placement state, as a
// regroup leaves it but without the stories' findings (the costly part of
// a regroup, which placement recomputes for the stories it touches). When
// BENCH_PLACE_DIR names a directory, the store built there once is copied
// and re-used, and a larger store is built on from the largest kept one
// (building a store takes the language layer over every article).
func benchStore(b *testing.B, n int) (*sqlite.Store, string, []string, *rand.Rand) {
	ctx := context.Background()
	texts := benchTexts(b)
	path := filepath.Join(b.TempDir(), "place.db")
	if dir := os.Getenv("BENCH_PLACE_DIR"); dir != "" {
		// A kept store outlives the test binary that built it: its readings
		// are taken as this engine's (the benchmark measures an add, not the
		// recomputation of readings after an engine upgrade).
		engineOnce = func() string { return fmt.Sprintf("r%d#bench", ReadingFormat) }
		kept := filepath.Join(dir, fmt.Sprintf("place-%d.db", n))
		if _, err := os.Stat(kept); err != nil {
			from := 0
			if m, prev := largestKept(dir, n); m > 0 {
				from = m
				if err := copyFile(prev, kept+".part"); err != nil {
					b.Fatal(err)
				}
			}
			buildBenchStore(b, kept+".part", texts, from, n)
			if err := os.Rename(kept+".part", kept); err != nil {
				b.Fatal(err)
			}
		}
		if err := copyFile(kept, path); err != nil {
			b.Fatal(err)
		}
	} else {
		buildBenchStore(b, path, texts, 0, n)
	}
	store, err := sqlite.Open(ctx, path)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { store.Close() })
	// The added articles draw from a generator of their own, so that a
	// kept store and a fresh one see the same adds.
	return store, path, texts, rand.New(rand.NewSource(-1))
}

// largestKept returns the largest kept store in dir smaller than n.
func largestKept(dir string, n int) (int, string) {
	paths, _ := filepath.Glob(filepath.Join(dir, "place-*.db"))
	best, bestPath := 0, ""
	for _, p := range paths {
		var m int
		if _, err := fmt.Sscanf(filepath.Base(p), "place-%d.db", &m); err == nil && m < n && m > best {
			best, bestPath = m, p
		}
	}
	return best, bestPath
}

// copyFile copies a closed store file (its WAL checkpointed on close).
func copyFile(from, to string) error {
	in, err := os.Open(from)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.Create(to)
	if err != nil {
		return err
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		return err
	}
	return out.Close()
}

// buildBenchStore adds articles from..n-1 to the store at path, one epoch
// of the corpus at a time (a bulk path: the readings of a whole large
// store do not fit in memory). Each epoch is grouped as a batch and its
// stories saved beside the earlier epochs' (epochs share no names and lie
// a year and a half apart, so a regroup would not join them either); its
// centroids are weighted by the document frequencies of its own articles,
// where a regroup of the whole store would use the store's, and its counts
// are added to the store's. A store built on from a smaller one has the
// rest of that one's last epoch as a batch of its own.
func buildBenchStore(b *testing.B, path string, texts []string, from, n int) {
	ctx := context.Background()
	store, err := sqlite.Open(ctx, path)
	if err != nil {
		b.Fatal(err)
	}
	defer store.Close()
	for lo := from; lo < n; {
		hi := min((lo/len(texts)+1)*len(texts), n)
		arts := benchEpoch(texts, lo, hi)
		if err := buildBenchEpoch(ctx, store, arts, lo == 0); err != nil {
			b.Fatal(err)
		}
		fmt.Fprintf(os.Stderr, "bench store: %d of %d articles %s\n", hi, n, time.Now().Format(time.TimeOnly))
		lo = hi
	}
}

// benchEpoch returns the articles lo..hi-1 of one epoch: each epoch has a
// generator of its own.
func benchEpoch(texts []string, lo, hi int) []corroborate.Article {
	start := lo / len(texts) * len(texts)
	rng := rand.New(rand.NewSource(int64(lo/len(texts) + 1)))
	var out []corroborate.Article
	for i := start; i < hi; i++ {
		a := benchArticle(texts, rng, i)
		if i >= lo {
			out = append(out, a)
		}
	}
	return out
}

// buildBenchEpoch stores one epoch's articles, groups them and saves their
// stories and placement state.
func buildBenchEpoch(ctx context.Context, store *sqlite.Store, arts []corroborate.Article, first bool) error {
	for lo := 0; lo < len(arts); lo += 256 {
		var batch []corroborate.ArticleInput
		for i := lo; i < min(lo+256, len(arts)); i++ {
			batch = append(batch, corroborate.ArticleInput{Article: &arts[i], Raw: corroborate.Raw{Kind: "text", Bytes: []byte(arts[i].Text)}})
		}
		if _, err := store.PutArticles(ctx, batch); err != nil {
			return err
		}
	}
	an, _, err := ProcessStored(ctx, store, arts)
	if err != nil {
		return err
	}
	rep := &corroborate.Report{Articles: arts}
	for k, g := range an.groups {
		st := corroborate.Story{}
		for _, i := range g {
			st.Articles = append(st.Articles, arts[i].ID)
		}
		st.ID = storyID(st.Articles)
		for _, r := range an.related[k] {
			st.Related = append(st.Related, storyID(idsOf(arts, an.groups[r])))
		}
		rep.Stories = append(rep.Stories, st)
	}
	if _, err := storyid.Apply(ctx, store, rep); err != nil {
		return err
	}
	p, err := an.placement(rep)
	if err != nil {
		return err
	}
	p.Reset, p.Findings = first, nil
	return store.PutPlacement(ctx, p)
}

// capWord is a capitalised word (a name, mostly).
var capWord = regexp.MustCompile(`\b[A-Z][a-z]+\b`)

func idsOf(arts []corroborate.Article, g []int) []string {
	var out []string
	for _, i := range g {
		out = append(out, arts[i].ID)
	}
	return out
}

// benchPlace adds per articles at a time to a store of
// BENCH_PLACE_ARTICLES articles (default 10,000) and reports the latency
// until their stories are saved with their findings (what a story page
// shows): p50 and p99 over the iterations, and the store's size per
// article before the adds.
func benchPlace(b *testing.B, per int) {
	n := 10000
	fmt.Sscan(os.Getenv("BENCH_PLACE_ARTICLES"), &n)
	var store *sqlite.Store
	var path string
	var next func(k int) corroborate.Article
	if os.Getenv("BENCH_PLACE_FAST") != "" {
		// A store built the fast way (fastbuild_test.go); the adds are
		// real articles held out of it, as the last epoch holds them.
		store, path, n, next = benchFastStore(b, n)
	} else {
		var texts []string
		var rng *rand.Rand
		store, path, texts, rng = benchStore(b, n)
		// The adds join the last full epoch (stories of a real size): the
		// news of the day, not an epoch the store has barely begun.
		epoch := max(n/len(texts)-1, 0)
		next = func(k int) corroborate.Article { return benchArticleOf(texts, rng, n+k, epoch) }
	}
	ctx := context.Background()
	fi, err := os.Stat(path)
	if err != nil {
		b.Fatal(err)
	}
	var lat, pending []time.Duration
	var compared, read, npending int
	if prof := os.Getenv("BENCH_PLACE_PROFILE"); prof != "" {
		f, err := os.Create(prof)
		if err != nil {
			b.Fatal(err)
		}
		if err := pprof.StartCPUProfile(f); err != nil {
			b.Fatal(err)
		}
		defer func() { pprof.StopCPUProfile(); f.Close() }()
	}
	b.ResetTimer()
	cpu0, cpuAdd := cpuTime(), int64(0)
	for it := 0; it < b.N; it++ {
		var arts []corroborate.Article
		for k := 0; k < per; k++ {
			arts = append(arts, next(it*per+k))
		}
		start, c0 := time.Now(), cpuTime()
		for i := range arts {
			if _, err := store.PutArticle(ctx, &arts[i], corroborate.Raw{Kind: "text", Bytes: []byte(arts[i].Text)}); err != nil {
				b.Fatal(err)
			}
		}
		placed, err := Place(ctx, store, arts)
		if err != nil {
			b.Fatal(err)
		}
		compared += placed.Compared
		read += placed.Read
		lat = append(lat, time.Since(start))
		cpuAdd += cpuTime() - c0
		// Then the stories whose related stories changed (serve compares
		// them after the write has answered).
		start = time.Now()
		if _, err := Recompare(ctx, store, placed.Pending); err != nil {
			b.Fatal(err)
		}
		pending = append(pending, time.Since(start))
		npending += len(placed.Pending)
	}
	b.StopTimer()
	b.ReportMetric(float64(cpuAdd)/1e6/float64(b.N), "cpu-ms/op")
	b.ReportMetric(float64(cpuTime()-cpu0-cpuAdd)/1e6/float64(b.N), "pending-cpu-ms/op")
	b.ReportMetric(float64(npending)/float64(b.N), "pending/op")
	slices.Sort(pending)
	b.ReportMetric(float64(pending[len(pending)/2].Microseconds())/1000, "pending-p50-ms")
	b.ReportMetric(float64(pending[(len(pending)*99)/100].Microseconds())/1000, "pending-p99-ms")
	b.ReportMetric(float64(fi.Size())/float64(n), "store-bytes/article")
	b.ReportMetric(float64(compared)/float64(b.N), "stories-compared/op")
	b.ReportMetric(float64(read)/float64(b.N), "articles-read/op")
	slices.Sort(lat)
	b.ReportMetric(float64(lat[len(lat)/2].Microseconds())/1000, "p50-ms")
	b.ReportMetric(float64(lat[(len(lat)*99)/100].Microseconds())/1000, "p99-ms")
}

// cpuTime is the process's CPU time (user and system), in nanoseconds.
func cpuTime() int64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return ru.Utime.Nano() + ru.Stime.Nano()
}

// BenchmarkPlaceOne is the latency of adding one article to a store.
func BenchmarkPlaceOne(b *testing.B) { benchPlace(b, 1) }

// BenchmarkPlaceHundred is the latency of adding 100 articles at once.
func BenchmarkPlaceHundred(b *testing.B) { benchPlace(b, 100) }
