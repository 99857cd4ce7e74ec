package compare

import (
	"strings"

	"github.com/corroborate/corroborate/internal/lexicon"
)

// certaintyWords are the adjectives of being certain that take a content
// clause ("certain that …", "sure that …", "clear that …", "convinced
// that …"; Quirk et al. 1985 §16.69, adjective complementation by a
// that-clause). Negated, they say the clause is not known to be so.
var certaintyWords = map[string]bool{"certain": true, "sure": true, "clear": true, "convinced": true}

// exclusionPhrases are the verbs of excluding a possibility ("rule out
// that …", "exclude that …"): negated, "could not rule out that …" leaves
// the clause possible, not said to be so.
var exclusionPhrases = map[string]bool{"rule out": true, "exclude": true, "preclude": true}

// doubtingThat reports whether the "that" at token j closes words that
// leave its clause open: a negated adjective of certainty ("it was not
// certain that …", "she was not sure that …"), one with the negative
// prefix ("unclear that …": unknowing), or a negated verb of excluding
// ("could not rule out that …"). The holder doubts the clause, as with
// "whether" (Quirk et al. 1985 §10.64, §11.4: a negated assertion of
// knowledge is no assertion; FactBank reads such a source's commitment as
// possible, Saurí and Pustejovsky 2009). A negator must stand within three
// words before the adjective or verb, with no punctuation between.
func (r *clauseReader) doubtingThat(j int) bool {
	k := j - 1
	if k < 0 {
		return false
	}
	w := r.low[k]
	var at int
	switch {
	case unknownForm(r.lx, w):
		return true
	case certaintyWords[w]:
		at = k
	case k > 0 && exclusionPhrases[r.low[k-1]+" "+w] && r.lx.Base(r.low[k-1], lexicon.Verb) == "rule":
		at = k - 1
	case exclusionPhrases[r.lx.Base(w, lexicon.Verb)]:
		at = k
	case k > 2 && r.low[k-1] == "the" && r.lx.Has(w, lexicon.Noun) && (exclusionPhrases[r.low[k-3]+" "+r.low[k-2]] && r.lx.Base(r.low[k-3], lexicon.Verb) == "rule" || exclusionPhrases[r.lx.Base(r.low[k-2], lexicon.Verb)]):
		// "could not rule out the possibility that …": the noun's
		// appositive clause (Quirk et al. 1985 §17.26) is what is excluded
		at = k - 2
		if r.low[k-2] == "out" {
			at = k - 3
		}
	default:
		return false
	}
	for m := at - 1; m >= 0 && m >= at-3; m-- {
		x := r.low[m]
		if negators[x] || x == "cannot" || strings.HasSuffix(x, "n't") || strings.HasSuffix(x, "n’t") {
			// "never been so sure", "never more certain": emphatic, no doubt
			return !(x == "never" || x == "no" || x == "nobody") || !degreeBetween(r.low[m+1:at])
		}
		if isPunct(r.toks[m].Text) {
			return false
		}
	}
	return false
}

// degreeBetween reports whether words between a negator and an adjective
// of certainty hold a degree word of comparison ("never been so sure",
// "never more certain"): a negated comparison of the highest degree
// asserts it (Quirk et al. 1985 §15.69, comparison with "never").
func degreeBetween(ws []string) bool {
	for _, w := range ws {
		if w == "so" || w == "more" {
			return true
		}
	}
	return false
}
