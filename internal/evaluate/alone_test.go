package evaluate

import (
	"context"
	"os"
	"strings"
	"testing"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/analyze"
)

// TestScoreAlone: each gold story of two articles or more is clustered on
// its own; a singleton is not counted, two copies of one report stay
// together and three reports of unrelated events given one gold label are
// all apart. The articles are testdata/plant's invented reports.
func TestScoreAlone(t *testing.T) {
	var arts []corroborate.Article
	for i, f := range []string{"fire", "fire", "quake", "verdict"} {
		b, err := os.ReadFile("testdata/plant/" + f + ".txt")
		if err != nil {
			t.Fatal(err)
		}
		title, body, _ := strings.Cut(strings.TrimSpace(string(b)), "\n\n")
		p := "2021-11-20"
		arts = append(arts, corroborate.Article{ID: f + string(rune('0'+i)), Text: body, Published: &p, Title: corroborate.Ptr(title)})
	}
	ctx := context.Background()
	for _, tc := range []struct {
		name string
		gold []string
		want AloneScore
	}{
		{"copies together, singletons left out", []string{"f", "f", "q", "v"}, AloneScore{Stories: 1, Pairs: 1}},
		{"three events under one label", []string{"s", "x", "x", "x"}, AloneScore{Stories: 1, Split: 1, Pairs: 3, Apart: 3}},
		{"two labels of two", []string{"a", "a", "b", "b"}, AloneScore{Stories: 2, Split: 1, Pairs: 2, Apart: 1}},
	} {
		rk := &readKit{StoryKit: &StoryKit{Articles: arts, Gold: tc.gold}}
		var err error
		if rk.readings, err = analyze.Read(ctx, arts); err != nil {
			t.Fatal(err)
		}
		if rk.feats, err = analyze.AllFeatures(ctx, arts, rk.readings); err != nil {
			t.Fatal(err)
		}
		got, err := rk.scoreAlone(ctx, []int{0, 1, 2, 3})
		if err != nil {
			t.Fatal(err)
		}
		if got != tc.want {
			t.Errorf("%s: %+v, want %+v", tc.name, got, tc.want)
		}
	}
}
