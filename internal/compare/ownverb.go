package compare

import (
	"github.com/corroborate/corroborate/internal/lexicon"
	"github.com/corroborate/corroborate/internal/text"
)

// A sentence of a follow-up often dates two acts: "Police on Friday
// detained a porter whom they accuse of shooting a clerk on Tuesday
// night". Each time adverbial is an adjunct of its own clause and dates
// that clause's verb (Quirk et al. 1985 ch. 8, adjuncts of time), so of
// two times that share every word of their sentence, the one
// whose verb is the other article's verb is the same fact: the shooting's
// day meets the shooting's day, not the arrest's. Without it the two
// candidates tie on their shared words and the first wins, and a changed
// shooting day is compared with the arrest day.

// ownVerbBonus is the slot score added to two times of one verb: below
// every other bonus of slotScore (0.05 for a shared unit), it settles a
// tie between times of one sentence and outweighs no shared word.
const ownVerbBonus = 0.04

// ownVerbScore is ownVerbBonus for two times of one verb (ownVerbTimes),
// else 0.
func (c *comparer) ownVerbScore(f, g *fact) float64 {
	if c.ownVerbTimes(f, g) {
		return ownVerbBonus
	}
	return 0
}

// ownVerbTimes reports whether two days or clock times date one verb:
// each has a head verb read (the verb it modifies, not a verb of saying)
// and the two are one verb or close in WordNet (sameVerb).
func (c *comparer) ownVerbTimes(f, g *fact) bool {
	return isDayOrClock(f.v.Type) && isDayOrClock(g.v.Type) && f.head != "" && g.head != "" && c.sameVerb(f.head, g.head)
}

// A day that closes a relative clause on the object of a verb of harm
// ("the owner shot a man who tried to rob the store Monday afternoon",
// "opened fire on a man who threatened him with a knife on Monday") may
// date the relative clause's verb or the main clause's: an adjunct at the
// end of a sentence can belong to either clause (Quirk et al. 1985 ch. 8
// on the attachment of final adjuncts), and a news lead's final time
// is mostly its main act's. relativeMain gives the main clause's verbs of
// harm as the time's other happenings (alsoDates), as simultaneousMain
// does for an "as" clause. Not when the relative clause is in the past
// perfect ("a man who had robbed the store on Monday": an act before the
// main clause's, Quirk et al. 1985 ch. 4 on the past perfect), nor for
// a main verb that tells no harm ("police arrested a man who shot a clerk
// on Monday": the arrest came later).

// relativeVerbSpan is how many words may stand between a relative pronoun
// and the verb its clause's time dates ("who tried to rob").
const relativeVerbSpan = 4

// relativeMain returns the verbs of harm of the main clause a relative
// clause (who, that, which after a noun) hangs on when the time's head
// verb, token h, is that relative clause's verb.
func (c *comparer) relativeMain(toks []text.Token, h int) []datedAlt {
	r := -1
	for j := h - 1; j >= 1 && j >= h-relativeVerbSpan; j-- {
		if !toks[j].IsWord() {
			return nil
		}
		lw := toks[j].Lower
		if lw == "had" || lw == "'d" {
			return nil
		}
		if lw == "who" || lw == "that" || lw == "which" {
			r = j
			break
		}
	}
	if r < 2 || !c.relativeAntecedent(toks[r-1]) {
		return nil
	}
	var out []datedAlt
	for _, a := range c.mainClauseVerbs(toks, r) {
		if c.harmDoneVerb(a.w) || c.verbRole(a.w) == roleVictim {
			out = append(out, a)
		}
	}
	return out
}

// relativeAntecedent reports whether a token can be the head noun a
// relative clause follows: an open-class lower-case word WordNet has as a
// noun (not "said that", "so that").
func (c *comparer) relativeAntecedent(t text.Token) bool {
	if !t.IsWord() || t.IsCapitalized() {
		return false
	}
	if _, closed := closedTag(t.Lower); closed {
		return false
	}
	return c.lx.Has(c.lx.Base(t.Lower, lexicon.Noun), lexicon.Noun)
}
