package analyze_test

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/analyze"
	"github.com/corroborate/corroborate/internal/pipeline"
	"github.com/corroborate/corroborate/internal/sqlite"
)

// savesCounted is a store that remembers the placement state written to it.
type savesCounted struct {
	*sqlite.Store
	puts []corroborate.Placement
}

func (s *savesCounted) PutPlacement(ctx context.Context, p corroborate.Placement) error {
	s.puts = append(s.puts, p)
	return s.Store.PutPlacement(ctx, p)
}

// regroupFiles stores the files and regroups the whole store, its
// articles in id order; it returns the report as JSON, each story's id
// (in its related lists and thread too) replaced by its articles: a story
// keeps the id it was born with, so ids follow the order articles came in.
func regroupFiles(t *testing.T, store *savesCounted, files []string) ([]byte, *corroborate.Report) {
	t.Helper()
	ctx := context.Background()
	if _, err := pipeline.Ingest(ctx, store, files, pipeline.Options{}); err != nil {
		t.Fatal(err)
	}
	arts, err := store.Articles(ctx, 0)
	if err != nil {
		t.Fatal(err)
	}
	slices.SortFunc(arts, func(a, b corroborate.Article) int { return strings.Compare(a.ID, b.ID) })
	rep, _, err := analyze.Regroup(ctx, store, arts, nil)
	if err != nil {
		t.Fatal(err)
	}
	return canonJSON(t, rep), rep
}

// canonJSON is the report as JSON, each story's id (in its related lists
// and thread too) replaced by its articles (see regroupFiles).
func canonJSON(t *testing.T, rep *corroborate.Report) []byte {
	t.Helper()
	name := map[string]string{}
	for _, st := range rep.Stories {
		name[st.ID] = strings.Join(slices.Sorted(slices.Values(st.Articles)), "+")
	}
	canon := *rep
	canon.Stories = slices.Clone(rep.Stories)
	for k := range canon.Stories {
		st := &canon.Stories[k]
		st.ID = name[st.ID]
		st.Thread = name["s-"+strings.TrimPrefix(st.Thread, "t-")]
		st.Related = slices.Clone(st.Related)
		for j, r := range st.Related {
			st.Related[j] = name[r]
		}
	}
	j, err := json.Marshal(canon)
	if err != nil {
		t.Fatal(err)
	}
	return j
}

// TestRegroupTwiceSavesWhatChanged: a store built in two regroups (four
// seed articles and an unrelated report, then the fifth seed; each seed in
// turn the late one) gives the report, the saved findings and the counted
// articles of one built in a single regroup, and its second regroup saves
// the late article's counts and buckets alone and the states and findings
// of the stories that changed only (the unrelated report's story never
// changes: the seeds' three stories are related to one another, so a late
// seed changes each of them).
func TestRegroupTwiceSavesWhatChanged(t *testing.T) {
	ctx := context.Background()
	files := append(seedFiles(t), filepath.Join("testdata", "unrelated.txt"))
	open := func() *savesCounted { return openCounted(t) }
	once := open()
	want, rep := regroupFiles(t, once, files)
	fewer := false
	for late := range len(files) - 1 {
		twice := open()
		regroupFiles(t, twice, slices.Delete(slices.Clone(files), late, late+1))
		got, _ := regroupFiles(t, twice, files[late:late+1])
		if !bytes.Equal(got, want) {
			t.Errorf("seed %d added late: the report differs from one regroup of all (%d vs %d bytes of JSON)", late, len(got), len(want))
		}
		p := twice.puts[len(twice.puts)-1]
		if p.Reset || len(p.Articles) != 1 || len(p.Articles[0].Terms) == 0 {
			t.Errorf("seed %d added late: the second regroup saved reset %v, %d articles counted; want the late one alone", late, p.Reset, len(p.Articles))
		}
		if len(p.States) != len(p.Findings) || len(p.States) == 0 {
			t.Errorf("seed %d added late: %d states and %d findings saved", late, len(p.States), len(p.Findings))
		}
		fewer = fewer || len(p.States) < len(rep.Stories)
		if a, b := savedKeys(t, once), savedKeys(t, twice); !slices.Equal(a, b) {
			t.Errorf("seed %d added late: the keys of the saved findings differ from one regroup's: %v, want %v", late, b, a)
		}
		n1, _, err1 := once.TermCounts(ctx, nil)
		n2, _, err2 := twice.TermCounts(ctx, nil)
		if err1 != nil || err2 != nil || n1 != n2 || n1 != len(files) {
			t.Errorf("seed %d added late: %d and %d articles counted, want %d", late, n2, n1, len(files))
		}
	}
	if !fewer {
		t.Errorf("no second regroup saved fewer stories than the store holds (%d)", len(rep.Stories))
	}
}

// savedKeys returns the keys of the live stories' saved findings, sorted,
// without their links part (linksKey: it names stable ids, which depend
// on the history of the store, as the canonical reports' names do not).
func savedKeys(t *testing.T, store *savesCounted) []string {
	t.Helper()
	ctx := context.Background()
	stored, err := store.Stories(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var live []string
	for _, st := range stored {
		if st.MergedInto == "" {
			live = append(live, st.ID)
		}
	}
	saved, err := store.StoryFindings(ctx, live)
	if err != nil || len(saved) != len(live) {
		t.Fatalf("saved findings of %d live stories: %d, %v", len(live), len(saved), err)
	}
	var keys []string
	for _, f := range saved {
		key := f.Key
		if strings.Count(key, "/") == 4 {
			key = key[:strings.LastIndex(key, "/")]
		}
		keys = append(keys, key)
	}
	return slices.Sorted(slices.Values(keys))
}

// seedFiles lists the seed articles' paths.
func seedFiles(t *testing.T) []string {
	t.Helper()
	dir := filepath.Join("..", "..", "examples", "seeds")
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var files []string
	for _, e := range entries {
		files = append(files, filepath.Join(dir, e.Name()))
	}
	return files
}

// openCounted opens an empty in-memory store that counts its saves,
// closed when the test ends.
func openCounted(t *testing.T) *savesCounted {
	t.Helper()
	s, err := sqlite.Open(context.Background(), ":memory:")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return &savesCounted{Store: s}
}

// TestRegroupForSavesTheSame: a regroup that shows only the late
// article's story (analyze.RegroupFor, as "corroborate analyze" runs it)
// gives that story whole, as one regroup of all does, leaves some other
// story a stub (its saved findings not decoded), and saves what a whole
// regroup saves: the saved analysis then reads back (LoadSaved) as the
// report of one regroup of all. The articles are the seeds and the
// invented ones of copyArticles (unrelated to the seeds); the late one is
// a seed, a wire copy and the unrelated invented article in turn.
func TestRegroupForSavesTheSame(t *testing.T) {
	ctx := context.Background()
	seeds := seedFiles(t)
	files := append(slices.Clone(seeds), copyArticles(t)...)
	want, wantRep := regroupFiles(t, openCounted(t), files)
	stubs := 0
	for _, late := range []int{0, len(seeds) + 1, len(files) - 1} {
		twice := openCounted(t)
		regroupFiles(t, twice, slices.Delete(slices.Clone(files), late, late+1))
		res, err := pipeline.Ingest(ctx, twice, files[late:late+1], pipeline.Options{})
		if err != nil || len(res.Articles) != 1 {
			t.Fatalf("seed %d: ingest: %d articles, %v", late, len(res.Articles), err)
		}
		arts, err := twice.Articles(ctx, 0)
		if err != nil {
			t.Fatal(err)
		}
		slices.SortFunc(arts, func(a, b corroborate.Article) int { return strings.Compare(a.ID, b.ID) })
		id := res.Articles[0].ID
		rep, _, err := analyze.RegroupFor(ctx, twice, arts, map[string]bool{id: true})
		if err != nil {
			t.Fatal(err)
		}
		for k := range rep.Stories {
			st := &rep.Stories[k]
			if !slices.Contains(st.Articles, id) {
				if st.Title == nil {
					stubs++
				}
				continue
			}
			w := wantRep.Stories[slices.IndexFunc(wantRep.Stories, func(w corroborate.Story) bool { return slices.Contains(w.Articles, id) })]
			a, b := canonJSON(t, &corroborate.Report{Stories: []corroborate.Story{w}}), canonJSON(t, &corroborate.Report{Stories: []corroborate.Story{*st}})
			if !bytes.Equal(a, b) {
				t.Errorf("seed %d added late: its story is not whole (%d vs %d bytes of JSON)", late, len(b), len(a))
			}
		}
		saved, _, ok, err := analyze.LoadSaved(ctx, twice, arts)
		if err != nil || !ok {
			t.Fatalf("seed %d added late: the saved analysis is not current (%v, %v)", late, ok, err)
		}
		if got := canonJSON(t, saved); !bytes.Equal(got, want) {
			t.Errorf("seed %d added late: the saved analysis differs from one regroup of all (%d vs %d bytes of JSON)", late, len(got), len(want))
		}
	}
	if stubs == 0 {
		t.Error("no story was left a stub")
	}
}
