package compare

import (
	"fmt"
	"sort"
	"strings"
	"unicode"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/lexicon"
	"github.com/corroborate/corroborate/internal/mention"
	"github.com/corroborate/corroborate/internal/text"
)

// This file is sentence alignment with values masked: two articles that
// tell one statement in nearly the same words (a wire story and its
// rewrite, two rewrites of one release) but give it two different names in
// one place — "team general manager A.J. Smith said" and "general manager
// A.J. Butler said" — disagree on who it was, whatever the verb, its
// slots or the sentence's grammar.
//
// A sentence is read as a sequence of units: a name (the story's name of a
// person, organisation or place mention), a masked value (a number or a
// time expression: the value facts compare those, and two tellings that
// differ in one still align), or a word (punctuation is left out). Two
// sentences of different articles are aligned when the longest sequence
// of units they share (a longest common subsequence) holds at least
// maskedMinShared units and maskedMinRatio of each sentence's units. Where
// they differ, a stretch of one sentence against a stretch of the other
// (a hunk), each stretch is one name, the two give every value alike (two
// values and two names are two facts, each name's own), no other hunk
// stands within maskedMargin units of it, the two names are of one entity
// type and they conflict, the two names are the two sides of a
// discrepancy — of kind other (a person or an organisation) or place.
// Two names conflict when they cannot be one entity written two ways and
// the writers give no sign they are two entities of the story:
//   - persons: samePerson (a short form, a misspelling, a shared family
//     name with no second given name) says they can be one;
//   - organisations and places: a shared name word or a short form
//     (shortFor) can be one;
//   - no article of the story names both (a writer who names both knows
//     them apart: two victims, a town and its county, a city in its
//     country: "Santa Rosa, Calif.");
//   - places: a country (a WordNet instance of a country) against a name
//     that is not one is no conflict — the other place may lie in it.
// Every rule is general English; none is drawn from the data it is
// measured on.

// Alignment thresholds (units, see above).
const (
	maskedMinShared = 8
	maskedMinRatio  = 0.55
	maskedMaxUnits  = 80
)

// maskUnit is one unit of a sentence: a word, a masked value ("#") or a
// name ("\x00" and its story name, lower case).
type maskUnit struct {
	key   string
	name  int    // index of the name in maskedSentence.names, -1 for none
	value string // a masked value's words, lower case
	cap   bool   // a word written with a capital
}

// maskedName is a name unit's mention.
type maskedName struct {
	key     string // story name, lower case
	typ     string // entity type
	written string // as written
}

// maskedSentence is one sentence of one article as units.
type maskedSentence struct {
	doc, sent int
	text      string
	units     []maskUnit
	names     []maskedName
	words     map[string]bool
}

// maskedSentences reads every sentence of the thread's articles as units.
func (c *comparer) maskedSentences() ([]maskedSentence, []map[string]bool) {
	docs, merged := c.threadDocs()
	var out []maskedSentence
	named := make([]map[string]bool, len(docs))
	for di, d := range docs {
		a := d.Analysis
		named[di] = map[string]bool{}
		bySent := map[int][]mention.NameMention{}
		for _, m := range a.Mentions {
			n := strings.ToLower(merged[di].name(m))
			named[di][n] = true
			bySent[m.Sentence] = append(bySent[m.Sentence], m)
		}
		masked := maskedSpans(a)
		for si, toks := range a.Tokens {
			if si >= len(a.Sentences) || len(toks) > maskedMaxUnits*2 {
				continue
			}
			// At most a unit a token: the units are not grown from empty.
			ms := maskedSentence{doc: di, sent: si, text: a.Sentences[si].Text, units: make([]maskUnit, 0, len(toks)), words: map[string]bool{}}
			ms.read(toks, bySent[si], masked[si], a, merged[di])
			if len(ms.units) >= maskedMinShared && len(ms.units) <= maskedMaxUnits {
				out = append(out, ms)
			}
		}
	}
	return out, named
}

// maskedSpans are, by sentence, the byte spans of its numbers and time
// expressions.
func maskedSpans(a *mention.Analysis) map[int][][2]int {
	out := map[int][][2]int{}
	for _, n := range a.Numbers {
		out[n.Sentence] = append(out[n.Sentence], [2]int{n.Start, n.End})
	}
	for si, ts := range a.Times {
		for _, t := range ts {
			out[si] = append(out[si], [2]int{t.Start, t.End})
		}
	}
	return out
}

// read fills a sentence's units from its tokens, its name mentions and
// its masked spans.
func (ms *maskedSentence) read(toks []text.Token, mentions []mention.NameMention, masked [][2]int, a *mention.Analysis, dm docMerged) {
	inSpan := func(t text.Token) bool {
		for _, s := range masked {
			if t.Start >= s[0] && t.End <= s[1] {
				return true
			}
		}
		return false
	}
	last := -1 // the mention the previous token lay in
	for _, t := range toks {
		mi := -1
		for k, m := range mentions {
			if t.Start >= m.Start && t.End <= m.End {
				mi = k
				break
			}
		}
		switch {
		case mi >= 0:
			if mi != last {
				m := mentions[mi]
				key := strings.ToLower(dm.name(m))
				ms.names = append(ms.names, maskedName{key: key, typ: a.Entities[m.Entity].Type, written: m.Name})
				ms.units = append(ms.units, maskUnit{key: "\x00" + key, name: len(ms.names) - 1})
			}
		case t.IsNumber() || inSpan(t):
			if n := len(ms.units); n == 0 || ms.units[n-1].key != "#" {
				ms.units = append(ms.units, maskUnit{key: "#", name: -1})
			}
			u := &ms.units[len(ms.units)-1]
			u.value += t.Lower + " "
		case t.IsWord():
			lw := t.Lower
			ms.units = append(ms.units, maskUnit{key: lw, name: -1, cap: t.IsCapitalized()})
			if len(lw) > 2 && !lexicon.IsStopword(lw) {
				ms.words[lw] = true
			}
		}
		last = mi
	}
}

// maskedHunk is one place where two aligned sentences differ: the units
// [a0, a1) of the first against [b0, b1) of the second.
type maskedHunk struct{ a0, a1, b0, b1 int }

// maskedAlign aligns two sentences' units: the pairs of equal units of a
// longest common subsequence and the hunks between them, or ok false when
// they share too little.
func maskedAlign(x, y []maskUnit) (pairs [][2]int, hunks []maskedHunk, ok bool) {
	n, m := len(x), len(y)
	// The table's rows are cut from one block (one allocation, not n+1).
	l, block := make([][]int32, n+1), make([]int32, (n+1)*(m+1))
	for i := range l {
		l[i] = block[i*(m+1) : (i+1)*(m+1) : (i+1)*(m+1)]
	}
	for i := n - 1; i >= 0; i-- {
		for j := m - 1; j >= 0; j-- {
			switch {
			case x[i].key == y[j].key:
				l[i][j] = l[i+1][j+1] + 1
			case l[i+1][j] >= l[i][j+1]:
				l[i][j] = l[i+1][j]
			default:
				l[i][j] = l[i][j+1]
			}
		}
	}
	shared := int(l[0][0])
	if shared < maskedMinShared || float64(shared) < maskedMinRatio*float64(n) || float64(shared) < maskedMinRatio*float64(m) {
		return nil, nil, false
	}
	i, j, hi, hj := 0, 0, 0, 0
	for i < n && j < m {
		switch {
		case x[i].key == y[j].key:
			if hi < i || hj < j {
				hunks = append(hunks, maskedHunk{hi, i, hj, j})
			}
			pairs = append(pairs, [2]int{i, j})
			i, j = i+1, j+1
			hi, hj = i, j
		case l[i+1][j] >= l[i][j+1]:
			i++
		default:
			j++
		}
	}
	if hi < n || hj < m {
		hunks = append(hunks, maskedHunk{hi, n, hj, m})
	}
	return pairs, hunks, true
}

// sameValues reports whether two aligned sentences give the same values:
// every masked value of one is aligned with the same words in the other.
// Two sentences that differ in a value and a name tell two facts, each
// name's own ("Ellison scored 21 points", "Varga scored 14 points").
func sameValues(x, y []maskUnit, pairs [][2]int, hunks []maskedHunk) bool {
	for _, p := range pairs {
		if x[p[0]].value != y[p[1]].value {
			return false
		}
	}
	return !unitElsewhere(x, y, hunks, -1, func(u maskUnit) bool { return u.value != "" })
}

// afterKin reports whether the unit before unit i is a kin noun (WordNet's
// "relative": "the founder's son"): kin are many, and two names after it
// may be two of them.
func (c *comparer) afterKin(units []maskUnit, i int) bool {
	if i == 0 || units[i-1].name >= 0 {
		return false
	}
	w := c.lx.Base(units[i-1].key, lexicon.Noun)
	return c.lx.Has(w, lexicon.Noun) && c.lx.Under(w, lexicon.Noun, c.lx.SynsetIDs("relative", lexicon.Noun), 6)
}

// maskedMargin is how many shared units must stand between a name's hunk
// and the next place the two sentences differ.
const maskedMargin = 2

// maskedApart reports whether hunk k stands at least maskedMargin shared
// units from the hunks before and after it, on both sides: a name whose
// neighbours differ too may fill another part in each sentence ("Kerr's
// grandson", "Vance's nephew": two relatives of one boy).
func maskedApart(hunks []maskedHunk, k int) bool {
	h := hunks[k]
	if k > 0 && (h.a0-hunks[k-1].a1 < maskedMargin || h.b0-hunks[k-1].b1 < maskedMargin) {
		return false
	}
	if k+1 < len(hunks) && (hunks[k+1].a0-h.a1 < maskedMargin || hunks[k+1].b0-h.b1 < maskedMargin) {
		return false
	}
	return true
}

// maskedNode is one name of one sentence (an index into the sentences and
// into that sentence's names).
type maskedNode struct{ s, n int }

// maskedDiscrepancies reports the names aligned sentences give two ways.
func (c *comparer) maskedDiscrepancies() []corroborate.Discrepancy {
	sents, named := c.maskedSentences()
	together := namedTogether(named)
	var nodes []maskedNode
	index := map[maskedNode]int{}
	node := func(s, n int) int {
		k := maskedNode{s, n}
		if i, ok := index[k]; ok {
			return i
		}
		index[k] = len(nodes)
		nodes = append(nodes, k)
		return len(nodes) - 1
	}
	var agree, conflict [][2]int
	var nouns []maskedNounPair
	use := &nounUse{c: c}
	ords := &ordinalUse{c: c}
	for _, p := range c.maskedPairs(sents) {
		x, y := &sents[p[0]], &sents[p[1]]
		pairs, hunks, ok := maskedAlign(x.units, y.units)
		if !ok || !sameValues(x.units, y.units, pairs, hunks) {
			continue
		}
		for k, h := range hunks {
			if h.a1-h.a0 != 1 || h.b1-h.b0 != 1 || !maskedApart(hunks, k) {
				continue
			}
			na, nb := x.units[h.a0].name, y.units[h.b0].name
			if na < 0 && nb < 0 {
				if a, b, ok := c.maskedNouns(x, y, h, use); ok && !c.partiesElsewhere(x.units, y.units, hunks, k) {
					nouns = append(nouns, maskedNounPair{[2]int{p[0], p[1]}, [2]string{a, b}, [2]string{x.units[h.a0].key, y.units[h.b0].key}})
				} else if a, b, head, ok := c.maskedOrdinals(x, y, h); ok && !c.thingsElsewhere(x.units, y.units, hunks, k) &&
					!ords.writesBoth(head, ordinalOf(a), ordinalOf(b)) {
					// alignordinal.go: two ordinals of one noun.
					nouns = append(nouns, maskedNounPair{[2]int{p[0], p[1]}, [2]string{ordinalOf(a) + " " + head, ordinalOf(b) + " " + head}, [2]string{a, b}})
				}
				continue
			}
			if na < 0 || nb < 0 || c.afterKin(x.units, h.a0) || !c.namesConflict(x.names[na], y.names[nb], together) {
				continue
			}
			conflict = append(conflict, [2]int{node(p[0], na), node(p[1], nb)})
		}
		for _, q := range pairs {
			if na, nb := x.units[q[0]].name, y.units[q[1]].name; na >= 0 && nb >= 0 {
				agree = append(agree, [2]int{node(p[0], na), node(p[1], nb)})
			}
		}
	}
	out := c.maskedNounFindings(sents, nouns)
	if len(conflict) == 0 {
		return out
	}
	return append(c.maskedFindings(sents, nodes, agree, conflict, together), out...)
}

// maskedNounPair is one place where two aligned sentences (sents) give
// two common nouns (nouns: base forms; words: as written, lower case).
type maskedNounPair struct {
	sents        [2]int
	nouns, words [2]string
}

// maskedNouns reads the one word two aligned sentences x and y differ in
// at hunk h as two things of one kind: two common nouns (written in lower
// case, no inflected verb: "shot" / "fired", each the head of its phrase:
// modifierUnit) of one number, neither a time, a quantity, a general
// noun, a collective (a mob, a throng: two names of one body of people)
// or a person (two persons are two people: a son and a daughter of one
// family), none set apart from others of its kind (apartUnits), whose
// frequent senses meet under a narrow WordNet hypernym (closeNouns),
// neither a synonym or a kind of the other, and no writer of the story
// writing both (two things the writer knows apart). Sentences that quote
// a speaker are left out: a speaker's words are not the reporter's. The
// base forms are returned.
func (c *comparer) maskedNouns(x, y *maskedSentence, h maskedHunk, use *nounUse) (string, string, bool) {
	u, v := x.units[h.a0], y.units[h.b0]
	if u.cap || v.cap || quoted(x.text) || quoted(y.text) {
		return "", "", false
	}
	if apartUnits(x.units, h.a0) || apartUnits(y.units, h.b0) || c.modifierUnit(x.units, h.a0) || c.modifierUnit(y.units, h.b0) ||
		c.ofPerson(x.units, h.a0) || c.ofPerson(y.units, h.b0) {
		return "", "", false
	}
	a, aok := c.maskedNoun(u.key)
	b, bok := c.maskedNoun(v.key)
	if !aok || !bok || (a == u.key) != (b == v.key) {
		return "", "", false
	}
	if c.fillersAgree(a, b) || c.sameHue(a, b) || !c.closeNouns(a, b) || use.writesBoth(a, b) {
		return "", "", false
	}
	return a, b, true
}

// maskedNoun is the noun base form of a lower-case word that may be one
// side of maskedNouns (see there).
func (c *comparer) maskedNoun(w string) (string, bool) {
	if _, closed := closedTag(w); closed || auxiliaries[w] {
		return "", false
	}
	if v := c.lx.Base(w, lexicon.Verb); v != w && c.lx.Has(v, lexicon.Verb) {
		return "", false // an inflected verb
	}
	n := c.lx.Base(w, lexicon.Noun)
	x, ok := c.lx.TopSense(n, lexicon.Noun)
	if !ok || x.Lex == lexicon.NounGroup || x.Lex == lexicon.NounPerson || generalNoun(n) || c.quantityOrTime(n) {
		return "", false
	}
	return n, true
}

// modifierUnit reports whether the word unit i modifies the word unit
// after it, as modifiesNext reads tokens ("the red carpet", "a rifle
// case"): the next unit is a lower-case common noun not written as an
// inflected verb.
func (c *comparer) modifierUnit(units []maskUnit, i int) bool {
	if i+1 >= len(units) || units[i+1].name >= 0 || units[i+1].key == "#" || units[i+1].cap {
		return false
	}
	w := units[i+1].key
	if _, closed := closedTag(w); closed || auxiliaries[w] {
		return false
	}
	b := c.lx.Base(w, lexicon.Noun)
	if b == "" || !c.lx.Has(b, lexicon.Noun) || c.lx.Has(w, lexicon.Adv) {
		return false // no noun, or an adverb too ("then")
	}
	v := c.lx.Base(w, lexicon.Verb)
	return v == "" || v == w
}

// partiesElsewhere reports whether a hunk of hunks other than k holds a
// name or a person noun on either side: two sentences that differ in who
// and in a thing tell two facts, each party's own ("Vale shot the guard
// with a rifle", "Dace shot the guard with a shotgun"; "shot the clerk
// with his rifle", "shot the guard with his shotgun"), as sameValues
// reads values.
func (c *comparer) partiesElsewhere(x, y []maskUnit, hunks []maskedHunk, k int) bool {
	party := func(u maskUnit) bool {
		if u.name >= 0 {
			return true
		}
		if u.key == "#" {
			return false
		}
		s, ok := c.lx.TopSense(c.lx.Base(u.key, lexicon.Noun), lexicon.Noun)
		return ok && s.Lex == lexicon.NounPerson
	}
	return unitElsewhere(x, y, hunks, k, party)
}

// unitElsewhere reports whether a hunk of hunks other than k (-1: any
// hunk) holds, on either side, a unit for which is holds.
func unitElsewhere(x, y []maskUnit, hunks []maskedHunk, k int, is func(maskUnit) bool) bool {
	for i, h := range hunks {
		if i == k {
			continue
		}
		for _, u := range x[h.a0:h.a1] {
			if is(u) {
				return true
			}
		}
		for _, u := range y[h.b0:h.b1] {
			if is(u) {
				return true
			}
		}
	}
	return false
}

// apartUnits reports whether a word of apartWords (swapped.go) stands
// before unit i in its sentence (units keep no punctuation to end a
// clause by): "the other gunman fired a rifle" tells one of two gunmen,
// and another article's "shotgun" may be the first one's.
func apartUnits(units []maskUnit, i int) bool {
	for j := i - 1; j >= 0; j-- {
		if apartWords[units[j].key] {
			return true
		}
	}
	return false
}

// ofPerson reports whether the noun at unit i tells which person a
// person noun before it is ("the driver of the car", "the owner of a
// dog"): two such nouns name two people, each with his own thing (the
// driver of the car and the driver of the truck of one crash), no one
// thing told two ways.
func (c *comparer) ofPerson(units []maskUnit, i int) bool {
	j := i - 1
	for j >= 0 && ofDeterminers[units[j].key] {
		j--
	}
	if j < 1 || units[j].key != "of" {
		return false
	}
	p := units[j-1]
	if p.name >= 0 || p.key == "#" {
		return p.name >= 0
	}
	s, ok := c.lx.TopSense(c.lx.Base(p.key, lexicon.Noun), lexicon.Noun)
	return ok && s.Lex == lexicon.NounPerson
}

// ofDeterminers may stand between "of" and its noun.
var ofDeterminers = map[string]bool{"the": true, "a": true, "an": true, "his": true, "her": true, "its": true, "their": true, "this": true, "that": true}

// quoted reports whether a sentence holds a quotation mark.
func quoted(s string) bool { return strings.ContainsAny(s, "\"“”") }

// maskedNounFindings reports each pair of nouns that aligned sentences
// give two ways: one finding a pair, each noun's articles and sentences.
func (c *comparer) maskedNounFindings(sents []maskedSentence, pairs []maskedNounPair) []corroborate.Discrepancy {
	type side struct {
		word       string
		docs, sent []string
	}
	var keys [][2]string
	byPair := map[[2]string]map[string]*side{}
	first := map[[2]string][2]string{} // the pair's nouns in the order first met
	for _, p := range pairs {
		k := p.nouns
		if k[0] > k[1] {
			k = [2]string{k[1], k[0]}
		}
		if byPair[k] == nil {
			byPair[k] = map[string]*side{}
			keys = append(keys, k)
			first[k] = p.nouns
		}
		for i := range 2 {
			sd := byPair[k][p.nouns[i]]
			if sd == nil {
				sd = &side{word: p.words[i]}
				byPair[k][p.nouns[i]] = sd
			}
			s := &sents[p.sents[i]]
			sd.docs = corroborate.AppendUnique(sd.docs, c.all[s.doc].Article.ID)
			sd.sent = corroborate.AppendUnique(sd.sent, s.text)
		}
	}
	var out []corroborate.Discrepancy
	for _, k := range keys {
		d := corroborate.Discrepancy{About: "which — one statement", Kind: c.swapKind(k[0], k[1])}
		for _, n := range first[k] {
			sd := byPair[k][n]
			d.Values = append(d.Values, corroborate.DiscrepancyValue{Value: sd.word, Normalized: n, Articles: sd.docs, Sentences: sd.sent})
		}
		d.Note = c.copyNote(d)
		if c.reportsHere(d) {
			out = append(out, d)
		}
	}
	return out
}

// maskedPairs are the pairs of sentences of different articles that share
// enough content words to be worth aligning.
func (c *comparer) maskedPairs(sents []maskedSentence) [][2]int {
	byWord := map[string][]int{}
	for i, s := range sents {
		for w := range s.words {
			byWord[w] = append(byWord[w], i)
		}
	}
	var out [][2]int
	// The words sentence i shares with each later one are counted in one
	// slice for all sentences (shared), each count set back to zero once
	// read: a map of its own a sentence cost more than the counting.
	shared, met := make([]int32, len(sents)), []int{}
	for i, s := range sents {
		met = met[:0]
		for w := range s.words {
			for _, j := range byWord[w] {
				if j > i && sents[j].doc != s.doc {
					if shared[j] == 0 {
						met = append(met, j)
					}
					shared[j]++
				}
			}
		}
		for _, j := range met {
			n := int(shared[j])
			shared[j] = 0
			least := min(len(s.words), len(sents[j].words))
			if float64(n) >= maskedMinRatio*float64(least) && n >= 4 {
				out = append(out, [2]int{i, j})
			}
		}
	}
	// A fixed order: the map's is random.
	sortPairs(out)
	return out
}

// sortPairs sorts index pairs in place.
func sortPairs(p [][2]int) {
	sort.Slice(p, func(i, j int) bool { return p[i][0] < p[j][0] || p[i][0] == p[j][0] && p[i][1] < p[j][1] })
}

// namesConflict reports whether two names an aligned place gives cannot
// name one entity (see the file comment).
func (c *comparer) namesConflict(a, b maskedName, together func(x, y string) bool) bool {
	typ, ok := maskedType(a.typ, b.typ)
	if !ok || a.key == b.key || together(a.key, b.key) {
		return false
	}
	// Two stories of a thread may give one name two story names ("Fred
	// LaRue", "Frederick C. LaRue"): the names as written decide too.
	wa, wb := strings.ToLower(a.written), strings.ToLower(b.written)
	if wa == wb || strings.Contains(wa, wb) || strings.Contains(wb, wa) || familyName(wa) == familyName(wb) && !givenConflict(wa, wb) && !givenConflict(a.key, b.key) {
		return false
	}
	// One inside the other, a short form or a misspelling ("Technicolour",
	// a letter without its accent) can be one name.
	oneWord := !strings.Contains(a.key, " ") || !strings.Contains(b.key, " ")
	if strings.Contains(a.key, b.key) || strings.Contains(b.key, a.key) || editDistance(a.key, b.key) <= 2 || oneWord && shortFor(a.key, b.key) {
		return false
	}
	switch typ {
	case mention.Person:
		return !samePerson(a.key, b.key)
	case mention.Place:
		// A place may lie in the other ("in Brooklyn" / "in New York"):
		// only two places of one WordNet level (two cities, two
		// countries) exclude each other.
		la, lb := c.placeLevel(a.written), c.placeLevel(b.written)
		return la < len(placeLevels) && la == lb && !shareNameWord(a.key, b.key)
	}
	// Two names the mention reader could not type, each of two words or
	// more, are read as persons' ("A.J. Smith" / "A.J. Butler").
	if typ == mention.Other && len(strings.Fields(a.key)) >= 2 && len(strings.Fields(b.key)) >= 2 {
		return !samePerson(a.key, b.key)
	}
	// An organisation is often named for its place or its owner, or is the
	// outlet a writer credits ("told Reuters"): no conflict is read.
	return false
}

// maskedType is the entity type two aligned names share: their type, or
// the other's when one is of no known type; ok is false when the two are
// of two known types.
func maskedType(a, b string) (string, bool) {
	switch {
	case a == b:
		return a, true
	case a == mention.Other && b == mention.Person, b == mention.Other && a == mention.Person:
		return mention.Person, true
	}
	return "", false
}

// maskedFindings groups the aligned names into facts (names aligned alike
// or two ways, transitively) and reports each fact whose sides conflict.
func (c *comparer) maskedFindings(sents []maskedSentence, nodes []maskedNode, agree, conflict [][2]int, together func(x, y string) bool) []corroborate.Discrepancy {
	parent := newSets(len(nodes))
	find := parent.find
	for _, e := range append(append([][2]int{}, agree...), conflict...) {
		parent[find(e[0])] = find(e[1])
	}
	hit := map[int]bool{}
	for _, e := range conflict {
		hit[find(e[0])] = true
	}
	nameOf := func(i int) maskedName { return sents[nodes[i].s].names[nodes[i].n] }
	roots, groups := components(len(nodes), find)
	var out []corroborate.Discrepancy
	for _, r := range roots {
		if !hit[r] {
			continue
		}
		g := groups[r]
		sides, order, ok := contestedSides(g, func(i int) (int, string) { return sents[nodes[i].s].doc, nameOf(i).key }, func(x, y string, sides map[string][]int) bool {
			return !c.namesConflict(nameOf(sides[x][0]), nameOf(sides[y][0]), together)
		})
		if !ok {
			continue
		}
		kind := "other"
		if nameOf(g[0]).typ == mention.Place {
			kind = "place"
		}
		d := corroborate.Discrepancy{About: kind + " — name in one statement", Kind: kind}
		c.fillSides(&d, g, order, sides, func(i int) sideMember {
			s := &sents[nodes[i].s]
			return sideMember{s.doc, nameOf(i).written, s.text, nil}
		})
		if c.reportsHere(d) {
			out = append(out, d)
		}
	}
	return out
}

// newNames keeps the name discrepancies of ds that no discrepancy of
// found already gives: one whose every value is written inside a value of
// it, or holds one ("A.J. Smith" in "Chargers general manager A.J. Smith"),
// as a speaker finding or a role's name gives it.
func newNames(ds, found []corroborate.Discrepancy) []corroborate.Discrepancy {
	var out []corroborate.Discrepancy
	for _, d := range ds {
		dup := false
		for _, e := range found {
			if len(e.Values) >= len(d.Values) && valuesWithin(d.Values, e.Values) {
				dup = true
				break
			}
		}
		if !dup {
			out = append(out, d)
		}
	}
	return out
}

// valuesWithin reports whether every value of a is written inside a value
// of b or holds one (letters and digits alone: "AJ Butler", "A.J. Butler"), no two of a's values meeting the same one of b's.
func valuesWithin(a, b []corroborate.DiscrepancyValue) bool {
	used := map[int]bool{}
	for _, x := range a {
		lx := lettersOf(fmt.Sprint(x.Value))
		hit := -1
		for k, y := range b {
			ly := lettersOf(fmt.Sprint(y.Value))
			if !used[k] && ly != "" && (strings.Contains(ly, lx) || strings.Contains(lx, ly)) {
				hit = k
				break
			}
		}
		if hit < 0 {
			return false
		}
		used[hit] = true
	}
	return true
}

// lettersOf is s lower case with its letters and digits alone.
func lettersOf(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}
