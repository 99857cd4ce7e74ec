package compare

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/lexicon"
	"github.com/corroborate/corroborate/internal/mention"
	"github.com/corroborate/corroborate/internal/text"
)

// This file compares how one victim died as two articles tell it with the
// resultative "to death" (Quirk et al. 1985 §16.41; Goldberg and Jackendoff
// 2004: "<verb> to death" names the act whose result was the death):
// "was stabbed to death" against "was beaten to death", "burned to death"
// against "suffocated to death". The verb is a manner of dying no value
// reader types; two manners of one death that cannot both be the whole
// story are a discrepancy of kind other, "how <victim> died".
//
// A manner statement is a verb right before "to death" (coordinated verbs
// are one statement of several manners: "beaten and stabbed to death"):
//   - the verb is one of harm: a WordNet sense under the two commonest
//     senses of "kill", "die", "injure", "hit" or "strike" (not "dragged",
//     "tickled" or "recovered"), and none of its two commonest a verb of
//     saying, thinking or feeling ("sentenced to death", "bored to death"
//     tell no manner of dying); not a light verb, not a progressive
//     ("found bleeding to death": a dying under way), and not a verb
//     WordNet lexicalises with "to death" as an idiom of its own
//     ("put_to_death": execute);
//   - its victim is the noun phrase before it (the subject of a passive or
//     of an intransitive verb: "Ivo Marsh was stabbed to death", "two
//     workers burned to death") or between an active verb and "to death"
//     (its object: "the gang beat Ivo Marsh to death"), read as a person
//     the phrase names, or as a count of people: a number and a person
//     noun ("three miners", "the 4 guards"). A pronoun, or a phrase
//     naming neither, is no victim.
// Two statements of two articles tell one death when the person is the
// same (samePerson) or the counts are equal and the nouns can name the
// same people ("people", "person" and "victim" any people; else one noun a
// synonym or a kind of the other: "employees" / "workers"; "two guards" and
// "two nurses" are two deaths). Two manners are no conflict when:
//   - a verb of one statement agrees with a verb of the other: the same
//     verb, WordNet synonyms, or one a kind of the other ("battered" /
//     "beaten", "strangled" / "suffocated", "knifed" / "stabbed"). Two
//     troponyms of one genus are two manners ("drowned" / "poisoned" under
//     "kill", "stabbed" / "shot" under "injure"): below the genus WordNet's
//     near-synonyms of one mechanism are kinds of one another, and a
//     looser test (a shared hypernym within two steps) pairs "stabbed"
//     with "shot" at "injure";
//   - an article tells both for the victim (it is left out, as splitSides
//     does for every fact), or the sentence of one statement writes the
//     other's verb ("burned to death after smoke choked them");
//   - one article gives a count and the other names a person: no victim
//     is compared across the two readings;
//   - the sentence writes a year other than its article's: it tells of
//     another time.
// The subject is no victim when the word before its phrase makes the
// phrase another's complement ("of", a possessive, a verb: "the man who
// killed Ivo Marsh was beaten to death").
// Every rule is general English read from WordNet and the closed classes;
// none is drawn from the data it is measured on.

// mannerFact is one article's manner statement of one victim's death.
type mannerFact struct {
	doc     int
	person  string   // story name of a named victim, "" for a count
	count   float64  // number of victims of a counted victim
	noun    string   // base form of the counted victims' noun
	verbs   []string // base forms of the verbs before "to death", sorted
	written string   // the verbs and "to death", as written
	sent    string
	lower   map[string]bool // base forms (verb) of the sentence's words
}

// mannerMaxNP is the most tokens read of a victim's noun phrase.
const mannerMaxNP = 6

// mannerFacts reads the "to death" statements of the thread's articles.
func (c *comparer) mannerFacts() []mannerFact {
	docs, merged := c.threadDocs()
	var out []mannerFact
	for di, d := range docs {
		a := d.Analysis
		pubYear := 0
		if p := d.Article.Published; p != nil && len(*p) >= 4 {
			if y, ok := mention.ParseNumber((*p)[:4]); ok {
				pubYear = int(y)
			}
		}
		var sentVals map[int]sentenceValues
		for si, toks := range a.Tokens {
			if si >= len(a.Sentences) {
				break
			}
			s := a.Sentences[si].Text
			if !text.MayContainFold(s, "death") {
				continue
			}
			if sentVals == nil {
				sentVals = map[int]sentenceValues{}
				for _, sv := range c.docValuesOf(a) {
					sentVals[sv.si] = sv
				}
			}
			if sv, ok := sentVals[si]; ok && otherTime(sv, d.Article.Published) {
				continue // "Last March two people were shot to death": another event
			}
			var ms []mention.NameMention
			for _, m := range a.Mentions {
				if m.Sentence == si && a.Entities[m.Entity].Type == mention.Person {
					ms = append(ms, m)
				}
			}
			for i := 2; i < len(toks); i++ {
				if toks[i].Lower != "death" || toks[i-1].Lower != "to" {
					continue
				}
				if i+1 < len(toks) && (toks[i+1].Lower == "of" || toks[i+1].Text == "'s" || toks[i+1].Text == "’s") {
					continue // "linked to death of a guard": the noun of a phrase, no result
				}
				f, ok := c.mannerAt(toks, i-2, ms, merged[di].name)
				if !ok || otherYear(toks, pubYear) || c.mannerDenied(toks[:i]) {
					continue
				}
				f.doc, f.sent = di, s
				f.lower = map[string]bool{}
				for _, t := range toks {
					if b := t.Base(lexicon.Verb); b != "" {
						f.lower[b] = true
					}
				}
				// A named victim's next sentence goes on with the same
				// death ("He had also been stabbed"): its verbs tie too.
				if f.person != "" && si+1 < len(a.Tokens) {
					for _, t := range a.Tokens[si+1] {
						if b := t.Base(lexicon.Verb); b != "" {
							f.lower[b] = true
						}
					}
				}
				out = append(out, f)
			}
		}
	}
	return out
}

// mannerAt reads the statement whose "to" stands at toks[k+1]: the verbs
// ending at k (an active verb's object between them and "to" allowed) and
// the victim.
func (c *comparer) mannerAt(toks []text.Token, k int, ms []mention.NameMention, name func(mention.NameMention) string) (mannerFact, bool) {
	end := k + 3 // after "death"
	// An active verb with its object before "to death": the verb stands
	// at most mannerMaxNP tokens back, the words between are the object.
	v := k
	if !c.mannerVerb(toks, v) {
		v = -1
		for j := k - 1; j >= 0 && k-j <= mannerMaxNP; j-- {
			if !toks[j].IsWord() && !toks[j].IsNumber() {
				break
			}
			if c.mannerVerb(toks, j) && !toks[j].IsCapitalized() {
				v = j
				break
			}
			if strings.HasSuffix(toks[j].Lower, "ed") && toks[j].Base(lexicon.Verb) != "" {
				break // another verb's "to death": "sentenced the men to death"
			}
		}
		if v < 0 {
			return mannerFact{}, false
		}
		f, ok := c.victim(toks, v+1, k+1, ms, name)
		if !ok {
			return mannerFact{}, false
		}
		f.verbs = []string{toks[v].Base(lexicon.Verb)}
		f.written = joinTokens(toks[v:end])
		return f, true
	}
	// Verbs joined by "and", "or" or a comma are one statement.
	first := v
	verbs := []string{toks[v].Base(lexicon.Verb)}
	for first >= 2 && (toks[first-1].Lower == "and" || toks[first-1].Lower == "or" || toks[first-1].Text == ",") && c.mannerVerb(toks, first-2) {
		first -= 2
		verbs = append(verbs, toks[first].Base(lexicon.Verb))
	}
	if first >= 1 && toks[first-1].Text == "," {
		first-- // "beaten, stabbed and burned": the comma after the first
	}
	// The subject: back over auxiliaries and adverbs to the noun phrase.
	j := first - 1
	for j >= 0 && (auxiliary(toks[j].Lower) || c.adverb(toks[j].Lower)) {
		j--
	}
	if j < 0 {
		return mannerFact{}, false // no subject before the verb
	}
	start := j
	for start > 0 && j-start+1 < mannerMaxNP && (toks[start-1].IsWord() || toks[start-1].IsNumber()) && !clauseWord(toks[start-1].Lower) && !mention.IsReportingVerb(toks[start-1].Base(lexicon.Verb)) && !c.insidePhrase(toks[start-1]) {
		start--
	}
	if start > 0 && c.insidePhrase(toks[start-1]) {
		// "the son of Ana Roe was beaten", "the man who killed Ana Roe was
		// beaten": the phrase is another's complement, not the subject.
		return mannerFact{}, false
	}
	f, ok := c.victim(toks, start, j+1, ms, name)
	if !ok {
		return mannerFact{}, false
	}
	slices.Sort(verbs)
	f.verbs = slices.Compact(verbs)
	f.written = joinTokens(toks[first:end])
	return f, true
}

// auxiliary reports whether a word is a form of "be" or "have" or a modal:
// the auxiliaries of a passive or perfect verb phrase.
func auxiliary(w string) bool {
	switch w {
	case "be", "is", "are", "was", "were", "been", "being", "have", "has", "had", "will", "would", "may", "might", "could", "should", "must":
		return true
	}
	return false
}

// clauseWord reports whether a word opens a clause or a phrase the
// victim's noun phrase cannot run over ("that", "who", a preposition, a
// verb of saying): a closed-class word other than a determiner, a
// possessive or a number.
func clauseWord(w string) bool {
	tag, ok := closedTag(w)
	if !ok {
		return mention.IsReportingVerb(w)
	}
	return tag != "DT" && tag != "PRP$" && tag != "CD" && tag != "PDT"
}

// insidePhrase reports whether the word before a noun phrase makes it the
// complement of something else: "of", a possessive, or a verb other than
// one of saying (the object of a verb of a relative clause), so that it is
// not the subject of the verb after it.
func (c *comparer) insidePhrase(t text.Token) bool {
	if t.Lower == "of" || t.Text == "'s" || t.Text == "’s" {
		return true
	}
	if _, ok := closedTag(t.Lower); ok || !t.IsWord() || t.IsCapitalized() {
		return false
	}
	b := t.Base(lexicon.Verb)
	if mention.IsReportingVerb(b) {
		return false // "police said the two guards were beaten": a clause follows
	}
	return b != "" && c.lx.Has(b, lexicon.Verb) && (b != t.Lower || !c.lx.Has(c.lx.Base(t.Lower, lexicon.Noun), lexicon.Noun))
}

// otherYear reports whether a sentence writes a year other than the one
// its article was published in (or any year, undated): it tells of
// another time ("In 2009 two guards were beaten to death there"), whose
// deaths are not the story's.
func otherYear(toks []text.Token, pub int) bool {
	for _, t := range toks {
		if len(t.Text) != 4 || !t.IsNumber() {
			continue
		}
		if y, ok := mention.ParseNumber(t.Text); ok && y >= 1800 && y <= 2100 && int(y) != pub {
			return true
		}
	}
	return false
}

// victim reads the victim from toks[from:to]: a person named there, or a
// number followed by a person noun ending the phrase.
func (c *comparer) victim(toks []text.Token, from, to int, ms []mention.NameMention, name func(mention.NameMention) string) (mannerFact, bool) {
	if from >= to {
		return mannerFact{}, false
	}
	lo, hi := toks[from].Start, toks[to-1].End
	var named []string
	for _, m := range ms {
		if m.Start >= lo && m.End <= hi {
			named = corroborate.AppendUnique(named, name(m))
		}
	}
	if len(named) == 1 {
		return mannerFact{person: named[0]}, true
	}
	if len(named) > 1 {
		return mannerFact{}, false // two people: one statement of both
	}
	head := toks[to-1]
	noun := c.lx.Base(head.Lower, lexicon.Noun)
	if !victimNoun(noun) {
		return mannerFact{}, false
	}
	for j := from; j < to-1; j++ {
		if toks[j].Lower == "and" || toks[j].Lower == "or" {
			return mannerFact{}, false // "two women and a man": no one count
		}
		if n, ok := mention.ParseNumber(toks[j].Lower); ok && n >= 1 {
			return mannerFact{count: n, noun: noun}, true
		}
	}
	return mannerFact{}, false
}

// victimNoun reports whether a noun (base form) names people: "person" or
// its plural "people", or a noun with a WordNet noun.person sense.
func victimNoun(n string) bool {
	return n == "person" || n == "people" || personNoun(n)
}

// generalVictim reports whether a noun says nothing of who the victims
// were beyond their being people: "person", "people", "victim".
func generalVictim(n string) bool {
	return n == "person" || n == "people" || n == "victim"
}

// mannerVerb reports whether toks[j] is a physical act's verb in a past
// or participle form that "to death" can follow as its result.
func (c *comparer) mannerVerb(toks []text.Token, j int) bool {
	t := toks[j]
	if !t.IsWord() {
		return false
	}
	b := t.Base(lexicon.Verb)
	if b == "" || lightVerb(b) || auxiliary(t.Lower) || strings.HasSuffix(t.Lower, "ing") {
		return false // "found bleeding to death": a dying under way, no manner told
	}
	if b == t.Lower && !c.pastLikeBase(toks, j) {
		return false
	}
	if len(c.lx.Senses(b+"_to_death")) > 0 {
		return false // an idiom of its own: "put to death"
	}
	for _, x := range c.lx.Senses(b) {
		if x.POS != lexicon.Verb || x.Rank > 1 {
			continue
		}
		switch x.Lex {
		case lexicon.VerbCommunication, lexicon.VerbCognition, lexicon.VerbEmotion:
			return false
		}
	}
	return c.lx.Under(b, lexicon.Verb, c.harmAnchors(), harmDepth)
}

// harmWords are the genus verbs of harm: a verb of a manner of death has
// a WordNet sense under the two commonest senses of one of them.
var harmWords = []string{"kill", "die", "injure", "hit", "strike"}

// harmDepth is how many hypernym steps a manner's sense may lie below its
// genus.
const harmDepth = 6

// harmAnchors are the synsets of harmWords' two commonest senses.
func (c *comparer) harmAnchors() []uint32 {
	if c.harm != nil {
		return c.harm
	}
	c.harm = []uint32{}
	for _, w := range harmWords {
		for _, x := range c.lx.Senses(w) {
			if x.POS == lexicon.Verb && x.Rank <= 1 {
				c.harm = append(c.harm, x.Synset)
			}
		}
	}
	return c.harm
}

// sameVictims reports whether two statements tell the death of the same
// victims.
func sameVictims(f, g *mannerFact) bool {
	if f.person != "" || g.person != "" {
		return f.person != "" && g.person != "" && samePerson(f.person, g.person)
	}
	if f.count != g.count {
		return false
	}
	return f.noun == g.noun || generalVictim(f.noun) || generalVictim(g.noun)
}

// mannersAgree reports whether a verb of one manner set agrees with one of
// the other's: the same, WordNet synonyms, or one a kind of the other.
func (c *comparer) mannersAgree(a, b []string) bool {
	for _, x := range a {
		for _, y := range b {
			if x == y || c.lx.Synonyms(x, y, lexicon.Verb) ||
				c.lx.Under(x, lexicon.Verb, c.lx.SynsetIDs(y, lexicon.Verb), 8) ||
				c.lx.Under(y, lexicon.Verb, c.lx.SynsetIDs(x, lexicon.Verb), 8) {
				return true
			}
		}
	}
	return false
}

// mannerDiscrepancies reports the victims two articles give two manners of
// death.
func (c *comparer) mannerDiscrepancies() []corroborate.Discrepancy {
	facts := c.mannerFacts()
	if len(facts) < 2 {
		return nil
	}
	parent := newSets(len(facts))
	for i := range facts {
		for j := i + 1; j < len(facts); j++ {
			f, g := &facts[i], &facts[j]
			if f.doc == g.doc || !sameVictims(f, g) {
				continue
			}
			// The same noun or a kind of it: "employees" / "workers".
			if f.person == "" && f.noun != g.noun && !generalVictim(f.noun) && !generalVictim(g.noun) && !c.fillersAgree(f.noun, g.noun) {
				continue
			}
			parent[parent.find(i)] = parent.find(j)
		}
	}
	roots, groups := components(len(facts), parent.find)
	return groupDiscrepancies(c, roots, groups, func(g []int) (corroborate.Discrepancy, bool) {
		return c.mannerDiscrepancy(facts, g)
	})
}

// mannerDiscrepancy turns one victim's manner statements into a
// discrepancy: one side per manner set, every two sides conflicting.
func (c *comparer) mannerDiscrepancy(facts []mannerFact, g []int) (corroborate.Discrepancy, bool) {
	key := func(i int) (int, string) { return facts[i].doc, strings.Join(facts[i].verbs, "+") }
	sides, order, ok := contestedSides(g, key, func(x, y string, sides map[string][]int) bool {
		vx, vy := strings.Split(x, "+"), strings.Split(y, "+")
		if c.mannersAgree(vx, vy) {
			return true
		}
		// A sentence that writes the other side's verb ties the two.
		for _, i := range sides[x] {
			for _, v := range vy {
				if facts[i].lower[v] {
					return true
				}
			}
		}
		for _, i := range sides[y] {
			for _, v := range vx {
				if facts[i].lower[v] {
					return true
				}
			}
		}
		return false
	})
	if !ok {
		return corroborate.Discrepancy{}, false
	}
	f0 := facts[g[0]]
	who := f0.person
	if who == "" {
		who = fmt.Sprintf("%g %s", f0.count, f0.noun)
	}
	d := corroborate.Discrepancy{About: "how " + who + " died", Kind: "other"}
	c.fillSides(&d, g, order, sides, func(i int) sideMember {
		f := &facts[i]
		return sideMember{f.doc, f.written, f.sent, nil}
	})
	return d, true
}

// pastLikeBase reports whether a verb written as its base form ("beat",
// "cut") stands as a finite past before its object: not after "to", an
// auxiliary, "did", a determiner, a possessive or a preposition (an
// infinitive, a noun: "the beat"), and followed by a determiner, a
// possessive, a number or a name (the object it acts on).
func (c *comparer) pastLikeBase(toks []text.Token, j int) bool {
	if j == 0 || j+1 >= len(toks) {
		return false
	}
	p := toks[j-1].Lower
	if p == "to" || p == "did" || auxiliary(p) {
		return false
	}
	if _, ok := closedTag(p); ok {
		return false
	}
	n := toks[j+1]
	if n.IsCapitalized() || n.IsNumber() {
		return true
	}
	tag, ok := closedTag(n.Lower)
	return ok && (tag == "DT" || tag == "PRP$" || tag == "CD")
}

// mannerDenied reports whether the words before a manner's "to death"
// negate, deny or doubt it ("police denied that Ana Roe was beaten to
// death", "was not stabbed to death"): no outlet states that manner.
func (c *comparer) mannerDenied(toks []text.Token) bool {
	c.cueAnchors()
	for _, t := range toks {
		switch t.Lower {
		case "not", "n't", "never":
			return true
		}
		if b := t.Base(lexicon.Verb); b != "" && (mostlyUnder(c.lx, b, denyAnchors) || mostlyUnder(c.lx, b, doubt)) {
			return true
		}
	}
	return false
}

// otherTime reports whether a sentence dates its happening to a month
// other than its article's ("last March", "in May"), or to a day more than
// farApartDays from it: the deaths it tells are of another event, as a
// year other than the article's is (otherYear).
func otherTime(sv sentenceValues, published *string) bool {
	if published == nil || len(*published) < 10 {
		return false
	}
	pub, err := time.Parse("2006-01-02", (*published)[:10])
	if err != nil {
		return false
	}
	near := []string{pub.Format("2006-01"), pub.AddDate(0, 0, -farApartDays).Format("2006-01")}
	for _, m := range sentenceMonths(sv) {
		y, mo, ok := strings.Cut(m, "-")
		if !ok {
			continue
		}
		if !slices.ContainsFunc(near, func(n string) bool { return n == m || y == "0000" && strings.HasSuffix(n, "-"+mo) }) {
			return true
		}
	}
	for _, d := range resolvedOnly(sentenceDays(sv)) {
		if daysBetween(d.date, pub) > farApartDays {
			return true
		}
	}
	return false
}
