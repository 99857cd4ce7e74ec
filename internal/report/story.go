package report

import (
	"fmt"
	"sort"
	"strings"

	"github.com/corroborate/corroborate"
)

// storyView is what a person reads first about a story.
type storyView struct {
	title    string
	span     string
	origins  int
	outlets  []string
	labels   map[string]string // article id → "[n]"
	articles []corroborate.Article
}

func newStoryView(s corroborate.Story, byID map[string]corroborate.Article) storyView {
	v := storyView{title: deref(s.Title, "(untitled story)"), labels: map[string]string{}}
	var dates []string
	var origins []string
	for i, id := range s.Articles {
		a := byID[id]
		v.articles = append(v.articles, a)
		v.labels[id] = fmt.Sprintf("[%d]", i+1)
		if a.Published != nil {
			dates = append(dates, *a.Published)
		}
		if a.ID == "" {
			a.ID = id
		}
		origins = append(origins, corroborate.OriginOf(&a))
		if a.Outlet != nil {
			v.outlets = corroborate.AppendUnique(v.outlets, *a.Outlet)
		}
	}
	v.origins = corroborate.CountOrigins(origins)
	sort.Strings(dates)
	switch {
	case len(dates) == 0:
		v.span = "undated"
	case dates[0] == dates[len(dates)-1]:
		v.span = dates[0]
	default:
		v.span = dates[0] + " – " + dates[len(dates)-1]
	}
	return v
}

func (v storyView) cite(ids []string) string {
	var out []string
	for _, id := range ids {
		if l, ok := v.labels[id]; ok {
			out = append(out, l)
		} else {
			out = append(out, id)
		}
	}
	return strings.Join(out, "")
}

func (v storyView) summary() string {
	s := fmt.Sprintf("%s · %d article", v.span, len(v.articles))
	if len(v.articles) != 1 {
		s += "s"
	}
	s += fmt.Sprintf(" from %d independent source", v.origins)
	if v.origins != 1 {
		s += "s"
	}
	if len(v.outlets) > 0 {
		s += " (" + strings.Join(v.outlets, ", ") + ")"
	}
	return s
}

// speakerGroup gathers one speaker's quotes and stances.
type speakerGroup struct {
	name    string
	quotes  []corroborate.Quote
	stances []corroborate.Stance
}

func speakers(s corroborate.Story) []speakerGroup {
	idx := map[string]int{}
	var out []speakerGroup
	get := func(name string) *speakerGroup {
		if k, ok := idx[name]; ok {
			return &out[k]
		}
		idx[name] = len(out)
		out = append(out, speakerGroup{name: name})
		return &out[len(out)-1]
	}
	for _, q := range s.Quotes {
		name := q.SpeakerLabel()
		if name == "" {
			name = deref(q.SpeakerText, "unattributed")
		}
		g := get(name)
		g.quotes = append(g.quotes, q)
		for _, n := range q.Members {
			if n != name { // "critics, including <A>, said": A spoke too
				g := get(n)
				g.quotes = append(g.quotes, q)
			}
		}
	}
	for _, st := range s.Stances {
		g := get(st.Holder)
		g.stances = append(g.stances, st)
	}
	sort.SliceStable(out, func(i, j int) bool {
		return len(out[i].quotes)+2*len(out[i].stances) > len(out[j].quotes)+2*len(out[j].stances)
	})
	return out
}
