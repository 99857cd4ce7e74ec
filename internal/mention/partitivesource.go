package mention

import (
	"github.com/corroborate/corroborate/internal/lexicon"
	"github.com/corroborate/corroborate/internal/text"
)

// quantityNoun reports whether a noun is a quantity noun that heads a
// partitive construction ("a number of", "a majority of", "hundreds of",
// "a handful of", "lots of"; Quirk et al. 1985 §5.25-5.27, quantity
// nouns): one of its two most frequent WordNet senses lies in
// noun.quantity. Before "of" such a noun only counts the persons or things
// its complement names, and the verb agrees with that complement
// (notional concord, §10.39: "a number of voters have said").
func quantityNoun(w string) bool {
	lx := lexicon.Default()
	for _, s := range lx.Senses(lx.Base(lower(w), lexicon.Noun)) {
		if s.POS == lexicon.Noun && !s.Instance && s.Rank <= 1 && s.Lex == nounQuantity {
			return true
		}
	}
	return false
}

// partitiveHead returns, for a source phrase whose head h is a quantity
// noun followed by "of" ("Large majorities of voters", "Hundreds of the
// party's delegates", "An increasing number of skippers"), the index of
// the head of the of-phrase, which names who spoke; -1 otherwise.
func partitiveHead(toks []text.Token, h int) int {
	if h < 0 || h+2 >= len(toks) || toks[h+1].Lower != "of" || !toks[h].IsWord() || !quantityNoun(toks[h].Text) {
		return -1
	}
	rest := toks[h+2:]
	ch, share := sourceHeadAt(rest)
	if share || ch < 0 || !rest[ch].IsWord() {
		return -1
	}
	from := 0
	for g := ch - 1; g >= 0; g-- {
		if _, poss := stripPossessive(rest[g].Text); poss {
			from = g + 1 // "the party's delegates": a genitive is the phrase's determiner (Quirk et al. 1985 §5.115)
			break
		}
	}
	if !nounPhraseShape(rest[from:], ch-from) {
		return -1
	}
	return h + 2 + ch
}

// partitiveOpens reports whether a phrase opens with a quantity noun and
// "of" after at most two words of its own noun phrase (a determiner, an
// adjective: "An increasing number of", "Large majorities of",
// "Hundreds of").
func partitiveOpens(toks []text.Token) bool {
	for h := 0; h < len(toks) && h <= 2; h++ {
		if partitiveHead(toks, h) >= 0 {
			return true
		}
	}
	return false
}

// partitiveName reports whether the name found in a source phrase is only
// its first word, capitalised because it opens the sentence, of a
// partitive whose quantity noun comes before "of" ("Large majorities of
// voters", "Hundreds of the party's delegates"): the phrase names no one
// by name, and its of-phrase says who spoke (partitiveHead).
func (a *Analysis) partitiveName(phrase, name string) bool {
	toks := text.Tokens(phrase)
	if len(toks) == 0 || !partitiveOpens(toks) {
		return false
	}
	first := toks[0].Text
	if lower(first) == "the" && len(toks) > 1 {
		first = toks[1].Text
	}
	return name == first
}

// quantityPhrase reports whether a subject phrase is a quantifier that
// stands for people on its own, after approximating words or before an
// of-phrase ("Nearly half", "Many of them", "Many of you":
// quantitySource), which nominalSource, reading the last word as the
// head, does not take ("half" is an adverb too, "them" no noun).
// The phrase must be one noun phrase: no subject pronoun or finite verb
// after its quantifier ("Some of the nurses said they"), and no
// preposition or determiner left open at its end ("18 percent of").
func quantityPhrase(np string) bool {
	toks := text.Tokens(np)
	q := approximatedQuantity(toks)
	if len(toks) == 0 || quantitySource(toks[q:]) == "" {
		return false
	}
	for j := q + 1; j < len(toks); j++ {
		if nominativePronoun(toks[j].Text) || finiteVerbAt(toks, j) {
			return false
		}
	}
	if tag, ok := lexicon.ClosedClass(toks[len(toks)-1].Lower); ok && (tag == "IN" || tag == "DT") && len(toks) > q+1 {
		return false
	}
	return true
}
