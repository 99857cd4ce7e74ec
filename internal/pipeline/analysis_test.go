package pipeline

import (
	"context"
	"errors"
	"testing"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/analyze"
)

// TestOrderDoesNotMatter: the seeds grouped in reverse input order give
// the same stories.
func TestOrderDoesNotMatter(t *testing.T) {
	rep, _ := seedReport(t)
	arts := append([]corroborate.Article(nil), rep.Articles...)
	rev := make([]corroborate.Article, len(arts))
	for i := range arts {
		rev[len(arts)-1-i] = arts[i]
	}
	a, err := analyze.Process(context.Background(), arts)
	if err != nil {
		t.Fatal(err)
	}
	b, err := analyze.Process(context.Background(), rev)
	if err != nil {
		t.Fatal(err)
	}
	n := len(arts)
	for i := 0; i < n; i++ {
		for j := 0; j < n; j++ {
			same := a.StoryOf[i] == a.StoryOf[j]
			if same != (b.StoryOf[n-1-i] == b.StoryOf[n-1-j]) {
				t.Errorf("articles %d and %d: together %v in one order, not in the other", i, j, same)
			}
		}
	}
}

// TestAnalyzeStopsOnCancel: a cancelled context ends the analysis with
// its error.
func TestAnalyzeStopsOnCancel(t *testing.T) {
	rep, _ := seedReport(t)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := analyze.Process(ctx, rep.Articles); !errors.Is(err, context.Canceled) {
		t.Errorf("err = %v, want context.Canceled", err)
	}
	if _, err := BuildReport(ctx, &Result{Articles: rep.Articles}); !errors.Is(err, context.Canceled) {
		t.Errorf("BuildReport err = %v, want context.Canceled", err)
	}
}
