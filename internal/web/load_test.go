package web

import (
	"fmt"
	"io"
	"net/http"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// BenchmarkLoad puts 50 concurrent readers on the story page while
// articles are ingested through the API, on loopback only, bounded in
// count. It reports p50/p99 latency and fails if any request fails or any
// ingested article is missing from the store.
func BenchmarkLoad(b *testing.B) {
	_, ts := newTestServer(b, Config{})
	ingestSeeds(b, ts, "")
	sid := mainStory(b, ts)
	const readers, perReader, writes = 50, 20, 20
	b.ResetTimer()
	for it := 0; it < b.N; it++ {
		var wg sync.WaitGroup
		var failures atomic.Int64
		lat := make([]time.Duration, 0, readers*perReader)
		var mu sync.Mutex
		client := &http.Client{Timeout: 30 * time.Second}
		for r := 0; r < readers; r++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for k := 0; k < perReader; k++ {
					start := time.Now()
					resp, err := client.Get(ts.URL + "/stories/" + sid)
					if err != nil {
						failures.Add(1)
						continue
					}
					io.Copy(io.Discard, resp.Body)
					resp.Body.Close()
					if resp.StatusCode != 200 {
						failures.Add(1)
					}
					mu.Lock()
					lat = append(lat, time.Since(start))
					mu.Unlock()
				}
			}()
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := 0; k < writes; k++ {
				body := fmt.Sprintf("Load test article %d-%d\n\nThe city council of Example Town met on Monday to discuss item %d of its budget, which covers %d new street lamps, officials said.", it, k, k, 10+k)
				resp, err := client.Post(ts.URL+"/api/articles", "application/octet-stream", strings.NewReader(body))
				if err != nil || resp.StatusCode != 201 {
					failures.Add(1)
				}
				if resp != nil {
					resp.Body.Close()
				}
			}
		}()
		wg.Wait()
		if failures.Load() > 0 {
			b.Fatalf("%d requests failed", failures.Load())
		}
		sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
		b.ReportMetric(float64(lat[len(lat)/2].Microseconds())/1000, "p50-ms")
		b.ReportMetric(float64(lat[len(lat)*99/100].Microseconds())/1000, "p99-ms")
	}
	b.StopTimer()
	resp, err := http.Get(ts.URL + "/api/articles?per_page=1")
	if err != nil {
		b.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	want := fmt.Sprintf(`"total": %d`, 5+writes*b.N)
	if !strings.Contains(string(body), want) {
		b.Fatalf("ingested articles lost: %s, want %s", body, want)
	}
}
