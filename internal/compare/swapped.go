package compare

import (
	"fmt"
	"slices"
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
// compare those), and no article of the story may write both (a writer
// who names both knows two things: "a rifle and a shotgun were found").
// An open-class word here is no auxiliary and no verb of saying (the
// attribution "police said" is in every story), and a phrase holds no
// punctuation (it does not run across a comma into the attribution). A
// noun that modifies the noun after it ("the east gate") is no centre,
// a noun in a direct quotation is not compared with a reporter's, and a
// pair an earlier finding holds is not reported again. Two nouns that
// both name places are a discrepancy of kind place.

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
	quote bool // inside a direct quotation
}

// swappedNounDiscrepancies reports phrases that two articles share with
// two different nouns of one kind at their centre.
// Pairs that the earlier findings prior hold are not reported again.
func (c *comparer) swappedNounDiscrepancies(prior []corroborate.Discrepancy) []corroborate.Discrepancy {
	uses := c.swapUses()
	keys, byKey := groupIndexes(len(uses), func(i int) string { return uses[i].key })
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
		if done[pair] || !c.swappedNouns(uses[sides[a][0]], uses[sides[b][0]], use) || heldBefore(prior, pair) {
			continue
		}
		done[pair] = true
		d := corroborate.Discrepancy{About: "which — “" + uses[sides[a][0]].plain + "”", Kind: c.swapKind(a, b)}
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
	if x.quote != y.quote {
		return false // a speaker's words against a reporter's
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
	return c.closeNouns(x.noun, y.noun) && !use.writesBoth(x.noun, y.noun)
}

// swapKind is the kind of a swapped-noun finding: place when both nouns'
// commonest senses are places (WordNet's noun.location), else other.
func (c *comparer) swapKind(a, b string) string {
	for _, w := range []string{a, b} {
		if x, ok := c.lx.TopSense(w, lexicon.Noun); !ok || x.Lex != lexicon.NounLocation {
			return "other"
		}
	}
	return "place"
}

// heldBefore reports whether an earlier finding already holds the two
// nouns of pair as two of its values (one fact is reported once).
func heldBefore(prior []corroborate.Discrepancy, pair [2]string) bool {
	for _, d := range prior {
		seen := [2]bool{}
		for _, v := range d.Values {
			ws := strings.Fields(strings.ToLower(fmt.Sprint(v.Value) + " " + fmt.Sprint(v.Normalized)))
			for i, n := range pair {
				seen[i] = seen[i] || slices.Contains(ws, n)
			}
		}
		if seen[0] && seen[1] {
			return true
		}
	}
	return false
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
					u.quote = inDirectQuote(a, a.Sentences[si].Start+toks[k].Start)
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
	if noun == "" || !c.lx.Has(noun, lexicon.Noun) || noun == t.Lower && c.modifiesNext(toks, k) {
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
		if !x.IsWord() && !x.IsNumber() {
			return swapUse{}, false // punctuation: the phrase runs into another clause
		}
		if _, closed := closedTag(lw); x.IsWord() && !closed && !auxiliaries[lw] && !c.saysAt(x) {
			content++
		}
	}
	if content < swapContentWords {
		return swapUse{}, false
	}
	return swapUse{key: strings.Join(key, " "), word: t.Lower, noun: noun, plain: joinTokens(ctx)}, true
}

// modifiesNext reports whether the singular noun at toks[k] modifies the
// noun right after it ("the east gate", "the upper deck"): the next token
// is a common noun not written as an inflected verb ("the son lives").
func (c *comparer) modifiesNext(toks []text.Token, k int) bool {
	if k+1 >= len(toks) {
		return false
	}
	n := toks[k+1]
	if !n.IsWord() || n.IsCapitalized() {
		return false
	}
	if _, closed := closedTag(n.Lower); closed || auxiliaries[n.Lower] {
		return false
	}
	b := n.Base(lexicon.Noun)
	if b == "" || !c.lx.Has(b, lexicon.Noun) {
		return false
	}
	v := n.Base(lexicon.Verb)
	return v == "" || v == n.Lower
}
