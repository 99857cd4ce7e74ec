package compare

import (
	"fmt"
	"slices"
	"strings"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/lexicon"
	"github.com/corroborate/corroborate/internal/story"
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

// swapAt is where swapUses found a noun at the centre of a phrase: the
// article, its sentence and token, the phrase's shape (in swapShapes),
// the noun's base form and the hash of the phrase's key.
type swapAt struct {
	hash                uint64
	noun                string
	doc, sent, k, shape int32
}

// swapUse is one article's noun at the centre of a phrase.
type swapUse struct {
	doc   int
	key   string // the phrase: the words before and after, lower case
	word  string // the noun as written, lower case
	noun  string // its base form
	ctx   []text.Token
	at    int // the noun's place in ctx
	sent  string
	quote bool // inside a direct quotation
	// apart marks a centre set apart from others of its kind (setApart),
	// read for attributes.
	apart bool
}

// plain is the phrase as written, the noun in it.
func (u *swapUse) plain() string { return joinTokens(u.ctx) }

// swappedNounDiscrepancies reports phrases that two articles share with
// two different nouns of one kind at their centre.
// Pairs that the earlier findings prior hold are not reported again.
func (c *comparer) swappedNounDiscrepancies(prior []corroborate.Discrepancy) []corroborate.Discrepancy {
	docs, _ := c.threadDocs()
	uses := swapCandidates(docs, c.swapUses(docs))
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
		d := corroborate.Discrepancy{About: "which — “" + uses[sides[a][0]].plain() + "”", Kind: c.swapKind(a, b)}
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
	// swapCentre keeps a singular that modifies the next noun only as an
	// attribute (swapAttribute).
	xa := x.word == x.noun && c.modifiesNext(x.ctx, x.at)
	ya := y.word == y.noun && c.modifiesNext(y.ctx, y.at)
	if xa || ya {
		// Two colours of one thing ("a black van" / "a white van"):
		// neither a shade or synonym of the other ("maroon" is a red,
		// "gray" is "grey"), neither one of several things set apart, no
		// writer writing both.
		return xa && ya && !x.apart && !y.apart && !c.fillersAgree(x.noun, y.noun) && !c.sameHue(x.noun, y.noun) && !use.writesBoth(x.noun, y.noun)
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

// swapUses reads every common noun of the articles docs with the
// phrases around it (swapShapes, enough of their words open-class), in
// the order of the articles, their sentences, swapShapes and the nouns.
// What a phrase needs of a token is read once a sentence (swapSentence),
// not once for every shape and noun it is read around, and each is kept
// as where it is and the hash of its key (swapCandidates reads the few
// needed in full).
func (c *comparer) swapUses(docs []story.Doc) []swapAt {
	var out []swapAt
	var s swapSentence
	for di, d := range docs {
		a := d.Analysis
		for si, toks := range a.Tokens {
			if si >= len(a.Sentences) {
				break
			}
			if !s.read(c, toks) {
				continue
			}
			for shi, sh := range swapShapes {
				for k := sh[0]; k+sh[1] < len(toks); k++ {
					if s.phrase(k, sh[0], sh[1]) {
						out = append(out, swapAt{hash: s.hash(k, sh[0], sh[1]), noun: s.noun[k],
							doc: int32(di), sent: int32(si), k: int32(k), shape: int32(shi)})
					}
				}
			}
		}
	}
	return out
}

// swapSentence is what a phrase around a swapped noun needs of each token
// of one sentence.
type swapSentence struct {
	noun  []string // the token's base form as a noun when it may be a phrase's centre, else ""
	lw    []string // its lower case, curly apostrophes made straight
	open  []int    // open[i]: the open-class words among the tokens before i
	stops []int    // stops[i]: the tokens before i that are neither word nor number
}

// read reads the tokens of one sentence; false when none may be a
// phrase's centre.
func (s *swapSentence) read(c *comparer, toks []text.Token) bool {
	s.noun = s.noun[:0]
	some := false
	for k := range toks {
		n := ""
		if k > 0 && k+1 < len(toks) {
			n = c.swapCentre(toks, k)
		}
		s.noun = append(s.noun, n)
		some = some || n != ""
	}
	if !some {
		return false
	}
	s.lw, s.open, s.stops = s.lw[:0], append(s.open[:0], 0), append(s.stops[:0], 0)
	for i, x := range toks {
		lw := strings.ReplaceAll(x.Lower, "’", "'")
		s.lw = append(s.lw, lw)
		o, p := s.open[i], s.stops[i]
		if !x.IsWord() && !x.IsNumber() {
			p++
		}
		if _, closed := closedTag(lw); x.IsWord() && !closed && !auxiliaries[lw] && !c.saysAt(x) {
			o++
		}
		s.open, s.stops = append(s.open, o), append(s.stops, p)
	}
	return true
}

// phrase reports whether the centre noun at k makes a phrase with the
// before tokens before it and the after tokens after it: no punctuation
// among them (the phrase would run into another clause) and at least
// swapContentWords open-class words besides the noun.
func (s *swapSentence) phrase(k, before, after int) bool {
	if s.noun[k] == "" {
		return false
	}
	lo, hi := k-before, k+1+after
	if s.stops[hi] != s.stops[lo] {
		return false
	}
	open := s.open[hi] - s.open[lo] - (s.open[k+1] - s.open[k])
	return open >= swapContentWords
}

// hash is the FNV-1a hash of the phrase's key: its words' lower case
// joined by spaces, "_" in the noun's place.
func (s *swapSentence) hash(k, before, after int) uint64 {
	h := uint64(14695981039346656037)
	add := func(w string) {
		for i := 0; i < len(w); i++ {
			h ^= uint64(w[i])
			h *= 1099511628211
		}
	}
	for i := k - before; i <= k+after; i++ {
		if i > k-before {
			add(" ")
		}
		if i == k {
			add("_")
		} else {
			add(s.lw[i])
		}
	}
	return h
}

// phraseKey is the key hash hashes, of a use's phrase.
func (u *swapUse) phraseKey() string {
	var b strings.Builder
	for i, x := range u.ctx {
		if i > 0 {
			b.WriteByte(' ')
		}
		if i == u.at {
			b.WriteByte('_')
		} else {
			b.WriteString(strings.ReplaceAll(x.Lower, "’", "'"))
		}
	}
	return b.String()
}

// swapCandidates reads in full (swapUse) the uses found at ats in docs
// whose phrase's hash is shared by uses of two nouns or more: a phrase
// with one noun at its centre in every article swaps none, and is most
// phrases. Two phrases of one hash are kept together and told apart by
// their keys after.
func swapCandidates(docs []story.Doc, ats []swapAt) []swapUse {
	first := make(map[uint64]string, len(ats))
	two := map[uint64]bool{}
	for i := range ats {
		at := &ats[i]
		if n, ok := first[at.hash]; !ok {
			first[at.hash] = at.noun
		} else if n != at.noun {
			two[at.hash] = true
		}
	}
	var kept []swapUse
	for _, at := range ats {
		if two[at.hash] {
			kept = append(kept, swapUseOf(docs, at))
		}
	}
	return kept
}

// swapUseOf reads the use found at at in docs, its key made.
func swapUseOf(docs []story.Doc, at swapAt) swapUse {
	a := docs[at.doc].Analysis
	toks, sh, k := a.Tokens[at.sent], swapShapes[at.shape], int(at.k)
	u := swapUse{doc: int(at.doc), word: toks[k].Lower, noun: at.noun, ctx: toks[k-sh[0] : k+1+sh[1]], at: sh[0],
		sent: a.Sentences[at.sent].Text, quote: inDirectQuote(a, a.Sentences[at.sent].Start+toks[k].Start)}
	u.key = u.phraseKey()
	u.apart = setApart(toks, k)
	return u
}

// swapCentre is the base form of the common noun at toks[k] when it may be
// a swapped noun's centre: a lower-case word of no closed class, a noun
// in WordNet, not a singular that modifies the noun after it; else "".
func (c *comparer) swapCentre(toks []text.Token, k int) string {
	t := toks[k]
	if !t.IsWord() || t.IsCapitalized() {
		return ""
	}
	if _, closed := closedTag(t.Lower); closed {
		return ""
	}
	noun := t.Base(lexicon.Noun)
	if noun == "" || !c.lx.Has(noun, lexicon.Noun) {
		return ""
	}
	if noun == t.Lower && c.modifiesNext(toks, k) {
		if c.swapAttribute(toks, k) {
			return t.Lower // "a black van": the colour is the centre
		}
		return ""
	}
	return noun
}

// swapAttribute reports whether the word at toks[k], which modifies the
// noun after it, is the colour of a thing (colourWord: "a black van"),
// not the first word of a compound WordNet knows ("black market", "red
// carpet": no colour of the thing), before a noun whose commonest sense is
// no person. On a person a colour word names an ethnicity or a hair
// colour, and two persons of one scene are told apart by it ("a white
// officer", "a black officer"): no colour of one thing.
func (c *comparer) swapAttribute(toks []text.Token, k int) bool {
	lw := toks[k].Lower
	if !c.colourWord(lw) || c.lx.Has(lw+" "+c.lx.Base(toks[k+1].Lower, lexicon.Noun), lexicon.Noun) {
		return false
	}
	j := k + 1
	for j+1 < len(toks) && c.modifiesNext(toks, j) {
		j++
	}
	x, ok := c.lx.TopSense(c.lx.Base(toks[j].Lower, lexicon.Noun), lexicon.Noun)
	return ok && x.Lex != lexicon.NounPerson
}

// colourWord reports whether a word is an adjective with a noun sense
// under WordNet's attribute "color" (a chromatic or achromatic colour:
// "black", "red", "silver", "maroon").
func (c *comparer) colourWord(w string) bool {
	return c.lx.Has(w, lexicon.Adj) && c.lx.Under(w, lexicon.Noun, c.lx.SensesIn("color", lexicon.Noun, nounAttribute), colourDepth)
}

// colourDepth is how far below "color" a colour may lie ("maroon": dark
// red, red, chromatic color, color).
const colourDepth = 6

// apartWords tell one of several things apart: the ordinals and general
// ordinals (Quirk et al. 1985, §5.20–5.21) and the determiners of one of
// two or more ("one car", "each car", "the other car").
var apartWords = map[string]bool{"first": true, "second": true, "third": true, "fourth": true, "fifth": true,
	"last": true, "other": true, "another": true, "one": true, "each": true, "both": true, "either": true}

// setApart reports whether a word of apartWords stands in the clause
// before the centre at toks[k] (back to a punctuation mark): "the second
// victim's red car" is one of two cars.
func setApart(toks []text.Token, k int) bool {
	for j := k - 1; j >= 0; j-- {
		if !toks[j].IsWord() && !toks[j].IsNumber() && toks[j].Text != "'s" && toks[j].Text != "’s" {
			return false
		}
		if apartWords[toks[j].Lower] {
			return true
		}
	}
	return false
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
