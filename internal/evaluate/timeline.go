package evaluate

import (
	"context"
	"fmt"
	"io"
	"math/rand"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/analyze"
	"github.com/corroborate/corroborate/internal/pipeline"
	"github.com/corroborate/corroborate/internal/story"
)

// TimelineItem is one dated event as the timeline would show it, with the
// sentence it comes from, for reading by hand.
type TimelineItem struct {
	Article, Published, Date, Expression, Sentence string
}

// SampleTimeline reads the records of a labelled ECB+ kit whose topics are
// in the tune half (the holdout half is never read), analyses them as
// `analyze` does, and returns n of the dated events that would go on the
// story timelines (not periods, stamps or dates inside direct quotes),
// drawn at random with a fixed seed, so that a reader can judge each date.
func SampleTimeline(ctx context.Context, path string, n int, seed int64) ([]TimelineItem, int, error) {
	recs, gold, err := StoryRecords(path)
	if err != nil {
		return nil, 0, err
	}
	var arts []corroborate.Article
	for i, r := range recs {
		if HalfOf(ECBTopic(gold[i])) != Tune {
			continue
		}
		if ctx.Err() != nil {
			return nil, 0, ctx.Err()
		}
		a, err := pipeline.Extract(r)
		if err != nil {
			continue
		}
		arts = append(arts, *a)
	}
	an, err := analyze.Process(ctx, arts)
	if err != nil {
		return nil, 0, err
	}
	var all []TimelineItem
	for i, rd := range an.Readings {
		pub := "undated"
		if p := arts[i].Published; p != nil {
			pub = fmt.Sprintf("%s (%s %.2f)", *p, arts[i].PublishedFrom, arts[i].PublishedConfidence)
		}
		for si, ts := range rd.Times {
			for _, t := range ts {
				if !story.OnTimeline(story.Doc{Article: &arts[i], Analysis: rd}, si, t) {
					continue
				}
				all = append(all, TimelineItem{Article: arts[i].Source, Published: pub, Date: t.Date, Expression: t.Expression, Sentence: rd.Sentences[si].Text})
			}
		}
	}
	total := len(all)
	rng := rand.New(rand.NewSource(seed))
	rng.Shuffle(len(all), func(i, j int) { all[i], all[j] = all[j], all[i] })
	if n < len(all) {
		all = all[:n]
	}
	return all, total, nil
}

// WriteTimelineSample prints the sample, one event a block.
func WriteTimelineSample(w io.Writer, items []TimelineItem, total int) {
	fmt.Fprintf(w, "%d dated events on the tune half's timelines; %d drawn:\n", total, len(items))
	for k, it := range items {
		fmt.Fprintf(w, "\n[%d] %s  %q  — %s, published %s\n    %s\n", k+1, it.Date, it.Expression, it.Article, it.Published, it.Sentence)
	}
}
