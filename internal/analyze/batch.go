// Package analyze is the analysis of articles and stories: it reads each
// article (the language layer, clustering features, event date), finds
// near-copies, places articles into stories (with the close-call
// tie-break) and links related stories, then builds each story (members,
// dates, the re-dating of undated articles within their story, title,
// thread) and compares its articles into findings. The pipeline runs it
// over a batch; serve and analyze call the same code.
package analyze

import (
	"context"
	"fmt"
	"runtime"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/cluster"
	"github.com/corroborate/corroborate/internal/compare"
	"github.com/corroborate/corroborate/internal/dates"
	"github.com/corroborate/corroborate/internal/lexicon"
	"github.com/corroborate/corroborate/internal/mention"
	"github.com/corroborate/corroborate/internal/storyid"
)

// Batch holds the per-article readings and the stories of a batch.
type Batch struct {
	Articles []corroborate.Article
	Readings []*mention.Analysis
	// StoryOf is the story index of each article.
	StoryOf []int
	groups  [][]int
	related [][]int
	// What SaveState keeps for incremental placement: the clusterer, its
	// story of each group, each article's features and near-copy buckets.
	cl      *cluster.Clusterer
	clIDs   []int
	feats   []cluster.Features
	buckets [][]uint64
	// copies are the articles' near-copy pairs (markCopies).
	copies copyPairs
	// ties are the tie-break answers the placement took and gave (nil:
	// not kept).
	ties *tieAnswers
	// only, when set, limits the comparison to these groups (the stories
	// an incremental placement touched; the others are context).
	only map[int]bool
	// anchors, when set, is each group's anchor (groupAnchors) as its
	// whole story has it, and refs each group's reference date (storyDate)
	// when set there: an incremental placement gives a related story only
	// the articles its comparison reads (comparedDocs), re-dated against
	// the date of the whole story.
	anchors []string
	refs    map[int]dates.Date
	// context, when set, is the related stories each compared group's
	// comparison reads (mutualContext, worked out by an incremental
	// placement over the whole stories' related lists); else Stories
	// works it out from anchors and related.
	context [][]int
	// values, when set, keeps articles' typed values between analyses
	// (incremental placements: readingKeep).
	values *compare.Values
	// Memo, when set, keeps each story's findings between analyses, so
	// that Stories compares only the stories whose articles changed.
	Memo *FindingsMemo
	// keys is the findingsKey of each story's comparison input, as
	// Stories compared it (zero when it did not: the story was not
	// compared, or its comparison failed); SaveState saves it with the
	// findings.
	keys [][32]byte
	// memberKeys is the key of each story's own articles in order with
	// their near-copy marks (findingsKey of the story alone): what its
	// assembly depends on. SaveState saves it with the findings.
	memberKeys [][32]byte
	// saved, when set, holds stories as the store saved them, by their
	// members key: Stories takes such a story as saved instead of
	// assembling it again, unless it is compared or read as context.
	saved map[[32]byte]*savedStory
	// want, when set, names the articles whose stories the caller shows:
	// a story taken as saved that holds none of them is left a stub (its
	// id, articles, related stories and thread; stubs holds its saved
	// form) and decoded only if it must be saved again (fill).
	want  map[string]bool
	stubs []*savedStory
	// rebuilt are the stories whose saved form did not decode: assembled
	// and compared again, and saved again.
	rebuilt map[int]bool
	// lazy, when set, decodes stored readings on demand: Readings holds
	// nil for those not decoded yet (ProcessStored).
	lazy *lazyReadings
	// Failures are the stories whose comparison failed (a finding stage
	// that panicked), one error each, named "story <id>": the story keeps
	// its articles without findings, and the rest of the report is still
	// complete. Callers add them to the report's errors.
	Failures []corroborate.InputError
}

// Process reads every article, finds near-copies and groups the articles
// into stories. Articles are modified in place (copy_of, similarity). It
// stops when ctx is done and returns ctx.Err().
func Process(ctx context.Context, arts []corroborate.Article) (*Batch, error) {
	return ProcessWith(ctx, arts, cluster.DefaultOptions())
}

// ProcessWith is Process with clustering options.
func ProcessWith(ctx context.Context, arts []corroborate.Article, copts cluster.Options) (*Batch, error) {
	readings, err := Read(ctx, arts)
	if err != nil {
		return nil, err
	}
	feats, err := AllFeatures(ctx, arts, readings)
	if err != nil {
		return nil, err
	}
	return Group(ctx, arts, readings, feats, copts)
}

// ProcessStored is Process with each article's reading re-read from the
// store when the engine computed it before, else computed and saved there
// (see ReadStored). The articles must be stored.
func ProcessStored(ctx context.Context, store corroborate.ArticleStore, arts []corroborate.Article) (*Batch, ReadStats, error) {
	an, st, err := processStored(ctx, store, arts, nil)
	if err != nil {
		return nil, st, err
	}
	if err := an.lazy.need(ctx, seq(len(arts))); err != nil {
		return nil, st, err
	}
	return an, st, nil
}

// processStored is ProcessStored with the stored readings decoded only
// when asked for (Batch.lazy): grouping reads each article's grouping
// data (articleData), not its reading. Near-copy pairs are measured
// again only for the articles prior's pairs do not cover, and tie-break
// answers prior holds are taken (prior nil: everything measured).
func processStored(ctx context.Context, store corroborate.ArticleStore, arts []corroborate.Article, prior *priorGrouping) (*Batch, ReadStats, error) {
	data, lr, st, err := readGrouping(ctx, store, arts)
	if err != nil {
		return nil, st, err
	}
	feats := make([]cluster.Features, len(arts))
	for i := range arts {
		feats[i] = data[i].Features
	}
	facts := newFactIDs(len(arts), func(i int) [][]string { return data[i].Facts })
	an, err := groupWith(ctx, arts, lr.readings, feats, facts.of, cluster.DefaultOptions(), prior)
	if err != nil {
		return nil, st, err
	}
	an.lazy = lr
	return an, st, nil
}

// Read runs the language layer on every article, on GOMAXPROCS cores.
func Read(ctx context.Context, arts []corroborate.Article) ([]*mention.Analysis, error) {
	readings := make([]*mention.Analysis, len(arts))
	err := parallel(ctx, len(arts), func(i int) {
		d, conf := publishedDate(&arts[i])
		readings[i] = mention.Analyze(arts[i].Text, d, conf)
	})
	return readings, err
}

// AllFeatures computes every article's clustering features.
func AllFeatures(ctx context.Context, arts []corroborate.Article, readings []*mention.Analysis) ([]cluster.Features, error) {
	lx := lexicon.Default()
	feats := make([]cluster.Features, len(arts))
	err := parallel(ctx, len(arts), func(i int) { feats[i] = Features(lx, &arts[i], readings[i]) })
	return feats, err
}

// Group finds near-copies and groups articles into stories, from their
// readings and features (as Read and AllFeatures return them). Readings
// are not changed: an undated article keeps the dates its own text gives,
// never the story's.
func Group(ctx context.Context, arts []corroborate.Article, readings []*mention.Analysis, feats []cluster.Features, copts cluster.Options) (*Batch, error) {
	words, err := FactWords(ctx, readings)
	if err != nil {
		return nil, err
	}
	facts := newFactIDs(len(arts), func(i int) [][]string { return words[i] })
	return groupWith(ctx, arts, readings, feats, facts.of, copts, nil)
}

// FactWords returns, for each article, the content words of its sentences
// that carry a fact (factSentences), each sentence's words sorted: what
// the tiebreak by facts compares.
func FactWords(ctx context.Context, readings []*mention.Analysis) ([][][]string, error) {
	lx := lexicon.Default()
	out := make([][][]string, len(readings))
	err := parallel(ctx, len(readings), func(i int) {
		for _, ws := range factSentences(lx, readings[i]) {
			out[i] = append(out[i], sortedKeys(ws))
		}
	})
	return out, err
}

// StoriesOf groups articles into stories as Group does (placement order,
// the tiebreak by facts, the passes after placement), from their
// features and fact words (FactWords), without near-copies or related
// stories, which move no article; it returns each article's story. The
// fitting's cross-validation clusters one kit again and again with other
// weights, and must cluster as the engine does.
func StoriesOf(ctx context.Context, arts []corroborate.Article, feats []cluster.Features, words [][][]string, copts cluster.Options) ([]int, error) {
	order := PlacementOrder(arts)
	facts := newFactIDs(len(arts), func(i int) [][]string { return words[i] })
	cl, err := place(ctx, feats, order, facts.of, copts, nil)
	if err != nil {
		return nil, err
	}
	out := make([]int, len(arts))
	for k, i := range order {
		out[i] = cl.Assign[k]
	}
	return out, nil
}

// groupWith is Group with each article's fact sentences (factSentences)
// given by facts; readings may hold nil for readings not decoded yet.
// Near-copy pairs and tie-break answers that prior holds are not worked
// out again.
func groupWith(ctx context.Context, arts []corroborate.Article, readings []*mention.Analysis, feats []cluster.Features, facts func(i int) [][]uint32, copts cluster.Options, prior *priorGrouping) (*Batch, error) {
	an := &Batch{Articles: arts, Readings: readings, feats: feats}
	order := PlacementOrder(arts)
	var err error
	var known *storedCopies
	if prior != nil {
		known = prior.copies
		an.ties = newTieAnswers(arts, prior.ties)
	}
	if an.buckets, an.copies, err = markCopies(ctx, arts, order, known); err != nil {
		return nil, err
	}
	cl, err := place(ctx, feats, order, facts, copts, an.ties)
	if err != nil {
		return nil, err
	}
	an.StoryOf = make([]int, len(arts))
	for k, i := range order {
		an.StoryOf[i] = cl.Assign[k]
	}
	ids := an.numberStories()
	an.relate(cl, ids)
	an.cl, an.clIDs = cl, ids
	return an, nil
}

// place clusters the articles in placement order (order) and runs the
// passes after placement. Close calls between stories are settled by the
// facts: the story whose articles share the most sentences' worth of
// content with the arriving one (the same statement, the same figures,
// the same people). The answers ties holds are taken, and those worked
// out are added to it (ties nil: none kept).
func place(ctx context.Context, feats []cluster.Features, order []int, facts func(i int) [][]uint32, copts cluster.Options, ties *tieAnswers) (*cluster.Clusterer, error) {
	cl := cluster.New(copts)
	for _, i := range order {
		cl.Observe(feats[i])
	}
	copts.Tiebreak = func(k int, stories []int) int {
		if ties == nil {
			return closestByFacts(cl, facts, order, order[k], stories)
		}
		return ties.answer(cl, order, order[k], stories, func() int { return closestByFacts(cl, facts, order, order[k], stories) })
	}
	cl.SetOptions(copts)
	for k, i := range order {
		if k%256 == 0 {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
		}
		cl.Place(feats[i])
	}
	cl.MergeWith(func(k int) cluster.Features { return feats[order[k]] })
	return cl, nil
}

// numberStories renumbers the clusterer's stories from the one whose
// earliest article comes first (storyid.OrderKey: publication date,
// undated last, then id), fills the groups, each with its articles in
// that order, and returns the clusterer's story id of each new number.
// Neither depends on the order of the input: a story lists its articles,
// and the report its stories, alike whether they came in one run or one
// at a time and whichever run brought them. So a regroup after an add
// finds the stories the add did not change as the store saved them (an
// order that followed the input changed the member list of the previous
// run's story, which was then assembled and compared again, and so were
// the stories reading it as context), and the batch lists a story's
// articles as an incremental placement does (placer.batch).
func (an *Batch) numberStories() []int {
	order := PlacementOrder(an.Articles)
	renum := map[int]int{}
	var ids []int
	for _, i := range order {
		s := an.StoryOf[i]
		if _, ok := renum[s]; !ok {
			renum[s] = len(ids)
			ids = append(ids, s)
		}
	}
	an.groups = make([][]int, len(ids))
	for _, i := range order {
		k := renum[an.StoryOf[i]]
		an.groups[k] = append(an.groups[k], i)
	}
	for i, s := range an.StoryOf {
		an.StoryOf[i] = renum[s]
	}
	return ids
}

// relate links related stories: they share main actors (two or more
// names among their top terms) and subject (centroid similarity of at
// least relatedThreshold). Candidates come from the clusterer's index of
// names, not from every pair of stories.
func (an *Batch) relate(cl *cluster.Clusterer, ids []int) {
	cs := cl.Stories()
	stories := make([]*cluster.Story, len(ids))
	for k, id := range ids {
		stories[k] = cs[id]
	}
	an.related = cl.Related(stories, relatedThreshold, 2)
}

// relatedThreshold is the least centroid similarity of related stories
// (two stories of one running story: a meeting and its follow-up).
const relatedThreshold = 0.12

// closestByFacts returns the story among stories whose (twenty most
// recent) articles carry most of article i's facts, as a mean over those
// articles (meanFactOverlap).
func closestByFacts(cl *cluster.Clusterer, facts func(i int) [][]uint32, order []int, i int, stories []int) int {
	best, bestScore := stories[0], -1.0
	for _, sid := range stories {
		members := cl.Stories()[sid].Members
		if len(members) > 20 {
			members = members[len(members)-20:]
		}
		score := meanFactOverlap(facts(i), members, order, facts)
		if score > bestScore+0.05 {
			best, bestScore = sid, score
		}
	}
	return best
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

// meanFactOverlap scores how many of an article's facts a story's
// articles carry, each of them on its own (overlapIDs: for each of the
// article's sentences its best overlap with that article's sentences, the
// three best summed), averaged over them. Pooling the story's sentences,
// as before session 15, gave a story of twenty reports twenty chances at
// each of the article's sentences, so that a close call went to the
// bigger story whatever its event.
func meanFactOverlap(article [][]uint32, members []int32, order []int, facts func(i int) [][]uint32) float64 {
	if len(members) == 0 {
		return 0
	}
	sum := 0.0
	for _, k := range members {
		sum += overlapIDs(article, facts(order[k]))
	}
	return sum / float64(len(members))
}

// factIDs numbers the words of articles' fact sentences, an article's
// when the tie-break first asks for it (placement asks one at a time):
// word sets as sorted numbers, compared by merging instead of hashing.
type factIDs struct {
	words func(i int) [][]string
	ids   map[string]uint32
	sets  [][][]uint32
	done  []bool
}

func newFactIDs(n int, words func(i int) [][]string) *factIDs {
	return &factIDs{words: words, ids: map[string]uint32{}, sets: make([][][]uint32, n), done: make([]bool, n)}
}

// of returns article i's fact sentences as sorted word numbers.
func (f *factIDs) of(i int) [][]uint32 {
	if f.done[i] {
		return f.sets[i]
	}
	for _, ws := range f.words(i) {
		set := make([]uint32, len(ws))
		for j, w := range ws {
			id, ok := f.ids[w]
			if !ok {
				id = uint32(len(f.ids))
				f.ids[w] = id
			}
			set[j] = id
		}
		slices.Sort(set)
		f.sets[i] = append(f.sets[i], set)
	}
	f.done[i] = true
	return f.sets[i]
}

// overlapIDs is overlapScore on sentences given as sorted word numbers
// (each word once).
func overlapIDs(article, story [][]uint32) float64 {
	var best []float64
	for _, a := range article {
		m := 0.0
		for _, b := range story {
			if ov := overlapSorted(a, b); ov > m {
				m = ov
			}
		}
		best = append(best, m)
	}
	return sumTopThree(best)
}

// overlapSorted is lexicon.Overlap of two sorted sets of word numbers:
// the share of the smaller set found in the other.
func overlapSorted(a, b []uint32) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	n := 0
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i] < b[j]:
			i++
		case a[i] > b[j]:
			j++
		default:
			n++
			i++
			j++
		}
	}
	return float64(n) / float64(min(len(a), len(b)))
}

// parallel runs f(0..n-1) on GOMAXPROCS goroutines. It stops handing out
// work when ctx is done and then returns ctx.Err().
func parallel(ctx context.Context, n int, f func(i int)) error {
	var wg sync.WaitGroup
	next := make(chan int)
	for w := 0; w < runtime.GOMAXPROCS(0); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				f(i)
			}
		}()
	}
	var err error
feed:
	for i := 0; i < n; i++ {
		select {
		case next <- i:
		case <-ctx.Done():
			err = ctx.Err()
			break feed
		}
	}
	close(next)
	wg.Wait()
	if err == nil {
		err = ctx.Err()
	}
	return err
}

func round3(x float64) float64 { return float64(int(x*1000+0.5)) / 1000 }

// PlacementOrder is publication order (storyid.OrderKey): dated articles
// by date, then the undated, ties broken by id, so the result does not
// depend on the order of the input files, and an article comes where the
// incremental placement and numberStories put it.
func PlacementOrder(arts []corroborate.Article) []int {
	keys := make([]string, len(arts))
	for i := range arts {
		keys[i] = storyid.OrderKey(&arts[i])
	}
	order := seq(len(arts))
	slices.SortStableFunc(order, func(a, b int) int { return strings.Compare(keys[a], keys[b]) })
	return order
}

func publishedDate(a *corroborate.Article) (dates.Date, float64) {
	if a.Published == nil {
		return dates.Date{}, 0
	}
	t, err := time.Parse("2006-01-02", *a.Published)
	if err != nil {
		return dates.Date{}, 0
	}
	return dates.FromTime(t), dates.Published(a.PublishedConfidence)
}

func dayNumber(d dates.Date) int {
	if d.IsZero() {
		return -1
	}
	return int(d.Time().Unix() / 86400)
}

// Weights of the feature classes that pipeline adds to an article's
// terms; set by hand before the model was fitted (the model weighs each
// class's similarity).
const (
	quoteWeight  = 0.5 // words of statements
	figureWeight = 3.0 // figures given (a figure is specific to one event)
)

// Features computes an article's clustering features.
func Features(lx *lexicon.Lexicon, a *corroborate.Article, r *mention.Analysis) cluster.Features {
	d := cluster.Doc{Body: a.Text, Lead: a.Lead, Extra: map[string]float64{}}
	if a.Title != nil {
		d.Title = *a.Title
	}
	dateline := map[int]bool{}
	for _, m := range r.Mentions {
		if m.Sentence <= 1 && !m.RoleOnly {
			dateline[m.Entity] = true
		}
	}
	contact := contactOnly(r)
	for k, e := range r.Entities {
		if e.Type == mention.Other {
			continue
		}
		place := e.Type == mention.Place
		key := nameKey(e.Name, e.Type)
		d.Entities = append(d.Entities, cluster.WeightedName{Name: key, Mentions: e.Mentions, Place: place, Dateline: place && dateline[k], Person: !contact[k] && eventPerson(e, key)})
	}
	pd, conf := publishedDate(a)
	d.Day = -1
	// Even a weak date (a site's header date) bounds when the article was
	// written, which is what separates two similar events months apart.
	if conf >= dates.ConfWeakest {
		d.Day = dayNumber(pd)
	}
	d.Event = EventSpan(a, r)
	d.Weekday = EventWeekday(a, r, d.Event)
	d.MonthDay = EventMonthDay(a, r, d.Event)
	if d.Day >= 0 {
		d.Named = namedDays(a, r)
	}
	// The dates and figures an article gives tell one event from another
	// of the same kind: absolute dates it names, and the counts it reports.
	for _, ts := range r.Times {
		for _, t := range ts {
			if t.Relative || t.Date == "" || t.Period {
				continue
			}
			d.Extra["t:"+t.Date]++
			if len(t.Date) >= 7 {
				d.Extra["t:"+t.Date[:7]] += 0.5
			}
		}
	}
	// What was said: the words of statements, direct or reported, so that
	// two reports of one statement (even translated differently) attract.
	for _, q := range r.Quotes {
		if q.CueOnly() || q.Account {
			// a cue read without its source is too loose to join stories
			// by; an account's words are the narrative the body's words
			// hold, and the model was fitted without them
			continue
		}
		for _, w := range cluster.Words(lx, q.Text) {
			d.Extra["q:"+w] += quoteWeight
		}
	}
	for _, n := range r.Numbers {
		if n.Event != "" || n.Value >= 10 {
			d.Extra[fmt.Sprintf("n:%g", n.Value)] += figureWeight
		}
	}
	return cluster.Extract(lx, d)
}

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

// nameKey is the form of an entity's name that clusters on (entityKey),
// with its hyphens read as spaces ("Ruiz-Ortega" and "Ruiz Ortega"), a
// street suffix written out ("Orchard Blvd." and "Orchard Boulevard" are
// one place; USPS Publication 28) and a person named by the first and
// the last word alone: middle names and a generational suffix left out
// ("Dale Everett Brandt Jr." and "Dale Brandt" are one person; reports of
// one event written days apart spell their people's names in full or not).
func nameKey(name, typ string) string {
	ws := strings.Fields(strings.ReplaceAll(entityKey(name), "-", " "))
	if n := len(ws); n >= 2 {
		if full, ok := mention.StreetWord(ws[n-1]); ok {
			ws[n-1] = full
		}
	}
	if typ == mention.Person {
		if n := len(ws); n >= 3 && generational[ws[n-1]] {
			ws = ws[:n-1]
		}
		if n := len(ws); n >= 3 {
			ws = []string{ws[0], ws[n-1]}
		}
	}
	return strings.Join(ws, " ")
}

// eventPerson reports whether an article entity is one of its event's
// own people, by which a later report ties itself to it (cluster's
// Features.Persons): a person named in full (a name key of two words, a
// given name and a surname: a surname alone is many people's) and never
// with a title of office or rank ("Sgt.", "Mayor", "Deputy Coroner",
// "the county's district attorney"): those are the officials who speak of
// every event of their city or beat (its police spokesman, its coroner,
// its mayor), where the victims, the suspects and their kin are named
// without one (a courtesy title, "Mr.", "Mrs.", is no office).
func eventPerson(e mention.ArticleEntity, key string) bool {
	if ws := strings.Fields(e.Name); e.Type != mention.Person || !strings.Contains(key, " ") || len(ws) == 0 || !mention.IsFirstName(ws[0]) {
		return false
	}
	for _, t := range e.Titles {
		if ws := strings.Fields(t); len(ws) > 0 && !mention.CourtesyTitle(ws[0]) {
			return false
		}
	}
	return true
}

// contactOnly returns the entities an article names only in sentences
// that give an e-mail address or a social-media handle ("Contact Jo Roe
// at: jroe@example.com, or on Twitter @jroe"): a tagline's writer or a
// press contact, named by every report the outlet or the office
// sends out, not a person of the event.
func contactOnly(r *mention.Analysis) map[int]bool {
	in, out := map[int]bool{}, map[int]bool{}
	for _, m := range r.Mentions {
		if m.Entity < 0 || m.Sentence < 0 || m.Sentence >= len(r.Sentences) {
			continue
		}
		if strings.Contains(r.Sentences[m.Sentence].Text, "@") {
			in[m.Entity] = true
		} else {
			out[m.Entity] = true
		}
	}
	for k := range in {
		if out[k] {
			delete(in, k)
		}
	}
	return in
}

// generational are the suffixes that follow a person's surname (CMOS
// §6.43).
var generational = map[string]bool{"jr": true, "sr": true, "ii": true, "iii": true, "iv": true}

// Parallel runs f(0..n-1) on GOMAXPROCS goroutines and returns ctx.Err()
// when ctx ends first.
func Parallel(ctx context.Context, n int, f func(i int)) error { return parallel(ctx, n, f) }
