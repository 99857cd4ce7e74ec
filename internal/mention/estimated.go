package mention

import (
	"regexp"
	"strings"

	"github.com/corroborate/corroborate/internal/lexicon"
)

// estimateSynset is WordNet 3.0's verb synset estimate, gauge,
// approximate, guess, judge (00672451: "judge tentatively or form an
// estimate of (quantities or time)"); its hyponym put, place, set
// (00673466: "we put the time of arrival at 8 P.M.") is the sense of "put
// the crowd at 5,000".
const estimateSynset = 672451

// estimateVerb reports whether one of a verb's WordNet senses is the
// estimate synset or directly under it ("estimate", "put", "place", "set",
// "reckon", "gauge").
func estimateVerb(lx *lexicon.Lexicon, base string) bool {
	for _, s := range lx.Senses(base) {
		if s.POS == lexicon.Verb && (s.Synset == estimateSynset || lx.SynsetUnder(s.Synset, lexicon.Verb, []uint32{estimateSynset}, 1)) {
			return true
		}
	}
	return false
}

// reEstimatedAt is "at" and an optional qualifier ending right before a
// value ("… at roughly 30,000", "… at about $2 million").
var reEstimatedAt = regexp.MustCompile(`(?i)\sat\s+(?:(?:about|around|roughly|some|nearly|almost|approximately|more than|less than|at least|an estimated|close to|just over|just under|over|under)\s+)?$`)

// reWord is a word of letters.
var reWord = regexp.MustCompile(`[A-Za-z][A-Za-z'’-]*`)

// estimatedObject is the noun a value measures when an estimate verb
// puts its object at it: "organisers put the rally at about 12,000 people"
// (the rally's size), "the agency estimated the damage at $2 million",
// "set bail at $5,000" (the object of a complex-transitive verb and its
// object complement, Quirk et al. 1985 ch. 16, complex-transitive
// complementation: the complement is a value of the object). The verb may stand up to a dozen words before "at",
// across a parenthetical phrase ("put the rally, held to protest the levy, at
// …"); in the passive ("the crowd was estimated at 5,000") the subject
// is the object. "" when no estimate verb governs the value.
func (vs *valueScan) estimatedObject(off int) string {
	m := reEstimatedAt.FindStringIndex(vs.sent[:off])
	if m == nil {
		return ""
	}
	at := m[0]
	lo := max(0, at-100)
	ws := reWord.FindAllStringIndex(vs.sent[lo:at], -1)
	for k := len(ws) - 1; k >= 0 && k >= len(ws)-12; k-- {
		s, e := lo+ws[k][0], lo+ws[k][1]
		w := strings.ToLower(vs.sent[s:e])
		b := vs.lx.Base(w, lexicon.Verb)
		// "estimate" and "estimates" are as often nouns ("an estimate
		// at …").
		if !vs.lx.Has(b, lexicon.Verb) || !estimateVerb(vs.lx, b) || w == "estimate" || w == "estimates" {
			if strings.ContainsAny(vs.sent[e:min(at, e+2)], ";") {
				return ""
			}
			continue
		}
		// The passive: the subject right before the verb group is the
		// thing estimated.
		if k >= 1 {
			p := strings.ToLower(vs.sent[lo+ws[k-1][0] : lo+ws[k-1][1]])
			if p == "was" || p == "were" || p == "is" || p == "are" || p == "been" || p == "be" {
				j := k - 2
				for j >= 0 && shareAuxiliary(strings.ToLower(vs.sent[lo+ws[j][0]:lo+ws[j][1]])) {
					j--
				}
				if j < 0 {
					return ""
				}
				n := strings.ToLower(vs.sent[lo+ws[j][0] : lo+ws[j][1]])
				if nb := vs.lx.Base(n, lexicon.Noun); allLower(n) && !stopWhat[n] && vs.lx.Has(nb, lexicon.Noun) {
					if _, closed := lexicon.ClosedClass(n); !closed {
						return nb
					}
				}
				return ""
			}
		}
		if d := reObjectOpens.FindStringIndex(vs.sent[e:at]); d != nil {
			e += d[1]
		}
		return vs.nounAfter(e)
	}
	return ""
}

// reObjectOpens is the determiner and genitive that open an object noun
// phrase ("the", "the agency's"), before its head.
var reObjectOpens = regexp.MustCompile(`(?i)^\s+(?:(?:the|a|an|its|their|his|her|our|this|that|these|those)\s+)?(?:[a-z][a-z-]*(?:'s|’s|s'|s’)\s+)?`)
