package compare

import (
	"github.com/corroborate/corroborate/internal/lexicon"
	"github.com/corroborate/corroborate/internal/mention"
	"github.com/corroborate/corroborate/internal/text"
)

// This file reads two forms the place reader's search for a happening
// verb missed or misread (session 56, place3):
//   - a verb whose past is its base ("A water main burst in Ashcombe",
//     "a storm hit Tarrow": the irregular class whose three principal
//     parts are one form, Quirk et al. 1985 ch. 3, mention.ZeroPast) has
//     no ending to tell it a verb, so it was passed over;
//   - a noun that modifies the noun after it is no head ("during a
//     traffic stop in Elmsford": the compound's head is "stop", Quirk et
//     al. 1985 §17.108), so "traffic" names no event of the phrase.

// zeroPastVerb is the base of a token read as the past of a verb whose
// past is its base form ("burst", "hit", "cut"), "" when it is none: the
// token after a word that may end a subject ("a water main burst", "the
// pipe burst", "Storm Elin hit") or a form of "be" or "have" (a passive
// or a perfect: "was hit in", "has burst in"), and not after a
// determiner, a possessive, a preposition or "to" (a noun or an
// infinitive: "a burst in", "to burst").
func (c *comparer) zeroPastVerb(toks []text.Token, i int) string {
	t := toks[i]
	if i == 0 || !t.IsWord() || t.IsCapitalized() || !mention.ZeroPast(t.Lower) {
		return ""
	}
	p := toks[i-1]
	if !p.IsWord() {
		return ""
	}
	pl := p.Lower
	if beForms[pl] || pl == "has" || pl == "have" || pl == "had" {
		return t.Lower
	}
	if tag, closed := closedTag(pl); closed && tag != "PRP" && tag != "WDT" && tag != "WP" {
		// "they hit", "which burst", "who cut": a pronoun subject; other
		// closed words do not end a subject.
		return ""
	}
	if !p.IsCapitalized() && !c.lx.Has(c.lx.Base(pl, lexicon.Noun), lexicon.Noun) {
		return ""
	}
	return t.Lower
}

// compoundModifier reports whether the noun at token i modifies the noun
// after it rather than heading its phrase ("a traffic stop", "the murder
// trial"): the next token is a lower-case open-class word WordNet knows
// as a noun and not as an adverb ("the crash yesterday" keeps its head).
func (c *comparer) compoundModifier(toks []text.Token, i int) bool {
	if i+1 >= len(toks) {
		return false
	}
	n := toks[i+1]
	if !n.IsWord() || n.IsCapitalized() {
		return false
	}
	if _, closed := closedTag(n.Lower); closed {
		return false
	}
	return c.lx.Has(c.lx.Base(n.Lower, lexicon.Noun), lexicon.Noun) && !c.lx.Has(n.Lower, lexicon.Adv)
}

// copulaPast is the base of a token read as the past of a copula of
// change before an adjective ("twelve pupils fell ill at a school in
// Brackley": Quirk et al. 1985 §16.21, resultingCopulas), "" when it is
// none. The past forms WordNet's exception list shares with a verb of
// their own ("fell", "found", "lay") are not read as pasts elsewhere;
// before an adjective, "fell" can only be the copula.
func (c *comparer) copulaPast(toks []text.Token, i int) string {
	t := toks[i]
	if i+1 >= len(toks) || !t.IsWord() || t.IsCapitalized() {
		return ""
	}
	b := c.lx.Base(t.Lower, lexicon.Verb)
	if b == t.Lower || !resultingCopulas[b] {
		return ""
	}
	n := toks[i+1]
	if !n.IsWord() || n.IsCapitalized() || !c.lx.Has(n.Lower, lexicon.Adj) {
		return ""
	}
	if _, closed := closedTag(n.Lower); closed {
		return ""
	}
	return b
}
