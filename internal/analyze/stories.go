package analyze

import (
	"context"
	"fmt"
	"slices"
	"sort"
	"strings"
	"sync/atomic"
	"time"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/compare"
	"github.com/corroborate/corroborate/internal/dates"
	"github.com/corroborate/corroborate/internal/extract"
	"github.com/corroborate/corroborate/internal/mention"
	"github.com/corroborate/corroborate/internal/story"
	"github.com/corroborate/corroborate/internal/storyid"
)

// compareStory is the comparison of one story (a variable so that a test
// can make it fail).
var compareStory = compare.Compare

// comparisons counts the story comparisons this process has run
// (Comparisons).
var comparisons atomic.Int64

// Comparisons returns how many story comparisons this process has run:
// benchmarks report it per add, since the comparison is most of an add.
func Comparisons() int64 { return comparisons.Load() }

// safeCompare runs the comparison of one story; a failure there costs that
// story's findings, never the report.
func safeCompare(in compare.Input) (r compare.Result, err error) {
	comparisons.Add(1)
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("comparison failed: %v", p)
		}
	}()
	return compareStory(in), nil
}

// compare runs the comparison of story k, or takes its findings from the
// memo when the same input (key, findingsKey) was compared before.
func (an *Batch) compare(in compare.Input, key [32]byte) (compare.Result, error) {
	if an.Memo == nil {
		return safeCompare(in)
	}
	if r, ok := an.Memo.get(key); ok {
		return r, nil
	}
	r, err := safeCompare(in)
	if err == nil {
		an.Memo.put(key, r)
	}
	return r, err
}

// articleDocs are the articles at idx as documents without readings:
// what findingsKey reads.
func (an *Batch) articleDocs(g []int) []story.Doc {
	out := make([]story.Doc, len(g))
	for j, i := range g {
		out[j] = story.Doc{Article: &an.Articles[i]}
	}
	return out
}

// storyInputs are, for each story, the articles its comparison reads (a
// subset of its group, comparedIdx), the related stories it reads as
// context, the key of that input (findingsKey) and the key of the
// story's own articles in order with their near-copy marks (what its
// assembly and title depend on), all from the articles alone.
type storyInputs struct {
	cmp     [][]int
	reads   [][]int
	keys    [][32]byte
	members [][32]byte
}

func (an *Batch) inputs() storyInputs {
	var in storyInputs
	n := len(an.groups)
	in.cmp, in.keys, in.members = make([][]int, n), make([][32]byte, n), make([][32]byte, n)
	for k, g := range an.groups {
		in.cmp[k] = comparedIdx(an.Articles, g)
		in.members[k] = findingsKey(an.articleDocs(g), nil)
	}
	anchors := an.anchors
	if anchors == nil {
		anchors = groupAnchors(an.Articles, an.groups)
	}
	in.reads = an.context
	if in.reads == nil {
		in.reads = mutualContext(anchors, an.related)
	}
	for k := range an.groups {
		related := make([][]story.Doc, len(in.reads[k]))
		for j, r := range in.reads[k] {
			related[j] = an.articleDocs(pick(an.groups[r], in.cmp[r]))
		}
		in.keys[k] = findingsKey(an.articleDocs(pick(an.groups[k], in.cmp[k])), related)
	}
	return in
}

// pick returns g's entries at the positions pos.
func pick(g, pos []int) []int {
	out := make([]int, len(pos))
	for j, p := range pos {
		out[j] = g[p]
	}
	return out
}

// assembled tells which stories Stories assembles from their articles'
// readings: every story, unless the store saved it as it is now (the same
// articles in the same order with the same near-copy marks: an.saved), is
// not compared now and is no context of a story compared now.
func (an *Batch) assembled(in storyInputs) []bool {
	out := make([]bool, len(an.groups))
	for k := range out {
		compared := (an.only == nil || an.only[k]) && (an.Memo == nil || !an.Memo.has(in.keys[k]))
		if compared {
			out[k] = true
			for _, r := range in.reads[k] {
				out[r] = true
			}
		}
		if an.saved[in.members[k]] == nil {
			out[k] = true
		}
	}
	return out
}

// Stories builds the report's stories.
// It stops when ctx is done and returns ctx.Err().
func (an *Batch) Stories(ctx context.Context) ([]corroborate.Story, error) {
	out := make([]corroborate.Story, len(an.groups))
	in := an.inputs()
	build := an.assembled(in)
	saved, err := an.takeSaved(ctx, in, build)
	if err != nil {
		return nil, err
	}
	if an.lazy != nil {
		var idx []int
		for k, g := range an.groups {
			if build[k] {
				idx = append(idx, g...)
			}
		}
		if err := an.lazy.need(ctx, idx); err != nil {
			return nil, err
		}
	}
	// What the comparison reads of each story (comparedDocs).
	cmpOf := make([][]story.Doc, len(an.groups))
	cmpMerged := make([]*story.Merged, len(an.groups))
	err = parallel(ctx, len(an.groups), func(k int) {
		g := an.groups[k]
		st := &out[k]
		if build[k] {
			cmpOf[k], cmpMerged[k] = an.assemble(st, k, in.cmp[k])
			return
		}
		// Saved as it is now (or a stub of it): its stable id, related
		// stories and thread are given below, as to every story.
		if saved[k] != nil {
			*st = *saved[k]
		}
		st.Related, st.Thread = nil, ""
		st.Articles = make([]string, len(g))
		for j, i := range g {
			st.Articles[j] = an.Articles[i].ID
		}
		st.ID = storyID(st.Articles)
	})
	if err != nil {
		return nil, err
	}
	an.threads(out)
	if err := an.findings(ctx, out, in, build, cmpOf, cmpMerged); err != nil {
		return nil, err
	}
	for k := range out {
		for _, r := range an.related[k] {
			out[k].Related = append(out[k].Related, out[r].ID)
		}
	}
	an.keys, an.memberKeys = in.keys, in.members
	return out, nil
}

// takeSaved decodes the saved form of the stories taken as saved (not
// built) that the caller shows (an.want), and records the others as
// stubs (an.stubs). A saved form that does not decode makes its story
// built after all (build is updated), before any reading is decoded.
func (an *Batch) takeSaved(ctx context.Context, in storyInputs, build []bool) ([]*corroborate.Story, error) {
	saved := make([]*corroborate.Story, len(an.groups))
	an.stubs = make([]*savedStory, len(an.groups))
	var todo []int
	for k, g := range an.groups {
		if build[k] {
			continue
		}
		if an.want != nil && !slices.ContainsFunc(g, func(i int) bool { return an.want[an.Articles[i].ID] }) {
			an.stubs[k] = an.saved[in.members[k]]
			continue
		}
		todo = append(todo, k)
	}
	err := parallel(ctx, len(todo), func(j int) {
		k := todo[j]
		if st, err := an.saved[in.members[k]].story(); err == nil {
			saved[k] = st
		}
	})
	an.rebuilt = map[int]bool{}
	for _, k := range todo {
		if saved[k] == nil {
			// Assembled and compared again, with what it reads.
			build[k] = true
			an.rebuilt[k] = true
			for _, r := range in.reads[k] {
				build[r] = true
			}
		}
	}
	return saved, err
}

// fill decodes the stubs among the stories at ks (Batch.want) into out,
// keeping each story's id, articles, related stories and thread. A saved
// form that does not decode leaves the stub without findings and clears
// its input key, so that its findings are saved as unknown and the next
// regroup compares it again.
func (an *Batch) fill(ctx context.Context, out []corroborate.Story, ks []int) error {
	var todo []int
	for _, k := range ks {
		if k < len(an.stubs) && an.stubs[k] != nil {
			todo = append(todo, k)
		}
	}
	return parallel(ctx, len(todo), func(j int) {
		k := todo[j]
		saved, err := an.stubs[k].story()
		an.stubs[k] = nil
		if err != nil {
			an.keys[k] = [32]byte{}
			return
		}
		st := &out[k]
		cp := *saved
		cp.ID, cp.Articles, cp.Related, cp.Thread = st.ID, st.Articles, st.Related, st.Thread
		*st = cp
	})
}

// assemble builds story k from its articles' readings (members, entities,
// quotes, numbers, timeline, title) and returns what its comparison reads
// (comparedDocs of the compared positions cmp).
func (an *Batch) assemble(st *corroborate.Story, k int, cmp []int) ([]story.Doc, *story.Merged) {
	g := an.groups[k]
	ref, ok := an.refs[k]
	if !ok {
		ref = storyDate(an.Articles, g)
	}
	var docs, own []story.Doc
	for _, i := range g {
		st.Articles = append(st.Articles, an.Articles[i].ID)
		docs = append(docs, story.Doc{Article: &an.Articles[i], Analysis: storyReading(&an.Articles[i], an.Readings[i], ref)})
		// own: the articles as they read themselves, for the findings (an
		// undated article's "Tuesday" is compared as written, never
		// re-dated to the story's date).
		own = append(own, story.Doc{Article: &an.Articles[i], Analysis: an.Readings[i]})
	}
	st.ID = storyID(st.Articles)
	merged := story.Assemble(st, docs)
	st.Title = storyTitle(an.Articles, g, st)
	return comparedDocs(own, docs, merged, cmp)
}

// threads names each story's thread: connected groups of related
// stories, after the first story of each.
func (an *Batch) threads(out []corroborate.Story) {
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
}

// findings compares the stories (or takes their findings from the memo)
// and sets them on out; a story whose comparison failed keeps no
// findings and its key is cleared.
func (an *Batch) findings(ctx context.Context, out []corroborate.Story, in storyInputs, build []bool, cmpOf [][]story.Doc, cmpMerged []*story.Merged) error {
	cache := compare.NewCache()
	if an.values != nil {
		cache = compare.NewCacheWith(an.values)
	}
	results := make([]compare.Result, len(out))
	errs := make([]error, len(out))
	done := make([]bool, len(out))
	if an.Memo != nil {
		an.Memo.begin()
	}
	events := make([][]compare.EventDays, len(out))
	for k := range out {
		events[k] = EventDays(cmpOf[k])
	}
	err := parallel(ctx, len(out), func(k int) {
		if an.only != nil && !an.only[k] {
			return
		}
		if !build[k] {
			// Taken as saved, findings and all: its input is the one
			// saved (assembled), so the memo holds its findings.
			if an.Memo != nil {
				an.Memo.carry(in.keys[k])
			}
			done[k] = true
			return
		}
		cin := compare.Input{Docs: cmpOf[k], Merged: cmpMerged[k], Cache: cache, Events: events[k]}
		for _, r := range in.reads[k] {
			cin.Context = append(cin.Context, compare.Context{Docs: cmpOf[r], Merged: cmpMerged[r], Events: events[r]})
		}
		results[k], errs[k] = an.compare(cin, in.keys[k])
		done[k] = true
	})
	if err != nil {
		return err
	}
	if an.Memo != nil {
		an.Memo.end()
	}
	for k := range out {
		cr, err := results[k], errs[k]
		st := &out[k]
		if !done[k] || err != nil {
			in.keys[k] = [32]byte{} // not compared, or failed: no findings to keep
		}
		if !build[k] && done[k] {
			continue // its saved findings (or a stub's, filled when saved)
		}
		if err != nil {
			an.Failures = append(an.Failures, *corroborate.NewInputError("story "+st.ID, err))
		}
		st.Discrepancies, st.Consensus, st.Stances, st.Framing = cr.Discrepancies, cr.Consensus, cr.Stances, cr.Framing
	}
	return nil
}

// compareCap bounds the articles a story's comparison reads: a story of
// more articles is compared over its compareCap most recent ones
// (publication order), and so is a related story given as context. The
// comparison grows faster than the story (measured on one ECB+ story's
// articles recombined, on the shared 2-core machine: 80 articles took
// 1.5 s of CPU, 160 about four times 80's wall time), and every article
// added to a story compares it again, so without a bound an add to a
// story of hundreds of articles would take tens of seconds however
// small the store. The story itself — members, entities, quotes,
// numbers, timeline — keeps all its articles. 64 is above every story
// of the evaluation kits (ECB+ dev topics hold at most 39 articles), so
// their findings do not change.
const compareCap = 64

// comparedIdx returns the positions in g of the articles a story's
// comparison reads: all of them up to compareCap articles, else its
// compareCap most recent ones (by storyid.OrderKey), in the story's order.
func comparedIdx(arts []corroborate.Article, g []int) []int {
	if len(g) <= compareCap {
		return seq(len(g))
	}
	keys := make([]string, len(g))
	for j, i := range g {
		keys[j] = storyid.OrderKey(&arts[i])
	}
	sorted := slices.Sorted(slices.Values(keys))
	from := sorted[len(sorted)-compareCap]
	var out []int
	for j := range g {
		if keys[j] >= from {
			out = append(out, j)
		}
	}
	return out
}

// comparedDocs returns what the comparison reads of a story: all of it
// when cmp (comparedIdx) holds every article, else the articles at cmp,
// with their entities merged among themselves.
func comparedDocs(own, docs []story.Doc, merged *story.Merged, cmp []int) ([]story.Doc, *story.Merged) {
	if len(cmp) == len(own) {
		return own, merged
	}
	var keepOwn, keepDocs []story.Doc
	for _, j := range cmp {
		keepOwn = append(keepOwn, own[j])
		keepDocs = append(keepDocs, docs[j])
	}
	return keepOwn, story.Assemble(&corroborate.Story{}, keepDocs)
}

func storyID(articles []string) string {
	ids := append([]string(nil), articles...)
	sort.Strings(ids)
	return "s-" + extract.TextID(strings.Join(ids, " "))[:12]
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
func (an *Batch) String() string {
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

// storyReading is how a story's assembly (its timeline) reads one of its
// articles. An undated article's relative expressions ("on Thursday") name
// no day by themselves; within the story they are read against the story's
// date (with low confidence). This is a copy used for the story's timeline
// only: the article's own reading, its event date, the grouping and the
// findings (which compare weekdays as written) never take the story's date.
func storyReading(a *corroborate.Article, r *mention.Analysis, ref dates.Date) *mention.Analysis {
	if a.Published != nil || ref.IsZero() {
		return r
	}
	cp := *r
	cp.Times = append([][]mention.Timex(nil), r.Times...)
	cp.Rebase(mention.Options{Ref: ref, RefConf: dates.ConfStoryRef, StoryRef: true})
	// "said on Thursday" in the lead of an undated article usually names
	// the day it was written: read the rest against that day.
	if d, ok := leadWeekday(&cp); ok {
		cp.Rebase(mention.Options{Ref: d, RefConf: dates.ConfLeadWeekday})
	}
	return &cp
}

// storyDate is the earliest confident publication date of a story's articles.
func storyDate(arts []corroborate.Article, g []int) dates.Date {
	var best dates.Date
	for _, i := range g {
		d, conf := publishedDate(&arts[i])
		if d.IsZero() || conf < dates.ConfStoryRef {
			continue
		}
		if best.IsZero() || d.Time().Before(best.Time()) {
			best = d
		}
	}
	return best
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
