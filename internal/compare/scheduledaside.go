package compare

import (
	"github.com/corroborate/corroborate/internal/text"
)

// The subject of a thing scheduled may hold an aside or a clause before
// its verb. A non-restrictive apposition or relative clause stands between
// commas after the noun phrase it describes ("The funeral for Walt Sumner,
// 68, a coach at the high school for 30 years, is planned for Saturday":
// Quirk et al. 1985 §17.65 apposition, §17.22 non-restrictive relatives),
// and the subject's head is read before the aside's first comma. A
// preposition's complement may be an -ing clause ("A vote on closing the
// footbridge is set for next Tuesday": §9.4, the prepositional complement
// a nominal -ing clause), the noun before the preposition still the head.

// scheduledAsideSpan is how many tokens back from the verb's be form the first
// comma of an aside may stand; scheduledAsideCommas how many commas the asides may
// take (two appositions in a row share one: ", 68, a coach ...,").
const (
	scheduledAsideSpan   = 30
	scheduledAsideCommas = 3
)

// subjectBeforeAside reads the subject of a passive verb of scheduling
// whose be form (token be) follows a comma that closes an aside: the
// subject is read (postmodifiedSubject, as a verb of occurring's) before
// each earlier comma of the sentence in turn, nearest first, and the
// first event head found is the subject's. It returns -1, false when the
// be form follows no comma or no event head is found before a comma.
func (c *comparer) subjectBeforeAside(toks []text.Token, be int) (int, bool) {
	if be < 2 || toks[be-1].Text != "," {
		return -1, false
	}
	commas := 0
	for k := be - 2; k >= 1 && k >= be-scheduledAsideSpan; k-- {
		t := toks[k]
		if clausePunct[t.Text] || t.Text == ";" || gluedBreak(t.Text) {
			return -1, false
		}
		if t.Text != "," {
			continue
		}
		if commas++; commas > scheduledAsideCommas {
			return -1, false
		}
		if h, ok := c.postmodifiedSubject(toks, k, true); ok {
			return h, true
		}
		if h := k - 1; toks[h].IsWord() && !toks[h].IsCapitalized() && c.eventHead(toks[h].Lower) && afterDeterminer(toks, h) {
			return h, true // "The hearing, officials said, is set for"
		}
	}
	return -1, false
}

// afterDeterminer reports whether the noun at token h follows a determiner
// or a genitive: the head of a noun phrase, not a word of a clause.
func afterDeterminer(toks []text.Token, h int) bool {
	if h < 1 {
		return false
	}
	d, ok := closedTag(toks[h-1].Lower)
	return ok && (d == "DT" || d == "PRP$")
}

// prepositionalIng reports whether token k is an -ing form right after a
// preposition other than one that opens a clause of time ("on closing",
// "about moving"; not "after closing", "since closing"): a nominal -ing
// clause, the preposition's complement.
func prepositionalIng(toks []text.Token, k int) bool {
	if k < 2 || len(toks[k].Lower) < 5 || toks[k].Lower[len(toks[k].Lower)-3:] != "ing" {
		return false
	}
	p := toks[k-1].Lower
	tag, ok := closedTag(p)
	return ok && tag == "IN" && !clausePrepositions[p] && !subordinatorWords[p]
}
