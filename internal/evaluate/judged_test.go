package evaluate

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/compare"
	"github.com/corroborate/corroborate/internal/kittext"
	"github.com/corroborate/corroborate/internal/story"
)

// TestJudgedDiscrepancySets re-makes the reports of the judged precision
// sets "ecbw" (each tune-half ECB+ gold story compared as one story) and
// "incw" (each tune-half incident with three or more articles) and prints,
// against testdata/findings/judged-discrepancies-tune-s13.tsv, how many of
// the reports still made were judged true, and the reports no row judges.
// A measuring aid: it runs only with CORROBORATE_TUNE=1 and the kits beside
// the repository, and fails only when a kit cannot be read.
func TestJudgedDiscrepancySets(t *testing.T) {
	if os.Getenv("CORROBORATE_TUNE") == "" {
		t.Skip("set CORROBORATE_TUNE=1 to score the judged discrepancy sets")
	}
	labels := judgedLabels(t, filepath.Join("..", "..", "testdata", "findings", "judged-discrepancies-tune-s13.tsv"))
	for _, set := range []string{"ecbw", "incw"} {
		cases, kit, err := judgedSetCases(set)
		if err != nil {
			t.Skip(err)
		}
		count := map[string]int{}
		var unjudged []string
		for _, c := range cases {
			docs, names, err := docsFor(c, "", kit)
			if err != nil {
				continue
			}
			res := compare.Compare(compare.Input{Docs: docs, Merged: story.Assemble(&corroborate.Story{}, docs)})
			for _, d := range res.Discrepancies {
				key := judgedKey(d, names)
				if l, ok := labels[key]; ok {
					count[l]++
				} else {
					count["?"]++
					unjudged = append(unjudged, c.Name+"\t"+key)
				}
			}
		}
		fmt.Printf("judged set %s: T %d, F %d, X %d, M %d, D %d, unjudged %d\n", set, count["T"], count["F"], count["X"], count["M"], count["D"], count["?"])
		for _, u := range unjudged {
			fmt.Println("  unjudged " + u)
		}
	}
}

// judgedKey is a report as the judged files write it: kind, about and the
// sides, each value with its documents' first ten characters.
func judgedKey(d corroborate.Discrepancy, names map[string]string) string {
	var sides []string
	for _, v := range d.Values {
		var docs []string
		for _, a := range v.Articles {
			n := names[a]
			if len(n) > 10 {
				n = n[:10]
			}
			docs = append(docs, n)
		}
		sides = append(sides, fmt.Sprintf("%v [%s]", v.Value, strings.Join(docs, " ")))
	}
	return d.Kind + "\t" + d.About + "\t" + strings.Join(sides, " | ")
}

// judgedLabels reads a judged file's rows: key (kind, about, sides) → label.
func judgedLabels(t *testing.T, path string) map[string]string {
	f, err := os.Open(path)
	if err != nil {
		t.Skip(err)
	}
	defer f.Close()
	out := map[string]string{}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		c := strings.Split(sc.Text(), "\t")
		if len(c) < 8 || strings.HasPrefix(c[0], "#") {
			continue
		}
		out[c[4]+"\t"+c[5]+"\t"+c[6]] = c[7]
	}
	return out
}

// judgedSetCases lists the stories of a judged set with the kit texts.
func judgedSetCases(set string) ([]FindingCase, map[string]string, error) {
	kit := map[string]string{}
	byStory := map[string][]CaseArticle{}
	var order []string
	add := func(st string, a CaseArticle, text string) {
		kit[a.Ref] = text
		if byStory[st] == nil {
			order = append(order, st)
		}
		byStory[st] = append(byStory[st], a)
	}
	if set == "ecbw" {
		recs, gold, err := StoryRecords(kittext.Path("ecbplus", "dev.jsonl"))
		if err != nil {
			return nil, nil, err
		}
		for i, r := range recs {
			if HalfOf(ECBTopic(gold[i])) == Tune && len(strings.Fields(string(r.Body))) >= 10 {
				add(gold[i], CaseArticle{Label: r.ID, Ref: r.ID}, string(r.Body))
			}
		}
	} else {
		b, err := os.ReadFile(kittext.Path("incidents", "dev.jsonl"))
		if err != nil {
			return nil, nil, err
		}
		for _, l := range strings.Split(strings.TrimSpace(string(b)), "\n") {
			var r struct{ ID, Story, Text, Published string }
			if err := json.Unmarshal([]byte(l), &r); err != nil {
				return nil, nil, err
			}
			if HalfOf(r.Story) == Tune {
				add(r.Story, CaseArticle{Label: r.ID, Ref: r.ID, Published: r.Published}, r.Text)
			}
		}
	}
	sort.SliceStable(order, func(i, j int) bool { return false })
	var cases []FindingCase
	for _, st := range order {
		if set == "incw" && len(byStory[st]) < 3 {
			continue
		}
		cases = append(cases, FindingCase{Name: st, Articles: byStory[st]})
	}
	return cases, kit, nil
}
