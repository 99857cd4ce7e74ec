package pipeline

import (
	"github.com/corroborate/corroborate"
)

// BuildReport makes the report for ingested articles. Until story
// clustering groups them, each article is its own story.
func BuildReport(res *Result) *corroborate.Report {
	rep := &corroborate.Report{Articles: res.Articles, Errors: res.Errors}
	for _, a := range res.Articles {
		title := a.Title
		rep.Stories = append(rep.Stories, corroborate.Story{ID: "s-" + a.ID, Title: title, Articles: []string{a.ID}})
	}
	Normalize(rep)
	return rep
}

// Normalize replaces nil lists with empty ones so that JSON shows [] and
// never null where the contract promises a list.
func Normalize(rep *corroborate.Report) {
	if rep.Articles == nil {
		rep.Articles = []corroborate.Article{}
	}
	if rep.Stories == nil {
		rep.Stories = []corroborate.Story{}
	}
	if rep.Errors == nil {
		rep.Errors = []corroborate.InputError{}
	}
	for i := range rep.Stories {
		s := &rep.Stories[i]
		if s.Articles == nil {
			s.Articles = []string{}
		}
		if s.Related == nil {
			s.Related = []string{}
		}
		if s.Entities == nil {
			s.Entities = []corroborate.Entity{}
		}
		if s.Quotes == nil {
			s.Quotes = []corroborate.Quote{}
		}
		if s.Numbers == nil {
			s.Numbers = []corroborate.Number{}
		}
		if s.Discrepancies == nil {
			s.Discrepancies = []corroborate.Discrepancy{}
		}
		if s.Stances == nil {
			s.Stances = []corroborate.Stance{}
		}
		if s.Timeline == nil {
			s.Timeline = []corroborate.TimelineEvent{}
		}
		if s.Consensus == nil {
			s.Consensus = []corroborate.Consensus{}
		}
		if s.Framing == nil {
			s.Framing = []corroborate.Framing{}
		}
	}
}
