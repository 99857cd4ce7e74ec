package evaluate

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math/rand"
	"os"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/cluster"
	"github.com/corroborate/corroborate/internal/lexicon"
	"github.com/corroborate/corroborate/internal/pipeline"
	"github.com/corroborate/corroborate/internal/source"
)

// BCubed holds BCubed precision, recall and F1 of a clustering.
type BCubed struct {
	Name     string
	P, R, F1 float64
	Clusters int
	Articles int
}

// ScoreBCubed compares system clusters with gold labels, both given per item.
func ScoreBCubed(name string, sys []int, gold []string) BCubed {
	n := len(sys)
	var p, r float64
	for i := 0; i < n; i++ {
		same, sysN, goldN := 0, 0, 0
		for j := 0; j < n; j++ {
			s := sys[i] == sys[j]
			g := gold[i] == gold[j]
			if s {
				sysN++
			}
			if g {
				goldN++
			}
			if s && g {
				same++
			}
		}
		p += float64(same) / float64(sysN)
		r += float64(same) / float64(goldN)
	}
	b := BCubed{Name: name, Articles: n}
	if n > 0 {
		b.P, b.R = p/float64(n), r/float64(n)
		b.F1 = f1(b.P, b.R)
	}
	seen := map[int]bool{}
	for _, s := range sys {
		seen[s] = true
	}
	b.Clusters = len(seen)
	return b
}

// StoryRecords loads a labelled clustering kit: records with a gold "story".
func StoryRecords(path string) ([]source.Record, []string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	var recs []source.Record
	var gold []string
	for n := 1; sc.Scan(); n++ {
		var m map[string]any
		if err := json.Unmarshal(sc.Bytes(), &m); err != nil {
			return nil, nil, fmt.Errorf("%s:%d: %w", path, n, err)
		}
		story, _ := m["story"].(string)
		if story == "" {
			return nil, nil, fmt.Errorf("%s:%d: record has no gold story", path, n)
		}
		rs, errs := source.Records(source.Doc{Source: path, Data: append([]byte(nil), sc.Bytes()...)})
		if len(errs) > 0 || len(rs) != 1 {
			return nil, nil, fmt.Errorf("%s:%d: %v", path, n, errs)
		}
		recs = append(recs, rs[0])
		gold = append(gold, story)
	}
	return recs, gold, sc.Err()
}

// ScoreStories clusters the records with the engine and with two
// baselines (every article alone; TF-IDF cosine single-pass with a fixed
// threshold), and measures order sensitivity by a shuffled run.
func ScoreStories(ctx context.Context, path string) ([]BCubed, float64, error) {
	recs, gold, err := StoryRecords(path)
	if err != nil {
		return nil, 0, err
	}
	arts := make([]corroborate.Article, 0, len(recs))
	var keep []string
	for i, r := range recs {
		a, err := pipeline.Extract(r)
		if err != nil {
			continue
		}
		arts = append(arts, *a)
		keep = append(keep, gold[i])
	}
	gold = keep
	an := pipeline.Analyze(arts)
	engine := ScoreBCubed("corroborate", an.StoryOf, gold)

	alone := make([]int, len(arts))
	for i := range alone {
		alone[i] = i
	}
	single := ScoreBCubed("every article alone", alone, gold)

	lx := lexicon.Default()
	opts := cluster.DefaultOptions()
	opts.TextOnly, opts.Threshold = true, 0.3
	cl := cluster.New(opts)
	feats := make([]cluster.Features, len(arts))
	for i := range arts {
		feats[i] = pipeline.Features(lx, &arts[i], an.Readings[i])
		cl.Observe(feats[i])
	}
	base := make([]int, len(arts))
	for i := range arts {
		base[i] = cl.Place(feats[i])
	}
	tfidf := ScoreBCubed("TF-IDF single-pass 0.3", base, gold)

	// Order sensitivity: shuffle the input and compare the two groupings.
	perm := rand.New(rand.NewSource(7)).Perm(len(arts))
	shuffled := make([]corroborate.Article, len(arts))
	for k, i := range perm {
		shuffled[k] = arts[i]
	}
	an2 := pipeline.Analyze(shuffled)
	back := make([]int, len(arts))
	for k, i := range perm {
		back[i] = an2.StoryOf[k]
	}
	agree := ScoreBCubed("", back, intsToStrings(an.StoryOf)).F1
	return []BCubed{engine, single, tfidf}, agree, nil
}

func intsToStrings(xs []int) []string {
	out := make([]string, len(xs))
	for i, x := range xs {
		out[i] = fmt.Sprint(x)
	}
	return out
}

// WriteBCubed prints the scores side by side.
func WriteBCubed(w io.Writer, bs []BCubed, agree float64) {
	fmt.Fprintf(w, "%-26s %8s %8s %8s %9s %9s\n", "system", "P", "R", "F1", "stories", "articles")
	for _, b := range bs {
		fmt.Fprintf(w, "%-26s %8.4f %8.4f %8.4f %9d %9d\n", b.Name, b.P, b.R, b.F1, b.Clusters, b.Articles)
	}
	fmt.Fprintf(w, "order sensitivity: BCubed F1 between the run and a shuffled run = %.4f (1 = identical)\n", agree)
}
