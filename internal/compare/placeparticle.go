package compare

import (
	"github.com/corroborate/corroborate/internal/lexicon"
	"github.com/corroborate/corroborate/internal/text"
)

// A particle before a place (clock3, session 56). "Off", "down", "out"
// after a verb may be the particle of a phrasal verb WordNet lists ("strike
// off", a name from a register) or a preposition of place that opens the
// adjunct of where ("the earthquake struck off the coast at 5:12 a.m.");
// phrasalVerbAt asks placeAfterParticle before it reads the pair as one verb.

// nounObjectLex is WordNet's lexicographer file of natural objects
// (noun.object: coast, shore, island, river).
const nounObjectLex = 17

// placeAfterParticle reports whether the word at token p, a particle
// after a verb, is a preposition of place here: a determiner follows it
// and a noun of place (its first WordNet sense a location or a natural
// object) heads the noun phrase within two words ("struck off the coast",
// "came down the hillside"). A preposition of place before its noun
// phrase says where (Quirk et al. 1985 §9.15ff); the verb is the bare verb,
// not the phrasal verb with its object ("struck off the register").
func (c *comparer) placeAfterParticle(toks []text.Token, p int) bool {
	if p+2 >= len(toks) || !determinerAt(toks, p+1) {
		return false
	}
	for i := p + 2; i < len(toks) && i <= p+3; i++ {
		if !toks[i].IsWord() {
			return false
		}
		s, ok := c.lx.FirstSense(c.lx.Base(toks[i].Lower, lexicon.Noun), lexicon.Noun)
		if ok && (s.Lex == lexicon.NounLocation || s.Lex == nounObjectLex) {
			return true
		}
	}
	return false
}
