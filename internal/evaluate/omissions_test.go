package evaluate

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/compare"
	"github.com/corroborate/corroborate/internal/kittext"
	"github.com/corroborate/corroborate/internal/story"
)

// TestOmissionSharesOnTune prints, for the tune half of the ECB+ dev kit
// (each gold story compared as one story), how much of a fact's words the
// best sentence of an article known to state it carries: the data the
// omission thresholds (compare.statedShare) are read from; and it scores
// the omissions the engine reports against the hand-judged sample of
// testdata/stances/judged-omissions-tune-s6.tsv. It runs only with
// CORROBORATE_TUNE=1 and the kit beside the repository (or at
// CORROBORATE_ECB).
func TestOmissionSharesOnTune(t *testing.T) {
	if os.Getenv("CORROBORATE_TUNE") == "" {
		t.Skip("set CORROBORATE_TUNE=1 to measure on the ECB+ dev kit's tune half")
	}
	kitPath := kittext.Path("ecbplus", "dev.jsonl")
	if p := os.Getenv("CORROBORATE_ECB"); p != "" {
		kitPath = p
	}
	recs, gold, err := StoryRecords(kitPath)
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
	omitted := map[[3]string]bool{} // story, doc, fact
	for _, st := range order {
		c := FindingCase{Name: st}
		for _, id := range byStory[st] {
			one := FindingCase{Name: st, Articles: []CaseArticle{{Label: id, Ref: id}}}
			if _, _, err := docsFor(one, "", kit); err != nil {
				continue // no article text (a page of links)
			}
			c.Articles = append(c.Articles, CaseArticle{Label: id, Ref: id})
		}
		docs, labels, err := docsFor(c, "", kit)
		if err != nil {
			t.Fatal(err)
		}
		merged := story.Assemble(&corroborate.Story{}, docs)
		in := compare.Input{Docs: docs, Merged: merged}
		res := compare.Compare(in)
		all = append(all, compare.StatedCoverage(in, res)...)
		for _, f := range res.Framing {
			for _, o := range f.Omits {
				omitted[[3]string{st, labels[f.Article], o}] = true
			}
		}
	}
	judgedOmissions(t, omitted, "judged-omissions-tune-s6.tsv", minJudgedAbsent)
	judgedOmissions(t, omitted, "judged-omissions-tune-s7.tsv", minJudgedAbsentS7)
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

// minJudgedAbsent is the share of the hand-judged omissions still reported
// that must be really absent from their article (verdict "absent"): about
// the figure measured when the value threshold was set (27 of 32, 0.844;
// 26 of 30, 0.867, once a figure with its counted noun states a fact),
// below the aim of 0.90.
const minJudgedAbsent = 0.84

// minJudgedAbsentS7 is the same bound for the sample drawn in session 7
// after the shared-core rule (compare.sharedCore): 30 of its 40 were
// really absent when judged (0.750; 8 partly stated, 2 stated).
const minJudgedAbsentS7 = 0.74

// judgedOmissions scores the omissions still reported among a hand-judged
// sample (testdata/stances/judged-omissions-tune-s*.tsv): at least min of
// them must be really absent.
func judgedOmissions(t *testing.T, omitted map[[3]string]bool, file string, min float64) {
	b, err := os.ReadFile("../../testdata/stances/" + file)
	if err != nil {
		t.Fatal(err)
	}
	kept, absent, partly := 0, 0, 0
	for _, l := range strings.Split(string(b), "\n") {
		f := strings.Split(l, "\t")
		if len(f) != 6 || strings.HasPrefix(l, "#") || f[0] == "n" {
			continue
		}
		if !omitted[[3]string{f[1], f[2], f[5]}] {
			continue
		}
		kept++
		switch f[3] {
		case "absent":
			absent++
		case "partly":
			partly++
		}
	}
	fmt.Printf("%s: judged omissions still reported %d of 40: absent %d (%.3f), partly %d, stated %d\n", file, kept, absent, float64(absent)/float64(max(kept, 1)), partly, kept-absent-partly)
	if kept == 0 || float64(absent)/float64(kept) < min {
		t.Errorf("%s: %d of %d still reported are really absent, want ≥ %.2f", file, absent, kept, min)
	}
}
