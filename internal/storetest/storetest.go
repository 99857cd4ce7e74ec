// Package storetest is the behaviour test suite that every implementation
// of corroborate.ArticleStore must pass.
package storetest

import (
	"context"
	"slices"
	"testing"

	"github.com/corroborate/corroborate"
)

// Run runs the suite against stores made by open (a fresh, empty store each call).
func Run(t *testing.T, open func(t *testing.T) corroborate.ArticleStore) {
	cases := []struct {
		name string
		run  func(t *testing.T, open func(t *testing.T) corroborate.ArticleStore)
	}{
		{"put and get", testPutAndGet},
		{"same article twice is stored once with both sources", testSameArticleTwice},
		{"not found and invalid", testNotFoundAndInvalid},
		{"order is insertion order", testOrder},
		{"cancelled context leaves the store as it was", testCancelledContext},
		{"search by headline, lead and outlet words", testSearch},
		{"version changes with every write", testVersion},
		{"reviews are kept by key and replaced", testReviews},
		{"readings are kept by article and replaced", testReadings},
		{"readings of many articles", testManyReadings},
	}
	for _, c := range append(append(cases, storyCases...), placementCases...) {
		t.Run(c.name, func(t *testing.T) { c.run(t, open) })
	}
}

func testPutAndGet(t *testing.T, open func(t *testing.T) corroborate.ArticleStore) {
	ctx := context.Background()
	s := open(t)
	a := &corroborate.Article{ID: "a1", Source: "one.txt", Title: corroborate.StrPtr("T"), Outlet: corroborate.StrPtr("O"),
		Published: corroborate.StrPtr("2024-01-02"), PublishedConfidence: 0.9, PublishedFrom: "byline", Place: corroborate.StrPtr("P"), Text: "Body.", Lead: "Body."}
	created, err := s.PutArticle(ctx, a, corroborate.Raw{Kind: "text", Bytes: []byte("raw one")})
	if err != nil || !created {
		t.Fatalf("PutArticle = %v, %v", created, err)
	}
	got, err := s.Article(ctx, "a1")
	if err != nil {
		t.Fatal(err)
	}
	if *got.Title != "T" || *got.Outlet != "O" || *got.Published != "2024-01-02" || *got.Place != "P" || got.Text != "Body." || got.PublishedFrom != "byline" || got.Author != nil {
		t.Errorf("Article = %+v", got)
	}
	raw, err := s.RawInput(ctx, "a1")
	if err != nil || raw.Kind != "text" || string(raw.Bytes) != "raw one" {
		t.Errorf("RawInput = %+v, %v", raw, err)
	}
}

func testSameArticleTwice(t *testing.T, open func(t *testing.T) corroborate.ArticleStore) {
	ctx := context.Background()
	s := open(t)
	a := &corroborate.Article{ID: "a1", Source: "one.txt", Text: "Body."}
	if _, err := s.PutArticle(ctx, a, corroborate.Raw{Kind: "text", Bytes: []byte("x")}); err != nil {
		t.Fatal(err)
	}
	b := *a
	b.Source = "two.txt"
	created, err := s.PutArticle(ctx, &b, corroborate.Raw{Kind: "text", Bytes: []byte("y")})
	if err != nil || created {
		t.Fatalf("second PutArticle = %v, %v; want not created", created, err)
	}
	list, err := s.Articles(ctx, 0)
	if err != nil || len(list) != 1 {
		t.Fatalf("Articles = %d, %v", len(list), err)
	}
	got, _ := s.Article(ctx, "a1")
	if len(got.Sources) != 2 || got.Source != "one.txt" {
		t.Errorf("sources = %v (first %q)", got.Sources, got.Source)
	}
	if raw, _ := s.RawInput(ctx, "a1"); string(raw.Bytes) != "x" {
		t.Errorf("raw overwritten: %q", raw.Bytes)
	}
}

func testNotFoundAndInvalid(t *testing.T, open func(t *testing.T) corroborate.ArticleStore) {
	ctx := context.Background()
	s := open(t)
	if _, err := s.Article(ctx, "nope"); corroborate.ErrorCode(err) != corroborate.ENOTFOUND {
		t.Errorf("Article(nope) err = %v", err)
	}
	if _, err := s.PutArticle(ctx, &corroborate.Article{Text: "x"}, corroborate.Raw{Kind: "text"}); corroborate.ErrorCode(err) != corroborate.EINVALID {
		t.Errorf("PutArticle without id err = %v", err)
	}
}

func testOrder(t *testing.T, open func(t *testing.T) corroborate.ArticleStore) {
	ctx := context.Background()
	s := open(t)
	for _, id := range []string{"c", "a", "b"} {
		if _, err := s.PutArticle(ctx, &corroborate.Article{ID: id, Source: id, Text: id}, corroborate.Raw{Kind: "text", Bytes: []byte(id)}); err != nil {
			t.Fatal(err)
		}
	}
	list, _ := s.Articles(ctx, 0)
	if len(list) != 3 || list[0].ID != "c" || list[2].ID != "b" {
		t.Errorf("order = %v", list)
	}
	if l2, _ := s.Articles(ctx, 2); len(l2) != 2 {
		t.Errorf("limit 2 gave %d", len(l2))
	}
}

func testCancelledContext(t *testing.T, open func(t *testing.T) corroborate.ArticleStore) {
	ctx := context.Background()
	s := open(t)
	s.PutArticle(ctx, &corroborate.Article{ID: "keep", Source: "k", Text: "k"}, corroborate.Raw{Kind: "text", Bytes: []byte("k")})
	cctx, cancel := context.WithCancel(ctx)
	cancel()
	if _, err := s.PutArticle(cctx, &corroborate.Article{ID: "lost", Source: "l", Text: "l"}, corroborate.Raw{Kind: "text", Bytes: []byte("l")}); err == nil {
		t.Error("PutArticle with cancelled context: want error")
	}
	list, _ := s.Articles(ctx, 0)
	if len(list) != 1 || list[0].ID != "keep" {
		t.Errorf("after failed write: %v", list)
	}
}

func testSearch(t *testing.T, open func(t *testing.T) corroborate.ArticleStore) {
	ctx := context.Background()
	s := open(t)
	put := func(id, title, lead, outlet string) {
		a := &corroborate.Article{ID: id, Source: id, Title: corroborate.StrPtr(title), Outlet: corroborate.StrPtr(outlet), Text: lead, Lead: lead}
		if _, err := s.PutArticle(ctx, a, corroborate.Raw{Kind: "text", Bytes: []byte(id)}); err != nil {
			t.Fatal(err)
		}
	}
	put("b1", "Harbour bridge reopens", "The old bridge reopened on Tuesday.", "Daily Post")
	put("b2", "Storm hits coast", "A storm cut power to homes.", "Coast Radio")
	put("b3", "Bridge tolls rise", "Tolls on the harbour crossing rise.", "Evening Star")
	tests := []struct {
		query string
		want  []string
	}{
		{"bridge", []string{"b1", "b3"}},
		{"HARBOUR", []string{"b1", "b3"}},
		{"harb", []string{"b1", "b3"}}, // prefix
		{"harbour tolls", []string{"b3"}},
		{"radio", []string{"b2"}},
		{"volcano", nil},
		{`"bridge*) OR (`, nil}, // query syntax is not interpreted
	}
	for _, tt := range tests {
		got, err := s.Search(ctx, tt.query, 0)
		if err != nil {
			t.Errorf("Search(%q) error %v", tt.query, err)
			continue
		}
		slices.Sort(got)
		if !slices.Equal(got, tt.want) {
			t.Errorf("Search(%q) = %v, want %v", tt.query, got, tt.want)
		}
	}
	if got, _ := s.Search(ctx, "bridge", 1); len(got) != 1 {
		t.Errorf("Search limit 1 gave %d", len(got))
	}
}

func testVersion(t *testing.T, open func(t *testing.T) corroborate.ArticleStore) {
	ctx := context.Background()
	s := open(t)
	v0, err := s.Version(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if v, _ := s.Version(ctx); v != v0 {
		t.Errorf("Version changed without a write: %d then %d", v0, v)
	}
	s.PutArticle(ctx, &corroborate.Article{ID: "v1", Source: "v", Text: "v"}, corroborate.Raw{Kind: "text", Bytes: []byte("v")})
	v1, err := s.Version(ctx)
	if err != nil || v1 == v0 {
		t.Errorf("Version after a write = %d, %v; was %d", v1, err, v0)
	}
}

func testReviews(t *testing.T, open func(t *testing.T) corroborate.ArticleStore) {
	ctx := context.Background()
	s := open(t)
	if got, err := s.Reviews(ctx); err != nil || len(got) != 0 {
		t.Fatalf("Reviews on a fresh store = %v, %v", got, err)
	}
	if err := s.PutReview(ctx, corroborate.Review{Key: "k1", Status: corroborate.ReviewDismissed, Note: "same event, two counts", Finding: "count: 3 vs 4", Story: "s1"}); err != nil {
		t.Fatal(err)
	}
	if err := s.PutReview(ctx, corroborate.Review{Key: "k2", Status: corroborate.ReviewConfirmed}); err != nil {
		t.Fatal(err)
	}
	if err := s.PutReview(ctx, corroborate.Review{Key: "k1", Status: corroborate.ReviewConfirmed, Note: "checked"}); err != nil {
		t.Fatal(err)
	}
	got, err := s.Reviews(ctx)
	if err != nil || len(got) != 2 {
		t.Fatalf("Reviews = %v, %v", got, err)
	}
	var k1 corroborate.Review
	for _, r := range got {
		if r.Key == "k1" {
			k1 = r
		}
	}
	if k1.Status != corroborate.ReviewConfirmed || k1.Note != "checked" || k1.Finding != "count: 3 vs 4" || k1.Story != "s1" || k1.Updated == "" {
		t.Errorf("k1 after update = %+v", k1)
	}
	for _, bad := range []corroborate.Review{{Key: "k3", Status: "maybe"}, {Key: "", Status: corroborate.ReviewOpen}} {
		if err := s.PutReview(ctx, bad); corroborate.ErrorCode(err) != corroborate.EINVALID {
			t.Errorf("PutReview(%+v) err = %v, want invalid", bad, err)
		}
	}
}
