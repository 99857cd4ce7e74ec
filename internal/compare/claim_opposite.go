package compare

import (
	"github.com/corroborate/corroborate/internal/lexicon"
)

// One claim told with opposite words (stance9, session 56): "the ferry is
// unsafe" and "the ferry is safe" are one proposition, the one affirmed and
// the other denied; so are "the mayor rejected the contract" and "the mayor
// did not accept the contract". A holder of the one takes a position on the
// other with the polarity turned, so groupClaims joins the two with the
// joining member's polarity turned (proposition.flipped).

// oppositePredicate reports whether b says of its subject the opposite of
// what a says, in words WordNet gives as direct antonyms (lexicon.Antonyms),
// with the same voice, modality and time:
//   - two copulas or verbs of being with adjective complements that are
//     antonyms ("is safe", "was dangerous"): gradable and complementary
//     adjectives are the two poles of one scale (Quirk et al. 1985 §7.2,
//     §7.64; Lyons 1977 §9.1), and a copula says where the subject stands
//     now, so the two cannot both hold;
//   - two verbs that are antonyms with the same complement, one clause
//     negated and the other not ("rejected the offer", "did not accept
//     the offer"): a negated verb of one pole states the other (Quirk et
//     al. 1985 §10.61, the scope of negation). Two affirmed verbs of
//     opposite events ("the shop opened", "the shop closed") may both have
//     happened, at two times; two verbs of one transfer seen from its two
//     ends ("bought", "sold") too, so they are not joined.
//
// Light verbs and verbs of saying have no antonyms of their own here.
func (c *comparer) oppositePredicate(a, b proposition) bool {
	if a.passive != b.passive || a.modal != b.modal || a.future != b.future || a.ceased || b.ceased {
		return false
	}
	if a.comp == "" || b.comp == "" || a.premise || b.premise {
		return false
	}
	if c.beingVerb(a.verb) && c.beingVerb(b.verb) && !a.passive {
		return c.lx.Has(a.comp, lexicon.Adj) && c.lx.Has(b.comp, lexicon.Adj) && lexicon.Antonyms(a.comp, b.comp, lexicon.Adj)
	}
	if a.negated == b.negated || lightVerb(a.verb) || lightVerb(b.verb) || !lexicon.Antonyms(a.verb, b.verb, lexicon.Verb) {
		return false
	}
	return c.sameComplement(a, b) && c.sameNounComplement(a, b) && c.sameRestriction(a, b)
}

// oppositeGroup returns the claim among claims whose first member says the
// opposite of preds[i] of the same subject (oppositePredicate), and turns
// preds[i]'s polarity to the claim's; nil when there is none. A clause
// grouped by its own words is never turned.
func (c *comparer) oppositeGroup(preds []proposition, keys []subjectKey, claims []*claimGroup, i int) *claimGroup {
	for _, cl := range claims {
		q := preds[cl.members[0]]
		if c.sameSubjectKey(keys[i], keys[cl.members[0]]) && c.oppositePredicate(preds[i], q) {
			preds[i].negated = !preds[i].negated
			preds[i].flipped = true
			return cl
		}
	}
	return nil
}
