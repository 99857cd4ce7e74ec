package compare

import (
	"strings"
	"sync"

	"github.com/corroborate/corroborate/internal/lexicon"
	"github.com/corroborate/corroborate/internal/text"
)

// This file tells an article's victims apart by their fate, as deadOnly
// does for the dead: a report of one happening that kills some and
// wounds others tells each victim by what befell them ("a N-year-old
// was killed and a M-year-old was wounded"). A victim not told dead is
// told hurt when the person undergoes a verb of WordNet's first sense of
// "injure" or its hypernym ("injure", "wound", "hurt"; not a verb of harm
// of any degree below them, "shoot", "stab"), or when the clause gives
// the person a hospital's condition or an injury borne. In an article
// that tells every victim it gives an age of dead or hurt, its only age
// of a victim told hurt is one person's as each article's only victim's
// is (hurtOnly, onlyAgesOfOneRole); a victim told only shot may be hurt
// too, and leaves open which one it is.
//
// Guards (a victim they stop is of untold fate, so its article pairs no
// hurt age):
//   - a death told after the hurt: a word of death later in the sentence
//     or anywhere in the next one ("was wounded and later died",
//     "injuries that proved fatal", "He succumbed to his wounds": deathIn);
//     the coordinated "… and later died" and a next sentence whose subject
//     is a personal pronoun that dies ("He died there hours later") move
//     the person to the dead (diesLater);
//   - a person of the other side of the happening: a noun of a wrongdoer,
//     a killer, a suspect or a law officer ("the gunman", "an officer":
//     otherPartyNoun), or one hurt by the police ("was wounded by
//     officers": lawAgentAfter). Such a person is hurt, yet one article may
//     tell only the hurt bystander and the other only the hurt gunman.

// hurtAnchors are the first WordNet sense of the verb "injure" (to cause
// injuries or bodily harm: "injure", "wound") and its hypernym ("hurt").
var hurtAnchors struct {
	once sync.Once
	ids  []uint32
}

// hurtVerb reports whether verb base b has one of hurtAnchors among its
// senses (not one below them: "shoot" and "stab" may kill).
func (c *comparer) hurtVerb(b string) bool {
	hurtAnchors.once.Do(func() {
		if s, ok := c.lx.TopSense("injure", lexicon.Verb); ok {
			hurtAnchors.ids = append([]uint32{s.Synset}, s.Hypernyms...)
		}
	})
	return b != "" && c.lx.Under(b, lexicon.Verb, hurtAnchors.ids, 0)
}

// ageHurt reports whether the age of fact f (its article's sentences
// sents) is a victim's told hurt and not dead: the verb its person
// undergoes (undergoneVerb) is a verb of hurting (hurtVerb), or its
// clause gives the person a hospital's condition or an injury borne
// (hurtInClause); unless a death is told after it (deathIn, in the rest
// of the sentence or the next), its noun names the other side
// (otherPartyNoun) or the police hurt it (lawAgentAfter).
func (c *comparer) ageHurt(sents [][]text.Token, f *fact) bool {
	if f.ageRole != roleVictim || f.ageDied || f.v.Sentence >= len(sents) || c.otherPartyNoun(f.v.Noun) {
		return false
	}
	toks := sents[f.v.Sentence]
	at := tokenFrom(toks, f.v.Start)
	if at < 0 || c.deathIn(toks, at+1) || c.lawAgentAfter(toks, at) || c.accusedIn(toks, at+1) || c.hurtDenied(toks, at) {
		return false
	}
	if next := f.v.Sentence + 1; next < len(sents) && (c.nextDies(sents[next], f.v.Noun) >= 0 || c.nextAccused(sents[next])) {
		return false
	}
	if c.hurtVerb(undergoneVerb(f)) {
		return true
	}
	base, _, _ := strings.Cut(f.ageAct, "/")
	return c.hurtInClause(toks, at, base)
}

// hurtInClause reports whether the clause of the age whose token is at
// (its person's verb base; ageClauseEnd) tells the person in a condition
// ("was taken to the clinic in serious condition", "in critical but
// stable condition": a hospital states the condition of a living
// patient) or bearing an injury (borneBy: "with wounds to the legs",
// "suffered a gunshot wound"), or taken to a hospital (hospitalAfter:
// "was rushed to a hospital").
func (c *comparer) hurtInClause(toks []text.Token, at int, base string) bool {
	for k, end := at+1, c.ageClauseEnd(toks, at, base); k < end; k++ {
		lw := toks[k].Lower
		if lw == "condition" && inConditionBefore(toks, k) {
			return true
		}
		if toks[k].IsWord() && !toks[k].IsCapitalized() && c.injuryNoun(lw) && c.borneBy(toks, k, base) {
			return true
		}
		if (lw == "to" || lw == "into") && c.passiveBefore(toks, k) && c.hospitalAfter(toks, k) {
			return true
		}
	}
	return false
}

// inConditionBefore reports whether "in" stands among the four words
// before "condition" at token k, one word or more between and none of
// them closed-class but a determiner, "and" or "but" ("in stable
// condition", "in a serious condition", "in critical but stable
// condition").
func inConditionBefore(toks []text.Token, k int) bool {
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		lw := toks[j].Lower
		if lw == "in" {
			return j < k-1
		}
		if !toks[j].IsWord() {
			return false
		}
		if tag, closed := lexicon.ClosedClass(lw); closed && tag != "CC" && tag != "DT" {
			return false
		}
	}
	return false
}

// deathAnchors are the first WordNet sense of the verb "die" (dieVerb) and
// the senses of the adjectives "fatal" and "deadly" (the latter holds
// "lethal" and "mortal"; WordNet files no adjective under another).
var deathAnchors struct {
	once        sync.Once
	die, deadly []uint32
}

func (c *comparer) deathSynsets() {
	deathAnchors.once.Do(func() {
		if s, ok := c.lx.TopSense("die", lexicon.Verb); ok {
			deathAnchors.die = []uint32{s.Synset}
		}
		deathAnchors.deadly = append(c.lx.SynsetIDs("fatal", lexicon.Adj), c.lx.SynsetIDs("deadly", lexicon.Adj)...)
	})
}

// dieVerb reports whether verb base b tells a death: its first sense is
// (or is one step below) WordNet's first sense of "die" ("die",
// "perish"), or some sense of it is one step below it ("succumb",
// "drown") though not one of its own words ("go", "pass" and "exit" are
// words of that sense, rarely of death in news).
func (c *comparer) dieVerb(b string) bool {
	if b == "" {
		return false
	}
	c.deathSynsets()
	die := deathAnchors.die
	if s, ok := c.lx.TopSense(b, lexicon.Verb); ok && c.lx.SynsetUnder(s.Synset, lexicon.Verb, die, 1) {
		return true
	}
	return c.lx.Under(b, lexicon.Verb, die, 1) && !c.lx.Under(b, lexicon.Verb, die, 0)
}

// deathIn reports whether a word of toks from token from on tells a death:
// "dead", "death", a verb of dying (dieVerb), or an adjective of deadly
// harm ("fatal", "deadly", "lethal", "mortal").
func (c *comparer) deathIn(toks []text.Token, from int) bool {
	c.deathSynsets()
	for k := max(from, 0); k < len(toks); k++ {
		lw := toks[k].Lower
		if !toks[k].IsWord() {
			continue
		}
		if lw == "dead" || lw == "death" || lw == "deaths" {
			return true
		}
		if b, ok := c.verbAt(toks[k]); ok && c.dieVerb(b) {
			return true
		}
		if c.lx.Under(lw, lexicon.Adj, deathAnchors.deadly, 0) {
			return true
		}
	}
	return false
}

// diesLater reports whether the article (sentences sents) tells the person
// of the age of fact f, a victim not told dead, died after the harm: a
// verb of dying coordinated with the person's own verb ("was wounded and
// later died": the word that ends the age's clause, ageClauseEnd, after
// "and" or "but" and adverbs), or a next sentence whose subject, a
// personal pronoun of one person, dies ("He died there hours later", "She
// later succumbed").
func (c *comparer) diesLater(sents [][]text.Token, f *fact) bool {
	if f.v.Sentence >= len(sents) {
		return false
	}
	toks := sents[f.v.Sentence]
	at := tokenFrom(toks, f.v.Start)
	if at < 0 {
		return false
	}
	base, _, _ := strings.Cut(f.ageAct, "/")
	if base == "" {
		base = f.roleVerb
	}
	if end := c.ageClauseEnd(toks, at, base); end < len(toks) {
		if b, ok := c.verbAt(toks[end]); ok && c.dieVerb(b) {
			if j := c.skipAdverbs(toks, end-1, -1); j > at && (toks[j].Lower == "and" || toks[j].Lower == "but") {
				return true
			}
		}
	}
	next := f.v.Sentence + 1
	return next < len(sents) && c.nextDies(sents[next], f.v.Noun) == 0
}

// nextDies is the token of the subject of the first death the next
// sentence nt tells of one person, -1 when it tells none: a personal
// pronoun of one person ("he", "she") or "the" and the age's own noun
// ("the porter"), a verb of dying (dieVerb) or "dead" within four words
// after it ("He died there hours later", "she was later pronounced dead",
// "police said he succumbed"); another person's death ("The woman died at
// the scene" after "a 9-year-old was hurt") is no death of the person.
func (c *comparer) nextDies(nt []text.Token, noun string) int {
	noun = c.lx.Base(strings.ToLower(noun), lexicon.Noun)
	for i := 0; i < len(nt); i++ {
		lw := nt[i].Lower
		subj := lw == "he" || lw == "she"
		if !subj && lw == "the" && i+1 < len(nt) && noun != "" && c.lx.Base(nt[i+1].Lower, lexicon.Noun) == noun {
			subj = true
			i++
		}
		if !subj {
			continue
		}
		for k := i + 1; k < len(nt) && k <= i+4; k++ {
			if nt[k].Lower == "dead" {
				return i
			}
			b, ok := c.verbAt(nt[k])
			if ok && c.dieVerb(b) {
				return i
			}
			// Another verb between ("He said a passenger died"): the
			// pronoun is not the subject of the death.
			if ok && b != "be" && b != "have" && b != "pronounce" {
				break
			}
		}
	}
	return -1
}

// partyAnchors are the WordNet nouns of the other side of a happening of
// harm: the first senses of "wrongdoer" (gunman, attacker, robber),
// "killer", "lawman" (officer, deputy, trooper) and "police" (the force);
// law holds the last two. nounRole's "suspect" is read apart.
var partyAnchors struct {
	once     sync.Once
	ids, law []uint32
}

func (c *comparer) partySynsets() {
	partyAnchors.once.Do(func() {
		for _, w := range []string{"wrongdoer", "killer", "lawman", "police"} {
			if s, ok := c.lx.TopSense(w, lexicon.Noun); ok {
				partyAnchors.ids = append(partyAnchors.ids, s.Synset)
				if w == "lawman" || w == "police" {
					partyAnchors.law = append(partyAnchors.law, s.Synset)
				}
			}
		}
	})
}

// otherPartyNoun reports whether noun n names a wrongdoer, a killer, a
// suspect or a law officer (partyAnchors, nounRole): one who is hurt in a
// happening of harm is not its victim's side.
func (c *comparer) otherPartyNoun(n string) bool {
	if n == "" {
		return false
	}
	c.partySynsets()
	b := c.lx.Base(strings.ToLower(n), lexicon.Noun)
	return b != "" && (c.lx.Under(b, lexicon.Noun, partyAnchors.ids, 8) || c.nounRole(b) == roleSuspect)
}

// lawAgentAfter reports whether the sentence of the age whose token is at
// names, after it and before a semicolon or a subordinator, the police as
// the agent of the harm or the other side of a fight: "by" or "with" and,
// within three words, a noun of a law officer or the police ("was wounded
// by officers", "in a shootout with deputies", "by a state trooper").
func (c *comparer) lawAgentAfter(toks []text.Token, at int) bool {
	c.partySynsets()
	for k := at + 1; k < len(toks); k++ {
		lw := toks[k].Lower
		if lw == ";" || clauseStops[lw] && lw != "when" && lw != "while" && lw != "as" {
			return false
		}
		if lw != "by" && lw != "with" && lw != "from" {
			continue
		}
		for j := k + 1; j < len(toks) && j <= k+3; j++ {
			if !toks[j].IsWord() {
				break
			}
			if b := c.lx.Base(toks[j].Lower, lexicon.Noun); b != "" && c.lx.Under(b, lexicon.Noun, partyAnchors.law, 8) {
				return true
			}
		}
	}
	return false
}

// accusedIn reports whether a word of toks from token from on is a verb
// of arresting or accusing (verbRole roleSuspect: "was hurt and later
// arrested", "was treated for cuts and charged"): the hurt one may be the
// one who did the harm.
func (c *comparer) accusedIn(toks []text.Token, from int) bool {
	for k := max(from, 0); k < len(toks); k++ {
		b, ok := c.verbAt(toks[k])
		if ok && b == "" && strings.HasSuffix(toks[k].Lower, "ed") {
			b = c.lx.Base(toks[k].Lower, lexicon.Verb)
		}
		if ok && b != "" && c.verbRole(b) == roleSuspect {
			return true
		}
	}
	return false
}

// undergoneVerb is the verb whose act the person of an age undergoes: the
// verb whose object it is (roleVerb), else the verb of its passive
// (ageAct "base/passive"); "" when neither.
func undergoneVerb(x *fact) string {
	if x.roleVerb != "" {
		return x.roleVerb
	}
	if b, ok := strings.CutSuffix(x.ageAct, "/passive"); ok {
		return b
	}
	return ""
}

// ageFate is the fate markAgeRoles counts a victim's age under: "hurt"
// (ageHurt), "fate untold" for a victim told neither dead nor hurt, ""
// for any other age (the dead are counted apart, deadOnly).
func ageFate(f *fact) string {
	switch {
	case f.ageRole != roleVictim || f.ageDied:
		return ""
	case f.ageHurt:
		return "hurt"
	}
	return "fate untold"
}

// hurtDenied reports whether a negation ("not", "never", "n't") stands
// between the age whose token is at and the first verb of hurting after
// it, within eight tokens: "a 52-year-old guard was not injured".
func (c *comparer) hurtDenied(toks []text.Token, at int) bool {
	for k := at + 1; k < len(toks) && k <= at+8; k++ {
		if b, ok := c.verbAt(toks[k]); ok && c.hurtVerb(b) {
			return false
		}
		if verbNegation(toks[k].Lower) {
			return true
		}
	}
	return false
}

// nextAccused reports whether the next sentence nt opens with "He" or
// "She" and a verb of arresting or accusing follows (accusedIn): "He was
// later charged with murder".
func (c *comparer) nextAccused(nt []text.Token) bool {
	return len(nt) > 0 && (nt[0].Lower == "he" || nt[0].Lower == "she") && c.accusedIn(nt, 1)
}
