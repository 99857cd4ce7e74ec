package compare

import (
	"sort"
	"strings"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/lexicon"
	"github.com/corroborate/corroborate/internal/text"
)

// This file compares one noun swapped in a shared phrase: two articles
// that write the same words around one common noun and put two different
// nouns there ("the family's hunting rifle was taken from the cabin" /
// "the family's hunting shotgun was taken from …") tell one thing two
// ways. Editors rewrite the words around a fact and keep
// the phrase that carries it; when the phrase is kept and the noun at its
// centre changes to another of its kind, one of the two is wrong — a
// discrepancy of kind other (which thing).
//
// The phrase is a few tokens before the noun and a few after it (one of
// swapShapes: four or five tokens, some on each side), compared in lower
// case, holding at least swapContentWords words of open classes (a phrase
// of function words, "in the _ of the", is in every story). The two nouns must be
// common nouns of one number whose frequent senses meet under a narrow
// WordNet hypernym (closeNouns: two kinds of one thing), neither a
// synonym or kind of the other, no time or quantity (the value facts
// compare those), and no writer of the story may use them for one thing
// or write both in the phrase (its writer knows both).

// swapContentWords is how many open-class words the phrase around a
// swapped noun must hold.
const swapContentWords = 3

// swapShapes are the phrases read around a noun: tokens before, tokens
// after.
var swapShapes = [][2]int{{1, 3}, {2, 2}, {3, 1}, {2, 3}, {3, 2}, {1, 4}, {4, 1}}

// swapUse is one article's noun at the centre of a phrase.
type swapUse struct {
	doc   int
	key   string // the phrase: the words before and after, lower case
	word  string // the noun as written, lower case
	noun  string // its base form
	plain string // the phrase as written, the noun in it
	sent  string
}

// swappedNounDiscrepancies reports phrases that two articles share with
// two different nouns of one kind at their centre.
func (c *comparer) swappedNounDiscrepancies() []corroborate.Discrepancy {
	uses := c.swapUses()
	byKey := map[string][]int{}
	var keys []string
	for i, u := range uses {
		if _, ok := byKey[u.key]; !ok {
			keys = append(keys, u.key)
		}
		byKey[u.key] = append(byKey[u.key], i)
	}
	sort.Strings(keys)
	use := &nounUse{c: c}
	var out []corroborate.Discrepancy
	done := map[[2]string]bool{}
	for _, k := range keys {
		g := byKey[k]
		sides, order := splitSides(g, func(i int) (int, string) { return uses[i].doc, uses[i].noun })
		if len(order) != 2 {
			continue // one noun, or three: a list of kinds, not one thing
		}
		a, b := order[0], order[1]
		pair := [2]string{a, b}
		if a > b {
			pair = [2]string{b, a}
		}
		if done[pair] || !c.swappedNouns(uses[sides[a][0]], uses[sides[b][0]], use) {
			continue
		}
		done[pair] = true
		d := corroborate.Discrepancy{About: "which — “" + uses[sides[a][0]].plain + "”", Kind: "other"}
		for _, n := range order {
			v := corroborate.DiscrepancyValue{Value: uses[sides[n][0]].word, Normalized: n}
			for _, i := range sides[n] {
				v.Articles = corroborate.AppendUnique(v.Articles, c.all[uses[i].doc].Article.ID)
				v.Sentences = corroborate.AppendUnique(v.Sentences, uses[i].sent)
			}
			d.Values = append(d.Values, v)
		}
		d.Note = c.copyNote(d)
		if c.reportsHere(d) {
			out = append(out, d)
		}
	}
	return out
}

// swappedNouns reports whether two nouns put in one phrase by two
// articles are two things of one kind that cannot both be meant.
func (c *comparer) swappedNouns(x, y swapUse, use *nounUse) bool {
	if x.doc == y.doc || x.noun == y.noun {
		return false
	}
	if (x.word == x.noun) != (y.word == y.noun) {
		return false // one plural, one singular: "the hunting rifle" / "the hunting rifles"
	}
	if c.quantityOrTime(x.noun) || c.quantityOrTime(y.noun) {
		return false
	}
	if c.fillersAgree(x.noun, y.noun) {
		return false
	}
	return c.closeNouns(x.noun, y.noun) && !use.interchangeable(x.noun, y.noun)
}

// swapUses reads every common noun of the thread's articles with the
// phrases around it (swapShapes, enough of their words open-class).
func (c *comparer) swapUses() []swapUse {
	docs, _ := c.threadDocs()
	var out []swapUse
	for di, d := range docs {
		a := d.Analysis
		for si, toks := range a.Tokens {
			if si >= len(a.Sentences) {
				break
			}
			for _, sh := range swapShapes {
				for k := sh[0]; k+sh[1] < len(toks); k++ {
					u, ok := c.swapUseAt(toks, k, sh[0], sh[1])
					if !ok {
						continue
					}
					u.doc, u.sent = di, a.Sentences[si].Text
					out = append(out, u)
				}
			}
		}
	}
	return out
}

// swapUseAt reads the common noun at toks[k] and its phrase of before
// tokens before it and after tokens after it.
func (c *comparer) swapUseAt(toks []text.Token, k, before, after int) (swapUse, bool) {
	t := toks[k]
	if !t.IsWord() || t.IsCapitalized() {
		return swapUse{}, false
	}
	if _, closed := closedTag(t.Lower); closed {
		return swapUse{}, false
	}
	noun := t.Base(lexicon.Noun)
	if noun == "" || !c.lx.Has(noun, lexicon.Noun) {
		return swapUse{}, false
	}
	ctx := toks[k-before : k+1+after]
	var key []string
	content := 0
	for i, x := range ctx {
		if i == before {
			key = append(key, "_")
			continue
		}
		lw := strings.ReplaceAll(x.Lower, "’", "'")
		key = append(key, lw)
		if _, closed := closedTag(lw); x.IsWord() && !closed {
			content++
		}
	}
	if content < swapContentWords {
		return swapUse{}, false
	}
	return swapUse{key: strings.Join(key, " "), word: t.Lower, noun: noun, plain: joinTokens(ctx)}, true
}
