package evaluate

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/compare"
	"github.com/corroborate/corroborate/internal/story"
)

// TestOmissionSharesOnTune prints, for the tune half of the ECB+ dev kit
// (each gold story compared as one story), how much of a fact's words the
// best sentence of an article known to state it carries: the data the
// omission thresholds (compare.statedShare) are read from. It runs only
// with CORROBORATE_TUNE=1 and the kit beside the repository.
func TestOmissionSharesOnTune(t *testing.T) {
	if os.Getenv("CORROBORATE_TUNE") == "" {
		t.Skip("set CORROBORATE_TUNE=1 to measure on the ECB+ dev kit's tune half")
	}
	recs, gold, err := StoryRecords("../../../shared/data/ecbplus/dev.jsonl")
	if err != nil {
		t.Skip(err)
	}
	kit := map[string]string{}
	byStory := map[string][]string{}
	var order []string
	for i, r := range recs {
		if HalfOf(ECBTopic(gold[i])) != Tune || len(strings.Fields(string(r.Body))) < 10 {
			continue
		}
		kit[r.ID] = string(r.Body)
		if byStory[gold[i]] == nil {
			order = append(order, gold[i])
		}
		byStory[gold[i]] = append(byStory[gold[i]], r.ID)
	}
	var all []compare.FactStatement
	for _, st := range order {
		c := FindingCase{Name: st}
		for _, id := range byStory[st] {
			one := FindingCase{Name: st, Articles: []CaseArticle{{Label: id, Ref: id}}}
			if _, _, err := docsFor(one, "", kit); err != nil {
				continue // no article text (a page of links)
			}
			c.Articles = append(c.Articles, CaseArticle{Label: id, Ref: id})
		}
		docs, _, err := docsFor(c, "", kit)
		if err != nil {
			t.Fatal(err)
		}
		merged := story.Assemble(&corroborate.Story{}, docs)
		in := compare.Input{Docs: docs, Merged: merged}
		all = append(all, compare.StatedCoverage(in, compare.Compare(in))...)
	}
	fmt.Printf("tune stories %d, (fact, article) pairs known stated %d\n", len(order), len(all))
	rate := func(share, value float64) float64 {
		missed := 0
		for _, f := range all {
			if !f.Stated(share, value) {
				missed++
			}
		}
		return float64(missed) / float64(len(all))
	}
	// The thresholds are the largest (in steps of 0.05) that read at most 5%
	// of known statements as not stated (compare.OmissionThresholds).
	share, value := compare.OmissionThresholds()
	fmt.Printf("thresholds share %.2f value %.2f: read as not stated %.3f\n", share, value, rate(share, value))
	if r := rate(share, value); r > 0.05 {
		t.Errorf("share %.2f value %.2f reads %.3f of known statements as not stated (> 0.05)", share, value, r)
	}
	if r := rate(share+0.05, 0.25); r <= 0.05 {
		t.Errorf("share %.2f keeps %.3f ≤ 0.05: the share threshold could be higher", share+0.05, r)
	}
	if r := rate(share, value+0.05); r <= 0.05 && value+0.05 < share {
		t.Errorf("value share %.2f keeps %.3f ≤ 0.05: the value threshold could be higher", value+0.05, r)
	}
	for _, share := range []float64{0.4, 0.45, 0.5, 0.55, 0.6} {
		for _, value := range []float64{0.25, 0.3, 0.35, 0.4, 0.45} {
			if value >= share {
				continue
			}
			missed := 0
			for _, f := range all {
				if !f.Stated(share, value) {
					missed++
				}
			}
			fmt.Printf("share %.2f value %.2f: read as not stated %d (%.3f)\n", share, value, missed, float64(missed)/float64(len(all)))
		}
	}
}
