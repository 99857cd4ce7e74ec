package storyid

import (
	"fmt"
	"os"
	"strconv"
	"testing"
)

// BenchmarkMatch matches a whole-store clustering of n articles (four a
// story; CORROBORATE_BENCH_ARTICLES, default 100,000) to the stored
// stories after one article joined one story: the cost stable ids add to
// each analysis of the store.
func BenchmarkMatch(b *testing.B) {
	n := 100000
	if s := os.Getenv("CORROBORATE_BENCH_ARTICLES"); s != "" {
		var err error
		if n, err = strconv.Atoi(s); err != nil {
			b.Fatal(err)
		}
	}
	var clusters []Cluster
	for k := 0; k < n; k += 4 {
		var c Cluster
		for j := k; j < k+4 && j < n; j++ {
			c.Articles = append(c.Articles, fmt.Sprintf("%016x", j))
		}
		clusters = append(clusters, c)
	}
	stored := Match(nil, clusters, func(a string) string { return a }, "t0").Changes
	clusters[0].Articles = append(clusters[0].Articles, "new")
	b.ResetTimer()
	var p Plan
	for i := 0; i < b.N; i++ {
		p = Match(stored, clusters, func(a string) string { return a }, "t1")
	}
	if len(p.Changes) != 1 {
		b.Fatalf("%d changes, want 1", len(p.Changes))
	}
	b.ReportMetric(float64(len(stored)), "stories")
}
