package analyze_test

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/analyze"
	"github.com/corroborate/corroborate/internal/cluster"
	"github.com/corroborate/corroborate/internal/dates"
	"github.com/corroborate/corroborate/internal/mention"
	"github.com/corroborate/corroborate/internal/pipeline"
	"github.com/corroborate/corroborate/internal/sqlite"
)

// ingestSeeds stores the README's example articles in a fresh store.
func ingestSeeds(t *testing.T) (*sqlite.Store, []corroborate.Article) {
	t.Helper()
	ctx := context.Background()
	store, err := sqlite.Open(ctx, ":memory:")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { store.Close() })
	res, err := pipeline.Ingest(ctx, store, []string{filepath.Join("..", "..", "examples", "seeds")}, pipeline.Options{})
	if err != nil || len(res.Articles) != 5 {
		t.Fatalf("ingest: %v (%d articles)", err, len(res.Articles))
	}
	return store, res.Articles
}

// readingJSON shows a reading's exported content, an empty list and a
// missing one alike.
func readingJSON(t *testing.T, r *mention.Analysis) []byte {
	b, err := json.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	return bytes.ReplaceAll(b, []byte("[]"), []byte("null"))
}

// TestReadingRoundTrip: a reading decoded from the store is the reading.
func TestReadingRoundTrip(t *testing.T) {
	_, arts := ingestSeeds(t)
	for _, a := range arts {
		r := mention.Analyze(a.Text, dates.Date{}, 0)
		data, err := analyze.EncodeReading(r)
		if err != nil {
			t.Fatal(err)
		}
		back, err := analyze.DecodeReading(a.Text, data)
		if err != nil {
			t.Fatal(err)
		}
		if want, got := readingJSON(t, r), readingJSON(t, back); !bytes.Equal(want, got) {
			t.Errorf("%s: decoded reading differs (%d vs %d bytes of JSON)", a.Source, len(got), len(want))
		}
		if _, err := analyze.DecodeReading(a.Text[:len(a.Text)/2], data); err == nil {
			t.Errorf("%s: a reading decoded against a shorter text", a.Source)
		}
	}
}

// TestStoredReadingsGiveTheSameReport: readings computed once and re-read
// from the store give the report that computing them afresh gives; the
// second time nothing is computed, and a reading of another engine is
// recomputed.
func TestStoredReadingsGiveTheSameReport(t *testing.T) {
	ctx := context.Background()
	store, arts := ingestSeeds(t)
	fresh := report(t, arts, nil)
	first, st, err := analyze.ReadStored(ctx, store, copyArts(arts))
	if err != nil || st.Computed != len(arts) || st.Stored != 0 || len(first) != len(arts) {
		t.Fatalf("first ReadStored: %+v, %v", st, err)
	}
	readings, st, err := analyze.ReadStored(ctx, store, copyArts(arts))
	if err != nil || st.Stored != len(arts) || st.Computed != 0 {
		t.Fatalf("second ReadStored: %+v, %v", st, err)
	}
	if got := report(t, arts, readings); !bytes.Equal(got, fresh) {
		t.Errorf("the report from stored readings differs from the fresh one")
	}
	// A stale reading (another engine) is recomputed and saved again.
	old, _ := store.Readings(ctx, []string{arts[2].ID})
	old[0].Engine = "r0@old"
	if err := store.PutReadings(ctx, old); err != nil {
		t.Fatal(err)
	}
	if _, st, err = analyze.ReadStored(ctx, store, copyArts(arts)); err != nil || st.Computed != 1 || st.Stored != len(arts)-1 {
		t.Errorf("with one stale reading: %+v, %v", st, err)
	}
	if now, _ := store.Readings(ctx, []string{arts[2].ID}); now[0].Engine != analyze.Engine() {
		t.Errorf("the stale reading was not saved again: engine %q", now[0].Engine)
	}
}

func copyArts(arts []corroborate.Article) []corroborate.Article {
	return append([]corroborate.Article(nil), arts...)
}

// report builds the stories of arts from readings (computed afresh when
// nil) and returns the report as JSON.
func report(t *testing.T, arts []corroborate.Article, readings []*mention.Analysis) []byte {
	return reportMemo(t, arts, readings, nil)
}

// reportMemo is report with a findings memo.
func reportMemo(t *testing.T, arts []corroborate.Article, readings []*mention.Analysis, memo *analyze.FindingsMemo) []byte {
	t.Helper()
	ctx := context.Background()
	arts = copyArts(arts)
	var err error
	if readings == nil {
		if readings, err = analyze.Read(ctx, arts); err != nil {
			t.Fatal(err)
		}
	}
	feats, err := analyze.AllFeatures(ctx, arts, readings)
	if err != nil {
		t.Fatal(err)
	}
	an, err := analyze.Group(ctx, arts, readings, feats, cluster.DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	an.Memo = memo
	rep := &corroborate.Report{Articles: arts}
	if rep.Stories, err = an.Stories(ctx); err != nil {
		t.Fatal(err)
	}
	analyze.Normalize(rep)
	b, err := json.Marshal(rep)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestFindingsMemo: with a memo, a second analysis of the same articles
// compares no story again and gives the same report; after an article
// goes, only the stories it touched (its own, and those related to it)
// are compared, and the report is the one without a memo.
func TestFindingsMemo(t *testing.T) {
	_, arts := ingestSeeds(t)
	var memo analyze.FindingsMemo
	want := report(t, arts, nil)
	if got := reportMemo(t, arts, nil, &memo); !bytes.Equal(got, want) {
		t.Fatalf("the report with an empty memo differs")
	}
	stories := memo.Compared
	if stories < 2 || memo.Reused != 0 {
		t.Fatalf("first analysis: %d compared, %d reused", memo.Compared, memo.Reused)
	}
	if got := reportMemo(t, arts, nil, &memo); !bytes.Equal(got, want) || memo.Compared != 0 || memo.Reused != stories {
		t.Errorf("second analysis: %d compared, %d reused of %d stories; same report %v", memo.Compared, memo.Reused, stories, bytes.Equal(got, want))
	}
	// Without the last article (a story of its own in the seeds), its
	// story goes and the stories related to it change their context.
	fewer := arts[:len(arts)-1]
	want = report(t, fewer, nil)
	if got := reportMemo(t, fewer, nil, &memo); !bytes.Equal(got, want) {
		t.Errorf("after an article went, the report with the memo differs from the one without")
	}
	if memo.Compared == 0 || memo.Reused+memo.Compared != stories-1 {
		t.Errorf("after an article went: %d compared, %d reused (%d stories before)", memo.Compared, memo.Reused, stories)
	}
}

// BenchmarkEncodeReading encodes the reading of a seed article for the
// store (gob + DEFLATE).
func BenchmarkEncodeReading(b *testing.B) {
	files, _ := filepath.Glob(filepath.Join("..", "..", "examples", "seeds", "*.txt"))
	if len(files) == 0 {
		b.Skip("no seeds")
	}
	body, err := os.ReadFile(files[0])
	if err != nil {
		b.Fatal(err)
	}
	r := mention.Analyze(string(body), dates.Date{}, 0)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := analyze.EncodeReading(r); err != nil {
			b.Fatal(err)
		}
	}
}
