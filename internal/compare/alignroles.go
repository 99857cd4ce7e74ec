package compare

import (
	"strings"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/lexicon"
	"github.com/corroborate/corroborate/internal/mention"
	"github.com/corroborate/corroborate/internal/text"
)

// This file compares who did what: the doer and the undergoer of one act
// as two articles name them. A role statement is a happening verb with
// its two core roles filled by names (persons or organisations):
//   - the doer: the subject of an active verb ("Ivo Marsh struck the
//     guard"), the agent of a passive one ("was struck by Ivo Marsh");
//   - the undergoer: the object of an active verb, the subject of a
//     passive one ("Ivo Marsh was detained").
// Two statements of different articles are one act when they have the
// same predicate (the verb's base form, or two verbs that share one of
// their three commonest WordNet senses: "nab" / "arrest"), one of the two
// roles (or another slot) is filled by the same named entity in both, and
// the sentences share some of their words. When the other role
// is filled in both by names of one entity type that cannot be one entity
// (samePerson fails, no shared name word), that is a discrepancy of kind
// other ("who was struck by Ivo Marsh": Lina Ortiz / Dana Ruiz).
// Guards, each general:
//   - no article of the story names both fillers: a writer who names both
//     knows they are two people, and both may have done or undergone the
//     act (two suspects held, a shooter and an accomplice);
//   - an article that fills the role two ways is left out (splitSides);
//   - reporting, light and stative verbs state no act (alignVerb), and
//     the doer of a verb in a reported clause is read as written.
// Every rule is general English read from WordNet and the closed classes
// of internal/lexicon; none is drawn from the data it is measured on.

// roleFact is one role statement of one sentence.
type roleFact struct {
	doc   int
	sent  string
	verb  string    // base form
	roles [2]string // doer, undergoer: story names of persons or organisations, "" when not named
	types [2]string // entity types of named fillers ("" for a common noun)
	// pron marks a doer read from "he"/"she": it may be the shared
	// argument of an act, never one side of a conflict.
	pron [2]bool
	// subj marks the role read from the clause's subject: a conflict of
	// two fillers both read after the verb is align.go's (an object or a
	// "by" slot of one doer).
	subj   [2]bool
	others map[string][]string // the verb's other slots filled by names: role → keys
	actors map[string]bool     // every person or organisation of the sentence
	words  map[string]bool     // content words of the sentence
}

// Role indexes of roleFact.roles.
const (
	roleDoer = iota
	roleUndergoer
)

var roleNames = [2]string{"who", "whom"}

// roleFacts reads the role statements of every article of the thread,
// with the story names each article names anywhere.
func (c *comparer) roleFacts() ([]roleFact, []map[string]bool) {
	docs, merged := c.threadDocs()
	var out []roleFact
	named := make([]map[string]bool, len(docs))
	for di, d := range docs {
		a := d.Analysis
		name := merged[di].name
		named[di] = map[string]bool{}
		typeOf := map[string]string{}
		for _, m := range a.Mentions {
			n := name(m)
			named[di][n] = true
			typeOf[n] = a.Entities[m.Entity].Type
		}
		for si, toks := range a.Tokens {
			if si >= len(a.Sentences) {
				break
			}
			out = append(out, c.sentenceRoles(a, di, si, toks, name, typeOf)...)
		}
	}
	return out, named
}

// sentenceRoles reads the role statements of one sentence.
func (c *comparer) sentenceRoles(a *mention.Analysis, di, si int, toks []text.Token, name func(mention.NameMention) string, typeOf map[string]string) []roleFact {
	var ms []mention.NameMention
	actors := map[string]bool{}
	for _, m := range a.Mentions {
		if m.Sentence == si && a.Entities[m.Entity].Type != mention.Place {
			ms = append(ms, m)
			actors[name(m)] = true
		}
	}
	s := a.Sentences[si].Text
	var out []roleFact
	av := c.alignVerbsOf(a, si, toks)
	for i := range toks {
		verb, passive := av.verb[i], av.passive[i]
		if verb == "" {
			continue
		}
		f := roleFact{doc: di, sent: s, verb: verb, actors: actors, others: map[string][]string{}}
		doer, under := roleDoer, roleUndergoer
		if passive {
			doer, under = roleUndergoer, roleDoer
		}
		if subj, pron := c.directSubject(a, toks, i, ms, name); subj != "" && actorType(typeOf[subj]) {
			f.roles[doer], f.types[doer], f.pron[doer], f.subj[doer] = subj, typeOf[subj], pron, true
		}
		for _, sl := range c.verbSlots(a, si, toks, i, passive, ms, name) {
			if passive && sl.role == "by" || !passive && sl.role == "obj" {
				if f.roles[under] == "" {
					if n := c.storyNameOf(ms, sl.head, name); n != "" && actorType(typeOf[n]) {
						f.roles[under], f.types[under] = n, typeOf[n]
					}
				}
				continue
			}
			if sl.named != "" {
				f.others[sl.role] = append(f.others[sl.role], sl.key)
			}
		}
		if f.types[0] == "" && f.types[1] == "" {
			continue // no named filler: nothing to compare
		}
		if f.roles[0] == f.roles[1] {
			continue // misread: one entity does and undergoes the act
		}
		f.words = av.contentWords(c.lx, s)
		out = append(out, f)
	}
	return out
}

// directSubject is the story name of the person or organisation that is
// the subject of the verb at token i: a name whose end is separated from
// the verb only by auxiliaries, adverbs and an apposition set off by
// commas ("Ivo Marsh, 40, was detained"), or "he"/"she" right there read
// as the article's protagonist (pron true). "" when there is none: a name
// further back may be the subject of another clause ("as the guards
// opened fire", "said Marsh detained").
func (c *comparer) directSubject(a *mention.Analysis, toks []text.Token, i int, ms []mention.NameMention, name func(mention.NameMention) string) (string, bool) {
	k := i - 1
	for ; k >= 0; k-- {
		lw := toks[k].Lower
		if beForms[lw] || modalOrAux[lw] || c.adverb(lw) {
			continue
		}
		break
	}
	if k < 0 {
		return "", false
	}
	if toks[k].Text == "," {
		// An apposition: back to the comma that opens it.
		j := k - 1
		for ; j >= 0 && k-j <= roleApposition && toks[j].Text != ","; j-- {
			if _, stop := clausePunct[toks[j].Text]; stop {
				return "", false
			}
		}
		if j < 0 || toks[j].Text != "," {
			return "", false
		}
		k = j - 1
	}
	if k < 0 {
		return "", false
	}
	if lw := toks[k].Lower; lw == "he" || lw == "she" {
		if k > 0 && !c.clauseOpen(toks, k) {
			return "", false
		}
		return protagonist(a, lw, name), true
	}
	for _, m := range ms {
		if m.End == toks[k].End && !afterPreposition(toks, m.Start) {
			if coordinated(toks, m.Start) {
				return "", false // "Marsh and Tull were detained": two doers
			}
			return name(m), false
		}
	}
	return "", false
}

// clauseOpen reports whether token k opens a clause: the sentence's first
// word, or one after a comma, a semicolon or a conjunction.
func (c *comparer) clauseOpen(toks []text.Token, k int) bool {
	if k == 0 {
		return true
	}
	p := toks[k-1].Lower
	tag, _ := closedTag(p)
	return p == "," || p == ";" || tag == "CC" || tag == "IN" || tag == "WRB"
}

// coordinated reports whether the word before byte at joins a name to
// another ("and", "or", "&").
func coordinated(toks []text.Token, at int) bool {
	for k := len(toks) - 1; k >= 0; k-- {
		if toks[k].End <= at {
			lw := toks[k].Lower
			return lw == "and" || lw == "or" || lw == "&"
		}
	}
	return false
}

// roleApposition is the longest apposition between a subject and its verb.
const roleApposition = 12

// modalOrAux are the auxiliaries and modals that may stand between a
// subject and its verb (the closed class of CGEL ch. 3).
var modalOrAux = map[string]bool{
	"has": true, "have": true, "had": true, "having": true, "been": true, "being": true, "got": true, "get": true,
	"will": true, "would": true, "can": true, "could": true, "may": true, "might": true, "shall": true,
	"should": true, "must": true, "did": true, "does": true, "do": true, "not": true, "never": true,
}

// actorType reports whether an entity type can do or undergo an act.
func actorType(t string) bool { return t == mention.Person || t == mention.Organization }

// storyNameOf is the story name of the mention written as w ("" when none).
func (c *comparer) storyNameOf(ms []mention.NameMention, w string, name func(mention.NameMention) string) string {
	for _, m := range ms {
		if m.Name == w {
			return name(m)
		}
	}
	return ""
}

// sameActVerb reports whether two verbs name one act: the same base
// form, or a shared synset among each one's three commonest senses.
func (c *comparer) sameActVerb(a, b string) bool {
	if a == b {
		return true
	}
	top := func(v string) map[uint32]bool {
		m := map[uint32]bool{}
		for _, s := range c.lx.Senses(v) {
			if s.POS == lexicon.Verb && s.Rank < 3 {
				m[s.Synset] = true
			}
		}
		return m
	}
	ta := top(a)
	for s := range top(b) {
		if ta[s] {
			return true
		}
	}
	return false
}

// roleDiscrepancies reports acts whose doer or undergoer two articles name
// differently.
func (c *comparer) roleDiscrepancies() []corroborate.Discrepancy {
	facts, named := c.roleFacts()
	together := namedTogether(named)
	var out []corroborate.Discrepancy
	for r := range 2 {
		parent := newSets(len(facts))
		find := parent.find
		hit := false
		for i := range facts {
			for j := i + 1; j < len(facts); j++ {
				f, g := &facts[i], &facts[j]
				x, y := f.roles[r], g.roles[r]
				if f.doc == g.doc || f.types[r] == "" || g.types[r] == "" || f.pron[r] || g.pron[r] || !f.subj[r] && !g.subj[r] {
					continue
				}
				if !c.sameActVerb(f.verb, g.verb) || !c.sharedArgument(f, g, r) {
					continue
				}
				if samePerson(x, y) {
					parent[find(i)] = find(j)
					continue
				}
				if f.types[r] == g.types[r] && !shareNameWord(x, y) && !together(x, y) {
					parent[find(i)] = find(j)
					hit = true
				}
			}
		}
		if !hit {
			continue
		}
		roots, groups := components(len(facts), find)
		for _, root := range roots {
			if d, ok := c.roleDiscrepancy(facts, groups[root], r, together); ok && c.reportsHere(d) {
				out = append(out, d)
			}
		}
	}
	return out
}

// sharedArgument reports whether two statements of one predicate share an
// argument besides role r, so that they tell one act: the other core role
// filled by one named entity, or another slot filled by one name, in
// sentences that share some of their words (roleOverlap). A common noun
// is no shared argument: many can hear "the shots" or visit "the site".
func (c *comparer) sharedArgument(f, g *roleFact, r int) bool {
	if lexicon.Overlap(f.words, g.words) < roleOverlap {
		return false
	}
	if x, y := f.roles[1-r], g.roles[1-r]; f.types[1-r] != "" && g.types[1-r] != "" && samePerson(x, y) {
		return true
	}
	for role, ks := range f.others {
		if ks2, ok := g.others[role]; ok && c.anyAgree(ks, ks2) {
			return true
		}
	}
	return false
}

// roleOverlap is the least share of content words (of the smaller
// sentence) two statements of one act share.
const roleOverlap = 0.3

// roleDiscrepancy turns one act's fillers of role r into a discrepancy:
// one side per filler, and only when every two sides conflict.
func (c *comparer) roleDiscrepancy(facts []roleFact, g []int, r int, together func(x, y string) bool) (corroborate.Discrepancy, bool) {
	sides, order, ok := contestedSides(g, func(i int) (int, string) { return facts[i].doc, facts[i].roles[r] }, func(x, y string, _ map[string][]int) bool {
		return samePerson(x, y) || shareNameWord(x, y) || together(x, y)
	})
	if !ok {
		return corroborate.Discrepancy{}, false
	}
	f0 := facts[g[0]]
	d := corroborate.Discrepancy{About: "other — " + roleNames[r] + " “" + f0.verb + "” (" + f0.roles[1-r] + ")", Kind: "other"}
	for _, k := range order {
		v := corroborate.DiscrepancyValue{Normalized: strings.ToLower(k), Value: k}
		for _, i := range sides[k] {
			v.Articles = corroborate.AppendUnique(v.Articles, c.all[facts[i].doc].Article.ID)
			v.Sentences = corroborate.AppendUnique(v.Sentences, facts[i].sent)
		}
		d.Values = append(d.Values, v)
	}
	d.Note = c.copyNote(d)
	return d, true
}
