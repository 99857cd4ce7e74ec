package analyze_test

import (
	"bytes"
	"context"
	"encoding/json"
	"path/filepath"
	"slices"
	"testing"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/analyze"
	"github.com/corroborate/corroborate/internal/pipeline"
	"github.com/corroborate/corroborate/internal/sqlite"
)

// TestStoriesDoNotFollowInputOrder: the same articles in two input
// orders give the same stories, in the same order, each listing its
// articles in the same order with the same findings, so that a story an
// add did not change is found as the store saved it whichever run
// brought its articles. The articles are the seeds (one story of three
// reports) and the invented wire copies of copyArticles.
func TestStoriesDoNotFollowInputOrder(t *testing.T) {
	ctx := context.Background()
	store, err := sqlite.Open(ctx, ":memory:")
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	files := append([]string{filepath.Join("..", "..", "examples", "seeds")}, copyArticles(t)...)
	res, err := pipeline.Ingest(ctx, store, files, pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	stories := func(arts []corroborate.Article) []byte {
		an, err := analyze.Process(ctx, slices.Clone(arts))
		if err != nil {
			t.Fatal(err)
		}
		ss, err := an.Stories(ctx)
		if err != nil {
			t.Fatal(err)
		}
		b, err := json.Marshal(ss)
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	want := stories(res.Articles)
	reversed := slices.Clone(res.Articles)
	slices.Reverse(reversed)
	if got := stories(reversed); !bytes.Equal(got, want) {
		t.Errorf("the stories of the reversed input differ from the input's (%d vs %d bytes of JSON)", len(got), len(want))
	}
	var multi bool
	var ss []corroborate.Story
	if err := json.Unmarshal(want, &ss); err != nil {
		t.Fatal(err)
	}
	for _, st := range ss {
		multi = multi || len(st.Articles) >= 3
	}
	if !multi {
		t.Error("no story of three articles or more: the test shows nothing")
	}
}
