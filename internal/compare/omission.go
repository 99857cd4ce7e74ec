package compare

import (
	"maps"
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/lexicon"
	"github.com/corroborate/corroborate/internal/mention"
	"github.com/corroborate/corroborate/internal/text"
)

// storyFact is a fact of the story an article may leave out: its text, its
// content words (base forms) and the values it gives.
type storyFact struct {
	text   string
	words  map[string]bool
	values []float64
	// in lists the articles known to state it.
	in []string
	// A key claim's parts: the words of its subject, and of its predicate
	// (the complement's head, and the verb unless it only links).
	subject, predicate map[string]bool
	// counted are the fact's figures with the nouns they count or
	// measure ("400 protesters").
	counted []valueNoun
	// core are the fact's words that two or more of the articles stating
	// it use (see sharedCore); nil when fewer than two state it.
	core map[string]bool
}

// factNumbers are the figures factValues reads in digits, the matches of
// `\d[\d,]*(?:\.\d+)?` (regexp's FindAllString), read byte by byte: a
// match opens at an ASCII digit (`\d` is ASCII alone), takes every digit
// and comma after it, then a period and the digits after it when one
// follows; the next is sought from its end. The pattern ran on every
// sentence of every article compared (omissions, story facts);
// TestFactNumbersAsPattern checks the two agree.
func factNumbers(s string) []string {
	var out []string
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			continue
		}
		j := i + 1
		for j < len(s) && (isDigit(s[j]) || s[j] == ',') {
			j++
		}
		if j+1 < len(s) && s[j] == '.' && isDigit(s[j+1]) {
			j += 2
			for j < len(s) && isDigit(s[j]) {
				j++
			}
		}
		out = append(out, s[i:j])
		i = j - 1
	}
	return out
}

// isDigit reports whether b is an ASCII digit.
func isDigit(b byte) bool { return b >= '0' && b <= '9' }

// factValues are the figures a text states: numbers in digits and numbers
// in words ("four men", "twenty-six"), so that "Three men drove …" and "three
// thieves … drove …" share their figure. "One" is left out: it is also a
// pronoun and a determiner ("no one was hurt", "one of the", Quirk et al.
// 1985 §6.58), most often no figure at all.
func factValues(ss ...string) []float64 {
	var out []float64
	for _, s := range ss {
		for _, m := range factNumbers(s) {
			if v, err := strconv.ParseFloat(strings.ReplaceAll(m, ",", ""), 64); err == nil {
				out = append(out, v)
			}
		}
		for w := range strings.FieldsSeq(s) { // no slice of the words made
			w = strings.ToLower(strings.Trim(w, ".,;:!?()\"“”'‘’"))
			if w == "" || w == "one" || w[0] >= '0' && w[0] <= '9' || !mention.MayReadFinite(w) {
				continue
			}
			if v, ok := mention.ParseNumber(w); ok && !math.IsNaN(v) && !math.IsInf(v, 0) {
				out = append(out, v)
			}
		}
	}
	return out
}

// storyFacts gathers the facts of the story: its number slots (counts two
// origins agree on, and the figures of its discrepancies) and its key
// claims. What a speaker said is not a fact of the story: an article that
// quotes someone else, or no one, leaves out no fact.
func (c *comparer) storyFacts(cons []corroborate.Consensus, disc []corroborate.Discrepancy, stances []corroborate.Stance) []storyFact {
	var out []storyFact
	for _, k := range cons {
		if strings.Contains(k.Fact, ": “") || c.quotedStatement(k.Fact) {
			continue // a factCarry ("Speaker: “words”") or a quotation with its speaker, not a fact
		}
		if r, _ := utf8.DecodeRuneInString(k.Fact); unicode.IsLower(r) {
			continue // a sentence cut in two ("connection with the …"): a fragment, not a fact
		}
		out = append(out, storyFact{text: k.Fact, words: c.lx.ContentWords(k.Fact), values: factValues(k.Fact), in: k.Articles, counted: c.valueNouns(k.Fact)})
	}
	for _, x := range disc {
		if x.Kind == "speaker" {
			continue // who said something is not a fact an article leaves out
		}
		f := storyFact{text: x.About, words: c.lx.ContentWords(aboutPhrase(x))}
		if len(f.words) < 2 {
			continue // a label ("day — “meet”"), too thin to judge
		}
		for _, v := range x.Values {
			f.in = append(f.in, v.Articles...)
			if s, ok := v.Value.(string); ok {
				f.values = append(f.values, factValues(s)...)
			} else if n, ok := v.Value.(float64); ok {
				f.values = append(f.values, n)
			}
		}
		out = append(out, f)
	}
	claims := map[string]*storyFact{}
	var order []string
	props := map[string]proposition{}
	for _, p := range c.predications() {
		if _, ok := props[claimText(p)]; !ok {
			props[claimText(p)] = p
		}
	}
	for _, s := range stances {
		f := claims[s.Claim]
		if f == nil {
			f = &storyFact{text: s.Claim, words: c.lx.ContentWords(s.Claim)}
			if p, ok := props[s.Claim]; ok {
				f.subject = c.lx.ContentWords(p.subject)
				f.predicate = map[string]bool{}
				if p.comp != "" {
					f.predicate[strings.ToLower(p.comp)] = true
				}
				if !c.beingVerb(p.verb) {
					f.predicate[p.verb] = true
				}
			}
			claims[s.Claim] = f
			order = append(order, s.Claim)
		}
		f.in = append(f.in, s.Article)
	}
	for _, k := range order {
		out = append(out, *claims[k])
	}
	sents := map[int][]factSentence{}
	for i := range out {
		out[i].core = c.sharedCore(out[i], sents)
	}
	return out
}

// sharedCore is what the articles stating a fact agree on: the fact's words
// that the best sentence (by share of the fact's words) of at least two
// of them carries, in any wording (coverage's word match). A fact is given
// in one article's words, with that outlet's details ("near the square",
// "after a week of storms"); another article that states what the
// sources share states the fact. With fewer than two articles stating it,
// or fewer than two shared words, nil (the fact's own words are read).
// sents caches each article's sentences.
func (c *comparer) sharedCore(f storyFact, sents map[int][]factSentence) map[string]bool {
	var best []*factSentence
	words := c.wordIDs(slices.Collect(maps.Keys(f.words)))
	for di, d := range c.in.Docs {
		if !slices.Contains(f.in, d.Article.ID) {
			continue
		}
		if sents[di] == nil {
			sents[di] = c.factSentences(di)
		}
		var top *factSentence
		topCov := -1.0
		for k := range sents[di] {
			if cov := c.coverage(words, &sents[di][k]); cov > topCov {
				top, topCov = &sents[di][k], cov
			}
		}
		if top != nil {
			best = append(best, top)
		}
	}
	if len(best) < 2 {
		return nil
	}
	core := map[string]bool{}
	for w := range f.words {
		n := 0
		for _, b := range best {
			if c.carries(c.wordID(w), b) {
				n++
			}
		}
		if n >= 2 {
			core[w] = true
		}
	}
	if len(core) < minCore {
		return nil
	}
	return core
}

// quotedStatement reports whether a sentence is a quotation with its
// attribution ("“It was a shock,” said the mayor", "“…,” she said"), or a
// quotation and nothing else: what a speaker said, not a fact an article
// could leave out.
func (c *comparer) quotedStatement(s string) bool {
	s = strings.TrimSpace(s)
	var closeMark string
	switch {
	case strings.HasPrefix(s, "“"):
		closeMark, s = "”", s[len("“"):]
	case strings.HasPrefix(s, "\""):
		closeMark, s = "\"", s[1:]
	default:
		return false
	}
	i := strings.Index(s, closeMark)
	if i < 0 {
		return true // the quotation runs to the end (cut short: "…")
	}
	after := strings.Fields(strings.ToLower(s[i+len(closeMark):]))
	for k := 0; k < len(after) && k < 3; k++ {
		w := strings.Trim(after[k], ",.;:")
		if mention.IsReportingVerb(c.lx.Base(w, lexicon.Verb)) {
			return true
		}
	}
	return false
}

// aboutPhrase is the words of a discrepancy's subject that say what the
// fact is: its subject without the label of the value's kind that factAbout
// puts first ("number of", "day", "age") and without the verb and names it
// adds as hints ("day — “meet” (the council)" says only "day"). A subject
// left with fewer than two content words is too thin to call left out.
func aboutPhrase(x corroborate.Discrepancy) string {
	about := x.About
	if i := strings.Index(about, " — "); i >= 0 {
		about = about[:i]
	}
	if i := strings.Index(about, " ("); i >= 0 {
		about = about[:i]
	}
	if l := typeLabels[x.Type]; l != "" {
		about = strings.TrimPrefix(about, l)
	}
	return about
}

// factSentence is a sentence (or the headline) of an article, as omits
// reads it: its content words and values.
type factSentence struct {
	words   map[string]bool
	values  []float64
	counted []valueNoun
	// ids are words' ids (comparer.wordID), serial the sentence's number
	// among the comparer's fact sentences (carries remembers by it).
	ids    []int32
	serial int32
}

// factSentences reads article di's sentences and headline, once per
// comparer (the story's facts and its omissions both read them; nothing
// changes what it returns).
func (c *comparer) factSentences(di int) []factSentence {
	if s, ok := c.factSents[di]; ok {
		return s
	}
	if c.factSents == nil {
		c.factSents = map[int][]factSentence{}
	}
	s := c.readFactSentences(di)
	for k := range s {
		s[k].serial = c.nSents
		c.nSents++
		for w := range s[k].words {
			s[k].ids = append(s[k].ids, c.wordID(w))
		}
	}
	c.factSents[di] = s
	return s
}

// readFactSentences reads article di's sentences and headline.
func (c *comparer) readFactSentences(di int) []factSentence {
	d := c.in.Docs[di]
	a := d.Analysis
	sents := make([]factSentence, 0, len(a.Sentences)+1)
	for si, s := range a.Sentences {
		st := factSentence{words: c.lx.ContentWords(s.Text), values: factValues(s.Text), counted: c.valueNounsIn(sentenceTokens(a, si))}
		for _, n := range a.Numbers {
			if n.Sentence == si {
				st.values = append(st.values, n.Value)
			}
		}
		sents = append(sents, st)
	}
	if t := d.Article.Title; t != nil {
		sents = append(sents, factSentence{words: c.lx.ContentWords(*t), values: factValues(*t), counted: c.valueNouns(*t)})
	}
	return sents
}

// Thresholds of a fact stated in other words (see omits), read from the
// tune half of the ECB+ dev kit (each gold story compared as one story;
// evaluate's TestOmissionSharesOnTune prints the table and checks them).
// Two bounds. (1) Of the (fact, article) pairs where the article is known
// to state the fact (its consensus, discrepancy or stance lists it), the
// rule may read at most 5% as not stated. (2) The value share is read
// from 40 omissions judged by hand by reading their articles
// (testdata/stances/judged-omissions-tune-s6.tsv): of the 12 stated or
// partly stated, six had a sentence (or two) giving one of the fact's
// figures with 0.39–0.44 of its words (once figures in words count: "four
// men"), two 0.18 and 0.24; of the 28 really absent, none more than 0.29
// until figures in words count. A value share of 0.30 drops seven of the
// twelve and one really absent one: 32 of the 40 are still reported, 27 of
// them really absent (0.844; before, 28 of 40, 0.700).
// On 2026-12-02: 558 pairs in 30 stories; share 0.50 with value share 0.30
// reads 5 (0.9%) as not stated (0.45 read 22, 3.9%). The share stays 0.50:
// in the judged sample stated and absent facts both reach 0.42–0.47
// without a figure, so no lower share separates them.
const (
	minCore          = 3
	statedShare      = 0.5
	statedShareValue = 0.30
)

// OmissionThresholds are the omission rule's thresholds: the share of a
// fact's words one sentence (or two adjacent ones) must carry to state it,
// and the lower share that suffices with one of its values.
func OmissionThresholds() (share, valueShare float64) { return statedShare, statedShareValue }

// factCarry is how well one article's sentences carry a fact: the best
// share of its words in one sentence, in two adjacent sentences, and in a
// sentence (or pair) that also gives one of its values; and whether a
// sentence speaks of it as a key claim (subject and predicate).
type factCarry struct {
	share, pairShare, valueShare float64
	claim                        bool
	// counted: a sentence gives one of the fact's figures with the noun
	// it counts or measures there ("$1 million in damage").
	counted bool
}

// stated applies the omission rule's thresholds.
func (st factCarry) stated(share, valueShare float64) bool {
	return st.claim || st.counted || st.share >= share || st.pairShare >= share || st.valueShare >= valueShare
}

// measure reads how well the sentences carry fact f. With stop set, it
// returns as soon as stop holds: the shares only grow sentence after
// sentence, so a rule that holds then holds at the end.
func (c *comparer) measure(f storyFact, sents []factSentence, stop func(factCarry) bool) factCarry {
	var st factCarry
	if f.core != nil {
		f.words = f.core // what the sources share, not one outlet's details
	}
	// Which of the fact's words each sentence carries: two adjacent
	// sentences carry a word when one of them does, so their coverage is
	// read from the two, not from their union again.
	words := c.wordIDs(slices.Sorted(maps.Keys(f.words)))
	var cur, next []bool
	for i := range sents {
		s := &sents[i]
		if cur == nil {
			cur = c.carried(words, s)
		}
		cov := carriedShare(cur, nil)
		st.share = max(st.share, cov)
		if sharesValue(f.values, s.values) {
			st.valueShare = max(st.valueShare, cov)
		}
		st.claim = st.claim || c.statesClaim(f, s)
		st.counted = st.counted || c.sameCounted(f.counted, s.counted)
		// A fact told over two sentences: "Five people were hurt. The
		// quake struck the island on Monday."
		if i+1 < len(sents) {
			next = c.carried(words, &sents[i+1])
			cov := carriedShare(cur, next)
			st.pairShare = max(st.pairShare, cov)
			if sharesValue(f.values, s.values) || sharesValue(f.values, sents[i+1].values) {
				st.valueShare = max(st.valueShare, cov)
			}
		}
		if stop != nil && stop(st) {
			return st
		}
		cur, next = next, nil
	}
	return st
}

// carried reports for each of a fact's words whether a sentence carries
// it (see coverage).
func (c *comparer) carried(words []int32, s *factSentence) []bool {
	out := make([]bool, len(words))
	for k, w := range words {
		out[k] = c.carries(w, s)
	}
	return out
}

// carries reports whether sentence s carries the word of id w: the word
// itself, or a word of s close to it (closeWords). Answers are remembered
// for the story: the facts of a story share words, and each is read
// against every sentence of every article. They are kept as closeIDs'
// are, two bit rows a sentence (by its serial), one bit a word.
func (c *comparer) carries(w int32, s *factSentence) bool {
	for int(s.serial) >= len(c.carry) {
		c.carry = append(c.carry, nearRow{})
	}
	row := &c.carry[s.serial]
	if r, ok := row.get(w); ok {
		return r
	}
	r := s.words[c.words[w]]
	if !r {
		for _, v := range s.ids {
			if c.closeIDs(w, v) {
				r = true
				break
			}
		}
	}
	row.set(w, r, len(c.words))
	return r
}

// wordID is the comparer's number for word w (closeWords and carries
// remember their answers by numbers, cheaper to hash than words).
func (c *comparer) wordID(w string) int32 {
	if id, ok := c.ids[w]; ok {
		return id
	}
	if c.ids == nil {
		c.ids = map[string]int32{}
	}
	id := int32(len(c.words))
	c.ids[w] = id
	c.words = append(c.words, w)
	return id
}

// wordIDs numbers each of words (wordID).
func (c *comparer) wordIDs(words []string) []int32 {
	out := make([]int32, len(words))
	for i, w := range words {
		out[i] = c.wordID(w)
	}
	return out
}

// carriedShare is the share of a fact's words that one sentence (b nil) or
// either of two carries: coverage of the sentence, or of the two together.
func carriedShare(a, b []bool) float64 {
	if len(a) == 0 {
		return 0
	}
	n := 0
	for k := range a {
		if a[k] || b != nil && b[k] {
			n++
		}
	}
	return float64(n) / float64(len(a))
}

// omits lists the facts of the story that article di does not state in
// any wording: no sentence of it, nor two adjacent ones, nor its headline
// carries half of the fact's content words (by base form, WordNet synonym
// or a shared stem of five letters), or 45% of them with one of the
// fact's values, nor, for a key claim, its subject and predicate (see the
// thresholds above). A fact too thin to judge (fewer than two content
// words) is never said to be left out.
func (c *comparer) omits(di int, facts []storyFact) []string {
	d := c.in.Docs[di]
	sents := c.factSentences(di)
	var out []string
	for _, f := range facts {
		if slices.Contains(f.in, d.Article.ID) || len(f.words) < 2 {
			continue
		}
		stated := func(st factCarry) bool { return st.stated(statedShare, statedShareValue) }
		st := c.measure(f, sents, stated)
		if stated(st) {
			continue
		}
		text := f.text
		// A number fact whose sentence the article tells in part, without
		// its figure, is the figure left out: its clause, not the sentence
		// ("350 sandbags were handed out", not what else the sentence says).
		if len(f.counted) > 0 && max(st.share, st.pairShare) >= statedShareValue {
			if fig := c.figureClauses(f.text); fig != "" {
				text = fig
			}
		}
		if !slices.Contains(out, text) { // one fact, listed once
			out = append(out, text)
		}
	}
	return out
}

// figureClauses is the part of a sentence that gives its counted figures:
// the clauses (between commas, semicolons, dashes, "and", "but" and a
// "that" or "who" that opens a clause) in which a figure with the noun it
// counts stands, joined by "; ", without the subordinator that opens
// them; a clause that opens with its verb ("paid a fine of …") is
// shown after the sentence's subject, when that is a short first clause
// ("The ferry company … paid …"). "" when no clause has a figure, or when
// the one clause is the whole sentence.
func (c *comparer) figureClauses(s string) string {
	s = strings.TrimSpace(strings.TrimRight(thousandsGapRe.ReplaceAllString(s, "$1,$2"), ".…"))
	parts := clauseSplitRe.Split(s, -1)
	var keep []string
	for k, part := range parts {
		part = strings.TrimSpace(part)
		for {
			w, rest, _ := strings.Cut(part, " ")
			if !clauseOpeners[strings.ToLower(w)] {
				break
			}
			part = rest
		}
		if len(strings.Fields(part)) < 3 || len(c.valueNouns(part)) == 0 {
			continue
		}
		if subj := strings.TrimSpace(parts[0]); k > 0 && c.opensWithVerb(part) && c.bareSubject(subj) {
			part = subj + " … " + part
		}
		keep = append(keep, part)
	}
	out := strings.Join(keep, "; ")
	if out == s {
		return ""
	}
	return out
}

// thousandsGapRe finds a thousands group written after a comma and a space
// ("12, 500"): one figure, not two clauses.
var thousandsGapRe = regexp.MustCompile(`(\d), (\d{3})\b`)

// opensWithVerb reports whether a clause's first word is a verb form, not
// a noun or a determiner: the clause's subject stands before it.
func (c *comparer) opensWithVerb(part string) bool {
	w, _, _ := strings.Cut(part, " ")
	if w == "" || strings.ToLower(w) != w || determiners[w] || prepositionWords[w] {
		return false
	}
	b := c.lx.Base(w, lexicon.Verb)
	return c.lx.Has(b, lexicon.Verb) && (b != w || auxiliaries[w]) && !strings.HasSuffix(w, "ing") && !c.lx.Has(c.lx.Base(w, lexicon.Noun), lexicon.Noun)
}

// bareSubject reports whether a sentence's first clause is only a short
// noun phrase (at most four words, no figure, no preposition first, no
// verb): the subject of a clause that opens with its verb later on.
func (c *comparer) bareSubject(s string) bool {
	f := strings.Fields(s)
	if len(f) == 0 || len(f) > 4 || len(c.valueNouns(s)) > 0 || prepositionWords[strings.ToLower(f[0])] {
		return false
	}
	for _, w := range f {
		lw := strings.ToLower(w)
		if auxiliaries[lw] || modals[lw] || c.opensWithVerb(lw) {
			return false
		}
	}
	return true
}

// clauseOpeners are the conjunctions and relative pronouns that open a
// clause (Quirk et al. 1985 §14.11, §17.9): not part of what it states.
var clauseOpeners = map[string]bool{"and": true, "but": true, "that": true, "who": true, "which": true, "while": true,
	"after": true, "before": true, "when": true, "whom": true, "where": true}

// clauseSplitRe cuts a sentence where a clause may end or begin.
var clauseSplitRe = regexp.MustCompile(`\s*[,;:]\s+|\s+[-–—]+\s+|\s+(?:and|but|that|who|which|while|after|before|when)\s+`)

// FactStatement is how well an article known to state a fact of its
// story carries it (see StatedCoverage).
type FactStatement struct{ st factCarry }

// Stated reports whether the omission rule with these thresholds reads the
// article as stating the fact (a share of the fact's words in one sentence
// or two adjacent ones; a lower share with one of its values).
func (f FactStatement) Stated(share, valueShare float64) bool { return f.st.stated(share, valueShare) }

// StatedCoverage measures the omission rule on a story whose findings are
// r: for every fact of the story of two content words or more and every
// article known to state it (its consensus, discrepancy or stance lists
// the article), how well that article's sentences carry it. An article
// known to state a fact that the rule reads as not stating it would be a
// false omission: the thresholds are read from these on tune stories.
func StatedCoverage(in Input, r Result) []FactStatement {
	c := newComparer(in)
	facts := c.storyFacts(r.Consensus, r.Discrepancies, r.Stances)
	var out []FactStatement
	for di, d := range in.Docs {
		var sents []factSentence
		for _, f := range facts {
			if !slices.Contains(f.in, d.Article.ID) || len(f.words) < 2 {
				continue
			}
			if sents == nil {
				sents = c.factSentences(di)
			}
			out = append(out, FactStatement{c.measure(f, sents, nil)})
		}
	}
	return out
}

// statesClaim reports whether a sentence speaks of a key claim in its own
// words: its subject and its predicate (complement or verb), each by base
// form or a WordNet synonym or near noun ("the ferry sank" and "the boat went
// down" are both about the boat). A sentence that denies the claim states
// it too: the fact is not left out, only disputed.
func (c *comparer) statesClaim(f storyFact, sent *factSentence) bool {
	if len(f.subject) == 0 || len(f.predicate) == 0 {
		return false
	}
	return c.carriesAny(f.subject, sent) && c.carriesAny(f.predicate, sent)
}

// carriesAny reports whether the sentence carries one of the words.
func (c *comparer) carriesAny(words map[string]bool, sent *factSentence) bool {
	for w := range words {
		if c.carries(c.wordID(w), sent) {
			return true
		}
	}
	return false
}

// coverage is the share of a fact's words that a sentence carries, as
// the same base form or a WordNet synonym (noun or verb) or a noun close
// to it ("ferry", "boat").
func (c *comparer) coverage(fact []int32, sent *factSentence) float64 {
	if len(fact) == 0 {
		return 0
	}
	n := 0
	for _, w := range fact {
		if c.carries(w, sent) {
			n++
		}
	}
	return float64(n) / float64(len(fact))
}

// closeWords reports whether v says w in other words: related nouns, or
// synonymous verbs or adjectives. Answers are remembered for the story.
func (c *comparer) closeWords(w, v string) bool {
	return c.closeIDs(c.wordID(w), c.wordID(v))
}

// closeIDs is closeWords on the words of ids w and v. Its answers are
// kept in two bit rows per word w (asked, and the answer), one bit per v.
func (c *comparer) closeIDs(w, v int32) bool {
	for int(w) >= len(c.near) {
		c.near = append(c.near, nearRow{})
	}
	row := &c.near[w]
	if r, ok := row.get(v); ok {
		return r
	}
	a, b := c.words[w], c.words[v]
	r := a == b
	if !r {
		// Related nouns, synonymous verbs or adjectives (lexicon.CloseSenses).
		r = lexicon.CloseSenses(c.closenessOf(w), c.closenessOf(v)) || sameStem(a, b)
	}
	row.set(v, r, len(c.words))
	return r
}

// closenessOf returns the WordNet senses of the word of id w as
// lexicon.CloseSenses reads them, looked up once per comparison, and
// laid out once per word for all comparisons (closenessOfWord).
func (c *comparer) closenessOf(w int32) *lexicon.Closeness {
	for int(w) >= len(c.senses) {
		c.senses = append(c.senses, lexicon.Closeness{})
		c.sensed = append(c.sensed, false)
	}
	if !c.sensed[w] {
		c.senses[w], c.sensed[w] = closenessOfWord(c.lx, c.words[w]), true
	}
	return &c.senses[w]
}

// closenessMemo keeps the default lexicon's closeness of words
// (closenessOfWord).
var closenessMemo memo[lexicon.Closeness]

// closenessOfWord is lx.ClosenessOf(lx.Senses(w)), remembered for the
// default lexicon: one comparison asks it once a word, but a report's
// stories ask the same words again (about 81,000 lay-outs of 11,500
// words on incidents dev), each a look-up of the word's senses and of
// every noun hypernym's children. The answer's slices are shared:
// CloseSenses only reads them.
func closenessOfWord(lx *lexicon.Lexicon, w string) lexicon.Closeness {
	if lx != lexicon.Default() {
		return lx.ClosenessOf(lx.Senses(w))
	}
	return closenessMemo.get(w, func(w string) lexicon.Closeness { return lx.ClosenessOf(lx.Senses(w)) })
}

// nearRow is what closeIDs knows of one word: for each other word (by
// id, one bit each), whether it was asked, and the answer.
type nearRow struct{ asked, close []uint64 }

// get returns the remembered answer for bit v and whether one was asked.
func (row *nearRow) get(v int32) (answer, asked bool) {
	i, bit := int(v)>>6, uint64(1)<<(uint(v)&63)
	if i < len(row.asked) && row.asked[i]&bit != 0 {
		return row.close[i]&bit != 0, true
	}
	return false, false
}

// set remembers answer r for bit v, growing the rows to hold at least
// nwords bits (every word id the comparer has numbered) so that a row
// grows once, not one word at a time.
func (row *nearRow) set(v int32, r bool, nwords int) {
	i, bit := int(v)>>6, uint64(1)<<(uint(v)&63)
	if i >= len(row.asked) {
		n := max(i+1, nwords>>6+1)
		row.asked = append(row.asked, make([]uint64, n-len(row.asked))...)
		row.close = append(row.close, make([]uint64, n-len(row.close))...)
	}
	row.asked[i] |= bit
	if r {
		row.close[i] |= bit
	}
}

// sameStem reports whether one word of five letters or more begins the
// other: derived forms the WordNet extract does not link ("arson",
// "arsonist"; "connect", "connection").
func sameStem(a, b string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	return len(a) >= 5 && strings.HasPrefix(b, a)
}

// valueNoun is a figure with the noun it counts or measures.
type valueNoun struct {
	v    float64
	noun string
}

// valueNouns reads a text's figures with the nouns they count or measure:
// the common noun right after the figure ("400 protesters", "a 125-seat
// parliament"), over a scale word, a currency sign and "in" or "of" ("$1
// million in damage", "2,000 gallons of oil" counts gallons). Years are
// dates, not counts, and nouns of measure or time (WordNet noun.quantity,
// noun.time: "percent", "mile", "year") name a unit, not what is counted:
// neither is read.
func (c *comparer) valueNouns(s string) []valueNoun {
	return c.valueNounsIn(text.Tokens(s))
}

// sentenceTokens are the tokens of a's sentence si: the reading's, or
// read from its text when the reading holds none (one made by hand).
func sentenceTokens(a *mention.Analysis, si int) []text.Token {
	if si < len(a.Tokens) {
		return a.Tokens[si]
	}
	return text.Tokens(a.Sentences[si].Text)
}

// valueNounsIn is valueNouns of a sentence's tokens (a reading's).
func (c *comparer) valueNounsIn(toks []text.Token) []valueNoun {
	var out []valueNoun
	for i, t := range toks {
		w := t.Lower
		num, rest := w, ""
		if k := strings.IndexByte(w, '-'); k > 0 && w[0] >= '0' && w[0] <= '9' {
			num, rest = w[:k], w[k+1:]
		}
		v, ok := figure(num)
		if !ok {
			continue
		}
		if rest != "" {
			if n := c.countedNoun(rest); n != "" {
				out = append(out, valueNoun{v, n})
			}
			continue
		}
		for j := i + 1; j < len(toks) && j <= i+4; j++ {
			x := toks[j].Lower
			if x == "in" || x == "of" || x == "$" || x == "€" || x == "£" || figureScale(x) {
				continue
			}
			if j+1 < len(toks) && c.lx.Has(x, lexicon.Adj) && c.countedNoun(toks[j+1].Lower) != "" {
				continue // "two young women": the adjective before the noun
			}
			if n := c.countedNoun(x); n != "" && !toks[j].IsCapitalized() && !addressNumber(toks, i, n) {
				out = append(out, valueNoun{v, n})
			}
			break
		}
	}
	return out
}

// addressNumber reports whether the figure at token i with the noun n
// after it is an address, not a count (blockAddress).
func addressNumber(toks []text.Token, i int, n string) bool {
	return i > 0 && blockAddress(toks[i-1].Text, n)
}

// figure reads a figure in digits or words ("400", "2,000", "four"); not
// "one" (see factValues), not a year (1900–2100 in four digits).
func figure(w string) (float64, bool) {
	if w == "" || w == "one" {
		return 0, false
	}
	digits := w[0] >= '0' && w[0] <= '9'
	v, ok := mention.ParseNumber(w)
	if !ok || math.IsNaN(v) || math.IsInf(v, 0) || !digits && strings.ContainsAny(w, "0123456789") {
		return 0, false
	}
	if digits && len(w) == 4 && v >= 1900 && v <= 2100 && v == math.Trunc(v) {
		return 0, false
	}
	return v, true
}

// figureScale reports whether a word scales a figure ("million", "bn").
func figureScale(w string) bool {
	switch w {
	case "hundred", "thousand", "million", "billion", "trillion", "m", "bn", "k":
		return true
	}
	return false
}

// countedNoun is the base form of a word that can be what a figure counts:
// a WordNet noun most of whose noun senses are no unit of measure, time or
// proportion (noun.quantity, noun.time, noun.relation: "mile", "day",
// "year", "percent"). An adjective before the noun is passed over by the
// caller.
func (c *comparer) countedNoun(w string) string {
	b := c.lx.Base(w, lexicon.Noun)
	if !c.lx.Has(b, lexicon.Noun) || stop[w] {
		return ""
	}
	unit, all := 0, 0
	for _, sn := range c.lx.Senses(b) {
		if sn.POS != lexicon.Noun {
			continue
		}
		all++
		if l := int(sn.Lex); l == nounQuantity || l == nounRelation || l == int(lexicon.NounTime) {
			unit++
		}
	}
	if all == 0 || unit*2 >= all {
		return ""
	}
	return b
}

// sameCounted reports whether a sentence gives one of a fact's figures
// with the noun it counts, or a noun close to it ("400 protesters", "400
// demonstrators").
func (c *comparer) sameCounted(fact, sent []valueNoun) bool {
	for _, a := range fact {
		for _, b := range sent {
			if a.v == b.v && (a.noun == b.noun || c.closeWords(a.noun, b.noun)) {
				return true
			}
		}
	}
	return false
}

func sharesValue(a, b []float64) bool {
	for _, x := range a {
		for _, y := range b {
			if x == y {
				return true
			}
		}
	}
	return false
}
