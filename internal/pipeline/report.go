package pipeline

import (
	"fmt"
	"runtime"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/cluster"
	"github.com/corroborate/corroborate/internal/compare"
	"github.com/corroborate/corroborate/internal/dates"
	"github.com/corroborate/corroborate/internal/dedupe"
	"github.com/corroborate/corroborate/internal/lexicon"
	"github.com/corroborate/corroborate/internal/mention"
	"github.com/corroborate/corroborate/internal/story"
)

// BuildReport makes the report for ingested articles: language analysis,
// near-copies, stories, and each story's findings.
func BuildReport(res *Result) *corroborate.Report {
	rep := &corroborate.Report{Articles: res.Articles, Errors: res.Errors}
	an := Analyze(rep.Articles)
	rep.Stories = an.Stories()
	Normalize(rep)
	return rep
}

// Analysis holds the per-article readings and the stories of a batch.
type Analysis struct {
	Articles []corroborate.Article
	Readings []*mention.Analysis
	// StoryOf is the story index of each article.
	StoryOf []int
	groups  [][]int
	related [][]int
	// Warnings are problems met while comparing (a finding stage that
	// failed on some story); the rest of the report is still complete.
	Warnings []string
}

// safeCompare runs the comparison of one story; a failure there costs that
// story's findings, never the report.
func safeCompare(in compare.Input) (r compare.Result, err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("comparison failed: %v", p)
		}
	}()
	return compare.Compare(in), nil
}

func publishedDate(a *corroborate.Article) (dates.Date, float64) {
	if a.Published == nil {
		return dates.Date{}, 0
	}
	t, err := time.Parse("2006-01-02", *a.Published)
	if err != nil {
		return dates.Date{}, 0
	}
	conf := a.PublishedConfidence
	if conf == 0 {
		conf = 0.9
	}
	return dates.FromTime(t), conf
}

func dayNumber(d dates.Date) int {
	if d.IsZero() {
		return -1
	}
	return int(d.Time().Unix() / 86400)
}

// Analyze reads every article, finds near-copies and groups the articles
// into stories. Articles are modified in place (copy_of, similarity).
func Analyze(arts []corroborate.Article) *Analysis {
	return AnalyzeWith(arts, cluster.DefaultOptions())
}

// AnalyzeWith is Analyze with clustering options.
func AnalyzeWith(arts []corroborate.Article, copts cluster.Options) *Analysis {
	an := &Analysis{Articles: arts, Readings: make([]*mention.Analysis, len(arts))}
	lx := lexicon.Default()
	// The language layer, on all cores.
	parallel(len(arts), func(i int) {
		d, conf := publishedDate(&arts[i])
		an.Readings[i] = mention.Analyze(arts[i].Text, d, conf)
	})
	// Near-copies.
	order := placementOrder(arts)
	rank := make([]int, len(arts))
	for r, i := range order {
		rank[i] = r
	}
	ddocs := make([]dedupe.Doc, len(arts))
	for i, a := range arts {
		ddocs[i] = dedupe.Doc{ID: a.ID, Text: a.Text, Order: rank[i]}
	}
	sketches := make([]dedupe.Sketch, len(arts))
	parallel(len(arts), func(i int) { sketches[i] = dedupe.SketchOf(arts[i].Text) })
	for _, c := range dedupe.FindSketched(ddocs, sketches) {
		arts[c.Doc].CopyOf = corroborate.Ptr(arts[c.Of].ID)
		arts[c.Doc].Similarity = corroborate.Ptr(round3(c.Similarity))
	}
	// Stories.
	feats := make([]cluster.Features, len(arts))
	cl := cluster.New(copts)
	parallel(len(arts), func(i int) { feats[i] = Features(lx, &arts[i], an.Readings[i]) })
	for i := range arts {
		cl.Observe(feats[i])
	}
	an.StoryOf = make([]int, len(arts))
	// Close calls between stories are settled by the facts: the story
	// whose articles share the most sentences' worth of content with the
	// arriving one (the same statement, the same figures, the same people).
	sentWords := make([][]map[string]bool, len(arts))
	parallel(len(arts), func(i int) { sentWords[i] = factSentences(lx, an.Readings[i]) })
	copts.Tiebreak = func(k int, stories []int) int {
		i := order[k]
		best, bestScore := stories[0], -1.0
		for _, sid := range stories {
			members := cl.Stories()[sid].Members
			if len(members) > 20 {
				members = members[len(members)-20:]
			}
			score := factOverlap(sentWords[i], members, order, sentWords)
			if score > bestScore+0.05 {
				best, bestScore = sid, score
			}
		}
		return best
	}
	cl.SetOptions(copts)
	for _, i := range order {
		cl.Place(feats[i])
	}
	if copts.MergeThreshold > 0 {
		cl.Merge(copts.MergeThreshold)
	}
	for k, i := range order {
		an.StoryOf[i] = cl.Assign[k]
	}
	// Stories in the order of their first article in the input.
	first := map[int]int{}
	for i, s := range an.StoryOf {
		if _, ok := first[s]; !ok {
			first[s] = i
		}
	}
	ids := make([]int, 0, len(first))
	for s := range first {
		ids = append(ids, s)
	}
	sort.Slice(ids, func(a, b int) bool { return first[ids[a]] < first[ids[b]] })
	renum := map[int]int{}
	for k, s := range ids {
		renum[s] = k
	}
	an.groups = make([][]int, len(ids))
	for i, s := range an.StoryOf {
		an.StoryOf[i] = renum[s]
		an.groups[renum[s]] = append(an.groups[renum[s]], i)
	}
	// Related stories share main actors and subject.
	cs := cl.Stories()
	an.related = make([][]int, len(ids))
	for a := 0; a < len(ids); a++ {
		for b := a + 1; b < len(ids); b++ {
			sa, sb := cs[ids[a]], cs[ids[b]]
			if relatedStories(cl, sa, sb) {
				an.related[a] = append(an.related[a], b)
				an.related[b] = append(an.related[b], a)
			}
		}
	}
	// Undated articles: resolve their relative dates against the story's.
	for k, g := range an.groups {
		ref := storyDate(arts, g)
		if ref.IsZero() {
			continue
		}
		for _, i := range g {
			if arts[i].Published != nil {
				continue
			}
			r := an.Readings[i]
			r.Rebase(mention.Options{Ref: ref, RefConf: 0.5, StoryRef: true})
			// "said on Tuesday" in the lead of an undated article usually
			// names the day it was written: read the rest against that day.
			if d, ok := leadWeekday(r); ok {
				r.Rebase(mention.Options{Ref: d, RefConf: 0.45})
			}
		}
		_ = k
	}
	return an
}

// factSentences returns the content words of an article's sentences that
// carry enough content to be a fact.
func factSentences(lx *lexicon.Lexicon, r *mention.Analysis) []map[string]bool {
	var out []map[string]bool
	for _, s := range r.Sentences {
		if w := lx.ContentWords(s.Text); len(w) >= 6 {
			out = append(out, w)
		}
	}
	return out
}

// factOverlap scores how many of an article's facts a story's articles
// carry: for each sentence, its best overlap with theirs; the three best
// summed.
func factOverlap(article []map[string]bool, members []int32, order []int, sents [][]map[string]bool) float64 {
	var best []float64
	for _, a := range article {
		m := 0.0
		for _, k := range members {
			for _, b := range sents[order[k]] {
				if ov := lexicon.Overlap(a, b); ov > m {
					m = ov
				}
			}
		}
		best = append(best, m)
	}
	sort.Sort(sort.Reverse(sort.Float64Slice(best)))
	sum := 0.0
	for i := 0; i < len(best) && i < 3; i++ {
		sum += best[i]
	}
	return sum
}

// leadWeekday returns the day a weekday in the first two sentences
// resolves to, when there is one.
func leadWeekday(r *mention.Analysis) (dates.Date, bool) {
	for si := 0; si < len(r.Times) && si < 2; si++ {
		for _, t := range r.Times[si] {
			if t.Weekday >= 0 && len(t.Date) == 10 {
				if tm, err := time.Parse("2006-01-02", t.Date); err == nil {
					return dates.FromTime(tm), true
				}
			}
		}
	}
	return dates.Date{}, false
}

// parallel runs f(0..n-1) on all cores.
func parallel(n int, f func(i int)) {
	var wg sync.WaitGroup
	next := make(chan int)
	for w := 0; w < runtime.NumCPU(); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				f(i)
			}
		}()
	}
	for i := 0; i < n; i++ {
		next <- i
	}
	close(next)
	wg.Wait()
}

func round3(x float64) float64 { return float64(int(x*1000+0.5)) / 1000 }

// storyDate is the earliest confident publication date of a story's articles.
func storyDate(arts []corroborate.Article, g []int) dates.Date {
	var best dates.Date
	for _, i := range g {
		d, conf := publishedDate(&arts[i])
		if d.IsZero() || conf < 0.5 {
			continue
		}
		if best.IsZero() || d.Time().Before(best.Time()) {
			best = d
		}
	}
	return best
}

// placementOrder is publication order: dated articles by date, then the
// undated, ties broken by id, so the result does not depend on the order
// of the input files.
func placementOrder(arts []corroborate.Article) []int {
	order := make([]int, len(arts))
	for i := range order {
		order[i] = i
	}
	key := func(i int) string {
		if arts[i].Published == nil {
			return "9999-99-99" + arts[i].ID
		}
		return *arts[i].Published + arts[i].ID
	}
	sort.SliceStable(order, func(a, b int) bool { return key(order[a]) < key(order[b]) })
	return order
}

// Features computes an article's clustering features.
func Features(lx *lexicon.Lexicon, a *corroborate.Article, r *mention.Analysis) cluster.Features {
	d := cluster.Doc{Body: a.Text, Lead: a.Lead}
	if a.Title != nil {
		d.Title = *a.Title
	}
	for _, e := range r.Entities {
		if e.Type == mention.Other {
			continue
		}
		d.Entities = append(d.Entities, cluster.WeightedName{Name: entityKey(e.Name), Type: e.Type, Mentions: e.Mentions})
	}
	pd, conf := publishedDate(a)
	d.Day = -1
	// Even a weak date (a site's header date) bounds when the article was
	// written, which is what separates two similar events months apart.
	if conf >= 0.3 {
		d.Day = dayNumber(pd)
	}
	f := cluster.Extract(lx, d)
	// The dates and figures an article gives tell one event from another
	// of the same kind: absolute dates it names, and the counts it reports.
	for _, ts := range r.Times {
		for _, t := range ts {
			if t.Relative || t.Date == "" || t.Period {
				continue
			}
			f.Terms["t:"+t.Date] += 1
			if len(t.Date) >= 7 {
				f.Terms["t:"+t.Date[:7]] += 0.5
			}
			if f.Day < 0 && len(t.Date) == 10 {
				if tm, err := time.Parse("2006-01-02", t.Date); err == nil {
					f.Day = int(tm.Unix() / 86400)
				}
			}
		}
	}
	// What was said: the words of statements, direct or reported, so that
	// two reports of one statement (even translated differently) attract.
	for _, q := range r.Quotes {
		for _, w := range cluster.Words(lx, q.Text) {
			f.Terms["q:"+w] += QuoteWeight
		}
	}
	for _, n := range r.Numbers {
		if n.Event != "" || n.Value >= 10 {
			f.Terms[fmt.Sprintf("n:%g", n.Value)] += cluster.NumberBoost
		}
	}
	return f
}

// QuoteWeight weighs the words of statements as clustering features.
var QuoteWeight = 0.5

// entityKey is the form of a name that clusters on: normalized, without
// initials ("Anna K. Berg" and "Anna Berg" are one feature).
func entityKey(name string) string {
	var ws []string
	for _, w := range strings.Fields(mention.NormalizeName(name)) {
		if len([]rune(w)) > 1 {
			ws = append(ws, w)
		}
	}
	return strings.Join(ws, " ")
}

// Stories builds the report's stories.
func (an *Analysis) Stories() []corroborate.Story {
	out := make([]corroborate.Story, len(an.groups))
	docsOf := make([][]story.Doc, len(an.groups))
	mergedOf := make([]*story.Merged, len(an.groups))
	parallel(len(an.groups), func(k int) {
		g := an.groups[k]
		st := &out[k]
		for _, i := range g {
			st.Articles = append(st.Articles, an.Articles[i].ID)
			docsOf[k] = append(docsOf[k], story.Doc{Article: &an.Articles[i], Analysis: an.Readings[i]})
		}
		st.ID = storyID(st.Articles)
		mergedOf[k] = story.Assemble(st, docsOf[k])
		st.Title = storyTitle(an.Articles, g, st)
	})
	// Threads: connected groups of related stories.
	thread := make([]int, len(out))
	for k := range thread {
		thread[k] = -1
	}
	for k := range out {
		if thread[k] >= 0 {
			continue
		}
		stack := []int{k}
		thread[k] = k
		for len(stack) > 0 {
			x := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			for _, r := range an.related[x] {
				if thread[r] < 0 {
					thread[r] = k
					stack = append(stack, r)
				}
			}
		}
	}
	for k := range out {
		out[k].Thread = "t-" + strings.TrimPrefix(out[thread[k]].ID, "s-")
	}
	cache := compare.NewCache()
	results := make([]compare.Result, len(out))
	errs := make([]error, len(out))
	parallel(len(out), func(k int) {
		in := compare.Input{Docs: docsOf[k], Merged: mergedOf[k], Cache: cache}
		for _, r := range an.related[k] {
			in.Context = append(in.Context, compare.Context{Docs: docsOf[r], Merged: mergedOf[r]})
		}
		results[k], errs[k] = safeCompare(in)
	})
	for k := range out {
		cr, err := results[k], errs[k]
		st := &out[k]
		if err != nil {
			an.Warnings = append(an.Warnings, fmt.Sprintf("story %s: %v", st.ID, err))
		}
		st.Discrepancies, st.Consensus, st.Stances, st.Framing = cr.Discrepancies, cr.Consensus, cr.Stances, cr.Framing
	}
	for k := range out {
		for _, r := range an.related[k] {
			out[k].Related = append(out[k].Related, out[r].ID)
		}
	}
	return out
}

func storyID(articles []string) string {
	ids := append([]string(nil), articles...)
	sort.Strings(ids)
	return "s-" + ArticleID(strings.Join(ids, " "))[:12]
}

// storyTitle is the headline of the story's article that names most of the
// story's main entities, or a generated who–what line.
func storyTitle(arts []corroborate.Article, g []int, st *corroborate.Story) *string {
	best, bestScore := "", -1.0
	for _, i := range g {
		a := arts[i]
		if a.Title == nil || a.CopyOf != nil {
			continue
		}
		score := 0.0
		for k, e := range st.Entities {
			if k >= 5 {
				break
			}
			for _, al := range e.Aliases {
				if strings.Contains(*a.Title, al) {
					score += 1
					break
				}
			}
		}
		if score > bestScore {
			best, bestScore = *a.Title, score
		}
	}
	if best != "" {
		return &best
	}
	// Who–what: the main actor and the lead of the first article.
	if len(g) > 0 && arts[g[0]].Lead != "" {
		lead := arts[g[0]].Lead
		w := strings.Fields(lead)
		if len(w) > 14 {
			lead = strings.Join(w[:14], " ") + "…"
		}
		return &lead
	}
	return nil
}

// String describes the grouping, for debugging.
func (an *Analysis) String() string {
	var b strings.Builder
	for k, g := range an.groups {
		fmt.Fprintf(&b, "story %d:", k)
		for _, i := range g {
			fmt.Fprintf(&b, " %s", an.Articles[i].Source)
		}
		b.WriteString("\n")
	}
	return b.String()
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
		for j := range s.Entities {
			if s.Entities[j].Aliases == nil {
				s.Entities[j].Aliases = []string{}
			}
			if s.Entities[j].Articles == nil {
				s.Entities[j].Articles = []string{}
			}
		}
	}
}

// relatedStories links stories of one running story: they share main
// actors (two or more names among their top terms) and subject.
func relatedStories(cl *cluster.Clusterer, a, b *cluster.Story) bool {
	return cluster.Similarity(a, b) >= RelatedThreshold && cl.SharedEntities(a, b) >= 2
}

// RelatedThreshold is the least centroid similarity of related stories.
var RelatedThreshold = 0.12
