package compare

import (
	"strings"

	"github.com/corroborate/corroborate/internal/lexicon"
	"github.com/corroborate/corroborate/internal/mention"
	"github.com/corroborate/corroborate/internal/text"
)

// This file reads the doer a time's clause names by a personal pronoun,
// so that two times of one act count as told of the same people when one
// article names the doer and the other says "he" ("Vey pleaded guilty in
// March 1991" / "On April 12, 1991, he pleaded guilty"). News names a
// person once and then refers back with a pronoun (Halliday and Hasan 1976
// §2.3, personal reference), and the clause that dates an act often opens
// with the time and the pronoun. The pronoun is resolved as the quote
// reader resolves its speakers (mention.Analysis.Antecedent: the nearest
// person of that gender named before it, or for "it" the nearest
// organisation).

// pronounDoer returns the person a "he" or "she" names, or the
// organisation an "it" names, when it is the subject of the verb the time
// dates: the pronoun right before that verb, or before the auxiliaries
// and "not" that precede it ("he was convicted", "she had not resigned"),
// or before a catenative verb whose infinitive it is ("it was forced to
// file": catenativeBefore). It returns "" when the clause has no such
// pronoun or the story cannot tell whom it names.
func (c *comparer) pronounDoer(f *fact) string {
	d, ok := c.doerClause(f)
	if !ok {
		return ""
	}
	a, si, toks, k := d.a, d.si, d.toks, d.k
	if k < 0 {
		return ""
	}
	p := toks[k].Lower
	if p != "he" && p != "she" && p != "it" {
		return ""
	}
	e := a.Antecedent(si, toks[k].Start, p)
	if e < 0 || p == "it" && thingBetween(a, e, si, toks[k].Start) {
		return ""
	}
	return d.merged.m.Name(d.merged.i, e)
}

// thingBetween reports whether a lower-case noun phrase opened by an
// article, a demonstrative or a possessive ("a small dairy", "the plant",
// "its plant"), as the
// subject or object of a clause (not after a preposition: "in the
// valley"), stands between the last mention of organisation e before
// offset off of sentence si and that offset: "it" may name that nearer
// thing rather than the organisation ("<Org> sold a dairy. In <Year>, it
// closed"), so the pronoun is left unresolved.
func thingBetween(a *mention.Analysis, e, si, off int) bool {
	ms, mo := -1, -1
	for _, m := range a.Mentions {
		if m.Entity == e && (m.Sentence < si || m.Sentence == si && m.End <= off) &&
			(m.Sentence > ms || m.Sentence == ms && m.End > mo) {
			ms, mo = m.Sentence, m.End
		}
	}
	if ms < 0 {
		return false
	}
	for s := ms; s <= si && s < len(a.Tokens); s++ {
		toks := a.Tokens[s]
		for j := 0; j+1 < len(toks); j++ {
			if s == ms && toks[j].Start < mo || s == si && toks[j+1].Start >= off {
				continue
			}
			if !thingDeterminers[toks[j].Lower] || !toks[j+1].IsWord() || toks[j+1].IsCapitalized() {
				continue
			}
			if j > 0 && prepositionWords[toks[j-1].Lower] || possessiveDeterminers[toks[j].Lower] && pluralNounToken(toks[j+1]) {
				continue
			}
			return true
		}
	}
	return false
}

// possessiveDeterminers are the possessive determiners but "her", which
// may be an object pronoun ("told her the plant …"). A possessive agrees
// with no number of its noun ("their mill", "their weavers"), so the
// phrase it opens is a thing "it" may name only when its noun is singular:
// "<Org> paid their weavers well. In <Year>, it …" names the organisation
// (concord of number, Quirk et al. 1985 §10.34).
var possessiveDeterminers = map[string]bool{"its": true, "his": true, "their": true, "our": true, "my": true, "your": true}

// thingDeterminers open a noun phrase that "it" may refer back to: the
// articles, the singular demonstrative "this" and possessiveDeterminers
// (Quirk et al. 1985 §5.13).
var thingDeterminers = func() map[string]bool {
	m := map[string]bool{"a": true, "an": true, "the": true, "this": true}
	for w := range possessiveDeterminers {
		m[w] = true
	}
	return m
}()

// pluralNounToken reports whether a token is a lower-case plural noun
// (mention.PluralNoun: "weavers", "mills"), not an -ss singular whose
// stripped form WordNet also lists ("boss").
func pluralNounToken(t text.Token) bool {
	return !strings.HasSuffix(t.Lower, "ss") && mention.PluralNoun(t.Lower)
}

// doerSubject is where a time's clause may name the subject of the verb
// the time dates: the sentence's tokens and k, the token right before that
// verb and its auxiliaries and "not" (-1 at the sentence's start).
type doerSubject struct {
	a      *mention.Analysis
	merged docMerged
	si     int
	toks   []text.Token
	k      int
	h      int // the verb's token
}

// doerClause finds doerSubject for a time told by its narrator of a verb
// before it (or after a fronted time); ok is false when there is none.
func (c *comparer) doerClause(f *fact) (doerSubject, bool) {
	if f.head == "" || f.reported || !f.headBefore && !c.frontedTime(f) {
		return doerSubject{}, false
	}
	docs, merged := c.threadDocs()
	if f.doc < 0 || f.doc >= len(docs) || f.doc >= len(merged) {
		return doerSubject{}, false
	}
	a := docs[f.doc].Analysis
	si := f.v.Sentence
	if si < 0 || si >= len(a.Tokens) {
		return doerSubject{}, false
	}
	toks := a.Tokens[si]
	at := tokenFrom(toks, f.v.Start)
	if at < 0 {
		return doerSubject{}, false
	}
	h := c.headToken(toks, at, f.head)
	if !f.headBefore {
		h = c.headTokenAfter(toks, at, f.head)
	}
	if h < 0 {
		h = c.headTokenByBase(toks, at, f.head, f.headBefore)
	}
	if h < 0 {
		return doerSubject{}, false
	}
	k := h - 1
	for k >= 0 && verbGroupWord(toks[k]) {
		k--
	}
	if j := c.catenativeBefore(toks, k); j >= 0 {
		for k = j - 1; k >= 0 && verbGroupWord(toks[k]); k-- {
		}
	}
	return doerSubject{a: a, merged: merged[f.doc], si: si, toks: toks, k: k, h: h}, true
}

// catenativeBefore returns the token of a catenative verb when token k is
// the "to" of the infinitive it governs ("was compelled to appeal", "decided to
// sell"): the subject of a catenative verb is the subject of its
// infinitive (Quirk et al. 1985 §3.49, §16.38), so the doer of the act the
// time dates is named before the catenative. The catenative is a
// regular past or participle in lower case, in "-ed" ("forced", "agreed";
// an irregular one, "began to", is not read); -1 when there is none.
func (c *comparer) catenativeBefore(toks []text.Token, k int) int {
	if k < 1 || toks[k].Lower != "to" {
		return -1
	}
	t := toks[k-1]
	if !t.IsWord() || t.IsCapitalized() {
		return -1
	}
	b := c.lx.Base(t.Lower, lexicon.Verb)
	if b == t.Lower || !c.lx.Has(b, lexicon.Verb) || !strings.HasSuffix(t.Lower, "ed") {
		return -1
	}
	return k - 1
}

// verbGroupWord reports whether a token is an auxiliary or "not" of a verb
// group, which may stand between a subject and its verb.
func verbGroupWord(t text.Token) bool {
	switch t.Lower {
	case "was", "were", "is", "are", "has", "had", "have", "been", "be", "not", "never", "later", "then", "also":
		return true
	}
	return false
}

// doerShared reports whether two times are told of one person when a
// pronoun is resolved: the doer one clause names by "he" or "she" is a
// person the other sentence names (or the doer it names the same way).
func (c *comparer) doerShared(f, g *fact) bool {
	pf, pg := c.pronounDoer(f), c.pronounDoer(g)
	switch {
	case pf != "" && pg != "":
		return samePerson(pf, pg)
	case pf != "":
		return sharedNames(map[string]bool{pf: true}, g.actors) > 0
	case pg != "":
		return sharedNames(map[string]bool{pg: true}, f.actors) > 0
	}
	return false
}

// frontedTime reports whether a time opens its sentence as a fronted
// adjunct set off by a comma ("On April 12, 1991, he was convicted", "In
// March, the board resigned"): a time adjunct in initial position modifies
// the clause that follows it (Quirk et al. 1985 §8.14, adjuncts in I
// position), so the verb read after it is the verb it dates.
func (c *comparer) frontedTime(f *fact) bool {
	if f.v.Start < 0 || f.v.End > len(f.sent) || f.v.Start > len(f.sent) {
		return false
	}
	before := strings.Fields(strings.ToLower(f.sent[:f.v.Start]))
	if len(before) > 1 || len(before) == 1 && !timePreposition[before[0]] {
		return false
	}
	return strings.HasPrefix(strings.TrimLeft(f.sent[f.v.End:], " "), ",")
}

// timePreposition are the prepositions that open a time adjunct.
var timePreposition = map[string]bool{"on": true, "in": true, "at": true, "by": true}

// headTokenAfter is the token of a time's head verb read after it.
func (c *comparer) headTokenAfter(toks []text.Token, at int, head string) int {
	for k, lim := at+1, at+12; k < len(toks) && k <= lim; k++ {
		if j := relativeAside(toks, k); j > 0 {
			lim += j - k
			k = j
			continue
		}
		if b, ok := c.predicativeVerb(toks, k); ok && b == head {
			return k
		}
		if b, ok := c.verbIn(toks, k); ok && b == head {
			return k
		}
	}
	return -1
}

// headTokenByBase is the token of a time's head verb found by its base
// form alone, before the time (within headSpan) or, after a fronted time,
// after it: a verb the time readers take for a verb of saying ("filed for
// bankruptcy") or an infinitive ("was compelled to appeal") is the verb a time
// dates all the same when it is the fact's head. -1 when none is.
func (c *comparer) headTokenByBase(toks []text.Token, at int, head string, before bool) int {
	from, to, step := at+1, min(len(toks)-1, at+12), 1
	if before {
		from, to, step = at-1, max(0, at-headSpan), -1
	}
	for k := from; k >= 0 && k < len(toks) && (step > 0 && k <= to || step < 0 && k >= to); k += step {
		t := toks[k]
		if t.IsWord() && !t.IsCapitalized() && c.lx.Base(t.Lower, lexicon.Verb) == head && c.lx.Has(head, lexicon.Verb) {
			return k
		}
	}
	return -1
}

// sameFrontedVerb reports whether two times date the same verb, read
// before each of them in its clause ("was appointed in October 2011" /
// "was appointed in March 2012") or after a fronted time (frontedTime:
// "In March 2012, she was appointed"): with much the same words, one fact.
// It replaces session 20's sameDatedVerb, which wanted the verb before
// the time.
func (c *comparer) sameFrontedVerb(f, g *fact) bool {
	return (f.headBefore || c.frontedTime(f)) && (g.headBefore || c.frontedTime(g)) && !f.reported && !g.reported && c.sameVerb(f.head, g.head)
}

// predicativeVerb reads, at token k, a verb of saying whose complement is
// an adjective ("pleaded guilty", "pleaded not guilty"): a complex-
// transitive or copular use that predicates a state of its subject (Quirk
// et al. 1985 §16.43, subject complements) and reports no proposition, so
// the time it carries dates the act, as any other verb's does. The
// adjective must be one WordNet knows as an adjective only (no noun, verb
// or adverb: "guilty", not "earlier" or "dead"), so that "said earlier"
// or "confirmed dead Sunday" stay what they were.
func (c *comparer) predicativeVerb(toks []text.Token, k int) (string, bool) {
	if k+1 >= len(toks) || !toks[k].IsWord() || toks[k].IsCapitalized() {
		return "", false
	}
	b := c.reportBase(toks[k])
	if b == toks[k].Lower || !mention.IsReportingVerb(b) {
		return "", false // inflected verbs of saying only
	}
	j := k + 1
	if strings.EqualFold(toks[j].Text, "not") && j+1 < len(toks) {
		j++
	}
	w := toks[j].Lower
	if !toks[j].IsWord() || toks[j].IsCapitalized() || !c.lx.Has(w, lexicon.Adj) ||
		c.lx.Has(w, lexicon.Noun) || c.lx.Has(w, lexicon.Verb) || c.lx.Has(w, lexicon.Adv) {
		return "", false
	}
	return b, true
}

// relativeAside is the closing comma of a non-restrictive relative clause
// that opens at comma k ("In 1997, Doe, who had lived in Elmton at the
// time, was convicted"): a parenthetical clause between a subject and its
// verb (Quirk et al. 1985 §17.22), whose verb is no verb of the main
// clause. -1 when no "who" or "which" follows the comma or no comma
// closes the clause within a sentence's span.
func relativeAside(toks []text.Token, k int) int {
	if k+1 >= len(toks) || toks[k].Text != "," {
		return -1
	}
	if w := toks[k+1].Text; w != "who" && w != "which" {
		return -1
	}
	for j := k + 2; j < len(toks) && j <= k+asideSpan+12; j++ {
		switch t := toks[j].Text; {
		case t == ",":
			return j
		case clausePunct[t] || t == ";" || isDash(toks, j):
			return -1
		}
	}
	return -1
}

// namedDoer returns the person or body a time's clause names as the
// subject of the verb the time dates: the name right before that verb, or
// before its auxiliaries and "not", past a relative aside ("Doe was
// convicted in 1984"; "In 1984, Doe, who had lived in Elmton, was
// convicted"). "" when no name stands there; a pronoun is pronounDoer's.
func (c *comparer) namedDoer(f *fact) string {
	d, ok := c.doerClause(f)
	if !ok {
		return ""
	}
	a, si, toks, k := d.a, d.si, d.toks, d.k
	if k >= 0 && toks[k].Text == "," {
		// back over a relative aside to the comma that opens it
		for j := k - 1; j >= 0 && j >= k-asideSpan-12; j-- {
			if toks[j].Text == "," && relativeAside(toks, j) == k {
				k = j - 1
				break
			}
		}
	}
	if k < 0 || !toks[k].IsCapitalized() {
		return ""
	}
	end := toks[k].Start + len(toks[k].Text)
	for _, m := range a.Mentions {
		if m.Sentence == si && !m.RoleOnly && m.End == end && a.Entities[m.Entity].Type != mention.Place {
			return d.merged.m.Name(d.merged.i, m.Entity)
		}
	}
	return ""
}

// sameNamedDoer reports whether two times date acts of one person or
// body their clauses name (or name by "he" or "she") as the acts'
// subject.
func (c *comparer) sameNamedDoer(f, g *fact) bool {
	a, b := c.namedDoer(f), c.namedDoer(g)
	if a == "" {
		a = c.pronounDoer(f)
	}
	if b == "" {
		b = c.pronounDoer(g)
	}
	return a != "" && b != "" && samePerson(a, b) && !c.otherComplements(f, g)
}

// complementPreps open the complement of a prepositional verb, the
// preposition the verb selects ("convicted of", "elected to", "charged
// with"; Quirk et al. 1985 §16.5): what the act was done for or to, not
// when, where or by whom (no "by", "in", "at", "on").
var complementPreps = map[string]bool{"of": true, "to": true, "with": true, "for": true, "as": true, "into": true, "against": true}

// verbComplement returns the preposition right after the verb a time's
// clause dates (doerClause) and the head of its complement: the verb of a
// gerund right after it ("of stealing copper": steal) or the last of the
// lower-case words of its noun phrase past a determiner ("of first-degree
// murder": murder). "" when no such preposition or head follows.
func (c *comparer) verbComplement(f *fact) (prep, head string) {
	d, ok := c.doerClause(f)
	if !ok || d.h < 0 || d.h+2 >= len(d.toks) {
		return "", ""
	}
	toks := d.toks
	prep = toks[d.h+1].Lower
	if !complementPreps[prep] {
		return "", ""
	}
	j := d.h + 2
	for j < len(toks) && determiners[toks[j].Lower] {
		j++
	}
	for ; j < len(toks); j++ {
		t := toks[j]
		lw := t.Lower
		if !t.IsWord() || t.IsCapitalized() {
			break
		}
		if _, closed := lexicon.ClosedClass(lw); closed {
			break
		}
		if head == "" && strings.HasSuffix(lw, "ing") {
			if b, ok := c.gerundVerb(lw); ok {
				return prep, b
			}
		}
		head = c.lx.Base(lw, lexicon.Noun) // the word itself when it has no other base
	}
	return prep, head
}

// otherComplements reports whether two times' verbs select the same
// preposition and their complements name two things: "In 1998, Doe was
// convicted of theft" / "In 2009, Doe was convicted of assault" tell two
// convictions of one person, not two years of one. Two heads are one
// thing when they are one word or name one act (a gerund's verb, a noun's
// verbs: "of murder" / "of killing", closeVerbs).
func (c *comparer) otherComplements(f, g *fact) bool {
	pf, hf := c.verbComplement(f)
	pg, hg := c.verbComplement(g)
	if hf == "" || hg == "" || pf != pg || hf == hg {
		return false
	}
	acts := func(h string) []string {
		if c.lx.Has(h, lexicon.Verb) && !c.lx.Has(h, lexicon.Noun) {
			return []string{h}
		}
		vs := c.nounVerbs(h)
		if c.lx.Has(h, lexicon.Verb) {
			vs = append(vs, h)
		}
		return vs
	}
	for _, a := range acts(hf) {
		for _, b := range acts(hg) {
			if c.closeVerbs(a, b) {
				return false
			}
		}
	}
	return true
}
