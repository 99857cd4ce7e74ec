// Package compare corroborates a story fact by fact: it aligns the facts
// of its articles into slots (the same event about a compatible subject in
// the same place and time) and reports where independent sources agree
// (consensus), where they give different values (discrepancies), who holds
// which position on the story's key claims (stances), and how each outlet
// frames the story. Copies count once: sources are counted by origin.
package compare

import (
	"fmt"
	"math"
	"regexp"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/lexicon"
	"github.com/corroborate/corroborate/internal/mention"
	"github.com/corroborate/corroborate/internal/story"
	"github.com/corroborate/corroborate/internal/text"
)

// Input is a story to compare.
type Input struct {
	Docs   []story.Doc
	Merged *story.Merged
	// Context holds related stories of the same running story: they help
	// find its key claims; findings are reported for Docs only.
	Context []Context
	// Cache, when set, keeps work shared between the stories of one report.
	Cache *Cache
}

// Cache keeps the predications of stories, read once and used again when
// the story is the context of its related stories.
type Cache struct {
	mu    sync.Mutex
	preds map[*story.Merged][]predication
	// values are the typed values of an article's sentences.
	values map[*mention.Analysis][]sentenceValues
}

// NewCache returns an empty cache.
func NewCache() *Cache { return &Cache{preds: map[*story.Merged][]predication{}} }

// Context is a related story.
type Context struct {
	Docs   []story.Doc
	Merged *story.Merged
}

// Result holds a story's cross-source findings.
type Result struct {
	Discrepancies []corroborate.Discrepancy
	Consensus     []corroborate.Consensus
	Stances       []corroborate.Stance
	Framing       []corroborate.Framing
}

// Compare computes all findings of a story.
func Compare(in Input) Result {
	c := newComparer(in)
	var r Result
	r.Discrepancies = append(r.Discrepancies, c.numberFindings()...)
	r.Discrepancies = append(r.Discrepancies, c.dateFindings()...)
	earlier := r.Discrepancies
	for _, d := range c.valueDiscrepancies() {
		if !coveredBy(d, earlier) {
			r.Discrepancies = append(r.Discrepancies, d)
		}
	}
	r.Discrepancies = append(r.Discrepancies, c.speakerFindings()...)
	r.Consensus = append(r.Consensus, c.consensusNumbers...)
	r.Consensus = append(r.Consensus, c.statementConsensus()...)
	r.Stances = c.stances()
	r.Framing = c.framing(r.Consensus, r.Discrepancies, r.Stances)
	return r
}

type comparer struct {
	in               Input
	lx               *lexicon.Lexicon
	origin           []string // per doc
	pub              []time.Time
	consensusNumbers []corroborate.Consensus
	// all and allMerged are the story's articles and its related
	// stories', for comparing values across the thread.
	all       []story.Doc
	allMerged []docMerged
}


func newComparer(in Input) *comparer {
	c := &comparer{in: in, lx: lexicon.Default()}
	ids := map[string]int{}
	for i, d := range in.Docs {
		ids[d.Article.ID] = i
	}
	for _, d := range in.Docs {
		o := d.Article.ID
		// A copy's origin is the article it copies (followed to the root).
		seen := map[string]bool{}
		a := d.Article
		for a.CopyOf != nil && !seen[*a.CopyOf] {
			seen[*a.CopyOf] = true
			o = *a.CopyOf
			if k, ok := ids[o]; ok {
				a = in.Docs[k].Article
			} else {
				break
			}
		}
		c.origin = append(c.origin, o)
		var t time.Time
		if d.Article.Published != nil {
			t, _ = time.Parse("2006-01-02", *d.Article.Published)
		}
		c.pub = append(c.pub, t)
	}
	return c
}

// sentenceOrigin is the origin of a fact in a sentence: a wire agency the
// sentence credits, else the article's origin.
func (c *comparer) sentenceOrigin(di int, sentence string) string {
	if name := text.WireCredit(sentence); name != "" {
		return "wire:" + name
	}
	return c.origin[di]
}

func countOrigins(origins []string) int { return corroborate.CountOrigins(origins) }

// ---- numbers ----

type numFact struct {
	doc    int
	n      mention.Number
	sent   string
	origin string
	places map[string]bool
	head   string
	mods   map[string]bool
}

func (c *comparer) numFacts() []numFact {
	var out []numFact
	for di, d := range c.in.Docs {
		a := d.Analysis
		for _, n := range a.Numbers {
			if n.Event == "" || n.What == "" {
				continue
			}
			s := a.Sentences[n.Sentence].Text
			// A count with no date of its own is news of the day the
			// article was written (a background figure says when: "in 2003").
			if n.Date == "" && !a.Ref.IsZero() {
				n.Date = a.Ref.String()
			}
			f := numFact{doc: di, n: n, sent: s, origin: c.sentenceOrigin(di, s), places: map[string]bool{}, mods: map[string]bool{}}
			for _, m := range a.Mentions {
				if m.Sentence == n.Sentence && a.Entities[m.Entity].Type == mention.Place {
					if name := c.in.Merged.Name(di, m.Entity); name != "" {
						f.places[name] = true
					}
				}
			}
			ws := strings.Fields(n.What)
			f.head = c.lx.Base(strings.ToLower(ws[len(ws)-1]), lexicon.Noun)
			if f.head == "people" || f.head == "persons" {
				f.head = "person"
			}
			for _, w := range ws[:len(ws)-1] {
				if w != "" && w[0] >= 'A' && w[0] <= 'Z' {
					f.mods[strings.ToLower(w)] = true
				}
			}
			out = append(out, f)
		}
	}
	return out
}

// sameSlot decides whether two counts are about the same fact.
func (c *comparer) sameSlot(a, b numFact) bool {
	if a.n.Event != b.n.Event {
		return false
	}
	headOK := a.head == b.head || c.lx.Synonyms(a.head, b.head, lexicon.Noun)
	if !headOK {
		// "registered foreign voters" and "foreign voters": people of one group.
		shared := false
		for m := range a.mods {
			if b.mods[m] {
				shared = true
			}
		}
		headOK = shared && isPersonNoun(c.lx, a.head) && isPersonNoun(c.lx, b.head)
	}
	if !headOK {
		return false
	}
	// Modifiers that name different groups ("French farmers" / "Dutch farmers").
	if len(a.mods) > 0 && len(b.mods) > 0 {
		shared := false
		for m := range a.mods {
			if b.mods[m] {
				shared = true
			}
		}
		if !shared {
			return false
		}
	}
	if !datesCompatible(a.n.Date, b.n.Date, 14) {
		return false
	}
	if len(a.places) > 0 && len(b.places) > 0 {
		shared := false
		for p := range a.places {
			if b.places[p] {
				shared = true
			}
		}
		if !shared {
			return false
		}
	}
	return true
}

func isPersonNoun(lx *lexicon.Lexicon, w string) bool {
	for _, s := range lx.Senses(w) {
		if s.POS == lexicon.Noun && (s.Lex == lexicon.NounPerson || s.Lex == lexicon.NounGroup) {
			return true
		}
	}
	return false
}

// datesCompatible reports whether two resolved dates (any precision) can
// be the same event within days.
func datesCompatible(a, b string, days int) bool {
	if a == "" || b == "" {
		return true
	}
	lo1, hi1 := dateRange(a)
	lo2, hi2 := dateRange(b)
	if lo1.IsZero() || lo2.IsZero() {
		return true
	}
	slack := time.Duration(days) * 24 * time.Hour
	return !lo1.After(hi2.Add(slack)) && !lo2.After(hi1.Add(slack))
}

func dateRange(d string) (time.Time, time.Time) {
	switch len(d) {
	case 4:
		t, err := time.Parse("2006", d)
		if err != nil {
			return time.Time{}, time.Time{}
		}
		return t, t.AddDate(1, 0, -1)
	case 7:
		t, err := time.Parse("2006-01", d)
		if err != nil {
			return time.Time{}, time.Time{}
		}
		return t, t.AddDate(0, 1, -1)
	}
	t, err := time.Parse("2006-01-02", d)
	if err != nil {
		return time.Time{}, time.Time{}
	}
	return t, t
}

// interval returns the range of values a qualified count allows.
func interval(n mention.Number) (float64, float64) {
	if n.Range {
		return n.Low, n.High
	}
	v := n.Value
	switch n.Qualifier {
	case "more than", "over", "above", "just over":
		return v, v * 1.2
	case "up to", "at most", "fewer than", "less than", "under", "below", "just under":
		return v * 0.8, v
	case "about", "around", "nearly", "almost", "roughly", "approximately", "some", "an estimated", "close to":
		return v * 0.9, v * 1.1
	}
	if n.Approximate {
		return v * 0.5, v * 5
	}
	// Exact, "at least", "only": the reported count itself.
	return v, v
}

func agree(a, b mention.Number) bool {
	// "at least N" allows anything from N up, but two sources' minimums
	// are their counts: "at least 22" and "at least 19" differ.
	if a.Qualifier == "at least" && b.Qualifier == "at least" {
		return a.Value == b.Value
	}
	if a.Qualifier == "at least" && !a.Range {
		return b.High >= a.Value || b.Value >= a.Value
	}
	if b.Qualifier == "at least" && !b.Range {
		return a.High >= b.Value || a.Value >= b.Value
	}
	l1, h1 := interval(a)
	l2, h2 := interval(b)
	return l1 <= h2+1e-9 && l2 <= h1+1e-9
}

var risingRe = regexp.MustCompile(`(?i)\b(?:rose|risen|rises|climbed|climbs|increased|jumped|reached|grew|has grown|now stands|toll (?:is|was) now|updated)\b`)

func participle(base string) string {
	switch base {
	case "hurt", "cut", "shut", "put", "set", "hit":
		return base
	case "hold":
		return "held"
	case "shoot":
		return "shot"
	case "die":
		return "dead"
	case "seize":
		return "seized"
	}
	if strings.HasSuffix(base, "e") {
		return base + "d"
	}
	if strings.HasSuffix(base, "y") && len(base) > 2 && !strings.ContainsRune("aeiou", rune(base[len(base)-2])) {
		return base[:len(base)-1] + "ied"
	}
	return base + "ed"
}

func valueText(n mention.Number) string {
	v := formatNum(n.Value)
	if n.Range {
		v = formatNum(n.Low) + "–" + formatNum(n.High)
	}
	if n.Qualifier != "" && n.Qualifier != "between" {
		return n.Qualifier + " " + v
	}
	return v
}

func formatNum(v float64) string {
	if v == math.Trunc(v) {
		return fmt.Sprintf("%.0f", v)
	}
	return fmt.Sprintf("%g", v)
}

// numberFindings groups counts into slots and reports slots where
// independent origins disagree; slots where two or more agree become
// consensus facts.
func (c *comparer) numberFindings() []corroborate.Discrepancy {
	facts := c.numFacts()
	slots := c.numberSlots(facts)
	groups := map[int][]int{}
	var order []int
	for k, sl := range slots {
		groups[k] = sl
		order = append(order, k)
	}
	var out []corroborate.Discrepancy
	for _, r := range order {
		g := groups[r]
		docs := map[int]bool{}
		for _, i := range g {
			docs[facts[i].doc] = true
		}
		if len(docs) < 2 {
			continue
		}
		about := c.slotAbout(facts, g)
		// Values: facts that agree share a value group.
		var vgs []*vgroup
		for _, i := range g {
			placed := false
			for _, vg := range vgs {
				if agree(vg.rep, facts[i].n) {
					vg.facts = append(vg.facts, i)
					vg.origins = append(vg.origins, facts[i].origin)
					placed = true
					break
				}
			}
			if !placed {
				vgs = append(vgs, &vgroup{rep: facts[i].n, facts: []int{i}, origins: []string{facts[i].origin}})
			}
		}
		// Agreement across independent origins is consensus.
		for _, vg := range vgs {
			if countOrigins(vg.origins) >= 2 {
				var arts []string
				for _, i := range vg.facts {
					arts = corroborate.AppendUnique(arts, c.in.Docs[facts[i].doc].Article.ID)
				}
				c.consensusNumbers = append(c.consensusNumbers, corroborate.Consensus{Fact: valueText(vg.rep) + " " + about, Articles: arts, Origins: countOrigins(vg.origins)})
			}
		}
		// A vague count ("thousands of") does not contradict a precise one:
		// two precise values must differ.
		precise := 0
		for _, vg := range vgs {
			for _, i := range vg.facts {
				if !facts[i].n.Approximate {
					precise++
					break
				}
			}
		}
		if len(vgs) < 2 || precise < 2 {
			continue
		}
		// Different values must come from different origins, and a later
		// report of a higher toll in "rose to" wording is an update.
		allOrigins := map[string]bool{}
		for _, vg := range vgs {
			for _, o := range vg.origins {
				allOrigins[o] = true
			}
		}
		if len(allOrigins) < 2 || c.isUpdate(facts, vgs) {
			continue
		}
		d := corroborate.Discrepancy{About: about, Kind: "number"}
		for _, vg := range vgs {
			v := corroborate.DiscrepancyValue{Value: valueText(vg.rep)}
			for _, i := range vg.facts {
				v.Articles = corroborate.AppendUnique(v.Articles, c.in.Docs[facts[i].doc].Article.ID)
				v.Sentences = corroborate.AppendUnique(v.Sentences, facts[i].sent)
			}
			d.Values = append(d.Values, v)
		}
		out = append(out, d)
	}
	return out
}

// numberSlots groups counts into slots.
func (c *comparer) numberSlots(facts []numFact) [][]int {
	// Greedy slots: a count joins the compatible slot whose sentences are
	// most like its own; an article never contradicts itself, so a slot
	// holds no two disagreeing values from one article (those are two
	// events, such as this quake and an earlier one).
	var slots [][]int
	words := make([]map[string]bool, len(facts))
	for i := range facts {
		words[i] = contentWords(c.lx, facts[i].sent)
	}
	for i := range facts {
		best, bestOv := -1, -1.0
		for k, sl := range slots {
			compatible, conflict := true, false
			ov := 0.0
			for _, j := range sl {
				if facts[j].doc == facts[i].doc {
					if !agree(facts[j].n, facts[i].n) {
						conflict = true
					}
					continue
				}
				// Every count of the slot must be about the same thing, and
				// of the same order: 900 and 8 evacuated are two floods.
				a, b := facts[i].n.Value, facts[j].n.Value
				if !c.sameSlot(facts[i], facts[j]) || math.Max(a, b) > 10*math.Min(a, b) {
					compatible = false
					break
				}
				ov = math.Max(ov, overlap(words[i], words[j]))
			}
			if ov == 0 {
				compatible = false // only its own article's counts: not a slot to join
			}
			if compatible && !conflict && ov > bestOv {
				best, bestOv = k, ov
			}
		}
		if best < 0 {
			slots = append(slots, []int{i})
		} else {
			slots[best] = append(slots[best], i)
		}
	}
	return slots
}

// vgroup is one value of a slot with the facts that give it.
type vgroup struct {
	rep     mention.Number
	facts   []int
	origins []string
}

// isUpdate tells a developing toll from a contradiction: the highest value
// is reported later than the others, in wording that says it grew.
func (c *comparer) isUpdate(facts []numFact, vgs []*vgroup) bool {
	hi := 0
	for k, vg := range vgs {
		if vg.rep.Value > vgs[hi].rep.Value {
			hi = k
		}
	}
	rising := false
	var latestHi time.Time
	for _, i := range vgs[hi].facts {
		if risingRe.MatchString(facts[i].sent) {
			rising = true
		}
		if t := c.pub[facts[i].doc]; t.After(latestHi) {
			latestHi = t
		}
	}
	if !rising {
		return false
	}
	// The other values must not be reported later than the higher one.
	for k, vg := range vgs {
		if k == hi {
			continue
		}
		for _, i := range vg.facts {
			if t := c.pub[facts[i].doc]; t.After(latestHi) {
				return false
			}
		}
	}
	return true
}

func (c *comparer) slotAbout(facts []numFact, g []int) string {
	counts := map[string]int{}
	for _, i := range g {
		counts[facts[i].n.What]++
	}
	best := ""
	for w, k := range counts {
		if best == "" || k > counts[best] || k == counts[best] && len(w) > len(best) {
			best = w
		}
	}
	f := facts[g[0]]
	about := best + " " + participle(f.n.Event)
	// Places every source of the slot names.
	var places []string
	for p := range facts[g[0]].places {
		all := true
		for _, i := range g[1:] {
			if !facts[i].places[p] {
				all = false
			}
		}
		if all {
			places = append(places, p)
		}
	}
	sort.Strings(places)
	if len(places) > 0 {
		about += " in " + strings.Join(places, ", ")
	}
	return about
}
