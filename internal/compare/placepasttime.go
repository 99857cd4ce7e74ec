package compare

import (
	"regexp"
	"sync"

	"github.com/corroborate/corroborate/internal/lexicon"
	"github.com/corroborate/corroborate/internal/mention"
	"github.com/corroborate/corroborate/internal/text"
)

// An adjunct of time may stand between a verb and its prepositional
// complement ("<verb of responding> <time> to <a place>", "<were sent>
// <clock time> <day> to <a place>"): an adverbial sits in the
// middle of a clause as well as at its end (Quirk et al. 1985 §8.13,
// positions of adverbials), and the verb tells the same act as when its
// complement follows it ("responded to a home on Sunday", which
// reportingVerbAct reads as an act, not a statement).

// timeAdjunctSpan is how many tokens past a time the words that go on
// with it may run ("<Weekday>, <full date>,", "<clock time> <day> night") before
// the complement.
const timeAdjunctSpan = 8

// reYearWord is a year's token ("2014").
var reYearWord = regexp.MustCompile(`^\d{4}$`)

// reportingAct returns the base of the reporting verb at token k, before
// the time v, when it tells an act: its object or complement right after
// it (reportingVerbAct) or its complement of place past the time
// (reportingActPastTime). "" otherwise.
func (c *comparer) reportingAct(toks []text.Token, k int, v mention.Value) string {
	if b := c.reportingVerbAct(toks, k); b != "" {
		return b
	}
	return c.reportingActPastTime(toks, k, v)
}

// reportingActPastTime returns the base of the reporting verb at token k
// when its complement of place comes right after the time v it dates,
// past the time's own words (a part of the day, another calendar word or
// figure, a comma): as reportingVerbAct, a verb that is no verb of speech
// followed by "to", "at" or "into" and a determiner, or a passive
// followed by "to" and a place. "" otherwise.
func (c *comparer) reportingActPastTime(toks []text.Token, k int, v mention.Value) string {
	rb := c.reportBase(toks[k])
	if rb == "" || rb == "say" || rb == "tell" || !c.lx.Has(rb, lexicon.Verb) {
		return ""
	}
	j := c.pastTimeWords(toks, tokenFrom(toks, v.End))
	if j < 0 || j+1 >= len(toks) {
		return ""
	}
	next := toks[j].Lower
	tagAfter, _ := lexicon.ClosedClass(toks[j+1].Lower)
	if (next == "to" || next == "at" || next == "into") && (tagAfter == "DT" || tagAfter == "PRP$") && !mention.IsSpeechVerb(rb) {
		return rb
	}
	if passive := k > 0 && beForms[toks[k-1].Lower]; passive && next == "to" && c.placeAfter(toks, j+1) {
		return rb
	}
	return ""
}

// pastTimeWords returns the first token from k on that is no word of a
// time (a comma, a calendar or time word, a figure, a clock word, "a.m."),
// within timeAdjunctSpan; -1 when k is -1 or the span runs out.
func (c *comparer) pastTimeWords(toks []text.Token, k int) int {
	if k < 0 {
		return -1
	}
	for j := k; j < len(toks) && j < k+timeAdjunctSpan; j++ {
		t := toks[j]
		if t.Text == "," || calendarWord(t.Lower) || timeWord(t.Lower) || clockWord(toks, j) || reYearWord.MatchString(t.Text) || reNumberWord.MatchString(t.Text) {
			continue
		}
		return j
	}
	return -1
}

// respondedToPlace reports whether the verb of responding at token r
// sends its subject to a place, right after it or past the time at token
// at ("<verb of responding> to <a place> on <day>", "<verb of responding>
// <clock time> <day> to <a place>"): police and medics go where a call
// sends them, the scene of the happening the call told, so the day of the
// response is that happening's day, as for a response to a harm
// (respondedToHarm).
func (c *comparer) respondedToPlace(toks []text.Token, r, at int) bool {
	to := func(j int) bool {
		return j >= 0 && j+1 < len(toks) && toks[j].Lower == "to" && c.placeAfter(toks, j+1)
	}
	return r+1 < len(toks) && to(r+1) || r < at && to(c.pastTimeWords(toks, at))
}

// laterVisit reports whether the clause of the verb at token r tells a
// visit after the first: an adverb of repetition or of a later stage
// ("again", "back", "once more", "later", "afterward"), an ordinal or
// "another" before "time" ("for a second time"), a verb of returning, or a
// relative "where" past the place told in the past perfect or the past
// passive ("to the house where <Name> was hurt"): the place is known by a
// happening already over, so the day of the visit is not its day.
func laterVisit(toks []text.Token, r int) bool {
	lo, hi := r, r
	for lo > 0 && !clauseEdge(toks, lo-1) {
		lo--
	}
	for hi+1 < len(toks) && !clauseEdge(toks, hi+1) {
		hi++
	}
	for k := lo; k <= hi; k++ {
		w := toks[k].Lower
		next := ""
		if k+1 <= hi {
			next = toks[k+1].Lower
		}
		switch {
		case reLaterAdverb.MatchString(w), reReturnVerb.MatchString(w):
			return true
		case w == "once" && next == "more":
			return true
		case (w == "another" || reLaterOrdinal.MatchString(w)) && (next == "time" || next == "visit"):
			return true
		case w == "where" && k > r && k+1 <= hi && (next == "was" || next == "were" || next == "had"):
			return true
		}
	}
	return false
}

// clauseEdge reports whether token k closes a clause for laterVisit: a
// comma, a semicolon, a dash or a sentence's end.
func clauseEdge(toks []text.Token, k int) bool {
	t := toks[k].Text
	return t == "," || t == ";" || clausePunct[t] || isDash(toks, k)
}

var (
	// reLaterAdverb is an adverb of repetition or of a later stage.
	reLaterAdverb = regexp.MustCompile(`^(?:again|back|later|afterwards?|subsequently)$`)
	// reReturnVerb is a form of "return" or "revisit".
	reReturnVerb = regexp.MustCompile(`^(?:return|revisit)(?:s|ed|ing)?$`)
	// reLaterOrdinal is an ordinal past the first ("second", "3rd").
	reLaterOrdinal = regexp.MustCompile(`^(?:second|third|fourth|fifth|\d+(?:nd|rd|th))$`)
)

// detectiveAnchors is the first WordNet sense of the noun "detective" (a
// police officer who investigates crimes).
var detectiveAnchors struct {
	once sync.Once
	ids  []uint32
}

// afterTheFactSubject reports whether the subject right before the verb
// at token r (within three words) is a noun under the first WordNet sense
// of "detective" ("investigators", "detectives"): they come to a place
// after the happening, not when the call told it.
func (c *comparer) afterTheFactSubject(toks []text.Token, r int) bool {
	detectiveAnchors.once.Do(func() {
		if s, ok := c.lx.TopSense("detective", lexicon.Noun); ok {
			detectiveAnchors.ids = []uint32{s.Synset}
		}
	})
	for k := r - 1; k >= 0 && k >= r-3; k-- {
		if !toks[k].IsWord() {
			return false
		}
		if b := c.lx.Base(toks[k].Lower, lexicon.Noun); b != "" && c.lx.Under(b, lexicon.Noun, detectiveAnchors.ids, 2) {
			return true
		}
	}
	return false
}
