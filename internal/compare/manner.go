package compare

import (
	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/lexicon"
	"github.com/corroborate/corroborate/internal/mention"
	"github.com/corroborate/corroborate/internal/text"
)

// This file compares how a death came about: the manner of death a clause
// gives when it grades a verb as deadly. English tells the manner by the
// verb of a resultative ("was burned to death", "shot dead": the verb is
// the act, the adjunct its deadly result; Quirk et al. 1985 §16.20) or by
// an adverb of deadly degree ("fatally stabbed", "mortally wounded"). Two
// articles that tell the death of the same victims (a shared name, the same
// count of them, or much the same words) with two manners that cannot both
// be right give a discrepancy naming both manners, unless:
//   - one verb is a synonym of the other, or lies under it in WordNet (a
//     general verb names no manner: "killed", "wounded", "struck" agree
//     with "shot");
//   - one article of the thread tells both manners ("stabbed and beaten to
//     death": the victim underwent both).
// A verb is read as a manner only when WordNet gives it a sense of bodily
// harm (under kill, die or injure, or a verb of contact or of the body)
// and its first sense is no feeling, speech or thought: "sentenced to
// death", "bored to death" and "pronounced dead" tell no manner.

// mannerFact is one article's manner of a death.
type mannerFact struct {
	doc     int
	verb    string // base form of the verb of the manner ("burn")
	written string // as written ("burned to death")
	sent    string
	count   float64 // the victims counted before the verb in its sentence; 0 when none
	actors  map[string]bool
	words   map[string]bool
}

// generalHarmKids is how many direct hyponyms a verb's first sense must
// have to be a general verb of harm that names no manner ("hit", "strike",
// "kill": dozens of ways to do it).
const generalHarmKids = 20

// mannerFacts reads the manners of death of every article of the thread,
// with the set of manners each article tells.
func (c *comparer) mannerFacts() ([]mannerFact, []map[string]bool) {
	docs, merged := c.threadDocs()
	var out []mannerFact
	told := make([]map[string]bool, len(docs))
	for di, d := range docs {
		a := d.Analysis
		told[di] = map[string]bool{}
		for si, toks := range a.Tokens {
			if si >= len(a.Sentences) {
				break
			}
			s := a.Sentences[si].Text
			for k := range toks {
				m, ok := c.mannerAt(toks, k)
				if !ok {
					continue
				}
				f := mannerFact{doc: di, written: s[toks[m.from].Start:toks[m.end].End], sent: s,
					count: countBefore(a, si, toks[m.from].Start), actors: sentenceActors(a, merged[di], si),
					words: c.lx.ContentWords(s)}
				for _, v := range m.verbs {
					f.verb = v
					told[di][v] = true
					out = append(out, f)
				}
			}
		}
	}
	return out, told
}

// mannerRead is a manner of death read at a verb: the base forms of its
// verb (and of a verb coordinated before it) and the tokens its words
// start and end at.
type mannerRead struct {
	verbs     []string
	from, end int
}

// mannerAt reads a manner of death whose verb stands at token k: before
// "to death" or "dead" ("burned to death", "stabbed and beaten to death",
// "shot dead") or after an adverb of deadly degree ("fatally shot"); false
// when token k is no such verb.
func (c *comparer) mannerAt(toks []text.Token, k int) (mannerRead, bool) {
	b, ok := c.verbAt(toks[k])
	if !ok || b == "" {
		return mannerRead{}, false
	}
	end := -1
	switch {
	case k+2 < len(toks) && toks[k+1].Lower == "to" && toks[k+2].Lower == "death":
		end = k + 2
	case k+1 < len(toks) && toks[k+1].Lower == "dead":
		end = k + 1
	case k == 0 || c.verbRole(b) != roleVictim:
		return mannerRead{}, false
	case fatalDegree[toks[k-1].Lower]:
		return mannerRead{verbs: []string{b}, from: k - 1, end: k}, true
	default:
		return mannerRead{}, false
	}
	if !c.resultManner(b) {
		return mannerRead{}, false
	}
	if k >= 2 && (toks[k-1].Lower == "and" || toks[k-1].Lower == "or") {
		if p, ok := c.verbAt(toks[k-2]); ok && p != "" && c.resultManner(p) {
			return mannerRead{verbs: []string{b, p}, from: k - 2, end: end}, true
		}
	}
	return mannerRead{verbs: []string{b}, from: k, end: end}, true
}

// resultManner reports whether verb base b, before "to death" or "dead",
// tells how the death came about: it has a sense under kill, die or
// injure, or one of contact or of the body, and its first sense is none of
// feeling, speech or thought ("bored to death", "sentenced to death").
func (c *comparer) resultManner(b string) bool {
	if s, ok := c.lx.TopSense(b, lexicon.Verb); !ok || s.Lex == lexicon.VerbEmotion || s.Lex == lexicon.VerbCommunication || s.Lex == lexicon.VerbCognition {
		return false
	}
	return c.lx.Under(b, lexicon.Verb, c.deathAnchors(), 2) ||
		c.lx.HasLex(b, lexicon.Verb, lexicon.VerbContact) || c.lx.HasLex(b, lexicon.Verb, lexicon.VerbBody)
}

// deathAnchors are the senses of kill, die and injure: the verbs of harm
// every manner of death lies under.
func (c *comparer) deathAnchors() []uint32 {
	r := c.roleSynsets()
	return append(append([]uint32(nil), r.harm...), c.lx.SynsetIDs("die", lexicon.Verb)...)
}

// generalHarm reports whether verb base b names harm without a manner: it
// is kill, die or injure itself (or a synonym: "wound"), or its first sense
// has many kinds (generalHarmKids: "hit", "strike").
func (c *comparer) generalHarm(b string) bool {
	if c.lx.Under(b, lexicon.Verb, c.deathAnchors(), 0) {
		return true
	}
	s, ok := c.lx.TopSense(b, lexicon.Verb)
	return ok && c.lx.HyponymCount(lexicon.Verb, s.Synset) >= generalHarmKids
}

// sameManner reports whether two manners of death can both be right: the
// same verb, close verbs, one under the other in WordNet (a synonym is at
// depth 0), or either a general verb of harm.
func (c *comparer) sameManner(a, b string) bool {
	return a == b || c.closeVerbs(a, b) ||
		c.lx.Under(a, lexicon.Verb, c.lx.SynsetIDs(b, lexicon.Verb), 3) ||
		c.lx.Under(b, lexicon.Verb, c.lx.SynsetIDs(a, lexicon.Verb), 3) ||
		c.generalHarm(a) || c.generalHarm(b)
}

// countBefore is the count a number of sentence si states before byte at
// ("Three people were burned to death"), 0 when none.
func countBefore(a *mention.Analysis, si, at int) float64 {
	n := 0.0
	for _, x := range a.Numbers {
		if x.Sentence == si && x.End <= at && !x.Approximate {
			n = x.Value
		}
	}
	return n
}

// sentenceActors are the story names of the people and organisations
// sentence si names.
func sentenceActors(a *mention.Analysis, m docMerged, si int) map[string]bool {
	actors := map[string]bool{}
	for _, x := range a.Mentions {
		if x.Sentence == si && a.Entities[x.Entity].Type != mention.Place {
			if n := m.m.Name(m.i, x.Entity); n != "" {
				actors[n] = true
			}
		}
	}
	return actors
}

// sameVictims reports whether two manner facts tell the death of the same
// victims: a shared name, the same count, or much the same words.
func sameVictims(f, g *mannerFact) bool {
	return sharedNames(f.actors, g.actors) > 0 || f.count > 0 && f.count == g.count ||
		lexicon.Overlap(f.words, g.words) >= 0.5
}

// mannerDiscrepancies compares how the story's deaths came about.
func (c *comparer) mannerDiscrepancies() []corroborate.Discrepancy {
	facts, told := c.mannerFacts()
	if len(facts) < 2 {
		return nil
	}
	together := namedTogether(told)
	parent := newSets(len(facts))
	find := parent.find
	for i := range facts {
		for j := i + 1; j < len(facts); j++ {
			if f, g := &facts[i], &facts[j]; f.doc != g.doc && sameVictims(f, g) {
				parent[find(i)] = find(j)
			}
		}
	}
	roots, groups := components(len(facts), find)
	var out []corroborate.Discrepancy
	for _, r := range roots {
		g := groups[r]
		sides, order, ok := contestedSides(g, func(i int) (int, string) { return facts[i].doc, facts[i].verb }, func(x, y string, _ map[string][]int) bool {
			return together(x, y) || c.sameManner(x, y)
		})
		if !ok {
			continue
		}
		d := corroborate.Discrepancy{About: "manner of death", Kind: "other"}
		c.fillSides(&d, g, order, sides, func(i int) sideMember {
			f := &facts[i]
			return sideMember{f.doc, f.written, f.sent, f.actors}
		})
		if c.reportsHere(d) {
			out = append(out, d)
		}
	}
	return out
}
