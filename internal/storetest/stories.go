package storetest

import (
	"context"
	"slices"
	"testing"

	"github.com/corroborate/corroborate"
)

// storyCases are the behaviour tests of the story half of the store
// (corroborate.StoryStore).
var storyCases = []struct {
	name string
	run  func(t *testing.T, open func(t *testing.T) corroborate.ArticleStore)
}{
	{"stories are saved with their members and replaced whole", testStoriesSaved},
	{"a merged story keeps its row and names the survivor", testStoryMerged},
	{"an article is in one story at most", testStoryMemberOnce},
	{"nothing returned, nothing written; own story writes leave Version", testStoriesNoWrite},
}

func saveStories(t *testing.T, s corroborate.ArticleStore, list ...corroborate.StoredStory) bool {
	t.Helper()
	wrote, err := s.UpdateStories(context.Background(), func([]corroborate.StoredStory) ([]corroborate.StoredStory, error) {
		return list, nil
	})
	if err != nil {
		t.Fatalf("UpdateStories: %v", err)
	}
	return wrote
}

func testStoriesSaved(t *testing.T, open func(t *testing.T) corroborate.ArticleStore) {
	ctx := context.Background()
	s := open(t)
	if got, err := s.Stories(ctx); err != nil || len(got) != 0 {
		t.Fatalf("Stories on a fresh store = %v, %v", got, err)
	}
	if !saveStories(t, s,
		corroborate.StoredStory{ID: "s-b", Title: "Bridge", Articles: []string{"a3", "a1"}, Created: "2026-01-01T00:00:00Z", Updated: "2026-01-01T00:00:00Z"},
		corroborate.StoredStory{ID: "s-a", Title: "Storm", Articles: []string{"a2"}, Created: "2026-01-02T00:00:00Z", Updated: "2026-01-02T00:00:00Z"}) {
		t.Fatal("UpdateStories with stories reported no write")
	}
	got, err := s.Stories(ctx)
	if err != nil || len(got) != 2 || got[0].ID != "s-a" || got[1].ID != "s-b" {
		t.Fatalf("Stories = %+v, %v; want s-a, s-b", got, err)
	}
	if !slices.Equal(got[1].Articles, []string{"a1", "a3"}) || got[1].Title != "Bridge" || got[1].Created != "2026-01-01T00:00:00Z" || got[1].MergedInto != "" {
		t.Errorf("s-b = %+v", got[1])
	}
	// Replaced whole: members and title change, created stays.
	saveStories(t, s, corroborate.StoredStory{ID: "s-b", Title: "Bridge reopens", Articles: []string{"a1", "a4"}, Created: "2026-03-01T00:00:00Z", Updated: "2026-03-01T00:00:00Z"})
	b, err := s.StoredStory(ctx, "s-b")
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(b.Articles, []string{"a1", "a4"}) || b.Title != "Bridge reopens" || b.Created != "2026-01-01T00:00:00Z" || b.Updated != "2026-03-01T00:00:00Z" {
		t.Errorf("s-b after replace = %+v", b)
	}
	if a, err := s.StoredStory(ctx, "s-a"); err != nil || !slices.Equal(a.Articles, []string{"a2"}) {
		t.Errorf("untouched s-a = %+v, %v", a, err)
	}
	if _, err := s.StoredStory(ctx, "s-none"); corroborate.ErrorCode(err) != corroborate.ENOTFOUND {
		t.Errorf("StoredStory(s-none) err = %v, want not found", err)
	}
}

func testStoryMerged(t *testing.T, open func(t *testing.T) corroborate.ArticleStore) {
	ctx := context.Background()
	s := open(t)
	saveStories(t, s, corroborate.StoredStory{ID: "s-1", Articles: []string{"a1"}}, corroborate.StoredStory{ID: "s-2", Articles: []string{"a2"}})
	// fn sees what is stored; a merge moves the members in the same write.
	_, err := s.UpdateStories(ctx, func(stored []corroborate.StoredStory) ([]corroborate.StoredStory, error) {
		if len(stored) != 2 || !slices.Equal(stored[1].Articles, []string{"a2"}) {
			t.Errorf("fn saw %+v", stored)
		}
		return []corroborate.StoredStory{{ID: "s-1", Articles: []string{"a1", "a2"}}, {ID: "s-2", MergedInto: "s-1"}}, nil
	})
	if err != nil {
		t.Fatal(err)
	}
	two, err := s.StoredStory(ctx, "s-2")
	if err != nil || two.MergedInto != "s-1" || len(two.Articles) != 0 {
		t.Errorf("merged s-2 = %+v, %v", two, err)
	}
	if one, _ := s.StoredStory(ctx, "s-1"); !slices.Equal(one.Articles, []string{"a1", "a2"}) {
		t.Errorf("survivor s-1 = %+v", one)
	}
	if _, err := s.UpdateStories(ctx, func([]corroborate.StoredStory) ([]corroborate.StoredStory, error) {
		return []corroborate.StoredStory{{ID: "s-3", MergedInto: "s-1", Articles: []string{"a9"}}}, nil
	}); corroborate.ErrorCode(err) != corroborate.EINVALID {
		t.Errorf("a merged story with members: err = %v, want invalid", err)
	}
}

func testStoryMemberOnce(t *testing.T, open func(t *testing.T) corroborate.ArticleStore) {
	ctx := context.Background()
	s := open(t)
	saveStories(t, s, corroborate.StoredStory{ID: "s-1", Articles: []string{"a1", "a2"}})
	_, err := s.UpdateStories(ctx, func([]corroborate.StoredStory) ([]corroborate.StoredStory, error) {
		return []corroborate.StoredStory{{ID: "s-2", Articles: []string{"a2", "a3"}}}, nil
	})
	if corroborate.ErrorCode(err) != corroborate.ECONFLICT {
		t.Errorf("an article in two stories: err = %v, want conflict", err)
	}
	// The failed write left nothing behind.
	if got, _ := s.Stories(ctx); len(got) != 1 || !slices.Equal(got[0].Articles, []string{"a1", "a2"}) {
		t.Errorf("after a refused write: %+v", got)
	}
}

func testStoriesNoWrite(t *testing.T, open func(t *testing.T) corroborate.ArticleStore) {
	ctx := context.Background()
	s := open(t)
	s.PutArticle(ctx, &corroborate.Article{ID: "a1", Source: "a", Text: "a"}, corroborate.Raw{Kind: "text", Bytes: []byte("a")})
	v0, err := s.Version(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if saveStories(t, s) {
		t.Error("UpdateStories returning nothing reported a write")
	}
	saveStories(t, s, corroborate.StoredStory{ID: "s-1", Articles: []string{"a1"}})
	if v, _ := s.Version(ctx); v != v0 {
		t.Errorf("this handle's Version moved with its own story write: %d, was %d", v, v0)
	}
}
