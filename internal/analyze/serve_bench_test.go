package analyze_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/corroborate/corroborate/internal/analyze"
	"github.com/corroborate/corroborate/internal/web"
)

// BenchmarkServeAdd is serve's add path at scale: a server opened on the
// store BenchmarkPlaceOne keeps (BENCH_PLACE_DIR, BENCH_PLACE_ARTICLES
// articles), one article a write through the API (its reading, its
// placement, its story compared and saved, the view patched), then its
// story page read back. Reported: the latency from the write to a story
// page that holds the article (p50, p99), the CPU of the write until it
// answers, the time the server took to open. Between writes, timer
// stopped, the server finishes the comparisons a write leaves pending.
//
// The kept stores have no findings (their build skips the comparison of
// the whole store); so that the server opens from the saved analysis
// instead of regrouping the store, each story without findings is first
// given its members and related stories as findings, without a
// comparison (analyze.BenchSeedFindings). The stories an add touches are
// compared for real.
func BenchmarkServeAdd(b *testing.B) {
	n := 10000
	fmt.Sscan(os.Getenv("BENCH_PLACE_ARTICLES"), &n)
	store, _, texts, rng := analyze.BenchStore(b, n)
	ctx := context.Background()
	if err := analyze.BenchSeedFindings(ctx, store); err != nil {
		b.Fatal(err)
	}
	t0 := time.Now()
	s, err := web.New(ctx, store, web.Config{Addr: "127.0.0.1:0", Poll: time.Hour, Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
	if err != nil {
		b.Fatal(err)
	}
	open := time.Since(t0)
	defer s.Close()
	ts := httptest.NewServer(s.Handler())
	defer ts.Close()
	epoch := max(n/len(texts)-1, 0) // the last full epoch, as BenchmarkPlaceOne
	var lat []time.Duration
	var cpu int64
	b.ResetTimer()
	for it := 0; it < b.N; it++ {
		a := analyze.BenchArticleOf(texts, rng, n+it, epoch)
		body, _ := json.Marshal(map[string]string{"id": a.Source, "title": *a.Title, "published": *a.Published, "text": a.Text})
		start, c0 := time.Now(), analyze.CPUTime()
		resp, err := http.Post(ts.URL+"/api/articles?name=bench.json", "application/octet-stream", bytes.NewReader(body))
		if err != nil {
			b.Fatal(err)
		}
		var out struct {
			Articles []struct{ ID, Story string } `json:"articles"`
		}
		err = json.NewDecoder(resp.Body).Decode(&out)
		resp.Body.Close()
		cpu += analyze.CPUTime() - c0
		if err != nil || len(out.Articles) != 1 || out.Articles[0].Story == "" {
			b.Fatalf("write %d: %d, %+v, %v", it, resp.StatusCode, out, err)
		}
		page, err := http.Get(ts.URL + "/stories/" + out.Articles[0].Story)
		if err != nil {
			b.Fatal(err)
		}
		html, _ := io.ReadAll(page.Body)
		page.Body.Close()
		lat = append(lat, time.Since(start))
		if page.StatusCode != http.StatusOK || !strings.Contains(string(html), "/articles/"+out.Articles[0].ID) {
			b.Fatalf("write %d: story page %s: %d, the article is not on it", it, out.Articles[0].Story, page.StatusCode)
		}
		b.StopTimer()
		for !s.Recompared() {
			time.Sleep(20 * time.Millisecond)
		}
		b.StartTimer()
	}
	b.StopTimer()
	slices.Sort(lat)
	b.ReportMetric(float64(lat[len(lat)/2].Microseconds())/1000, "p50-ms")
	b.ReportMetric(float64(lat[(len(lat)*99)/100].Microseconds())/1000, "p99-ms")
	b.ReportMetric(float64(cpu)/1e6/float64(b.N), "write-cpu-ms/op")
	b.ReportMetric(open.Seconds(), "open-s")
}
