package analyze

import (
	"fmt"
	"slices"
	"testing"
	"time"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/dates"
	"github.com/corroborate/corroborate/internal/mention"
	"github.com/corroborate/corroborate/internal/story"
)

// A story of more than compareCap articles is compared over its
// compareCap most recent ones, in the story's order, with their entities
// merged among themselves; a smaller story is compared whole.
func TestComparedDocs(t *testing.T) {
	for _, n := range []int{3, compareCap, compareCap + 9} {
		var own []story.Doc
		for i := 0; i < n; i++ {
			// The story's order is not publication order: dates go back
			// and forth.
			day := fmt.Sprintf("2024-03-%02d", 1+(i*7)%28)
			text := fmt.Sprintf("Mayor Lena Okafor opened bridge number %d in Tarnow on Monday.", i)
			a := &corroborate.Article{ID: fmt.Sprintf("a%03d", i), Published: &day, Text: text}
			own = append(own, story.Doc{Article: a, Analysis: mention.Analyze(text, mustDate(t, day), 0.9)})
		}
		merged := story.Assemble(&corroborate.Story{}, own)
		arts := make([]corroborate.Article, n)
		for i, d := range own {
			arts[i] = *d.Article
		}
		got, gotMerged := comparedDocs(own, own, merged, comparedIdx(arts, seq(n)))
		if n <= compareCap {
			if len(got) != n || gotMerged != merged {
				t.Errorf("%d articles: compared %d, want all with the story's merge", n, len(got))
			}
			continue
		}
		if len(got) != compareCap {
			t.Fatalf("%d articles: compared %d, want %d", n, len(got), compareCap)
		}
		keys := func(ds []story.Doc) []string {
			var out []string
			for _, d := range ds {
				out = append(out, *d.Article.Published+" "+d.Article.ID)
			}
			return out
		}
		all := slices.Sorted(slices.Values(keys(own)))
		kept := keys(got)
		if !slices.Equal(slices.Sorted(slices.Values(kept)), all[n-compareCap:]) {
			t.Errorf("%d articles: the compared ones are not the %d most recent", n, compareCap)
		}
		if !slices.IsSortedFunc(got, func(a, b story.Doc) int { return slices.Index(own, a) - slices.Index(own, b) }) {
			t.Errorf("%d articles: the story's order is not kept", n)
		}
		for k := range gotMerged.Of {
			if k[0] >= compareCap {
				t.Errorf("%d articles: the merge names doc %d of %d", n, k[0], compareCap)
			}
		}
		if len(gotMerged.Of) == 0 {
			t.Errorf("%d articles: no entity merged among the compared articles", n)
		}
	}
}

func mustDate(t *testing.T, day string) dates.Date {
	t.Helper()
	tm, err := time.Parse("2006-01-02", day)
	if err != nil {
		t.Fatal(err)
	}
	return dates.FromTime(tm)
}
