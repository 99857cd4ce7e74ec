package compare

import (
	"strings"

	"github.com/corroborate/corroborate/internal/dates"
	"github.com/corroborate/corroborate/internal/lexicon"
)

// This file reads a clock time that premodifies a noun: "the 9 p.m.
// shooting", "Sunday's 2 a.m. call", "his 6 a.m. shift". A phrase
// between a determiner and a noun is a premodifier of that noun (Quirk et
// al. 1985 §17.104, as a day is in "the March 4 referendum"): the time
// dates the noun's happening, or the thing itself, and not the verb of
// the clause the noun phrase stands in ("police said the 9 p.m. shooting
// left two hurt" dates no statement; "the 5:30 a.m. call brought officers"
// dates the call, no bringing, and no shooting another article times).

// premodifiedNoun is the noun a clock time at bytes [start, end) of
// sentence s premodifies: the head noun after it when a determiner, a
// possessive pronoun or a genitive stands right before it; "" otherwise.
func (c *comparer) premodifiedNoun(s string, start, end int) string {
	if start < 0 || end > len(s) || start >= end || !determinerBefore(s, start) {
		return ""
	}
	return c.premodHead(s[end:])
}

// determinerBefore reports whether the word right before offset off of
// sentence s is a determiner ("the", "a", "this"), a possessive pronoun
// ("its", "their") or a noun in the genitive ("Sunday's", "the firm's").
// A pronoun with a contracted verb ("it's 9 p.m.", "that's") is no
// genitive.
func determinerBefore(s string, off int) bool {
	before := strings.TrimRight(s[:off], " ")
	w := before[strings.LastIndexAny(before, " \t\n(")+1:]
	if w == "" {
		return false
	}
	lw := strings.ToLower(w)
	for _, g := range []string{"'s", "’s"} {
		if stem, ok := strings.CutSuffix(lw, g); ok {
			_, closed := lexicon.ClosedClass(stem)
			return stem != "" && !closed && !strings.ContainsAny(stem, ".,;:")
		}
	}
	switch tag, _ := lexicon.ClosedClass(lw); tag {
	case "DT", "PRP$":
		return true
	}
	return false
}

// premodHead is the head noun of the words rest that follow a
// premodifying time: the first word when it is a lower-case noun, then a
// noun right after it that it premodifies in turn ("the 9 p.m. news
// broadcast"), up to three words. A closed-class word, punctuation, a
// capitalised word, a verb's past form or a word with an adverb sense ends
// the phrase: an adverb postmodifies, it does not premodify ("the 9 p.m.
// shooting outside the bar"). "" when the first word is no noun.
func (c *comparer) premodHead(rest string) string {
	head := ""
	for k, w := range strings.Fields(rest) {
		if k >= 3 {
			break
		}
		lw := strings.TrimRight(w, `.,;:!?"')”’`)
		if k == 0 && lw == w && dates.ZoneWord(w) {
			// "the 8 p.m. ET kickoff": a time zone the clock
			// reader leaves out stands between the time and its
			// noun.
			continue
		}
		if lw == "" || lw != strings.ToLower(lw) || strings.ContainsAny(lw, `"'(“‘’`) {
			break
		}
		if _, closed := lexicon.ClosedClass(lw); closed {
			break
		}
		if vb := c.lx.Base(lw, lexicon.Verb); vb != lw && c.lx.Has(vb, lexicon.Verb) && pastForm(lw, vb) && !strings.HasSuffix(lw, "s") {
			break // "the 9 p.m. train left": a past form is the clause's verb
		}
		b := c.lx.Base(lw, lexicon.Noun)
		if !c.lx.Has(b, lexicon.Noun) || k > 0 && c.lx.Has(lw, lexicon.Adv) {
			break
		}
		head = b
		if lw != w {
			break // punctuation ends the phrase
		}
	}
	return head
}
