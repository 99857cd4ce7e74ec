package compare

import (
	"github.com/corroborate/corroborate/internal/lexicon"
)

// nounWord is what a claim's subject search needs of one token, whatever
// the claim: the token lower-cased, its noun base form, whether WordNet
// has that base as a noun, and whether the token is a word and may name a
// subject of the story (not a capitalised word after the first, not an
// indefinite pronoun).
type nounWord struct {
	lower   string
	base    string
	isNoun  bool
	isWord  bool
	mayNoun bool
}

// nounWords returns the nounWord of every token of sentence si of article
// di. A story's claims are each looked for in every sentence of every
// article (subjectTokens, namedBefore), so a sentence's words are read
// once per comparison, not once per claim.
func (c *comparer) nounWords(di, si int) []nounWord {
	if c.nouns == nil {
		c.nouns = map[int][][]nounWord{}
	}
	a := c.in.Docs[di].Analysis
	doc, ok := c.nouns[di]
	if !ok {
		doc = make([][]nounWord, len(a.Tokens))
		c.nouns[di] = doc
	}
	if doc[si] != nil {
		return doc[si]
	}
	toks := a.Tokens[si]
	out := make([]nounWord, len(toks))
	for j, t := range toks {
		w := t.Lower
		b := t.Base(lexicon.Noun)
		out[j] = nounWord{lower: w, base: b, isNoun: c.lx.Has(b, lexicon.Noun), isWord: t.IsWord(),
			mayNoun: t.IsWord() && !(t.IsCapitalized() && j > 0) && !indefinitePronouns[w]}
	}
	doc[si] = out
	return out
}

// namesNoun reports whether a token's noun base is the claim's subject
// noun or directly related to it in WordNet.
func (c *comparer) namesNoun(nw nounWord, noun string) bool {
	if nw.base == noun {
		return true
	}
	if !nw.isNoun {
		return false
	}
	// isNoun is the base's own (nounWords), so the answer is the pair's.
	key := [2]string{nw.base, noun}
	if ok, known := c.nameNouns[key]; known {
		return ok
	}
	if c.nameNouns == nil {
		c.nameNouns = map[[2]string]bool{}
	}
	ok := directlyRelated(c.lx, nw.base, noun, lexicon.Noun)
	c.nameNouns[key] = ok
	return ok
}
