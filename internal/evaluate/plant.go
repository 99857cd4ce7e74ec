package evaluate

import (
	"context"
	"fmt"
	"hash/fnv"
	"io"
	"math/rand"
	"sort"
	"strings"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/analyze"
	"github.com/corroborate/corroborate/internal/cluster"
	"github.com/corroborate/corroborate/internal/compare"
	"github.com/corroborate/corroborate/internal/dates"
	"github.com/corroborate/corroborate/internal/mention"
	"github.com/corroborate/corroborate/internal/pipeline"
	"github.com/corroborate/corroborate/internal/story"
)

// PlantOptions say what `eval plant` runs.
type PlantOptions struct {
	// Articles is the ECB+ kit (dev.jsonl: id, story, text per line).
	Articles string
	// Halves to print (default: the tune half only).
	Halves []Half
	// PerType is how many facts of each value type are planted in each
	// event (each plant is its own trial).
	PerType int
	// Seed fixes the draws.
	Seed int64
	// Verbose lists the misses and collateral of the tune half.
	Verbose bool
	// Trace, "EVENT|DOC|TEXT|DOC|TEXT", traces two stated values of a tune
	// event instead of planting (TraceValue).
	Trace string
	// Part, "a" or "b", runs only that part of the tune half (PartOf of the
	// ECB+ topic); empty runs the whole half.
	Part string
}

// plantEvent is one ECB+ event: its articles as extracted, their kit ids.
type plantEvent struct {
	name string
	arts []corroborate.Article
	ids  []string
}

// PlantScore is the self-planting evaluator's score on one half.
type PlantScore struct {
	Half           Half
	Events, Trials int
	Found          KitCount
	ByType         map[string]*KitCount
	// Same counts the trials whose fact another article states in a
	// sentence about the same thing (sameFactDocs), scored against those
	// articles; SameByType splits it by type.
	Same       KitCount
	SameByType map[string]*KitCount
	// Parts and SameParts split Found and Same by tune part (PartOf of the ECB+ topic).
	Parts, SameParts map[string]*KitCount
	// Collateral counts the discrepancies a trial reports that neither the
	// unchanged event reports nor match the plant.
	Collateral int
	// Grouped counts the trials found when the event is compared as the
	// engine groups it (each story with its related stories as context);
	// GroupedCollateral is Collateral so compared.
	Grouped           KitCount
	GroupedParts      map[string]*KitCount
	GroupedCollateral int
	// Apart counts the trials whose changed article the engine groups
	// apart from every article that states the fact, Matched those found
	// as one story; ApartGrouped those of them found as grouped too.
	Apart        KitCount
	ApartGrouped int
	// Stages counts the misses by the step where their chain broke
	// (plantStages).
	Stages map[string]int
	Notes  []string
}

// RunPlant plants changed values into the events of the ECB+ kit, one
// fact at a time, and scores whether the engine reports each discrepancy
// (both values, each with an article that states it).
func RunPlant(ctx context.Context, w io.Writer, o PlantOptions) error {
	events, err := loadPlantEvents(o.Articles)
	if err != nil {
		return err
	}
	if o.Trace != "" {
		return tracePair(ctx, w, events, o.Trace)
	}
	if o.PerType <= 0 {
		o.PerType = 1
	}
	halves := o.Halves
	if len(halves) == 0 {
		halves = []Half{Tune}
	}
	for _, h := range halves {
		s := PlantScore{Half: h, ByType: map[string]*KitCount{}, SameByType: map[string]*KitCount{},
			Parts: map[string]*KitCount{}, SameParts: map[string]*KitCount{}, GroupedParts: map[string]*KitCount{}, Stages: map[string]int{}}
		for _, ev := range events {
			if !h.In(ECBTopic(ev.name)) || len(ev.arts) < 2 {
				continue
			}
			if o.Part != "" && (h != Tune || PartOf(ECBTopic(ev.name)) != o.Part) {
				continue
			}
			if err := ctx.Err(); err != nil {
				return err
			}
			if err := plantEventTrials(ctx, ev, o, &s, o.Verbose && h == Tune); err != nil {
				return fmt.Errorf("plant: event %s: %w", ev.name, err)
			}
		}
		writePlant(w, s)
	}
	return nil
}

func loadPlantEvents(path string) ([]plantEvent, error) { return loadPlantEventsOf(path, nil) }

// loadPlantEventsOf reads the events of a kit whose label keep accepts
// (nil: all), before any of their articles is read.
func loadPlantEventsOf(path string, keep func(label string) bool) ([]plantEvent, error) {
	recs, labels, err := StoryRecords(path)
	if err != nil {
		return nil, fmt.Errorf("plant: %w", err)
	}
	byName := map[string]*plantEvent{}
	var names []string
	for i, r := range recs {
		if keep != nil && !keep(labels[i]) {
			continue
		}
		a, err := pipeline.Extract(r)
		if err != nil {
			continue // a headline only
		}
		ev := byName[labels[i]]
		if ev == nil {
			ev = &plantEvent{name: labels[i]}
			byName[labels[i]] = ev
			names = append(names, labels[i])
		}
		id := r.ID
		if id == "" {
			id = r.Source
		}
		ev.arts = append(ev.arts, *a)
		ev.ids = append(ev.ids, id)
	}
	sort.Strings(names)
	out := make([]plantEvent, 0, len(names))
	for _, n := range names {
		out = append(out, *byName[n])
	}
	return out, nil
}

// plantRun is the engine's reading of one event, kept so that a trial
// reads only the article it changes.
type plantRun struct {
	ev       plantEvent
	readings []*mention.Analysis
	feats    []cluster.Features
	base     map[string]bool
	// storyOf is each article's story as the engine groups the last
	// trial's articles (the trial still compares the event as one story).
	storyOf []int
	// last is the comparison input of the last trial (for tracing a miss).
	last compare.Input
	// grouped are the last trial's discrepancies as the engine's stories
	// report them, each compared with its related stories as context (the
	// one story's when the engine groups the event as one).
	grouped []kitEngine
	// stories are the engine's stories of the last trial when it splits
	// the event (for listing a miss as grouped).
	stories []corroborate.Story
	// baseGrouped are the grouped signatures of the unchanged event.
	baseGrouped map[string]bool
}

// discrepancies compares the event's articles as one story, with article
// `changed` (−1: none) given text instead of its own.
func (r *plantRun) discrepancies(ctx context.Context, changed int, text string) ([]kitEngine, error) {
	arts := append([]corroborate.Article(nil), r.ev.arts...)
	readings := append([]*mention.Analysis(nil), r.readings...)
	feats := append([]cluster.Features(nil), r.feats...)
	if changed >= 0 {
		// The changed article is a new text: its id (a hash of the text,
		// as the pipeline gives it) too, or a body another article of the
		// event shares word for word would stay that article's id and be
		// read as it.
		arts[changed].Text = text
		arts[changed].ID = pipeline.ArticleID(text)
		rd, err := analyze.Read(ctx, arts[changed:changed+1])
		if err != nil {
			return nil, err
		}
		readings[changed] = rd[0]
		fs, err := analyze.AllFeatures(ctx, arts[changed:changed+1], rd)
		if err != nil {
			return nil, err
		}
		feats[changed] = fs[0]
	}
	an, err := analyze.Group(ctx, arts, readings, feats, cluster.DefaultOptions())
	if err != nil {
		return nil, err
	}
	r.storyOf = an.StoryOf
	docs := make([]story.Doc, len(arts))
	id2doc := map[string]string{}
	for i := range arts {
		docs[i] = story.Doc{Article: &an.Articles[i], Analysis: an.Readings[i]}
		id2doc[an.Articles[i].ID] = r.ev.ids[i]
	}
	merged := story.Assemble(&corroborate.Story{}, docs)
	r.last = compare.Input{Docs: docs, Merged: merged, Events: analyze.EventDays(docs)}
	res := compare.Compare(r.last)
	r.grouped, r.stories = nil, nil
	out := kitEngines(res.Discrepancies, id2doc)
	if !split(an.StoryOf) {
		r.grouped = out
	} else {
		// Compared as the engine groups it: each story with its related
		// stories as context, as the pipeline compares them.
		sts, err := an.Stories(ctx)
		if err != nil {
			return nil, err
		}
		r.grouped = []kitEngine{}
		r.stories = sts
		for _, st := range sts {
			r.grouped = append(r.grouped, kitEngines(st.Discrepancies, id2doc)...)
		}
	}
	return out, nil
}

// split reports whether a grouping puts the articles in two stories or more.
func split(storyOf []int) bool {
	for _, k := range storyOf {
		if k != storyOf[0] {
			return true
		}
	}
	return false
}

// kitEngines are discrepancies as the kit scorer reads them, with the
// kit's document ids (id2doc maps the engine's article ids to them).
func kitEngines(ds []corroborate.Discrepancy, id2doc map[string]string) []kitEngine {
	var out []kitEngine
	for _, d := range ds {
		e := kitEngine{about: d.About, kind: d.Kind}
		for _, v := range d.Values {
			x := kitEngineValue{raw: pyStr(v.Value), docs: map[string]bool{}}
			x.value = KitTokens(x.raw)
			for _, a := range v.Articles {
				doc := id2doc[a]
				if !x.docs[doc] {
					x.docSeq = append(x.docSeq, doc)
				}
				x.docs[doc] = true
			}
			e.values = append(e.values, x)
		}
		out = append(out, e)
	}
	return out
}

func (e kitEngine) signature() string {
	var vs []string
	for _, v := range e.values {
		ds := append([]string(nil), v.docSeq...)
		sort.Strings(ds)
		vs = append(vs, v.raw+"@"+strings.Join(ds, ","))
	}
	sort.Strings(vs)
	return e.kind + "|" + strings.Join(vs, "|")
}

// plantCandidate is a fact stated with one value by two or more articles.
type plantCandidate struct {
	key  string
	occ  plantOcc
	docs []int
}

// plantCandidates lists, by type, the facts of an event that two or more
// of its articles state with the same value; facts lists each article's
// value statements.
func plantCandidates(facts [][]plantOcc) map[string][]plantCandidate {
	byKey := map[string]*plantCandidate{}
	var keys []string
	for i, fs := range facts {
		for _, f := range fs {
			c := byKey[f.key()]
			if c == nil {
				c = &plantCandidate{key: f.key(), occ: f}
				byKey[f.key()] = c
				keys = append(keys, f.key())
			}
			if len(c.docs) == 0 || c.docs[len(c.docs)-1] != i {
				c.docs = append(c.docs, i)
			}
		}
	}
	sort.Strings(keys)
	out := map[string][]plantCandidate{}
	for _, k := range keys {
		if c := byKey[k]; len(c.docs) >= 2 {
			out[c.occ.typ] = append(out[c.occ.typ], *c)
		}
	}
	return out
}

// takenValues are the values a new value must avoid: every value of the
// same type and context in the event (for weekdays and months, of the type).
func takenValues(facts [][]plantOcc, o plantOcc) map[float64]bool {
	t := map[float64]bool{}
	for _, fs := range facts {
		for _, f := range fs {
			if f.typ == o.typ && (f.ctx == o.ctx || o.typ == pWeekday || o.typ == pMonth) {
				t[f.val] = true
			}
		}
	}
	if o.typ == pWeekday && len(t) >= 7 {
		return map[float64]bool{o.val: true}
	}
	return t
}

func eventSeed(seed int64, name string) int64 {
	h := fnv.New64a()
	h.Write([]byte(name))
	return seed ^ int64(h.Sum64()>>1)
}

// newPlantRun reads an event's articles and their story features once, for
// its trials or a trace.
func newPlantRun(ctx context.Context, ev plantEvent) (*plantRun, error) {
	r := &plantRun{ev: ev}
	var err error
	if r.readings, err = analyze.Read(ctx, ev.arts); err != nil {
		return nil, err
	}
	if r.feats, err = analyze.AllFeatures(ctx, ev.arts, r.readings); err != nil {
		return nil, err
	}
	return r, nil
}

// plantEventTrials runs the trials of one event.
func plantEventTrials(ctx context.Context, ev plantEvent, o PlantOptions, s *PlantScore, verbose bool) error {
	r, err := newPlantRun(ctx, ev)
	if err != nil {
		return err
	}
	base, err := r.discrepancies(ctx, -1, "")
	if err != nil {
		return err
	}
	r.base = map[string]bool{}
	for _, e := range base {
		r.base[e.signature()] = true
	}
	r.baseGrouped = map[string]bool{}
	for _, e := range r.grouped {
		r.baseGrouped[e.signature()] = true
	}
	facts := make([][]plantOcc, len(ev.arts))
	for i, a := range ev.arts {
		facts[i] = plantFacts(a.Text)
	}
	cands := plantCandidates(facts)
	types := make([]string, 0, len(cands))
	for t := range cands {
		types = append(types, t)
	}
	sort.Strings(types)
	rng := rand.New(rand.NewSource(eventSeed(o.Seed, ev.name)))
	s.Events++
	for _, t := range types {
		cs := cands[t]
		rng.Shuffle(len(cs), func(i, j int) { cs[i], cs[j] = cs[j], cs[i] })
		for _, c := range cs[:min(len(cs), o.PerType)] {
			if err := plantTrial(ctx, r, facts, c, rng, s, verbose); err != nil {
				return err
			}
		}
	}
	return nil
}

// plantTrial changes one fact's value in one article (every statement of
// it there) and checks the engine reports the discrepancy.
func plantTrial(ctx context.Context, r *plantRun, facts [][]plantOcc, c plantCandidate, rng *rand.Rand, s *PlantScore, verbose bool) error {
	target := c.docs[rng.Intn(len(c.docs))]
	nv, ok := plantChange(c.occ, rng, takenValues(facts, c.occ))
	if !ok {
		return nil
	}
	text := r.ev.arts[target].Text
	var occs []plantOcc
	for _, f := range facts[target] {
		if f.key() == c.key {
			occs = append(occs, f)
		}
	}
	changed := append([]plantOcc(nil), occs...)
	for _, f := range plantRestated(text) {
		if f.key() == c.key {
			changed = append(changed, f)
		}
	}
	sort.Slice(changed, func(i, j int) bool { return changed[i].start < changed[j].start })
	for k := len(changed) - 1; k >= 0; k-- {
		f := changed[k]
		text = text[:f.start] + plantWritten(f, nv) + text[f.end:]
	}
	eng, err := r.discrepancies(ctx, target, text)
	if err != nil {
		return err
	}
	var others []string
	for _, d := range c.docs {
		if d != target {
			others = append(others, r.ev.ids[d])
		}
	}
	g := KitGold{Values: []KitGoldValue{
		{Norm: plantNorms(c.occ, c.occ.val)[0], Alts: plantNorms(c.occ, c.occ.val)[1:], Docs: others},
		{Norm: plantNorms(c.occ, nv)[0], Alts: plantNorms(c.occ, nv)[1:], Docs: []string{r.ev.ids[target]}},
	}}
	same := sameFactDocs(r, facts, c, target)
	gs := KitGold{Values: []KitGoldValue{g.Values[0], g.Values[1]}}
	gs.Values[0].Docs = nil
	for _, d := range same {
		gs.Values[0].Docs = append(gs.Values[0].Docs, r.ev.ids[d])
	}
	hit, coll := matchPlanted(eng, g, r.base, "collateral "+r.ev.name+" "+c.occ.typ, s, verbose)
	sameHit := false
	var mine []string
	for _, e := range eng {
		if len(same) > 0 && kitMatch(e, gs) {
			sameHit = true
		}
		for _, v := range e.values {
			if v.docs[r.ev.ids[target]] {
				mine = append(mine, e.String())
				break
			}
		}
	}
	scoreGrouped(r, c, g, target, same, hit, s, verbose, fmt.Sprintf("%s %s [%s] %s %q -> %q", r.ev.name, c.occ.typ, c.occ.ctx, r.ev.ids[target], occs[0].written, plantWritten(occs[0], nv)))
	s.Trials++
	s.Collateral += coll
	s.Found.Total++
	if hit {
		s.Found.Matched++
	}
	addCount(s.ByType, c.occ.typ, hit)
	part := PartOf(ECBTopic(r.ev.name))
	addCount(s.Parts, part, hit)
	if len(same) > 0 {
		s.Same.Total++
		if sameHit {
			s.Same.Matched++
		}
		addCount(s.SameByType, c.occ.typ, sameHit)
		addCount(s.SameParts, part, sameHit)
	}
	if hit {
		return nil
	}
	step, then, trace := plantMissStep(r, facts, c, target, occs[0].start, same)
	s.Stages[step]++
	if then != "" {
		s.Stages[step+" then "+then]++
	}
	if verbose {
		rd := mention.Analyze(text, dates.Date{}, 0)
		note := missNote(r, c, target, occs[0], plantWritten(occs[0], nv), sentenceAt(rd, occs[0].start), mine)
		note += "\n      stage " + step + ": " + trace
		if len(same) == 0 {
			note = strings.Replace(note, "  - missed", "  - missed (other fact)", 1)
		}
		note += "\n      read " + readAt(rd, occs[0].start)
		// The other article traced: one stating the same fact, if any.
		for _, d := range append(same, c.docs...) {
			if d != target {
				for _, f := range facts[d] {
					if f.key() == c.key {
						note += "\n      other says " + sentenceAt(r.readings[d], f.start)
						note += "\n      other read " + readAt(r.readings[d], f.start)
						note += "\n      chain " + compare.TraceValue(r.last, target, occs[0].start, d, f.start)
						break
					}
				}
				break
			}
		}
		s.Notes = append(s.Notes, note)
	}
	return nil
}

// matchPlanted reports whether one of the engine's discrepancies eng is the
// plant g, and counts the others that the unchanged event (signatures base)
// did not report: collateral, each noted under label when verbose.
func matchPlanted(eng []kitEngine, g KitGold, base map[string]bool, label string, s *PlantScore, verbose bool) (hit bool, coll int) {
	for _, e := range eng {
		switch {
		case kitMatch(e, g):
			hit = true
		case !base[e.signature()]:
			coll++
			if verbose {
				s.Notes = append(s.Notes, fmt.Sprintf("  ~ %s: %s", label, e))
			}
		}
	}
	return hit, coll
}

// scoreGrouped scores a trial as the engine groups the event: its stories,
// each compared with its related stories as context (r.grouped), against
// the plant g; hit says whether the one-story comparison found it, trial
// names the trial in notes.
func scoreGrouped(r *plantRun, c plantCandidate, g KitGold, target int, same []int, hit bool, s *PlantScore, verbose bool, trial string) {
	hitG, collG := matchPlanted(r.grouped, g, r.baseGrouped, "collateral as grouped "+r.ev.name+" "+c.occ.typ, s, verbose)
	s.Grouped.add(hitG)
	addCount(s.GroupedParts, PartOf(ECBTopic(r.ev.name)), hitG)
	s.GroupedCollateral += collG
	if !apart(r, c, target, same) {
		return
	}
	s.Apart.add(hit)
	if hit && hitG {
		s.ApartGrouped++
	}
	if !verbose || !hit || hitG {
		return
	}
	// Found as one story, lost as grouped: list the engine's stories.
	note := "  - missed as grouped (found as one story) " + trial
	id2doc := map[string]string{}
	for i, id := range r.ev.ids {
		id2doc[r.ev.arts[i].ID] = id
	}
	for _, st := range r.stories {
		var ds []string
		for _, a := range st.Articles {
			d, ok := id2doc[a]
			if !ok {
				d = r.ev.ids[target] + " (changed)"
			}
			ds = append(ds, d)
		}
		note += fmt.Sprintf("\n      story %s %v related %v", st.ID, ds, st.Related)
	}
	s.Notes = append(s.Notes, note)
}

// missNote describes a missed plant: the changed sentence, as the engine
// splits it (a period of "a.m." or "S. Main" ends no sentence there), and
// the discrepancies the engine reported on the changed article.
func missNote(r *plantRun, c plantCandidate, target int, f plantOcc, nw, sent string, mine []string) string {
	var b strings.Builder
	fmt.Fprintf(&b, "  - missed %s %s [%s] %s %q -> %q: %s", r.ev.name, c.occ.typ, c.occ.ctx, r.ev.ids[target], f.written, nw, sent)
	for _, d := range c.docs {
		if d != target {
			fmt.Fprintf(&b, "\n      vs %s", r.ev.ids[d])
			break
		}
	}
	for _, m := range mine {
		b.WriteString("\n      engine " + m)
	}
	return b.String()
}

// sentenceAt is the text of the sentence holding offset off.
func sentenceAt(a *mention.Analysis, off int) string {
	for _, st := range a.Sentences {
		if st.Start <= off && off < st.End {
			return st.Text
		}
	}
	return ""
}

// readAt lists the engine's values read in the sentence holding offset off.
func readAt(a *mention.Analysis, off int) string {
	si := -1
	for k, st := range a.Sentences {
		if st.Start <= off && off < st.End {
			si = k
		}
	}
	var parts []string
	for _, v := range mention.Values(a) {
		if v.Sentence == si {
			parts = append(parts, fmt.Sprintf("%s %q=%s unit=%s noun=%s ev=%s q=%s", v.Type, v.Text, v.Norm, v.Unit, v.Noun, v.Event, v.Qualifier))
		}
	}
	return strings.Join(parts, "; ")
}

func writePlant(w io.Writer, s PlantScore) {
	fmt.Fprintf(w, "plant %-7s events %d  trials %d  planted recall %s  collateral %d\n", halfName(s.Half), s.Events, s.Trials, s.Found, s.Collateral)
	var parts []string
	for _, k := range kinds(s.ByType) {
		parts = append(parts, fmt.Sprintf("%s %d/%d", k, s.ByType[k].Matched, s.ByType[k].Total))
	}
	fmt.Fprintf(w, "  by type %-7s %s\n", halfName(s.Half), strings.Join(parts, "; "))
	parts = parts[:0]
	for _, k := range kinds(s.SameByType) {
		parts = append(parts, fmt.Sprintf("%s %d/%d", k, s.SameByType[k].Matched, s.SameByType[k].Total))
	}
	fmt.Fprintf(w, "  same fact %-7s planted recall %s (trials whose fact another article states in a sentence on the same thing)\n", halfName(s.Half), s.Same)
	fmt.Fprintf(w, "  same by type %-7s %s\n", halfName(s.Half), strings.Join(parts, "; "))
	writeStages(w, s)
	fmt.Fprintf(w, "  as grouped %-7s planted recall %s  collateral %d; apart trials %d, found as one story %d, as grouped %d\n",
		halfName(s.Half), s.Grouped, s.GroupedCollateral, s.Apart.Total, s.Apart.Matched, s.ApartGrouped)
	if s.Half == Tune {
		fmt.Fprintf(w, "  tune parts: a %s, same %s, as grouped %s; b %s, same %s, as grouped %s\n", kc(s.Parts["a"]), kc(s.SameParts["a"]), kc(s.GroupedParts["a"]),
			kc(s.Parts["b"]), kc(s.SameParts["b"]), kc(s.GroupedParts["b"]))
	}
	for _, n := range s.Notes {
		fmt.Fprintln(w, n)
	}
}

// kc shows a count that may be missing.
func kc(c *KitCount) string {
	if c == nil {
		return KitCount{}.String()
	}
	return c.String()
}

// tracePair reads a tune event as one story and says where the chain from
// two of its stated values to a discrepancy stops. spec is
// "EVENT|DOC|TEXT|DOC|TEXT": each value is the first occurrence of TEXT in
// its article.
func tracePair(ctx context.Context, w io.Writer, events []plantEvent, spec string) error {
	f := strings.Split(spec, "|")
	if len(f) != 5 {
		return fmt.Errorf("--trace wants EVENT|DOC|TEXT|DOC|TEXT, got %q", spec)
	}
	for _, ev := range events {
		if ev.name != f[0] {
			continue
		}
		if !Tune.In(ECBTopic(ev.name)) {
			return fmt.Errorf("--trace: %s is not a tune event", ev.name)
		}
		r, err := newPlantRun(ctx, ev)
		if err != nil {
			return fmt.Errorf("--trace %s: %w", ev.name, err)
		}
		if _, err := r.discrepancies(ctx, -1, ""); err != nil {
			return fmt.Errorf("--trace %s: %w", ev.name, err)
		}
		at := func(doc, text string) (int, int) {
			for i, id := range ev.ids {
				if id == doc {
					return i, strings.Index(ev.arts[i].Text, text)
				}
			}
			return -1, -1
		}
		di, oi := at(f[1], f[2])
		dj, oj := at(f[3], f[4])
		if di < 0 || dj < 0 || oi < 0 || oj < 0 {
			return fmt.Errorf("--trace: %q or %q not found", f[1]+": "+f[2], f[3]+": "+f[4])
		}
		fmt.Fprintf(w, "read %s\nother read %s\nchain %s\n", readAt(r.readings[di], oi), readAt(r.readings[dj], oj), compare.TraceValue(r.last, di, oi, dj, oj))
		return nil
	}
	return fmt.Errorf("--trace: no event %q", f[0])
}
