package compare

import (
	"strings"
	"sync"

	"github.com/corroborate/corroborate/internal/lexicon"
	"github.com/corroborate/corroborate/internal/text"
)

// This file reads a victim from what the age's person bears when no verb
// of harm is done to them (agerole.go reads the verbs):
//   - an injury its clause gives the person: a noun WordNet files under
//     the first sense of "injury" ("wound", "fracture", "burn"), the object
//     of the person's own verb or after "with", "from" or "for" ("a
//     6-year-old suffered a gunshot wound", "a 28-year-old was taken to
//     the clinic with wounds to the legs", "is recovering from wounds");
//   - death as its predicate: "dead" after a form of "be" or after the
//     person's own verb ("was pronounced dead", "is dead");
//   - a verb of harm whose object is the person itself, a reflexive
//     pronoun ("a 21-year-old accidentally shot himself"; Quirk et al.
//     1985 §6.23: the subject is then the one the act is done to);
//   - a passive that moves the person to a hospital ("a 7-year-old was
//     rushed to a hospital", "was taken to Elm County Hospital"): the one
//     taken to a place of medical care is its patient (WordNet: a patient
//     is one who requires medical care), in a story of harm its victim.
//     A hospital is a noun under WordNet's "medical building" or "medical
//     institution" (hospital, clinic, infirmary), lower case or the head of
//     a name.
// The clause ends at a semicolon, a dash, a personal pronoun (another
// clause's subject), a subordinator or "that", or another verb than the
// person's own ("opened fire, leaving two with wounds" tells of others).

// injuryAnchors is the first WordNet sense of the noun "injury".
var injuryAnchors struct {
	once sync.Once
	ids  []uint32
}

// injuryNoun reports whether lower-case word w is a noun of an injury
// (under the first sense of "injury", three steps at most).
func (c *comparer) injuryNoun(w string) bool {
	injuryAnchors.once.Do(func() {
		if s, ok := c.lx.TopSense("injury", lexicon.Noun); ok {
			injuryAnchors.ids = []uint32{s.Synset}
		}
	})
	b := c.lx.Base(w, lexicon.Noun)
	return b != "" && c.lx.Under(b, lexicon.Noun, injuryAnchors.ids, 3)
}

// clauseStops are the subordinators that open another clause after an
// age's own (Quirk et al. 1985 §14.12).
var clauseStops = map[string]bool{"after": true, "when": true, "while": true, "because": true, "before": true, "until": true,
	"since": true, "as": true, "if": true, "where": true, "although": true, "though": true, "that": true, "whether": true}

// borneHarmRole is roleVictim when the clause of the age whose token is
// at tells an injury or death its person bears, or a verb of harm done
// to itself (see the file comment); act is the age's act (ageAct).
func (c *comparer) borneHarmRole(toks []text.Token, at int, act string) string {
	base, voice, _ := strings.Cut(act, "/")
	if voice == "active" && c.verbRole(base) == roleVictim {
		// The one who harms, unless the object is the person itself.
		if c.reflexiveAfter(toks, at, base) {
			return roleVictim
		}
		return ""
	}
	for k, end := at+1, c.ageClauseEnd(toks, at, base); k < end; k++ {
		lw := toks[k].Lower
		if lw == "dead" && (beForms[toks[k-1].Lower] || c.ownVerb(toks[k-1], base)) {
			return roleVictim
		}
		if toks[k].IsWord() && !toks[k].IsCapitalized() && c.injuryNoun(lw) && c.borneBy(toks, k, base) {
			return roleVictim
		}
		if (lw == "to" || lw == "into") && c.passiveBefore(toks, k) && c.hospitalAfter(toks, k) {
			return roleVictim
		}
	}
	return ""
}

// passiveBefore reports whether the word before token k, past adverbs,
// is a past participle after a form of "be" or "get" (past adverbs):
// "was rushed", "was quickly taken", "got flown".
func (c *comparer) passiveBefore(toks []text.Token, k int) bool {
	j := c.skipAdverbs(toks, k-1, -1)
	if j < 1 || !toks[j].IsWord() || toks[j].IsCapitalized() {
		return false
	}
	p := toks[j].Lower
	if _, irregular := irregularBase(p); !irregular && !strings.HasSuffix(p, "ed") {
		return false
	}
	i := c.skipAdverbs(toks, j-1, -1)
	if i < 0 {
		return false
	}
	aux := toks[i].Lower
	return beForms[aux] || aux == "being" || c.lx.Base(aux, lexicon.Verb) == "get"
}

// medicalAnchors are the WordNet noun synsets of "medical building" and
// "medical institution".
var medicalAnchors struct {
	once sync.Once
	ids  []uint32
}

// hospitalAfter reports whether the noun phrase after the preposition at
// token k is headed by a noun of a place of medical care (under WordNet's
// "medical building" or "medical institution": "a hospital", "the county
// clinic", "Elm Valley Hospital"), within four words past modifiers.
func (c *comparer) hospitalAfter(toks []text.Token, k int) bool {
	medicalAnchors.once.Do(func() {
		medicalAnchors.ids = append(c.lx.SynsetIDs("medical building", lexicon.Noun), c.lx.SynsetIDs("medical institution", lexicon.Noun)...)
	})
	for j := k + 1; j < len(toks) && j <= k+4; j++ {
		if !toks[j].IsWord() {
			return false
		}
		lw := toks[j].Lower
		if b := c.lx.Base(lw, lexicon.Noun); b != "" && c.lx.Under(b, lexicon.Noun, medicalAnchors.ids, 3) {
			return true
		}
		if tag, closed := lexicon.ClosedClass(lw); closed && tag != "DT" && tag != "PRP$" {
			return false // another preposition or clause: the phrase has ended
		}
	}
	return false
}

// deadAfter reports whether the clause of the age whose token is at tells
// its person "dead" (after a form of "be" or the person's own verb base:
// "is dead", "was pronounced dead"), the clause read as borneHarmRole
// reads it.
func (c *comparer) deadAfter(toks []text.Token, at int, base string) bool {
	for k, end := at+1, c.ageClauseEnd(toks, at, base); k < end; k++ {
		if toks[k].Lower == "dead" && (beForms[toks[k-1].Lower] || c.ownVerb(toks[k-1], base)) {
			return true
		}
	}
	return false
}

// ageClauseEnd is the token that ends the clause of the age whose token is
// at, its person's verb base (see the file comment): the first token after
// at, within 2*ageActSpan, that is a semicolon, a dash, a subordinator
// (clauseStops), a personal pronoun or a form of another verb than base;
// else the token after that span or the sentence's end. borneHarmRole,
// deadAfter and hurtInClause read the tokens between.
func (c *comparer) ageClauseEnd(toks []text.Token, at int, base string) int {
	k := at + 1
	for ; k < len(toks) && k <= at+2*ageActSpan; k++ {
		lw := toks[k].Lower
		if lw == ";" || isDash(toks, k) || clauseStops[lw] {
			return k
		}
		if tag, _ := lexicon.ClosedClass(lw); tag == "PRP" {
			return k
		}
		if b, ok := c.verbAt(toks[k]); ok && b != "" && b != base {
			return k
		}
	}
	return k
}

// ownVerb reports whether token t is a form of the age's own verb base.
func (c *comparer) ownVerb(t text.Token, base string) bool {
	b, ok := c.verbAt(t)
	return ok && base != "" && b == base
}

// borneBy reports whether the injury noun at token k is the object of the
// age's own verb base or of "with", "from" or "for": the word before it,
// past at most three modifiers (determiners, adjectives, nouns: "a
// gunshot wound", "multiple stab wounds").
func (c *comparer) borneBy(toks []text.Token, k int, base string) bool {
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		lw := toks[j].Lower
		switch {
		case lw == "with" || lw == "from" || lw == "for":
			return true
		case c.ownVerb(toks[j], base):
			return true
		case !toks[j].IsWord():
			return false
		}
		if tag, closed := lexicon.ClosedClass(lw); closed && tag != "DT" && tag != "PRP$" && tag != "CD" {
			return false
		}
	}
	return false
}

// reflexiveAfter reports whether the first form of verb base after token
// at is followed by a reflexive pronoun ("shot himself").
func (c *comparer) reflexiveAfter(toks []text.Token, at int, base string) bool {
	for k := at + 1; k+1 < len(toks) && k <= at+ageActSpan; k++ {
		if !c.ownVerb(toks[k], base) {
			continue
		}
		lw := toks[k+1].Lower
		tag, _ := lexicon.ClosedClass(lw)
		return tag == "PRP" && (strings.HasSuffix(lw, "self") || strings.HasSuffix(lw, "selves"))
	}
	return false
}
