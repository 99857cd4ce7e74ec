package mention

import (
	"github.com/corroborate/corroborate/internal/lexicon"
	"github.com/corroborate/corroborate/internal/text"
)

// fusedHeads are the quantifying and indefinite pronouns that stand for
// people when they are a source on their own ("Many said", "Another
// said", "Someone called it …"; CGEL ch. 5 §9, fused determiner-heads, and
// the compound determinatives "someone", "everybody"), each with the
// kind of source it names: a group for a plural or a universal, one
// unnamed person for a singular. The negatives ("none", "nobody", "no
// one") name no source and are left out.
var fusedHeads = map[string]string{
	"many": KindGroup, "several": KindGroup, "some": KindGroup, "most": KindGroup, "few": KindGroup,
	"all": KindGroup, "both": KindGroup, "others": KindGroup, "half": KindGroup,
	"everyone": KindGroup, "everybody": KindGroup, "anyone": KindGroup, "anybody": KindGroup,
	"another": KindUnnamed, "each": KindUnnamed, "someone": KindUnnamed, "somebody": KindUnnamed,
}

// approximators are the words that may open a number as its
// approximating modifier ("nearly", "more than", "at least", "about",
// "some 56 percent";
// CGEL ch. 5 §7.8).
var approximators = map[string]bool{
	"about": true, "almost": true, "nearly": true, "roughly": true, "around": true, "approximately": true,
	"virtually": true, "practically": true, "exactly": true, "precisely": true, "some": true,
	"over": true, "under": true, "only": true, "just": true, "more": true, "less": true, "fewer": true,
	"than": true, "at": true, "least": true, "most": true, "up": true, "to": true, "close": true,
}

// quantitySource returns the kind of source a phrase names when it is a
// quantifying pronoun on its own or before "of" ("Many", "Some of the
// delegates": fusedHeads), "those" before the preposition or relative
// pronoun that opens its modifier ("Those over 60", "those who voted"),
// or a share of people polled ("Twenty-four
// percent", "More than six in 10", "73 percent of voters", "one in four
// voters in the poll": shareSource); "" otherwise.
func quantitySource(toks []text.Token) string {
	if len(toks) == 0 {
		return ""
	}
	if k := fusedHeads[toks[0].Lower]; k != "" && (len(toks) == 1 || toks[1].Lower == "of") {
		return k
	}
	if toks[0].Lower == "those" && len(toks) > 1 {
		if tag, ok := lexicon.ClosedClass(toks[1].Lower); ok && (tag == "IN" || tag == "WP") {
			return KindGroup // "Those over 60", "those who voted": the demonstrative heads a phrase of people (CGEL ch. 5 §9)
		}
	}
	if shareSource(toks) {
		return KindGroup
	}
	return ""
}

// shareSource reports whether a phrase is a share of people: a number,
// after at most three approximating words, followed by "percent", "per
// cent" or "%", or by a fraction's "in" or "out of" and a second number;
// what follows the share must be nouns and their modifiers (a pronoun or
// a word WordNet has only as a verb ends a clause, not a source: "six in
// 10 said they").
func shareSource(toks []text.Token) bool {
	i := 0
	for i < len(toks) && i < 3 && approximators[toks[i].Lower] {
		i++
	}
	if i+1 >= len(toks) || !countWord(toks[i].Text) {
		return false
	}
	j := i + 1
	switch w := toks[j].Lower; {
	case w == "percent" || w == "%":
		j++
	case w == "per" && j+1 < len(toks) && toks[j+1].Lower == "cent":
		j += 2
	default:
		k, ok := fractionEnd(toks, j)
		if !ok {
			return false
		}
		j = k + 1
	}
	lx := lexicon.Default()
	for ; j < len(toks); j++ {
		w := toks[j].Lower
		if tag, ok := lexicon.ClosedClass(w); ok && (tag == "PRP" || tag == "MD") {
			return false
		}
		if toks[j].IsWord() && lx.Has(w, lexicon.Verb) && !lx.Has(lx.Base(w, lexicon.Noun), lexicon.Noun) && !lx.Has(w, lexicon.Adj) && !lx.Has(w, lexicon.Adv) {
			return false
		}
	}
	return true
}

// countWord reports whether a word is a cardinal: digits, a number word
// ("six", "one") or a hyphenated compound ("twenty-four").
func countWord(w string) bool {
	lw := lower(w)
	_, small := smallNumbers[lw]
	return isDigitStart(w) || small || lw == "one" || hyphenNumber(lw) > 0
}

// openApproximators are the approximators that are only the first word
// of one ("at least", "up to", "close to", "more than").
var openApproximators = map[string]bool{"at": true, "up": true, "close": true, "more": true, "less": true, "fewer": true}

// approximatedQuantity returns the number of approximating words
// (approximators: "almost", "virtually", "at least") that open a phrase
// before the quantifier or count they modify ("Almost half of
// respondents", "Virtually all analysts", "At least a dozen aides"; CGEL
// ch. 5 §7.8), or 0 when no quantifier or count follows them.
func approximatedQuantity(toks []text.Token) int {
	i := 0
	for i < len(toks) && approximators[toks[i].Lower] {
		i++
	}
	if i == 0 || i >= len(toks) || openApproximators[toks[i-1].Lower] {
		return 0 // "at one point": a preposition, not "at least"
	}
	w := toks[i].Lower
	if w == "a" && i+1 < len(toks) {
		w = toks[i+1].Lower // "at least a dozen"
	}
	if fusedHeads[w] != "" || countWord(w) {
		return i
	}
	return 0
}
