package web

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/analyze"
	"github.com/corroborate/corroborate/internal/sqlite"
)

// benchArticles is how many articles BenchmarkStoryPageAtScale stores:
// 10,000, or CORROBORATE_BENCH_ARTICLES.
func benchArticles(b *testing.B) int {
	if s := os.Getenv("CORROBORATE_BENCH_ARTICLES"); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil || n < 10 {
			b.Fatalf("CORROBORATE_BENCH_ARTICLES=%q", s)
		}
		return n
	}
	return 10000
}

// syllables make up names that differ from event to event, so that the
// synthetic events do not read as one story.
var syllables = []string{"ka", "lo", "mer", "vi", "tan", "so", "ru", "bel", "dor", "ni", "qua", "zen", "pa", "lis", "gor", "te"}

// madeUpName is a name drawn from n: the same n, the same name.
func madeUpName(n int) string {
	name := ""
	for i := 0; i < 3; i++ {
		name += syllables[n%len(syllables)]
		n = n/len(syllables) + 7*i + 3
	}
	return strings.ToUpper(name[:1]) + name[1:]
}

var benchKinds = []string{"storm damaged homes", "fire destroyed a warehouse", "strike closed the port", "flood cut the main road", "bridge collapsed", "factory explosion injured workers", "train derailed", "landslide buried a village"}

// syntheticArticle is article k of a made-up corpus: five outlets report
// each event, with counts that sometimes differ.
func syntheticArticle(k int) corroborate.Article {
	ev, outlet := k/5, k%5
	day := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, ev%700)
	town, mayor, agency := madeUpName(ev*3+1), madeUpName(ev*3+2), madeUpName(ev*3+3)
	what := benchKinds[ev%len(benchKinds)]
	hurt := 10 + ev%40 + outlet%2
	title := fmt.Sprintf("%s: %s", town, what)
	text := fmt.Sprintf("%s\n\nIn %s, a %s on %s, officials of the %s agency said. At least %d people were hurt in %s, the %s fire service said.\n\nMayor %s of %s said that repairs would start next week. \"We will rebuild %s,\" %s said.\n\nThe %s agency said power was cut to %d homes in %s, according to a reporter of Outlet %d.",
		title, town, what, day.Format("Monday"), agency, hurt, town, town, mayor, town, town, mayor, agency, 100*(ev%9+1), town, outlet)
	h := sha256.Sum256([]byte(text))
	id := hex.EncodeToString(h[:8])
	pub := day.AddDate(0, 0, 1).Format("2006-01-02")
	return corroborate.Article{ID: id, Source: fmt.Sprintf("bench/%d.txt", k), Outlet: corroborate.StrPtr(fmt.Sprintf("Outlet %d", outlet)),
		Title: corroborate.StrPtr(title), Published: &pub, Text: text, Lead: fmt.Sprintf("In %s, a %s.", town, what)}
}

// BenchmarkStoryPageAtScale stores benchArticles articles, analyses them
// once, then measures the story page, the story list API and the story
// API (p50 and p99 per request kind). Setup is long at 10,000 articles;
// run it alone (go test -run - -bench StoryPageAtScale ./internal/web).
func BenchmarkStoryPageAtScale(b *testing.B) {
	ctx := context.Background()
	store, err := sqlite.Open(ctx, filepath.Join(b.TempDir(), "bench.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer store.Close()
	n := benchArticles(b)
	batch := make([]corroborate.ArticleInput, 0, 500)
	for k := 0; k < n; k++ {
		a := syntheticArticle(k)
		batch = append(batch, corroborate.ArticleInput{Article: &a, Raw: corroborate.Raw{Kind: "text", Bytes: []byte(a.Text)}})
		if len(batch) == cap(batch) || k == n-1 {
			if _, err := store.PutArticles(ctx, batch); err != nil {
				b.Fatal(err)
			}
			batch = batch[:0]
		}
	}
	start := time.Now()
	s, err := New(ctx, store, Config{Addr: "127.0.0.1:0"})
	if err != nil {
		b.Fatal(err)
	}
	analyse := time.Since(start)
	ts := httptest.NewServer(s.Handler())
	defer ts.Close()
	v := s.current()
	if len(v.report.Stories) == 0 {
		b.Fatal("no stories")
	}
	// The story with the most articles.
	sid := v.report.Stories[0].ID
	for _, st := range v.report.Stories {
		if len(st.Articles) > len(v.stories[sid].Articles) {
			sid = st.ID
		}
	}
	paths := map[string]string{"page": "/stories/" + sid, "list-api": "/api/stories?per_page=50&page=2", "story-api": "/api/stories/" + sid}
	lat := map[string][]time.Duration{}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for name, p := range paths {
			t0 := time.Now()
			resp, err := http.Get(ts.URL + p)
			if err != nil {
				b.Fatal(err)
			}
			io.Copy(io.Discard, resp.Body)
			resp.Body.Close()
			if resp.StatusCode != 200 {
				b.Fatalf("GET %s: %d", p, resp.StatusCode)
			}
			lat[name] = append(lat[name], time.Since(t0))
		}
	}
	b.StopTimer()
	b.ReportMetric(analyse.Seconds(), "analyse-s")
	b.ReportMetric(float64(len(v.report.Stories)), "stories")
	b.ReportMetric(float64(len(v.stories[sid].Articles)), "articles-in-story")
	for name, ls := range lat {
		sort.Slice(ls, func(i, j int) bool { return ls[i] < ls[j] })
		b.ReportMetric(float64(ls[len(ls)/2].Microseconds())/1000, name+"-p50-ms")
		b.ReportMetric(float64(ls[len(ls)*99/100].Microseconds())/1000, name+"-p99-ms")
	}
}

// BenchmarkPatchView is what a write costs the view beside the
// placement: patching a view of CORROBORATE_BENCH_ARTICLES articles
// (default 10,000; four a story) with one placed article and its story.
func BenchmarkPatchView(b *testing.B) {
	n := benchArticles(b)
	rep := &corroborate.Report{}
	for k := 0; k < n; k++ {
		rep.Articles = append(rep.Articles, corroborate.Article{ID: fmt.Sprintf("%016x", k), Source: "bench", Text: "text"})
		if k%4 == 0 {
			rep.Stories = append(rep.Stories, corroborate.Story{ID: fmt.Sprintf("s-%012x", k/4)})
		}
		st := &rep.Stories[len(rep.Stories)-1]
		st.Articles = append(st.Articles, rep.Articles[k].ID)
	}
	v := newView(rep, map[string]string{})
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		a := corroborate.Article{ID: fmt.Sprintf("new%013x", i), Source: "bench", Text: "text"}
		st := v.report.Stories[i%len(v.report.Stories)]
		st.Articles = append(slices.Clone(st.Articles), a.ID)
		v = patchView(v, &analyze.Placed{Articles: []corroborate.Article{a}, Stories: []corroborate.Story{st}})
	}
}
