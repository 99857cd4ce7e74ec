package evaluate

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/compare"
	"github.com/corroborate/corroborate/internal/kittext"
	"github.com/corroborate/corroborate/internal/story"
)

// TestS16Pool writes, into the folder S16OUT names, one report for each
// tune-half incident with two or more articles, compared as one story (no
// clustering): the "inc-STORY" sets of session 16's judged precision pool
// (testdata/findings/discrepancies_s16.py draws from them). A measuring aid:
// it runs only with S16OUT set and the kits beside the repository; S16ONLY
// limits it to a comma-separated list of incidents.
func TestS16Pool(t *testing.T) {
	out := os.Getenv("S16OUT")
	if out == "" {
		t.Skip()
	}
	b, err := os.ReadFile(kittext.Path("incidents", "dev.jsonl"))
	if err != nil {
		t.Skip(err)
	}
	kit := map[string]string{}
	by := map[string][]CaseArticle{}
	var order []string
	for _, l := range strings.Split(strings.TrimSpace(string(b)), "\n") {
		var r struct{ ID, Story, Text, Published string }
		if err := json.Unmarshal([]byte(l), &r); err != nil {
			t.Fatal(err)
		}
		if HalfOf(r.Story) != Tune {
			continue
		}
		kit[r.ID] = r.Text
		if by[r.Story] == nil {
			order = append(order, r.Story)
		}
		by[r.Story] = append(by[r.Story], CaseArticle{Label: r.ID, Ref: r.ID, Published: r.Published})
	}
	only := os.Getenv("S16ONLY")
	for _, st := range order {
		if len(by[st]) < 2 || only != "" && !strings.Contains(","+only+",", ","+st+",") {
			continue
		}
		docs, names, err := docsFor(FindingCase{Name: st, Articles: by[st]}, "", kit)
		if err != nil {
			t.Fatal(err)
		}
		res := compare.Compare(compare.Input{Docs: docs, Merged: story.Assemble(&corroborate.Story{}, docs)})
		rep := struct {
			Articles []map[string]string `json:"articles"`
			Stories  []map[string]any    `json:"stories"`
		}{}
		for id, n := range names {
			rep.Articles = append(rep.Articles, map[string]string{"id": id, "source": "incidents:" + n})
		}
		rep.Stories = append(rep.Stories, map[string]any{"discrepancies": res.Discrepancies})
		j, _ := json.Marshal(rep)
		if err := os.WriteFile(filepath.Join(out, "inc-"+st+".json"), j, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}
