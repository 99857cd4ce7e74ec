package storetest

import (
	"context"
	"errors"
	"strconv"
	"testing"

	"github.com/corroborate/corroborate"
)

func testReadings(t *testing.T, open func(t *testing.T) corroborate.ArticleStore) {
	ctx := context.Background()
	s := open(t)
	for _, id := range []string{"a1", "a2", "a3"} {
		if _, err := s.PutArticle(ctx, &corroborate.Article{ID: id, Source: id + ".txt", Text: "Body " + id + "."}, corroborate.Raw{Kind: "text", Bytes: []byte(id)}); err != nil {
			t.Fatal(err)
		}
	}
	if got, err := s.Readings(ctx, []string{"a1", "a2"}); err != nil || len(got) != 0 {
		t.Fatalf("Readings before any = %v, %v", got, err)
	}
	if err := s.PutReadings(ctx, []corroborate.Reading{{Article: "a2", Engine: "e1", Data: []byte{2, 0, 2}}, {Article: "a1", Engine: "e1", Data: []byte("one")}}); err != nil {
		t.Fatal(err)
	}
	got, err := s.Readings(ctx, []string{"a3", "a1", "zz", "a2", "a1"})
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 || got[0].Article != "a1" || string(got[0].Data) != "one" || got[0].Engine != "e1" ||
		got[1].Article != "a2" || string(got[1].Data) != "\x02\x00\x02" {
		t.Errorf("Readings = %+v, want a1 then a2, each once, data as stored", got)
	}
	// A newer engine's reading replaces the old one.
	if err := s.PutReadings(ctx, []corroborate.Reading{{Article: "a1", Engine: "e2", Data: []byte("uno")}}); err != nil {
		t.Fatal(err)
	}
	if got, _ := s.Readings(ctx, []string{"a1"}); len(got) != 1 || got[0].Engine != "e2" || string(got[0].Data) != "uno" {
		t.Errorf("after replacing: %+v", got)
	}
	// A reading of an article that is not stored fails the whole batch.
	err = s.PutReadings(ctx, []corroborate.Reading{{Article: "a3", Engine: "e1", Data: []byte("three")}, {Article: "nope", Engine: "e1", Data: []byte("x")}})
	if corroborate.ErrorCode(err) != corroborate.EINVALID {
		t.Errorf("reading of an unknown article: err = %v, want %s", err, corroborate.EINVALID)
	}
	if got, _ := s.Readings(ctx, []string{"a3"}); len(got) != 0 {
		t.Errorf("a failed batch kept %+v", got)
	}
	cctx, cancel := context.WithCancel(ctx)
	cancel()
	if err := s.PutReadings(cctx, []corroborate.Reading{{Article: "a3", Engine: "e1", Data: []byte("three")}}); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled PutReadings: err = %v", err)
	}
	if got, _ := s.Readings(ctx, []string{"a3"}); len(got) != 0 {
		t.Errorf("a cancelled write kept %+v", got)
	}
}

// testManyReadings: a lookup of more ids than one query holds answers all.
func testManyReadings(t *testing.T, open func(t *testing.T) corroborate.ArticleStore) {
	ctx := context.Background()
	s := open(t)
	const n = 1234
	var in []corroborate.ArticleInput
	var rs []corroborate.Reading
	var ids []string
	for i := 0; i < n; i++ {
		id := string(rune('a'+i%26)) + strconv.Itoa(i)
		in = append(in, corroborate.ArticleInput{Article: &corroborate.Article{ID: id, Source: id, Text: "Body " + id}, Raw: corroborate.Raw{Kind: "text", Bytes: []byte(id)}})
		rs = append(rs, corroborate.Reading{Article: id, Engine: "e", Data: []byte(id)})
		ids = append(ids, id)
	}
	if _, err := s.PutArticles(ctx, in); err != nil {
		t.Fatal(err)
	}
	if err := s.PutReadings(ctx, rs); err != nil {
		t.Fatal(err)
	}
	got, err := s.Readings(ctx, ids)
	if err != nil || len(got) != n {
		t.Fatalf("Readings of %d ids = %d, %v", n, len(got), err)
	}
	for i, r := range got {
		if r.Article != ids[i] || string(r.Data) != ids[i] {
			t.Fatalf("reading %d = %+v, want %s", i, r, ids[i])
		}
	}
}
