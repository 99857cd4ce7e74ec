// Package compare corroborates a story fact by fact: it aligns the facts
// of its articles into slots (the same event about a compatible subject in
// the same place and time) and reports where independent sources agree
// (consensus), where they give different values (discrepancies), who holds
// which position on the story's key claims (stances), and how each outlet
// frames the story. Copies count once: sources are counted by origin.
package compare

import (
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
	// Events are the days each article of Docs says its event happened
	// (by position; missing or unknown entries: it says none). They tell
	// whether a related story tells the same event (threadDocs).
	Events []EventDays
	// Cache, when set, keeps work shared between the stories of one report.
	Cache *Cache
}

// Cache keeps the predications of stories, read once and used again when
// the story is the context of its related stories.
type Cache struct {
	mu    sync.Mutex
	preds map[*story.Merged][]predication
	// values are the typed values of an article's sentences (they depend
	// on the article's reading alone).
	values *Values
	// facts are the articles' facts before a story marks them (docFacts),
	// by article and entity merge; nFacts counts the facts they hold.
	facts  map[docKey]*docFacts
	nFacts int
}

// docKey names an article as its story's entity merge holds it: the
// reading, the merge and the article's index there.
type docKey struct {
	a *mention.Analysis
	m *story.Merged
	i int
}

// docFactsSize bounds the facts a cache keeps (about 1 KB each, without
// what they share with their sentence): past it they are forgotten all at
// once, and an article read again is read afresh.
const docFactsSize = 1 << 16

// docFacts returns the facts kept for an article.
func (c *Cache) docFacts(k docKey) (*docFacts, bool) {
	if c == nil {
		return nil, false
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	df, ok := c.facts[k]
	return df, ok
}

// keepDocFacts keeps an article's facts: once (two stories compared at
// once may both read an article; its facts count once), and never those
// of an article that alone holds more than docFactsSize.
func (c *Cache) keepDocFacts(k docKey, df *docFacts) {
	n := len(df.facts) + len(df.stretches)
	if c == nil || n > docFactsSize {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if _, ok := c.facts[k]; ok {
		return
	}
	if c.facts == nil || c.nFacts+n > docFactsSize {
		c.facts, c.nFacts = map[docKey]*docFacts{}, 0
	}
	c.facts[k] = df
	c.nFacts += n
}

// NewCache returns an empty cache.
func NewCache() *Cache { return NewCacheWith(NewValues()) }

// NewCacheWith returns an empty cache that keeps articles' typed values in
// v, which outlives it: a server comparing the same stories write after
// write reads each article's values once.
func NewCacheWith(v *Values) *Cache {
	return &Cache{preds: map[*story.Merged][]predication{}, values: v}
}

// Values keeps the typed values of articles' sentences, by reading.
type Values struct {
	mu sync.Mutex
	m  map[*mention.Analysis][]sentenceValues
}

// NewValues returns an empty keep of values.
func NewValues() *Values { return &Values{m: map[*mention.Analysis][]sentenceValues{}} }

// Forget drops the values of a reading (its holder let it go).
func (v *Values) Forget(a *mention.Analysis) {
	v.mu.Lock()
	delete(v.m, a)
	v.mu.Unlock()
}

// Len is the number of readings whose values are kept.
func (v *Values) Len() int {
	v.mu.Lock()
	defer v.mu.Unlock()
	return len(v.m)
}

func (c *Cache) valuesOf(a *mention.Analysis) ([]sentenceValues, bool) {
	if c == nil || c.values == nil {
		return nil, false
	}
	c.values.mu.Lock()
	defer c.values.mu.Unlock()
	dv, ok := c.values.m[a]
	return dv, ok
}

func (c *Cache) keepValues(a *mention.Analysis, dv []sentenceValues) {
	if c == nil || c.values == nil {
		return
	}
	c.values.mu.Lock()
	c.values.m[a] = dv
	c.values.mu.Unlock()
}

// Context is a related story; Events are as Input's, for its Docs.
type Context struct {
	Docs   []story.Doc
	Merged *story.Merged
	Events []EventDays
}

// EventDays is the span of days (counted from 1970-01-01, both ends
// included) in which an article's own text says its event happened, as
// the grouping reads it (analyze.EventSpan); Known is false when the text
// gives no event date.
type EventDays struct {
	Lo, Hi int32
	Known  bool
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
	// One fact model: every stated value (counts, money, measures, times)
	// is compared by valueDiscrepancies, which also yields the agreed facts.
	r.Discrepancies = append(r.Discrepancies, c.valueDiscrepancies()...)
	homes := c.residenceDiscrepancies() // residence.go
	r.Discrepancies = append(r.Discrepancies, withoutHomes(c.placeDiscrepancies(), homes)...)
	r.Discrepancies = append(r.Discrepancies, c.crossStreetDiscrepancies()...)
	r.Discrepancies = append(r.Discrepancies, homes...)
	r.Discrepancies = append(r.Discrepancies, c.titleDiscrepancies()...) // titles.go
	r.Discrepancies = append(r.Discrepancies, c.alignDiscrepancies()...) // align.go
	r.Discrepancies = append(r.Discrepancies, c.speakerFindings()...)
	r.Discrepancies = append(r.Discrepancies, newNames(c.maskedDiscrepancies(), r.Discrepancies)...) // alignmasked.go
	r.Discrepancies = append(r.Discrepancies, c.swappedNounDiscrepancies(r.Discrepancies)...)        // swapped.go
	r.Consensus = append(r.Consensus, c.consensusNumbers...)
	r.Consensus = append(r.Consensus, c.statementConsensus()...)
	r.Stances = c.stances()
	r.Framing = c.framing(r.Consensus, r.Discrepancies, r.Stances)
	return r
}

type comparer struct {
	in Input
	// described is the story's description index (descriptions), built
	// on first use.
	described        map[string]map[string]bool
	lx               *lexicon.Lexicon
	harm             []uint32 // deathmanner.go's genus synsets of harm, read on first use
	origin           []string // per doc
	pub              []time.Time
	consensusNumbers []corroborate.Consensus
	// all and allMerged are the story's articles and its related
	// stories', for comparing values across the thread.
	all       []story.Doc
	allMerged []docMerged
	// nearN counts the leading entries of all that threadDocs reads: the
	// story's articles and those of the related stories that tell its
	// event; the entries after them are the far related stories'
	// (farthread.go), read by the value facts alone: threadDocs gives
	// them too while withFar is set (valueDiscrepancies).
	nearN   int
	withFar bool
	// allFar makes valueDiscrepancies read every far fact, as before
	// session 47 (readValueFacts): for the tests that hold it to that.
	allFar bool
	// selfPairs are, while valueDiscrepancies runs, the pairs of values
	// of one article joined to one fact as a self-contradiction
	// (joinSelfContradictions): factDiscrepancy keeps that article.
	selfPairs map[int]int
	// near remembers closeWords answers: omissions ask about the same
	// pairs of words sentence after sentence.
	near []nearRow
	// ids and words number the words closeWords and carries are asked
	// about (wordID); carry remembers carries' answers; nSents counts the
	// fact sentences read.
	ids   map[string]int32
	words []string
	// senses are the words' WordNet senses by id (closenessOf), when sensed.
	senses []lexicon.Closeness
	sensed []bool
	carry  []nearRow // by fact sentence serial
	// factScratch are the slices readDocFacts gathers an article's facts
	// and stretches in before it keeps them at their size (exactFacts).
	factScratch [2][]fact
	nSents      int32
	// wire remembers wireCredit's answers.
	wire map[string]string
	// roles remembers roleName's answers.
	roles map[string]string
	// factSents remembers each article's fact sentences (factSentences).
	factSents map[int][]factSentence
	// nouns remembers each sentence's nounWords, by article.
	nouns map[int][][]nounWord
	// evDays are the event days of the thread's articles, by id
	// (eventDaysOf).
	evDays map[string]EventDays
	// people are the persons each thread doc names (docPeople).
	people map[int][]string
	// shared remembers sharePeople's answers, by pair of thread docs.
	shared map[[2]int]bool
	// towns are the towns each thread doc's lead names (leadTowns), and
	// lowText its headline and text lower-cased (namesAnyTown).
	towns   map[int][]string
	lowText map[int]string
	// threadTowns are the place names an article of the thread sets in
	// a state or a country (storyTown).
	threadTowns map[string]bool
	// days are the days each thread doc names (docDays).
	days map[int][]int32
	// suspects remembers suspectWord's answers.
	suspects map[string]bool
	// predWords remembers predicateWord's answers for a claim with a
	// complement, by word and complement; nameNouns namesNoun's for a
	// noun other than the claim's, by base and claim noun. Stances ask
	// them of every word of every sentence for each claim.
	predWords map[[2]string]bool
	nameNouns map[[2]string]bool
	// verbsAt remembers each thread sentence's alignVerb answers and
	// content words, which alignSlots and sentenceRoles both read
	// (alignVerbsOf).
	verbsAt map[sentenceOf]*alignVerbs
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
	if name := c.wireCredit(sentence); name != "" {
		return "wire:" + name
	}
	return c.origin[di]
}

// wireCredit is text.WireCredit, remembered for the story: the origin of
// every value of a sentence asks about the same sentence.
func (c *comparer) wireCredit(sentence string) string {
	if name, ok := c.wire[sentence]; ok {
		return name
	}
	if c.wire == nil {
		c.wire = map[string]string{}
	}
	name := text.WireCredit(sentence)
	c.wire[sentence] = name
	return name
}

func countOrigins(origins []string) int { return corroborate.CountOrigins(origins) }

// isPersonNoun reports whether a noun has any WordNet sense of a person or
// a group of people (noun.person, noun.group: "boy", "crowd").
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

func participle(base string) string {
	switch base {
	case "hurt", "cut", "shut", "put", "set", "hit":
		return base
	case "hold":
		return "held"
	case "have":
		return "had" // a count of possession (possession.go): "number of point had"
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
