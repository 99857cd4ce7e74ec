package compare

import (
	"strings"

	"github.com/corroborate/corroborate/internal/lexicon"
	"github.com/corroborate/corroborate/internal/mention"
	"github.com/corroborate/corroborate/internal/text"
)

// whenClauseHead is the verb a time dates when a clause about that very
// time follows it: a relative "when" ("at 9:10 p.m., when the roof
// fell in", "in 2007 when the board voted to close it"; CGEL 2002, ch. 12
// §3.5: "when" relativises a time adjunct, so the clause happens at the
// time) or the focus of "not until" ("It was not until May 30 that the
// family revealed it"; CGEL ch. 8 §10, ch. 16 §9.2 on the cleft). The verb
// before the time may only span it ("insisted on staying anonymous until
// May 30, when …"), so the clause's own verb is the time's. ok is false
// when no such clause follows, or it holds no verb read as one (a light
// verb: "when it was …").
func (c *comparer) whenClauseHead(toks []text.Token, v mention.Value) (head string, reported, ok bool) {
	at := tokenFrom(toks, v.Start)
	if at < 0 {
		return "", false, false
	}
	k := at
	for k < len(toks) && toks[k].Start < v.End {
		k++
	}
	// The part of the day after a weekday ("Thursday night when …").
	if k < len(toks) && rePartOfDay.MatchString(" "+toks[k].Text) {
		k++
	}
	if k < len(toks) && toks[k].Text == "," {
		k++
	}
	if k >= len(toks) {
		return "", false, false
	}
	switch toks[k].Lower {
	case "when":
	case "that":
		// The cleft's focus: "not until" (or "n't until") right before.
		if !notUntilBefore(toks, at) {
			return "", false, false
		}
	default:
		return "", false, false
	}
	limit := k + 8
	for j := k + 1; j < len(toks) && j <= limit; j++ {
		if clausePunct[toks[j].Text] || toks[j].Text == "," {
			break
		}
		if e := c.relativeClauseEnd(toks, k, j); e > j {
			limit += e - j
			j = e
			continue
		}
		// "on January 3, when the accident happened": a verb of
		// occurring dates the event its subject names (occurrence.go).
		if o, held := c.occurringVerbEnding(toks, j); o > k+1 {
			if ev, _, ok := c.occurrenceSubject(toks, o, held); ok {
				return ev, false, true
			}
		}
		if b, found := c.verbIn(toks, j); found {
			// A verb of saying with a noun for object tells a deed
			// dated by the time ("when the family revealed his
			// identity"), not a statement about the event.
			if b == "" && j+1 < len(toks) && nounObjectOpeners[toks[j+1].Lower] {
				return c.reportBase(toks[j]), false, true
			}
			return b, b == "", true
		}
	}
	return "", false, false
}

// relativeClauseEnd is the last token of a relative clause that opens at
// token j inside the when-clause that opens at token k ("when a gun that
// she was handling went off"): the clause's verb (auxiliaries are not read
// as verbs, so the first verb read is its main one), which belongs to
// the noun before it, not to the when-clause (CGEL 2002, ch. 12 §1). j
// when token j opens no relative clause: "who", "which" or "that" after
// an open-class word of the clause that is no verb ("when police said
// that …" is a verb's complement), not right after "when".
func (c *comparer) relativeClauseEnd(toks []text.Token, k, j int) int {
	switch toks[j].Lower {
	case "who", "whom", "which", "that":
	default:
		return j
	}
	if j < k+2 {
		return j
	}
	if _, closed := lexicon.ClosedClass(toks[j-1].Lower); closed {
		return j
	}
	if _, verb := c.verbIn(toks, j-1); verb {
		return j
	}
	for m := j + 1; m < len(toks) && m <= j+6; m++ {
		if clausePunct[toks[m].Text] || toks[m].Text == "," {
			return j
		}
		if _, found := c.verbIn(toks, m); found {
			return m
		}
	}
	return j
}

// notUntilBefore reports whether the tokens right before token at are
// "not until" or "n't until".
func notUntilBefore(toks []text.Token, at int) bool {
	if at < 2 || !strings.EqualFold(toks[at-1].Text, "until") {
		return false
	}
	return verbNegation(toks[at-2].Lower)
}

// verbNegation reports whether lower-case word w denies the verb it goes
// with: "not", "never" or a contraction in n't.
func verbNegation(w string) bool {
	return w == "not" || w == "never" || strings.HasSuffix(w, "n't") || strings.HasSuffix(w, "n’t")
}

// particles are the adverbial particles of English phrasal verbs (Quirk et
// al. 1985 §16.3, table 16.3a) that seldom open a phrase of place or time
// after a verb: "in" and "on" are left out ("died in the crash", "was
// arrested on Friday").
var particles = map[string]bool{"up": true, "down": true, "off": true, "out": true, "over": true, "away": true, "back": true}

// phrasalVerbAt reads token k and the particle after it as one verb when
// WordNet has the pair as a verb ("shut down", "went off", "was pulled
// over"): its base form with the particle ("shut down", "go off"), which a
// light verb alone ("went") would not give. Inflected forms are read as
// verbAt reads them, a bare form only after an auxiliary, "to" or a modal.
func (c *comparer) phrasalVerbAt(toks []text.Token, k int) (string, bool) {
	if k+1 >= len(toks) || !toks[k].IsWord() || toks[k].IsCapitalized() || !particles[toks[k+1].Text] && !c.idiomNoun(toks[k+1]) {
		return "", false
	}
	lw := toks[k].Lower
	b, ok := irregularBase(lw)
	switch {
	case ok:
	case strings.HasSuffix(lw, "ed") || strings.HasSuffix(lw, "ing"):
		if b = c.lx.Base(lw, lexicon.Verb); b == lw {
			return "", false
		}
	case k > 0 && bareVerbBefore[toks[k-1].Lower]:
		// A participle like its base ("was shut down", "had set
		// off"), or a base after "to" or a modal.
		b = lw
	case mention.ZeroPast(lw) && c.zeroPastSubject(toks, k-1):
		// "Marchers set off at 11 a.m.": a zero-past verb after its
		// subject is finite (zeropast.go).
		b = lw
	default:
		return "", false
	}
	p := b + " " + toks[k+1].Text
	if !c.lx.Has(p, lexicon.Verb) || c.placeAfterParticle(toks, k+1) {
		return "", false
	}
	return p, true
}

// idiomNoun reports whether token t may be the bare noun of a verb-noun
// idiom ("opened fire", "took place"; Quirk et al. 1985 §16.56): a word in
// lower case that WordNet has as a noun and that is no closed-class word.
// phrasalVerbAt reads the pair as one verb only when WordNet has it as one.
func (c *comparer) idiomNoun(t text.Token) bool {
	if !t.IsWord() || t.IsCapitalized() {
		return false
	}
	lw := t.Lower
	if _, closed := lexicon.ClosedClass(lw); closed {
		return false
	}
	return c.lx.Has(lw, lexicon.Noun)
}

// nounObjectOpeners are the determiners and possessives that open a noun
// phrase right after a verb (its object), where a verb of saying would
// otherwise take a clause.
var nounObjectOpeners = map[string]bool{"the": true, "a": true, "an": true, "his": true, "her": true, "its": true, "their": true, "our": true, "my": true, "your": true}

// bareVerbBefore are the words after which a bare verb form is a verb: the
// auxiliaries of the passive and the perfect (a participle that is its
// base, "was shut down"), "to" and the modals.
var bareVerbBefore = map[string]bool{"is": true, "are": true, "was": true, "were": true, "been": true, "be": true, "has": true, "have": true, "had": true,
	"to": true, "will": true, "would": true, "could": true, "should": true, "may": true, "might": true, "must": true, "can": true}
