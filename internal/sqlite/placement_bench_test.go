package sqlite

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/corroborate/corroborate"
)

// BenchmarkPutPlacement saves the placement state of a regroup of 3,000
// articles (20 near-copy buckets each) in 1,000 stories (120 centroid
// terms each), as analyze does into a fresh store: the SQL of
// PutPlacement alone. BENCH_PLACEMENT_DB=memory uses ":memory:" (what
// "analyze --db :memory:" opens) instead of a file.
func BenchmarkPutPlacement(b *testing.B) {
	ctx := context.Background()
	p := corroborate.Placement{Reset: true, DF: map[string]int{}}
	for i := 0; i < 3000; i++ {
		a := corroborate.PlacedArticle{Article: fmt.Sprintf("a%05d", i), CopiesKnown: true}
		for k := 0; k < 20; k++ {
			a.Buckets = append(a.Buckets, uint64(i)*7919+uint64(k)*104729+uint64(k)<<60)
		}
		p.Articles = append(p.Articles, a)
	}
	for s := 0; s < 1000; s++ {
		st := corroborate.StoryState{Story: fmt.Sprintf("s-%04d", s), Data: make([]byte, 2000)}
		for k := 0; k < 120; k++ {
			t := fmt.Sprintf("w:term%d", (s*37+k*11)%6000)
			st.Terms = append(st.Terms, t)
			p.DF[t]++
		}
		p.States = append(p.States, st)
	}
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		path := filepath.Join(b.TempDir(), "p.db")
		if os.Getenv("BENCH_PLACEMENT_DB") == "memory" {
			path = ":memory:"
		}
		s, err := Open(ctx, path)
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		if err := s.PutPlacement(ctx, p); err != nil {
			b.Fatal(err)
		}
		b.StopTimer()
		s.Close()
		b.StartTimer()
	}
}
