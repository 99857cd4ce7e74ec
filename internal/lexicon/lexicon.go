// Package lexicon is the engine's English lexicon: an embedded extract of
// WordNet 3.0 (Princeton University; licence in LICENSE-WordNet) giving
// parts of speech, base forms, synonym sets and the lexicographer's
// category of every sense (noun.person, noun.location, verb.communication…),
// which the language stages use to tell names from common words, speakers
// from places, and to match propositions across wording.
package lexicon

import (
	_ "embed"
	"slices"
	"strings"
	"sync"
	"unicode"
)

//go:embed wordnet.txt.gz
var wordnetGz []byte

// POS is a WordNet part of speech: 'n', 'v', 'a' or 'r'.
type POS byte

// Parts of speech.
const (
	Noun POS = 'n'
	Verb POS = 'v'
	Adj  POS = 'a'
	Adv  POS = 'r'
)

// Lexicographer files used by the language stages.
const (
	AdjAll            = 0 // the general adjectives (adj.all), beside the pertainyms (adj.pert, 1)
	NounAct           = 4
	NounArtifact      = 6
	NounCommunication = 10
	NounEvent         = 11
	NounGroup         = 14
	NounLocation      = 15
	NounPerson        = 18
	NounState         = 26
	NounTime          = 28
	VerbBody          = 29
	VerbChange        = 30
	VerbCognition     = 31
	VerbCommunication = 32
	VerbCompetition   = 33
	VerbConsumption   = 34
	VerbContact       = 35
	VerbCreation      = 36
	VerbEmotion       = 37
	VerbMotion        = 38
	VerbPerception    = 39
	VerbPossession    = 40
	VerbSocial        = 41
	VerbStative       = 42
	VerbWeather       = 43
)

// Sense is one WordNet sense of a word form.
type Sense struct {
	POS      POS
	Lex      uint8  // lexicographer file number
	Synset   uint32 // synset offset (unique within a POS)
	Instance bool   // an instance (a proper noun: a particular city, person…)
	// Rank is the sense's number, from 0, among the word's senses of its
	// part of speech in WordNet's order, most frequent in WordNet's tagged
	// corpora first. Senses are listed in synset order, not by Rank.
	Rank uint8
	// Hypernyms are the synsets one level up.
	Hypernyms []uint32
}

// Lexicon is the loaded lexicon.
type Lexicon struct {
	// formsT holds every form as WordNet writes it (underscores for
	// spaces) with its senses (formTable); lowerT, for case-insensitive
	// look-up, holds each lower-case form that is not itself a form with
	// the senses of the first form that lower-cases to it (lowerSenses).
	formsT, lowerT *formTable
	exc            map[POS]map[string]string
	// excBy holds exc's maps of nouns, verbs, adjectives and adverbs by
	// posIndex (load fills it), read without hashing the part of speech
	// (excOf).
	excBy [4]map[string]string
	// synsets holds the hypernyms of each synset and counts the synsets
	// directly under each, keyed by part of speech and offset (synsetID:
	// offsets repeat across parts of speech).
	synsets *synsetTable
	// instanceOf holds the classes of each instance noun synset (France:
	// European country), which are not its hypernyms.
	instanceOf map[uint32][]uint32
	// bases remembers Base's answers (baseMemo); contents ContentWords'
	// answer for each word (contentBase); indexes IndexWord's.
	bases    baseMemo
	contents baseMemo
	indexes  baseMemo
	// baseNums numbers the base forms in bases (BaseID).
	baseNums baseNumbers
	// timeLengths is what LengthOfTime reads first (timeLengthWords).
	timeLengths struct {
		once  sync.Once
		words map[string]bool
	}
}

// posIndex numbers the parts of speech 0 to 3.
// excOf is lx.exc[p]: WordNet's exception list of part of speech p.
func (lx *Lexicon) excOf(p POS) map[string]string {
	switch p {
	case Noun, Verb, Adj, Adv:
		return lx.excBy[posIndex(p)]
	}
	return lx.exc[p]
}

func posIndex(p POS) int {
	switch p {
	case Noun:
		return 0
	case Verb:
		return 1
	case Adj:
		return 2
	}
	return 3
}

var (
	once   sync.Once
	shared *Lexicon
)

// Default returns the embedded lexicon, loading it on first use.
func Default() *Lexicon {
	once.Do(func() { shared = load(wordnetGz) })
	return shared
}

// sensesOf returns the senses of form f as the lexicon writes it (a key),
// nil when it has none.
func (lx *Lexicon) sensesOf(f string) []Sense {
	ss, _ := lx.formsT.get(f)
	return ss
}

func key(s string) string {
	// Most look-ups are of one plain word: it starts and ends with a
	// printable ASCII character (so there is no space to trim, Unicode
	// spaces included) and holds no space.
	if s != "" && s[0] > ' ' && s[0] < 0x7f && s[len(s)-1] > ' ' && s[len(s)-1] < 0x7f && strings.IndexByte(s, ' ') < 0 {
		return s
	}
	return strings.ReplaceAll(strings.TrimSpace(s), " ", "_")
}

// Senses returns the senses of a form exactly as written (case matters:
// "Turkey" the country, "turkey" the bird).
func (lx *Lexicon) Senses(form string) []Sense { return lx.sensesOf(key(form)) }

// SensesFold returns the senses of a form in any case.
func (lx *Lexicon) SensesFold(form string) []Sense {
	// Both tables' spans cut the loader's one array of senses (newLoader,
	// fileCased), so either table cuts a span of the other.
	return lx.formsT.cut(lx.spanFold(form))
}

// spanFold is SensesFold's span (an empty one when the form has none).
func (lx *Lexicon) spanFold(form string) senseSpan {
	k := key(form)
	if ss, ok := lx.formsT.span(k); ok {
		return ss
	}
	low := strings.ToLower(k)
	if low == k { // not in formsT, as asked
		ss, _ := lx.lowerT.span(low)
		return ss
	}
	return lx.lowerSpan(low)
}

// lowerSenses returns the senses of a WordNet form that lower-cases to
// low: low itself when WordNet has it, else the first such form of the
// extract (lowerT).
func (lx *Lexicon) lowerSenses(low string) []Sense { return lx.formsT.cut(lx.lowerSpan(low)) }

// lowerSpan is lowerSenses' span.
func (lx *Lexicon) lowerSpan(low string) senseSpan {
	if ss, ok := lx.formsT.span(low); ok {
		return ss
	}
	ss, _ := lx.lowerT.span(low)
	return ss
}

// IsCommon reports whether the lower-case word is a common English word
// (WordNet has it in lower case, not only as a name).
func (lx *Lexicon) IsCommon(word string) bool {
	_, ok := lx.formsT.get(key(strings.ToLower(word)))
	return ok
}

// Has reports whether form (in any case) has a sense of part of speech p.
// It reads the parts of speech kept with the form's slot (posBits), not
// its senses: the senses are another read of memory, most of a look-up's
// cost.
func (lx *Lexicon) Has(form string, p POS) bool {
	if bit := posBit(p); bit != 0 {
		return lx.spanFold(form).pos&bit != 0
	}
	for _, s := range lx.SensesFold(form) {
		if s.POS == p {
			return true
		}
	}
	return false
}

// HasLex reports whether form (as written) has a sense of part of speech p
// in lexicographer file lex.
func (lx *Lexicon) HasLex(form string, p POS, lex uint8) bool {
	for _, s := range lx.Senses(form) {
		if s.POS == p && s.Lex == lex {
			return true
		}
	}
	return false
}

// ProperType tells what a capitalised name is according to WordNet:
// "place", "person", "organization", or "" when WordNet does not know it as
// a proper name.
func (lx *Lexicon) ProperType(name string) string {
	ss := lx.Senses(name)
	kind := ""
	for _, s := range ss {
		if s.POS != Noun || !s.Instance && !isCapitalised(name) {
			continue
		}
		switch s.Lex {
		case NounLocation:
			return "place" // a place reading wins: "Washington", "United States"
		case NounPerson:
			if s.Instance && kind == "" {
				kind = "person"
			}
		case NounGroup:
			if kind == "" || kind == "person" {
				kind = "organization"
			}
		}
	}
	return kind
}

func isCapitalised(s string) bool {
	return s != "" && s[0] >= 'A' && s[0] <= 'Z'
}

// Base returns the base form (lemma) of a lower-case word for part of
// speech p, following WordNet's morphy: exception lists, then suffix rules,
// keeping only forms the lexicon knows. It returns word itself when no base
// form is found.
func (lx *Lexicon) Base(word string, p POS) string {
	if len(word) > baseInline {
		return lx.base(word, p) // rare; not remembered
	}
	i := posIndex(p)
	h := lx.bases.hash(word, i)
	if b, ok := lx.bases.get(h, word, i); ok {
		return b
	}
	b, _ := lx.learnBase(h, word, p)
	return b
}

// base is Base, worked out.
func (lx *Lexicon) base(word string, p POS) string {
	w := strings.ToLower(word)
	if b, ok := lx.excOf(p)[w]; ok {
		return b
	}
	known := func(f string) bool {
		for _, s := range lx.sensesOf(f) {
			if s.POS == p {
				return true
			}
		}
		return false
	}
	var rules [][2]string
	switch p {
	case Noun:
		// A known noun stays itself unless it may be a plural; no English
		// plural ends in "ss" ("pass" is not "pas"s).
		if known(w) && (!strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss")) {
			return w
		}
		rules = nounRules
	case Verb:
		rules = [][2]string{{"ies", "y"}, {"es", "e"}, {"es", ""}, {"ed", "e"}, {"ed", ""}, {"ing", "e"}, {"ing", ""}, {"s", ""}}
	case Adj:
		rules = [][2]string{{"er", ""}, {"est", ""}, {"er", "e"}, {"est", "e"}}
	}
	if known(w) && p != Noun {
		return w
	}
	for _, r := range rules {
		if strings.HasSuffix(w, r[0]) && len(w) > len(r[0])+1 {
			cand := w[:len(w)-len(r[0])] + r[1]
			if known(cand) {
				return cand
			}
			// Doubled final consonant: "stopped" → "stop".
			if (r[0] == "ed" || r[0] == "ing") && r[1] == "" && len(cand) > 2 && cand[len(cand)-1] == cand[len(cand)-2] && known(cand[:len(cand)-1]) {
				return cand[:len(cand)-1]
			}
		}
	}
	if known(w) {
		return w
	}
	return w
}

// nounRules are morphy's suffix rules for nouns: an ending and what
// replaces it in the base form.
var nounRules = [][2]string{{"ies", "y"}, {"ses", "s"}, {"xes", "x"}, {"zes", "z"}, {"ches", "ch"}, {"shes", "sh"}, {"men", "man"}, {"s", ""}}

// Synonyms reports whether two lower-case base forms share a synset of part
// of speech p.
func (lx *Lexicon) Synonyms(a, b string, p POS) bool {
	if a == b {
		return true
	}
	return lx.anyPair(a, b, p, func(x, y Sense) bool { return x.Synset == y.Synset })
}

// SynonymsRanked is Synonyms limited by sense rank: whether a, in one of
// its an commonest senses of part of speech p, shares a synset with b in
// one of b's bn commonest senses of p (Sense.Rank). A word shares a
// synset with a rare sense of another ("get" with "arrest" as "attract")
// without meaning what that word commonly means.
func (lx *Lexicon) SynonymsRanked(a, b string, p POS, an, bn int) bool {
	if a == b {
		return true
	}
	return lx.anyPair(a, b, p, func(x, y Sense) bool {
		return int(x.Rank) < an && int(y.Rank) < bn && x.Synset == y.Synset
	})
}

// anyPair reports whether some sense of a and some sense of b, both of
// part of speech p, satisfy f.
func (lx *Lexicon) anyPair(a, b string, p POS, f func(x, y Sense) bool) bool {
	if bit := posBit(p); bit != 0 {
		// Neither word's senses are read unless both have one of p (the
		// parts of speech kept with their slots).
		as, _ := lx.formsT.span(key(a))
		if as.pos&bit == 0 {
			return false
		}
		bs, _ := lx.formsT.span(key(b))
		if bs.pos&bit == 0 {
			return false
		}
		return anySensePair(lx.formsT.cut(as), lx.formsT.cut(bs), p, f)
	}
	var bs []Sense
	looked := false // b's senses are looked up once, and only when a has a sense of p
	for _, x := range lx.sensesOf(key(a)) {
		if x.POS != p {
			continue
		}
		if !looked {
			bs, looked = lx.sensesOf(key(b)), true
		}
		for _, y := range bs {
			if y.POS == p && f(x, y) {
				return true
			}
		}
	}
	return false
}

// SynsetIDs returns the synsets of a lower-case base form for part of speech p.
func (lx *Lexicon) SynsetIDs(word string, p POS) []uint32 {
	var out []uint32
	for _, s := range lx.sensesOf(key(word)) {
		if s.POS == p {
			out = append(out, s.Synset)
		}
	}
	return out
}

// Related reports whether two lower-case base forms of part of speech p are
// close in meaning: synonyms, one directly under the other, or siblings
// under a narrow common parent (at most 40 children), as "ferry" and
// "barge" under "boat".
func (lx *Lexicon) Related(a, b string, p POS) bool {
	if a == b {
		return true
	}
	return lx.anyPair(a, b, p, func(x, y Sense) bool { return lx.closeSenses(p, x, y) })
}

// closeSenses reports whether two senses of part of speech p are close in
// meaning (see Related).
func (lx *Lexicon) closeSenses(p POS, x, y Sense) bool {
	if x.Synset == y.Synset {
		return true
	}
	for _, h := range x.Hypernyms {
		if h == y.Synset {
			return true
		}
		for _, g := range y.Hypernyms {
			if g == h && lx.synsets.kids(synsetID(p, h)) <= 40 {
				return true
			}
		}
	}
	for _, h := range y.Hypernyms {
		if h == x.Synset {
			return true
		}
	}
	return false
}

// RelatedSenses is Related on two different words' senses as Senses
// returns them: a caller that asks about the same words over and over
// looks each up once.
func (lx *Lexicon) RelatedSenses(as, bs []Sense, p POS) bool {
	return anySensePair(as, bs, p, func(x, y Sense) bool { return lx.closeSenses(p, x, y) })
}

// SynonymSenses is Synonyms on two different words' senses as Senses
// returns them (see RelatedSenses).
func SynonymSenses(as, bs []Sense, p POS) bool {
	return anySensePair(as, bs, p, func(x, y Sense) bool { return x.Synset == y.Synset })
}

// Closeness is what CloseSenses reads of one word's senses, laid out
// once: the synsets of its noun senses, their hypernyms, and those of the
// hypernyms with at most 40 children (narrow parents), its verb and
// adjective synsets, each sorted without repeats. A caller asking about
// one word against many others builds it once.
type Closeness struct {
	nouns, hypernyms, narrow []uint32
	verb, adj                []uint32
}

// ClosenessOf lays out senses (as Senses returns them) for CloseSenses.
func (lx *Lexicon) ClosenessOf(senses []Sense) Closeness {
	var c Closeness
	for _, s := range senses {
		switch s.POS {
		case Noun:
			c.nouns = append(c.nouns, s.Synset)
			c.hypernyms = append(c.hypernyms, s.Hypernyms...)
			for _, h := range s.Hypernyms {
				if lx.synsets.kids(synsetID(Noun, h)) <= 40 {
					c.narrow = append(c.narrow, h)
				}
			}
		case Verb:
			c.verb = append(c.verb, s.Synset)
		case Adj:
			c.adj = append(c.adj, s.Synset)
		}
	}
	for _, ids := range []*[]uint32{&c.nouns, &c.hypernyms, &c.narrow, &c.verb, &c.adj} {
		slices.Sort(*ids)
		*ids = slices.Clip(slices.Compact(*ids))
	}
	return c
}

// CloseSenses reports whether two words are close as nouns (RelatedSenses)
// or synonyms as verbs or as adjectives (SynonymSenses), from their laid
// out senses: RelatedSenses(as, bs, Noun) || SynonymSenses(as, bs, Verb)
// || SynonymSenses(as, bs, Adj), without a map look-up a pair.
//
// Two noun senses are close when they are one synset, one is directly
// under the other, or they are siblings under a narrow parent
// (closeSenses). Some pair of senses is close exactly when the words'
// noun synsets meet, or one word's synsets meet the other's hypernyms,
// or their narrow hypernyms meet (a narrow parent of both is narrow for
// each): each a walk of two sorted lists, not a look through every
// pair of senses (a word of thirty senses against another was nine
// hundred).
func CloseSenses(a, b *Closeness) bool {
	return meets(a.nouns, b.nouns) || meets(a.nouns, b.hypernyms) || meets(b.nouns, a.hypernyms) ||
		meets(a.narrow, b.narrow) || meets(a.verb, b.verb) || meets(a.adj, b.adj)
}

// meets reports whether two sorted lists have an element in common.
func meets(a, b []uint32) bool {
	for len(a) > 0 && len(b) > 0 {
		switch {
		case a[0] == b[0]:
			return true
		case a[0] < b[0]:
			a = a[1:]
		default:
			b = b[1:]
		}
	}
	return false
}

// anySensePair reports whether some sense in as and some in bs, both of
// part of speech p, satisfy f (anyPair on senses looked up).
func anySensePair(as, bs []Sense, p POS, f func(x, y Sense) bool) bool {
	for _, x := range as {
		if x.POS != p {
			continue
		}
		for _, y := range bs {
			if y.POS == p && f(x, y) {
				return true
			}
		}
	}
	return false
}

// nltkStopwords are the English stopwords of NLTK's stopword corpus
// (nltk_data corpora/stopwords/english as it stood before contractions
// were added, 127 words; Apache 2.0): pronouns, determiners, auxiliaries, prepositions,
// conjunctions and the commonest adverbs of degree and time.
const nltkStopwords = `i me my myself we our ours ourselves you your yours yourself yourselves he him his himself she her hers
herself it its itself they them their theirs themselves what which who whom this that these those am is are was were be been being
have has had having do does did doing a an the and but if or because as until while of at by for with about against between into
through during before after above below to from up down in out on off over under again further then once here there when where why
how all any both each few more most other some such no nor not only own same so than too very s t can will just don should now`

// stopwords are the function words ContentWords leaves out and the
// statement readers take for no content: the closed-class words of the
// Penn Treebank (closedclass.txt: determiners, pronouns, prepositions and
// subordinators, coordinators, modals and particles) and the forms of the
// primary verbs be, have and do (CGEL ch. 3 §2), less the negators of
// CGEL ch. 9 ("no", "nor", "neither"; "not" and "never" are adverbs, not
// in the list), since a negator turns a statement into its denial and so
// is part of what a statement says. NLTK's list (nltkStopwords) in its
// place also drops adverbs ("only", "again", "further", "very"), which
// CGEL counts as an open class; measured in session 6, see
// doc/language.md.
var stopwords = func() map[string]bool {
	m := ClosedClassWords(false)
	for _, w := range strings.Fields("be am is are was were been being have has had having do does did doing") {
		m[w] = true
	}
	for _, w := range strings.Fields("no nor neither") {
		delete(m, w)
	}
	return m
}()

// IsStopword reports whether a lower-case word is a function word that
// carries no content (stopwords: the one stopword list of the statement
// readers; story features use IsIndexStopword).
func IsStopword(w string) bool { return stopwords[w] }

// Stopwords returns a copy of the stopword list.
func Stopwords() map[string]bool {
	out := make(map[string]bool, len(stopwords))
	for w := range stopwords {
		out[w] = true
	}
	return out
}

// IsIndexStopword reports whether a lower-case word is left out of the
// features that group articles into stories, being a word every news
// story uses that therefore tells no two stories apart: one of NLTK's
// English stopwords (nltkStopwords: function words and the commonest
// adverbs, "very", "only", "now") or a noun of a length of time ("year",
// "days", "weeks": LengthOfTime). The speaker reader uses it too, to tell
// a function word from a name.
func IsIndexStopword(w string) bool {
	return nltk[w] || Default().LengthOfTime(w)
}

var nltk = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(nltkStopwords) {
		m[w] = true
	}
	return m
}()

// LengthOfTime reports whether a lower-case noun, or its singular, names a
// length of time ("year", "days", "month", "hours"): its first WordNet
// noun sense is filed in noun.time directly under time unit (15154774) or
// time period (15113229).
func (lx *Lexicon) LengthOfTime(w string) bool {
	lx.timeLengths.once.Do(lx.findTimeLengths)
	if !lx.timeLengths.words[strings.ToLower(w)] && !strings.ContainsFunc(w, unicode.IsSpace) {
		return false
	}
	if v, ok := timeLengthCache.Load(w); ok {
		return v
	}
	ok := lx.lengthOfTime(w)
	timeLengthCache.Store(w, ok)
	return ok
}

// lengthOfTime is LengthOfTime, worked out.
func (lx *Lexicon) lengthOfTime(w string) bool {
	return timeLengthSenses(lx.Senses(lx.Base(w, Noun)))
}

// timeLengthSenses reports whether the first noun sense among ss names a
// length of time (see LengthOfTime).
func timeLengthSenses(ss []Sense) bool {
	ok := false
	for _, s := range ss {
		if s.POS == Noun && s.Rank == 0 && s.Lex == NounTime {
			for _, h := range s.Hypernyms {
				ok = ok || h == timeUnit || h == timePeriod
			}
		}
	}
	return ok
}

// findTimeLengths lists every lower-case word whose noun base can be a
// form naming a length of time: such a form itself, the form with one of
// Base's noun endings put back (nounRules: "days", "centuries"), and a
// word WordNet's exception list gives that form as base for. Base
// returns a lower-cased word, an exception's base or the word with one
// ending replaced, so a word without white space that is not listed has
// no such base, and LengthOfTime answers it without a look-up (most words
// of every article are asked, in cluster.Words).
func (lx *Lexicon) findTimeLengths() {
	words := map[string]bool{}
	for k := range lx.formsT.all(timeLengthSenses) {
		words[k] = true
		for _, r := range nounRules {
			if strings.HasSuffix(k, r[1]) {
				words[k[:len(k)-len(r[1])]+r[0]] = true
			}
		}
	}
	for w, b := range lx.exc[Noun] {
		if timeLengthSenses(lx.sensesOf(key(b))) {
			words[w] = true
		}
	}
	lx.timeLengths.words = words
}

// WordNet 3.0 noun synsets time unit, unit of time (15154774) and time
// period, period of time, period (15113229).
const (
	timeUnit   = 15154774
	timePeriod = 15113229
)

var timeLengthCache WordMemo[bool] // word → bool

// ContentWords returns the base forms of the content words of s: nouns
// first, else verbs, function words left out.
func (lx *Lexicon) ContentWords(s string) map[string]bool {
	// The base forms are gathered first and the map made for their number
	// at once: grown word by word, a sentence's map was made two or three
	// times over (its groups rehashed as it grew).
	var buf [48]string
	bases := buf[:0]
	add := func(w string) {
		if len(w) < 3 {
			return
		}
		if b, ok := lx.contentBase(w); ok {
			bases = append(bases, b)
		}
	}
	// The words are strings.FieldsFunc's of the lower-case text, read
	// without the slice of them it makes.
	low, start := strings.ToLower(s), -1
	for i, r := range low {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '-' || r > 127 && unicode.IsLetter(r) {
			if start < 0 {
				start = i
			}
		} else if start >= 0 {
			add(low[start:i])
			start = -1
		}
	}
	if start >= 0 {
		add(low[start:])
	}
	out := make(map[string]bool, len(bases))
	for _, b := range bases {
		out[b] = true
	}
	return out
}

// contentBase is the base form ContentWords keeps for the lower-case word
// w, and false for a function word: its noun base, else its verb base.
// The answer is remembered (contents): most words of every sentence are
// asked, and working it out costs a stopword look-up and one or two of
// Base's (a noun's base form is asked again as a verb).
func (lx *Lexicon) contentBase(w string) (string, bool) {
	return remembered(&lx.contents, w, lx.contentBaseOf)
}

// remembered is of(w), remembered in m for words of up to baseInline
// bytes (a function word, false, as leftOut).
func remembered(m *baseMemo, w string, of func(string) (string, bool)) (string, bool) {
	if len(w) > baseInline {
		return of(w)
	}
	h := m.hash(w, 0)
	b, ok := m.get(h, w, 0)
	if !ok {
		var keep bool
		b, keep = of(w)
		if !keep {
			b = leftOut
		}
		m.Lock()
		m.put(h, w, 0, b)
		m.Unlock()
	}
	if b == leftOut {
		return "", false
	}
	return b, true
}

// leftOut is what contents remembers for a function word: no base form
// holds a NUL byte.
const leftOut = "\x00"

// IndexWord is the base form an index of content words keeps for the
// lower-case word w (cluster.Words): its noun base, else its verb base
// where that differs; false for an index stopword (IsIndexStopword), as
// written or as its base. The answer is remembered (indexes): it costs
// two stopword and up to two base-form look-ups, and most words of every
// article are asked.
func (lx *Lexicon) IndexWord(w string) (string, bool) {
	return remembered(&lx.indexes, w, lx.indexWordOf)
}

// indexWordOf is IndexWord, worked out.
func (lx *Lexicon) indexWordOf(w string) (string, bool) {
	if IsIndexStopword(w) {
		return "", false
	}
	b := lx.Base(w, Noun)
	if b == w {
		if v := lx.Base(w, Verb); v != w {
			b = v
		}
	}
	if IsIndexStopword(b) {
		return "", false
	}
	return b, true
}

// contentBaseOf is contentBase, worked out.
func (lx *Lexicon) contentBaseOf(w string) (string, bool) {
	if stopwords[w] {
		return "", false
	}
	b := lx.Base(w, Noun)
	if b == w {
		b = lx.Base(w, Verb)
	}
	return b, true
}

// Overlap is the share of the smaller word set found in the other.
func Overlap(a, b map[string]bool) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	// The words of a that b holds as true, counted over the smaller set:
	// a fact sentence is asked against every sentence of a story.
	n := 0
	if len(a) <= len(b) {
		for w := range a {
			if b[w] {
				n++
			}
		}
	} else {
		for w, in := range b {
			if _, ok := a[w]; ok && in {
				n++
			}
		}
	}
	return float64(n) / float64(min(len(a), len(b)))
}

// EventNoun returns the base form of a lower-case noun and whether it
// names an event or an act that happens on a day: at least half of its
// WordNet noun senses are filed under noun.event or noun.act ("meeting",
// "visit", "earthquake"; not "minister", a person in most senses).
func (lx *Lexicon) EventNoun(w string) (string, bool) {
	b := lx.Base(w, Noun)
	total, event := 0, 0
	for _, s := range lx.Senses(b) {
		if s.POS != Noun {
			continue
		}
		total++
		if s.Lex == NounEvent || s.Lex == NounAct {
			event++
		}
	}
	return b, total > 0 && 2*event >= total
}
