package pipeline

import (
	"context"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/analyze"
)

// BuildReport makes the report for ingested articles: language analysis,
// near-copies, stories, and each story's findings. It stops when ctx is
// done and returns ctx.Err().
func BuildReport(ctx context.Context, res *Result) (*corroborate.Report, error) {
	rep := &corroborate.Report{Articles: res.Articles, Errors: res.Errors}
	an, err := analyze.Process(ctx, rep.Articles)
	if err != nil {
		return nil, err
	}
	if rep.Stories, err = an.Stories(ctx); err != nil {
		return nil, err
	}
	rep.Errors = append(rep.Errors, an.Failures...)
	analyze.Normalize(rep)
	return rep, nil
}
