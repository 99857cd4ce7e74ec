package cluster_test

import (
	"bufio"
	"encoding/json"
	"fmt"
	"math/rand"
	"os"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/corroborate/corroborate/internal/analyze"
	"github.com/corroborate/corroborate/internal/cluster"
	"github.com/corroborate/corroborate/internal/dates"
	"github.com/corroborate/corroborate/internal/lexicon"
	"github.com/corroborate/corroborate/internal/mention"
	"github.com/corroborate/corroborate/internal/pipeline"
	"github.com/corroborate/corroborate/internal/source"
)

// realFeatures computes clustering features of the ECB+ kit's articles
// through the whole pipeline, or skips.
func realFeatures(b *testing.B) []cluster.Features {
	f, err := os.Open("../../../shared/data/ecbplus/dev.jsonl")
	if err != nil {
		b.Skip("shared data not present")
	}
	defer f.Close()
	lx := lexicon.Default()
	var out []cluster.Features
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	for sc.Scan() {
		recs, _ := source.Records(source.Doc{Source: "k.jsonl", Data: append([]byte(nil), sc.Bytes()...)})
		if len(recs) != 1 {
			continue
		}
		a, err := pipeline.Extract(recs[0])
		if err != nil {
			continue
		}
		out = append(out, analyze.Features(lx, a, mention.Analyze(a.Text, dates.Date{}, 0)))
	}
	return out
}

// synth makes article k of a large store by recombining two real articles'
// features, with a day so that stories spread over time as news does.
func synth(real []cluster.Features, rng *rand.Rand, k int) cluster.Features {
	// Four articles an event. An event's text is a sample of the terms of
	// two real articles chosen for it (a different pair for each event);
	// each article adds a few terms of a third, and the event's own names.
	g := k / 4
	ev := rand.New(rand.NewSource(int64(g)))
	a, c := real[ev.Intn(len(real))], real[ev.Intn(len(real))]
	f := cluster.Features{Terms: map[string]float64{}, Day: 15000 + k/2000}
	for _, src := range []cluster.Features{a, c} {
		for _, t := range sortedTerms(src) {
			if ev.Intn(10) < 4 {
				f.Terms[t] += src.Terms[t]
			}
		}
	}
	b := real[rng.Intn(len(real))]
	for _, t := range sortedTerms(b) {
		if rng.Intn(10) == 0 {
			f.Terms[t] += b.Terms[t] * 0.5
		}
	}
	for j := 0; j < 3; j++ {
		f.Terms["e:event"+strconv.Itoa(g)+"-"+strconv.Itoa(j)] = 3
	}
	f.Terms["w:item"+strconv.Itoa(k)] = 1
	return f
}

func sortedTerms(f cluster.Features) []string {
	ts := make([]string, 0, len(f.Terms))
	for t := range f.Terms {
		ts = append(ts, t)
	}
	sort.Strings(ts)
	return ts
}

func heapInUse() uint64 {
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return ms.HeapAlloc
}

// BenchmarkPlacement builds stores of 10,000 and 100,000 articles (and
// 1,000,000 with BENCH_CLUSTER_SIZES=10000,100000,1000000) by recombining
// real articles, then times placing 2,000 more into each, and reports
// placement latency, articles/s and the index memory per stored article.
func BenchmarkPlacement(b *testing.B) {
	real := realFeatures(b)
	sizes := []int{10000, 100000}
	if s := os.Getenv("BENCH_CLUSTER_SIZES"); s != "" {
		sizes = nil
		for _, x := range strings.Split(s, ",") {
			n, _ := strconv.Atoi(strings.TrimSpace(x))
			sizes = append(sizes, n)
		}
	}
	for _, size := range sizes {
		b.Run(fmt.Sprintf("store=%d", size), func(b *testing.B) {
			for it := 0; it < b.N; it++ {
				rng := rand.New(rand.NewSource(1))
				before := heapInUse()
				c := cluster.New(cluster.DefaultOptions())
				for k := 0; k < size; k++ {
					f := synth(real, rng, k)
					c.Observe(f)
					c.Place(f)
				}
				perArticle := float64(heapInUse()-before) / float64(size)
				const probe = 2000
				fs := make([]cluster.Features, probe)
				for k := range fs {
					fs[k] = synth(real, rng, size+k)
				}
				start := time.Now()
				for _, f := range fs {
					c.Observe(f)
					c.Place(f)
				}
				el := time.Since(start)
				b.ReportMetric(float64(el.Microseconds())/probe, "µs/placement")
				b.ReportMetric(probe/el.Seconds(), "articles/s")
				b.ReportMetric(perArticle, "index-bytes/article")
				b.ReportMetric(float64(len(c.Stories())), "stories")
			}
		})
	}
}

// BenchmarkLanguageLayer measures entities, quotes, numbers and time
// expressions on real articles.
func BenchmarkLanguageLayer(b *testing.B) {
	f, err := os.Open("../../../shared/data/polnear/train.jsonl")
	if err != nil {
		b.Skip("shared data not present")
	}
	defer f.Close()
	var texts []string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	for sc.Scan() {
		var r struct{ Text string }
		if json.Unmarshal(sc.Bytes(), &r) == nil {
			texts = append(texts, r.Text)
		}
	}
	lexicon.Default()
	b.ResetTimer()
	n := 0
	for i := 0; i < b.N; i++ {
		for _, t := range texts {
			mention.Analyze(t, dates.Date{Year: 2016, Month: 1, Day: 1}, 0.9)
			n++
		}
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "articles/s")
}
