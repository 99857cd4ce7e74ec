package compare

import (
	"strings"

	"github.com/corroborate/corroborate/internal/lexicon"
	"github.com/corroborate/corroborate/internal/mention"
	"github.com/corroborate/corroborate/internal/text"
)

// describedBefore reports whether a "he" or "she" that speaks a quote may
// stand for a person the sentence before describes without a name ("Mayor
// Doe said …. Reporters spoke with the injured driver. He said …"): a
// singular noun phrase of a person, led by a determiner, outside quotation
// marks, in a sentence that does not mention the person the quote reader
// took the pronoun for. A personal pronoun takes the nearest noun phrase
// that fits it as its antecedent (Quirk et al. 1985 §6.17, §19.47), a
// description as well as a name; the quote reader knows only named
// persons, so it went back past the description to the last one named.
// The story cannot name who speaks then, and no one named holds the words.
func (c *comparer) describedBefore(di int, q mention.Quote) bool {
	p := strings.ToLower(q.SpeakerText)
	if q.How != "pronoun" || p != "he" && p != "she" || q.Entity < 0 || q.Sentence < 1 {
		return false
	}
	a := c.in.Docs[di].Analysis
	prev := q.Sentence - 1
	if a.Sentences[prev].Para != a.Sentences[q.Sentence].Para {
		return false // a new paragraph: the description was the last one's
	}
	for _, m := range a.Mentions {
		if m.Sentence == prev && m.Entity == q.Entity {
			return false // the speaker is named (or given by role) there too
		}
	}
	for _, o := range a.Quotes {
		if o.Sentence == prev && o.Entity == q.Entity {
			return false // "…, the lieutenant said. “…,” he said": the speaker goes on
		}
	}
	return c.describedPerson(sentenceTokens(a, prev), p) // a reading made without tokens is tokenized here
}

// describedPerson reports whether tokens hold, outside quotation marks, a
// noun phrase of one person that pronoun p can stand for: "the", "a" or
// "an" (not after a copula), then up to four lower-case words, modifiers
// and a head that is a singular noun whose first WordNet sense is a person
// (noun.person) and no noun after it — "the injured teenager", "a
// neighbour" — and not of the other sex than "he" or "she" says.
func (c *comparer) describedPerson(toks []text.Token, p string) bool {
	quoted := false
	for i := 0; i < len(toks); i++ {
		if isDoubleMark(toks[i].Text) {
			quoted = !quoted
			continue
		}
		if quoted {
			continue
		}
		if d := toks[i].Lower; d != "the" && d != "a" && d != "an" {
			continue
		}
		if i > 0 && copulaForms[toks[i-1].Lower] {
			continue // "she was an awesome mother": a predicative noun phrase refers to no one new
		}
		for k := i + 1; k < len(toks) && k <= i+4 && lowerWord(toks[k]); k++ {
			w := toks[k].Text
			if k+1 < len(toks) && (toks[k+1].Text == "'s" || toks[k+1].Text == "’s") {
				break // "the boy's mother": a possessor
			}
			if c.personHead(w, p) && !(k+1 < len(toks) && lowerWord(toks[k+1]) && c.nounOnly(toks[k+1].Text)) {
				return true
			}
			if !c.lx.Has(w, lexicon.Adj) && !c.lx.Has(c.lx.Base(w, lexicon.Noun), lexicon.Noun) {
				break // "the shooting after the …": no modifier of a noun
			}
		}
	}
	return false
}

// copulaForms are the forms of "be" and "become" before a predicative
// noun phrase (Quirk et al. 1985 §10.8).
var copulaForms = map[string]bool{"is": true, "was": true, "are": true, "were": true, "be": true, "been": true, "being": true, "became": true, "becomes": true, "become": true, "’s": true, "'s": true}

// lowerWord reports whether a token is a word in lower case.
func lowerWord(t text.Token) bool { return t.IsWord() && t.Text == t.Lower }

// nounOnly reports whether a word is a noun and no verb, adjective or
// adverb: the head of a compound whose first noun modifies it ("the
// student union").
func (c *comparer) nounOnly(w string) bool {
	return c.lx.Has(c.lx.Base(w, lexicon.Noun), lexicon.Noun) && !c.lx.Has(c.lx.Base(w, lexicon.Verb), lexicon.Verb) && !c.lx.Has(w, lexicon.Adj) && !c.lx.Has(w, lexicon.Adv)
}

// personHead reports whether w is a singular noun whose first WordNet
// sense is a person (noun.person) and not of the other sex than pronoun p
// says.
func (c *comparer) personHead(w, p string) bool {
	if c.lx.Base(w, lexicon.Noun) != w {
		return false // a plural, or no noun
	}
	s, ok := c.lx.FirstSense(w, lexicon.Noun)
	return ok && s.Lex == lexicon.NounPerson && !c.otherSex(w, p)
}

// otherSex reports whether a noun of persons names only the sex that
// pronoun p does not: a kind of female person for "he", of male person for
// "she" (WordNet's female and male nouns).
func (c *comparer) otherSex(head, p string) bool {
	other := "female"
	if p == "she" {
		other = "male"
	}
	return classAbove(c.lx, c.lx.SynsetIDs(head, lexicon.Noun), c.lx.SynsetIDs(other, lexicon.Noun))
}
