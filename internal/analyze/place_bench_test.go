package analyze

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/sqlite"
	"github.com/corroborate/corroborate/internal/storyid"
)

// benchTexts returns the article texts of the ECB+ kit, or skips.
func benchTexts(tb testing.TB) []string {
	f, err := os.Open(filepath.Join("..", "..", "..", "shared", "data", "ecbplus", "dev.jsonl"))
	if err != nil {
		tb.Skip("shared data not present: ", err)
	}
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	for sc.Scan() {
		var r struct{ Text string }
		if json.Unmarshal(sc.Bytes(), &r) == nil && r.Text != "" {
			out = append(out, r.Text)
		}
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
	epoch := i / len(texts)
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
	return corroborate.Article{ID: hashID(text), Source: fmt.Sprint("bench-", i), Title: &title, Published: &day,
		PublishedConfidence: 0.9, Text: text, Lead: parts[min(1, len(parts)-1)]}
}

// benchStore builds a store of n articles with its placement state, as a
// regroup leaves it but without the stories' findings (the costly part of
// a regroup, which placement recomputes for the stories it touches).
func benchStore(b *testing.B, n int) (*sqlite.Store, string, []string, *rand.Rand) {
	ctx := context.Background()
	texts := benchTexts(b)
	path := filepath.Join(b.TempDir(), "place.db")
	store, err := sqlite.Open(ctx, path)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { store.Close() })
	rng := rand.New(rand.NewSource(1))
	arts := make([]corroborate.Article, n)
	for i := range arts {
		arts[i] = benchArticle(texts, rng, i)
	}
	for lo := 0; lo < n; lo += 256 {
		var batch []corroborate.ArticleInput
		for i := lo; i < min(lo+256, n); i++ {
			batch = append(batch, corroborate.ArticleInput{Article: &arts[i], Raw: corroborate.Raw{Kind: "text", Bytes: []byte(arts[i].Text)}})
		}
		if _, err := store.PutArticles(ctx, batch); err != nil {
			b.Fatal(err)
		}
	}
	an, _, err := ProcessStored(ctx, store, arts)
	if err != nil {
		b.Fatal(err)
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
		b.Fatal(err)
	}
	if err := an.SaveState(ctx, store, rep); err != nil {
		b.Fatal(err)
	}
	return store, path, texts, rng
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
	store, path, texts, rng := benchStore(b, n)
	ctx := context.Background()
	fi, err := os.Stat(path)
	if err != nil {
		b.Fatal(err)
	}
	var lat []time.Duration
	var compared, read int
	b.ResetTimer()
	for it := 0; it < b.N; it++ {
		var arts []corroborate.Article
		for k := 0; k < per; k++ {
			arts = append(arts, benchArticle(texts, rng, n+it*per+k))
		}
		start := time.Now()
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
	}
	b.StopTimer()
	b.ReportMetric(float64(fi.Size())/float64(n), "store-bytes/article")
	b.ReportMetric(float64(compared)/float64(b.N), "stories-compared/op")
	b.ReportMetric(float64(read)/float64(b.N), "articles-read/op")
	slices.Sort(lat)
	b.ReportMetric(float64(lat[len(lat)/2].Microseconds())/1000, "p50-ms")
	b.ReportMetric(float64(lat[(len(lat)*99)/100].Microseconds())/1000, "p99-ms")
}

// BenchmarkPlaceOne is the latency of adding one article to a store.
func BenchmarkPlaceOne(b *testing.B) { benchPlace(b, 1) }

// BenchmarkPlaceHundred is the latency of adding 100 articles at once.
func BenchmarkPlaceHundred(b *testing.B) { benchPlace(b, 100) }
