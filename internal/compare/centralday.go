package compare

import (
	"slices"
	"strings"
	"sync"

	"github.com/corroborate/corroborate/internal/dates"
	"github.com/corroborate/corroborate/internal/lexicon"
	"github.com/corroborate/corroborate/internal/mention"
	"github.com/corroborate/corroborate/internal/text"
)

// The day of the story's central act. The articles of one story date the
// happening the story is about (a shooting, a quake, a takeover) in
// sentences worded apart: "gunfire erupted on the car deck Thursday
// evening" and "a ferry mate shot two deckhands in the galley shortly
// before midnight Saturday" share no slot by
// their words, and the verb of each time, read a few words before it, is
// another ("ring out", "shoot") or none. The story's central act is the
// act its articles date most (by verb, a noun of happening read as the
// verb WordNet derives it from; every verb of harm done to someone is one
// attack, harmDoneVerb); an article's central day is the weekday its
// sentences give that act, read from the clause the weekday stands in
// (clauseAct). Two articles whose central days differ disagree on the day
// of the story's happening.
//
// Guards: a weekday whose clause dates another act nearer to it (an
// arrest, a funeral, "was released from hospital Monday, a week after he was shot") dates
// that act; a statement's day ("police said Monday") and a stretch
// ("since Thursday") date no act; a clause that tells a second happening
// ("again", "hours later", "another") is not the central one; an article
// that gives the central act two weekdays has no central day.

// centralAttack is the key of every verb of harm done to someone: one
// attack told by shooting, killing or wounding (harmDoneVerb: by the
// verb's commonest senses; verbRole takes any sense, and "turned" has one
// of harm).
const centralAttack = "\x00attack"

// clauseSpan is how many tokens before a weekday its clause's act is read.
const clauseSpan = 30

// actKey is the key a verb counts under for the story's central act.
func (c *comparer) actKey(v string) string {
	if c.harmDoneVerb(v) {
		return centralAttack
	}
	return v
}

// storyCentralAct is the act the most articles of the story tell, by
// key (actKey), read from the verbs and nouns of happening of the
// sentences that give values (verbsOf: "shot", "shooting"; "shots") and
// the happenings their days and clock times date (datedAlts); of acts told
// by as many articles, the one told in the most sentences. "" when no act
// is told by two articles, or two acts by as many in as many sentences.
func (c *comparer) storyCentralAct(facts []fact) string {
	docs := map[string]map[int]bool{}
	sents := map[string]map[[2]int]bool{}
	keys := map[string]string{}
	add := func(v string, doc, si int) {
		k, ok := keys[v]
		if !ok {
			if v != "" && !lightVerb(v) && !c.stateVerb(v) {
				k = c.actKey(v)
			}
			keys[v] = k
		}
		if k == "" {
			return
		}
		if docs[k] == nil {
			docs[k], sents[k] = map[int]bool{}, map[[2]int]bool{}
		}
		docs[k][doc] = true
		sents[k][[2]int{doc, si}] = true
	}
	type sentKey struct{ doc, si int }
	seen := map[sentKey]bool{}
	for i := range facts {
		f := &facts[i]
		for v := range f.verbs {
			add(v, f.doc, f.v.Sentence)
		}
		// The nouns of happening of the sentence, once a sentence, by
		// their verbs ("shots": shoot).
		if k := (sentKey{f.doc, f.v.Sentence}); !seen[k] {
			seen[k] = true
			for _, t := range f.tokens() {
				lw := t.Lower
				if !t.IsWord() || f.verbs[lw] || !c.eventNoun(t.Base(lexicon.Noun)) {
					continue
				}
				if _, closed := lexicon.ClosedClass(lw); closed {
					continue
				}
				// A noun that is its own verb ("church", "fire") is
				// counted as the verb only where it is read as one.
				for _, a := range c.happeningOf(lw) {
					if a.pos == lexicon.Verb && a.w != t.Base(lexicon.Noun) {
						add(a.w, f.doc, f.v.Sentence)
					}
				}
			}
		}
		if !isDayOrClock(f.v.Type) || f.reported || f.bg != "" {
			continue
		}
		for _, a := range c.datedAlts(f) {
			v := a.w
			if a.pos == lexicon.Noun {
				vs := c.nounVerbs(c.lx.Base(a.w, lexicon.Noun))
				if len(vs) == 0 {
					continue
				}
				v = vs[0]
			}
			add(v, f.doc, f.v.Sentence)
		}
	}
	best, n, m, ties := "", 1, 0, 0
	for k, d := range docs {
		switch {
		case len(d) > n || len(d) == n && n > 1 && len(sents[k]) > m:
			best, n, m, ties = k, len(d), len(sents[k]), 1
		case len(d) == n && n > 1 && len(sents[k]) == m:
			ties++
		}
	}
	// An act other than an attack must be told by three articles, as a
	// main dated event (markMainEvents): two deaths on two days may be
	// two people's. An attack told by two is the story's, as the one day
	// of a harm is (onlyDaysOfHarm).
	if ties != 1 || best != centralAttack && n < 3 {
		return ""
	}
	return best
}

// centralVerb reports whether verb b tells the central act.
func (c *comparer) centralVerb(b, central string) bool {
	if b == "" || central == "" {
		return false
	}
	if central == centralAttack {
		return c.harmDoneVerb(b)
	}
	return b == central || c.closeVerbs(b, central)
}

// centralNoun reports whether lower-case word w is a noun of happening
// that names the central act ("shooting", "shots", "gunfire"); in a story
// of harm done to someone, a noun of attack too ("the attack", attackNoun).
func (c *comparer) centralNoun(w, central string) bool {
	if central == centralAttack && c.attackNoun(w) {
		return true
	}
	if strings.HasSuffix(w, "ing") {
		if b, ok := c.gerundVerb(w); ok && c.centralVerb(b, central) {
			return true // "the stabbing", "a beating"
		}
	}
	if w == "" || !c.eventHead(w) {
		return false
	}
	if _, closed := lexicon.ClosedClass(w); closed {
		return false
	}
	for _, v := range c.nounVerbs(c.lx.Base(w, lexicon.Noun)) {
		if c.centralVerb(v, central) {
			return true
		}
	}
	for _, a := range c.happeningOf(w) {
		if a.pos == lexicon.Verb && c.centralVerb(a.w, central) {
			return true
		}
	}
	return false
}

// attackNoun reports whether lower-case w is a noun whose commonest sense
// is an act (WordNet's noun.act) that the noun "attack" names too: "attack",
// "attacks". Such a noun, in a story whose central act is harm done to
// someone (centralAttack), is that act told by its general name ("two
// bakers were hurt in an attack at the bakery"). The verb "attack" is not read
// so: its commonest sense is to take the offensive, in a game as in a war.
// "assault" (commonest sense: close fighting in a military attack) and
// "onset" (a beginning) share a sense with "attack", but not their
// commonest one.
func (c *comparer) attackNoun(w string) bool {
	top, ok := c.lx.TopSense(c.lx.Base(w, lexicon.Noun), lexicon.Noun)
	if !ok || top.Lex != lexicon.NounAct {
		return false
	}
	attackSynsets.once.Do(func() { attackSynsets.ids = c.lx.SynsetIDs("attack", lexicon.Noun) })
	return slices.Contains(attackSynsets.ids, top.Synset)
}

// attackSynsets are the noun synsets of "attack" (attackNoun), looked up
// once, not at every call.
var attackSynsets struct {
	once sync.Once
	ids  []uint32
}

// centralNounAt reports whether the word at token k is a noun of the
// central act (centralNoun) and not the head of a compound WordNet lists
// whole with the word before it for something other than an act ("a heart
// attack", "a mug shot"): a compound names its own sense, not its head's
// (Quirk et al. 1985, App. I, compounds).
func (c *comparer) centralNounAt(toks []text.Token, k int, central string) bool {
	lw := toks[k].Lower
	if !c.centralNoun(lw, central) {
		return false
	}
	if k == 0 || !toks[k-1].IsWord() {
		return true
	}
	compound := toks[k-1].Lower + " " + c.lx.Base(lw, lexicon.Noun)
	top, ok := c.lx.TopSense(compound, lexicon.Noun)
	return !ok || top.Lex == lexicon.NounAct
}

// dayClauseBreaks are the subordinators, relative words and coordinators that
// open the clause a weekday stands in, read back from it.
var dayClauseBreaks = map[string]bool{
	"when": true, "because": true,
	"although": true, "though": true, "if": true, "once": true, "as": true, "while": true,
	"who": true, "which": true, "that": true, "whom": true, "whose": true, "where": true,
	"and": true, "but": true, "or": true,
}

// timeBounds are the words that open a phrase or a clause of time before
// or after the day a happening took place ("after the shooting", "before 4
// a.m."): read back from a weekday with no verb between, they are
// prepositions, inside the clause; right before the weekday ("since
// Thursday", "until Monday") they make it a bound, no day of an act.
var timeBounds = map[string]bool{"after": true, "before": true, "since": true, "until": true, "by": true}

// dayModifiers may stand between a weekday and its preposition ("since
// early Thursday", "until late Monday").
var dayModifiers = map[string]bool{"early": true, "late": true, "last": true, "this": true, "next": true, "on": true}

// secondHappening are the words that tell a happening besides the one the
// story opened on ("gunfire erupted again", "days later", "another
// shooting", "a second man was shot").
var secondHappening = map[string]bool{"again": true, "later": true, "another": true, "second": true, "earlier": true, "previous": true}

// secondAt reports whether the word at token k tells a happening besides
// the one the story opened on (secondHappening). Before a colon ("Earlier:",
// "Previous reporting:") such a word labels an update's earlier report of
// the same happening, not a time.
func secondAt(toks []text.Token, k int) bool {
	if !secondHappening[toks[k].Lower] {
		return false
	}
	for j := k + 1; j < len(toks) && j <= k+2; j++ {
		if toks[j].Text == ":" {
			return false
		}
		if !toks[j].IsWord() {
			break
		}
	}
	return true
}

// clauseAct reads, back from the weekday at token at, the act its clause
// gives it: the nearest verb (or noun of happening) before it in its
// clause. It reports whether that act is the central one: a verb of the
// central act ("was shot Wednesday afternoon"), a noun of it the weekday
// follows ("arrested over the stabbing of a neighbour on Monday"), or
// a verb whose subject, right before it, is such a noun ("gunfire
// erupted Tuesday", "the stabbing happened ... Friday"). A clause of
// simultaneity ("as", "while") dates its main clause too. A weekday that opens its sentence
// dates the first verb of the clause after it; a weekday in the genitive or
// before a noun ("Friday's shooting", "the Friday shooting") dates that noun.
func (c *comparer) clauseAct(sent string, toks []text.Token, at, end int, central string) bool {
	if c.modifiesCentralNoun(toks, end, central) {
		return true
	}
	for k := at - 1; k >= 0 && dayModifiers[toks[k].Lower]; k-- {
		if k > 0 && timeBounds[toks[k-1].Lower] {
			return false
		}
	}
	if at > 0 && timeBounds[toks[at-1].Lower] || timeBounds[toks[at].Lower] {
		return false // "since Tuesday", read with or without its bound
	}
	// "died of his wounds Friday": the wounds came before the death the
	// day dates (causeOfDeath).
	for h := at - 1; h >= 0 && h >= at-npSpan-2; h-- {
		if c.causeOfDeath(toks, h, at) {
			return false
		}
	}
	if c.admittedAfterHarm(toks, at, end, central) {
		return true // "was hospitalised Thursday after being knifed"
	}
	// pending: the clause's own act is not the central one; a clause of
	// simultaneity ("as", "while") still dates the main clause before it.
	// died: that act is a death ("and one of them died late Thursday").
	pending, died := false, false
	pendingAt := -1 // the token of the verb that set pending
	lo := lineStart(sent, toks, at)
	// aside: the comma after the stretch being read back (the weekday
	// when none was crossed).
	aside := at
	for k := at - 1; k >= lo && k >= at-clauseSpan; k-- {
		t := toks[k]
		lw := t.Lower
		if t.Text == "," || clausePunct[t.Text] || isDash(toks, k) {
			if t.Text == "," && (dayWordsOnly(toks, k+1, at) || placeAside(toks, k+1, aside)) {
				// "in the town, Thursday, just before 4 p.m.", "…, on
				// Monday"; "at the pier, in Elm Bay, Thursday".
				aside = k
				continue
			}
			return c.whenAfter(sent, toks, end, central)
		}
		if secondAt(toks, k) {
			return false
		}
		if lw == "as" || lw == "while" {
			pending = false // simultaneity: the main clause dates it too
			continue
		}
		if lw == "once" && k > 0 {
			if _, verb := c.timeVerbIn(toks, k-1); verb {
				continue // "was stabbed once with a pitchfork": the adverb, one time
			}
		}
		if dayClauseBreaks[lw] {
			if died && lw == "and" && c.harmBeforeAnd(toks, k, central) {
				return true
			}
			if pending && c.progressiveFrame(toks, k, pendingAt, central) {
				return true // "was knifed by a drover who was mending a fence <Day>"
			}
			if !pending && c.actAntecedent(toks, k, central) {
				return true // "a stabbing that happened on the ferry Friday night"
			}
			return c.whenAfter(sent, toks, end, central)
		}
		if pending || !t.IsWord() || t.IsCapitalized() && k > lo {
			continue
		}
		// An -ing form after a determiner is a noun ("the shooting
		// victim"), read below.
		gerund := strings.HasSuffix(lw, "ing") && k > 0 && determiners[toks[k-1].Lower]
		if c.followingPrep(toks, k) {
			continue // "shot a cook following a quarrel on Friday": as "after"
		}
		if b, ok := c.timeVerbIn(toks, k); ok && !gerund {
			if b == "" {
				// A statement's verb, but for a happening reported ("the
				// stabbing that was reported Tuesday"; not "video of the
				// stabbing was released Tuesday", whose subject is the video).
				j := k - 1
				for j >= 0 && (beForms[toks[j].Lower] || strings.EqualFold(toks[j].Text, "had")) {
					j--
				}
				return j >= 0 && c.actAntecedent(toks, j, central)
			}
			if lightVerb(b) {
				continue
			}
			if c.centralVerb(b, central) || c.centralVerb(c.harmBeside(toks, k, at), central) || c.centralSubject(toks, k, central) {
				return true
			}
			pending, pendingAt = true, k
			died = b == "die"
			continue
		}
		if c.centralNounAt(toks, k, central) && !c.nounModifier(toks, k) {
			return true
		}
	}
	if frontedDay(toks, lo, at, end) && !pending {
		return c.frontedAct(sent, toks, end, central)
	}
	return c.whenAfter(sent, toks, end, central)
}

// followingPrep reports whether "following" at token k is the preposition
// ("following a quarrel": after a quarrel; a marginal preposition, Quirk et
// al. 1985 ch. 9), neither the verb nor the adjective: no form of "be"
// ("police were following the van", past "not" and adverbs: "were not
// following", "was reportedly following") nor a determiner ("the following
// Monday") stands before it. Read back from a weekday, it is inside the
// clause as "after" is (timeBounds).
func (c *comparer) followingPrep(toks []text.Token, k int) bool {
	if !strings.EqualFold(toks[k].Text, "following") {
		return false
	}
	if k == 0 {
		return true
	}
	if determiners[toks[k-1].Lower] {
		return false
	}
	j := c.skipAdverbs(toks, k-1, -1)
	return j < 0 || !beForms[toks[j].Lower]
}

// dayWordsOnly reports whether the tokens from lo to hi (exclusive) are
// words that may stand before a weekday ("on", "early", "last"), or none.
func dayWordsOnly(toks []text.Token, lo, hi int) bool {
	for k := lo; k < hi; k++ {
		if !dayModifiers[toks[k].Lower] {
			return false
		}
	}
	return true
}

// placeAside reports whether the tokens from lo to hi (exclusive), set off
// by commas, are a place, an address or an age put in as an aside: proper
// names and figures, after a preposition or none ("in Elm Bay", "at 410 W.
// Birch St.", "of Elmton", "15"). Such an aside, a non-restrictive
// apposition or a parenthetic adjunct (Quirk et al. 1985 §17.65ff),
// interrupts the clause the weekday after it belongs to ("were knifed
// behind the chandlery, on Quay Row, Thursday"):
// the act is read on past it. A preposition of time ("after Roe") opens no
// such aside.
func placeAside(toks []text.Token, lo, hi int) bool {
	if lo < hi && toks[lo].IsWord() && !toks[lo].IsCapitalized() {
		lw := toks[lo].Lower
		if tag, _ := lexicon.ClosedClass(lw); tag != "IN" || timeBounds[lw] {
			return false
		}
		lo++
	}
	if lo >= hi {
		return false
	}
	for k := lo; k < hi; k++ {
		t := toks[k]
		switch {
		case t.IsCapitalized(), t.IsNumber(), t.Text == "&", t.Text == ".":
		default:
			return false
		}
	}
	return true
}

// whenAfter reports whether a "when" clause right after the weekday (end:
// the token after it; past its part of the day and a comma) tells the
// central act: "he was at the pump early Friday when someone fired shots
// at the car". A "when" clause after an adverbial of time tells what
// happened at that time (Quirk et al. 1985 §15.25, clauses of time;
// CGEL 2002 ch. 8 §7.2): the weekday dates its act, whatever the main
// clause tells. The act is read from the clause's verbs ("fired"), a noun
// of it as a verb's subject ("gunfire erupted") or as an object after its
// verb ("fired two shots"), not a noun after a preposition ("when he went
// back to the site of the stabbing": a place, not the act then done).
func (c *comparer) whenAfter(sent string, toks []text.Token, end int, central string) bool {
	k := pastPartOfDay(toks, end)
	if k < len(toks) && toks[k].Text == "," {
		k++
	}
	if k >= len(toks) || !strings.EqualFold(toks[k].Text, "when") {
		return false
	}
	start := k + 1
	for k = start; k < len(toks) && k < start+clauseSpan; k++ {
		t := toks[k]
		lw := t.Lower
		if clausePunct[t.Text] || isDash(toks, k) || secondAt(toks, k) || lineStart(sent, toks, k) == k {
			return false
		}
		if lw != "and" && lw != "or" && dayClauseBreaks[lw] {
			return false
		}
		if !t.IsWord() || t.IsCapitalized() {
			continue
		}
		gerund := strings.HasSuffix(lw, "ing") && k > 0 && determiners[toks[k-1].Lower]
		if b, ok := c.timeVerbIn(toks, k); ok && !gerund {
			if b == "" || lightVerb(b) {
				continue // "when police say two men ..."
			}
			if c.centralVerb(b, central) || c.centralSubject(toks, k, central) {
				return true
			}
			continue
		}
		if c.centralNounAt(toks, k, central) && !c.nounModifier(toks, k) && !c.afterPreposition(toks, start, k) {
			return true
		}
	}
	return false
}

// harmBeforeAnd reports whether the "and" at token k follows, right
// before it, a verb of the central act ("were stabbed and one of them died
// late Thursday", "was stabbed and died on Friday"): a death coordinated
// with the harm that caused it, the harm given no time of its own, is told
// as one happening in sequence (Quirk et al. 1985 §13.22, "and" of
// consequence), and the day of the death dates the harm too, as a death at
// the scene does (diedAtScene). A time or a place between ("was shot last
// week and died Monday") leaves the harm its own.
func (c *comparer) harmBeforeAnd(toks []text.Token, k int, central string) bool {
	if k < 1 || !toks[k-1].IsWord() {
		return false
	}
	b, ok := c.timeVerbIn(toks, k-1)
	return ok && c.centralVerb(b, central)
}

// afterPreposition reports whether the noun at token k is the head of a
// prepositional phrase: read back to a verb or the clause's start (lo), a
// preposition comes first ("to the site of the stabbing"); "than" of a
// quantity ("more than a dozen shots") is none.
func (c *comparer) afterPreposition(toks []text.Token, lo, k int) bool {
	for j := k - 1; j >= lo; j-- {
		lw := toks[j].Lower
		if _, ok := c.timeVerbIn(toks, j); ok {
			return false
		}
		if tag, _ := lexicon.ClosedClass(lw); tag == "IN" && lw != "than" {
			return true
		}
	}
	return false
}

// modifiesCentralNoun reports whether the weekday ending before token end
// modifies a noun of the central act, in the genitive or before it
// ("Friday's shooting", "the Friday shooting"). A noun of a deed names it
// done, whatever the tense of the clause around it ("are investigating
// Monday's shooting").
func (c *comparer) modifiesCentralNoun(toks []text.Token, end int, central string) bool {
	k := pastPartOfDay(toks, end)
	if k < len(toks) && (toks[k].Text == "'s" || toks[k].Text == "’s" || toks[k].Text == "'" || toks[k].Text == "’") {
		k++
	}
	for n := 0; n < 2 && k+1 < len(toks) && !c.centralNounAt(toks, k, central) && c.adjectivePremodifier(toks, k); n++ {
		k++
	}
	return k < len(toks) && toks[k].IsWord() && c.centralNounAt(toks, k, central)
}

// adjectivePremodifier reports whether the word at token k may stand
// between a determiner and the head of its noun phrase as an adjective
// ("Friday's fatal shooting", "the Monday double stabbing"): a lower-case
// word of no closed class that WordNet has as an adjective, or a
// hyphenated compound ("drive-by", "gang-related"), and no word of a
// second happening ("another", "second").
func (c *comparer) adjectivePremodifier(toks []text.Token, k int) bool {
	t := toks[k]
	if !t.IsWord() || t.IsCapitalized() || secondAt(toks, k) || otherReferent[t.Lower] {
		return false
	}
	if _, closed := lexicon.ClosedClass(t.Lower); closed {
		return false
	}
	if _, num := mention.ParseNumber(t.Lower); num {
		return false // "Friday two shootings": a numeral, no adjective
	}
	return strings.Contains(t.Lower, "-") || c.lx.Has(t.Lower, lexicon.Adj)
}

// otherReferent are the adjectives that set their noun's referent apart
// from one already in view, adjectives of comparison and contrast ("other",
// "different", "similar", "separate", "unrelated"; Quirk et al. 1985,
// comparison of identity and difference): "Friday's unrelated stabbing" is
// another stabbing than the one the story opened on, and its weekday
// dates that one, not the central act.
var otherReferent = map[string]bool{
	"other": true, "different": true, "similar": true, "separate": true, "unrelated": true, "distinct": true,
}

// nounDatedNow reports whether the weekday at token at, in a clause of the
// present of "be" ("is shut after a stabbing beside it Friday night", "is
// charged with stabbing a porter Monday"), dates a noun of the central act
// read back from it with no verb between. A state that holds now takes no
// adverbial of a definite past time such as a weekday (Quirk et al. 1985
// ch. 4, tense and time), so the day belongs to the noun phrase
// of the act, as in "Monday's shooting". The present progressive ("are
// investigating a stabbing Monday") may tell what is done on the day of
// writing: it is left out. (mention.ClauseTense reads the present perfect
// as a past already.)
func (c *comparer) nounDatedNow(toks []text.Token, at int, central string) bool {
	n := c.actNounBefore(toks, at, central)
	if n < 0 {
		return false
	}
	for k := n - 1; k >= 0 && k >= at-clauseSpan; k-- {
		lw := toks[k].Lower
		if clausePunct[toks[k].Text] || toks[k].Text == "," || dayClauseBreaks[lw] {
			return false
		}
		if lw == "is" || lw == "are" || lw == "am" {
			return k+1 < n && !strings.HasSuffix(toks[k+1].Lower, "ing")
		}
		if _, verb := c.timeVerbIn(toks, k); verb {
			if k > 0 && beForms[toks[k-1].Lower] {
				continue // the participle of "is charged"
			}
			return false
		}
	}
	return false
}

// actNounBefore is the token of the noun of the central act the weekday
// at token at follows in its noun phrase, read back over prepositions,
// names, figures and nouns with no verb between ("the shooting of a
// porter at the pier Monday"), past a place set off by commas
// (placeAside); -1 when none.
func (c *comparer) actNounBefore(toks []text.Token, at int, central string) int {
	aside := at
	for k := at - 1; k >= 0 && k >= at-clauseSpan; k-- {
		t := toks[k]
		lw := t.Lower
		if t.Text == "," && (dayWordsOnly(toks, k+1, at) || placeAside(toks, k+1, aside)) {
			aside = k
			continue
		}
		if !t.IsWord() && !t.IsNumber() && t.Text != "'s" && t.Text != "’s" && t.Text != "'" && t.Text != "’" || dayClauseBreaks[lw] || secondAt(toks, k) {
			return -1
		}
		if !t.IsWord() || t.IsCapitalized() {
			continue
		}
		gerund := strings.HasSuffix(lw, "ing") && k > 0 && determiners[toks[k-1].Lower]
		if c.followingPrep(toks, k) {
			continue
		}
		if b, verb := c.timeVerbIn(toks, k); verb && !gerund {
			if strings.HasSuffix(lw, "ing") && c.centralVerb(b, central) && !c.nounModifier(toks, k) {
				return k // "the fatal stabbing of", "charged with stabbing a porter"
			}
			return -1
		}
		if c.centralNounAt(toks, k, central) && !c.nounModifier(toks, k) {
			return k
		}
	}
	return -1
}

// tellsSecond reports whether a sentence tells a second happening of the
// central act: a word of a second happening ("again", "another", "hours
// later") and a verb or a noun of the act. An article that tells two
// gives no one day of the story's. A noun of the act after a preposition
// of time ("two days since the knifing") tells no happening: it names the
// one already told, as the point the time is reckoned from (actAsTimePoint).
func (c *comparer) tellsSecond(toks []text.Token, central string) bool {
	second, act := false, false
	for k, t := range toks {
		second = second || secondAt(toks, k)
		if !act && t.IsWord() && !actAsTimePoint(toks, k) {
			if b, ok := c.timeVerbIn(toks, k); ok && c.centralVerb(b, central) || c.centralNounAt(toks, k, central) {
				act = true
			}
		}
	}
	return second && act
}

// timePointPreps are the prepositions of time whose object is the point
// a time is reckoned from ("before the knifing", "since the ambush";
// Quirk et al. 1985 §9.27-9.30).
var timePointPreps = map[string]bool{"after": true, "before": true, "since": true}

// actAsTimePoint reports whether the noun at token k is the object of a
// preposition of time (timePointPreps), right before it or past a
// definite determiner or a possessive: "a week before the knifing",
// "since his knifing". Such a noun refers to a happening already told
// (the definite article of anaphoric reference, Quirk et al. 1985 §5.28)
// and tells no new one. So does a definite noun of the act in the
// of-phrase of a noun of time ("on the day of the knifing", "the night of
// the ambush": WordNet's noun.time as the noun's commonest sense), which
// names the time by the act.
//
// An -ing form right after the preposition, with no determiner, is a
// verb's ("after knifing another guard": a participle clause that tells
// an act of its own, Quirk et al. 1985 §15.58), not a noun.
func actAsTimePoint(toks []text.Token, k int) bool {
	j := k - 1
	if j >= 0 && definiteOpeners[toks[j].Lower] {
		j--
		if j >= 1 && toks[j].Lower == "of" {
			s, ok := lexicon.Default().FirstSense(toks[j-1].Lower, lexicon.Noun)
			return ok && s.Lex == lexicon.NounTime
		}
	} else if strings.HasSuffix(toks[k].Lower, "ing") {
		return false
	}
	return j >= 0 && timePointPreps[toks[j].Lower]
}

// definiteOpeners are the definite determiners and the possessives: the
// noun they open names something known to the reader (Quirk et al. 1985
// §5.26ff).
var definiteOpeners = map[string]bool{"the": true, "that": true, "this": true, "his": true, "her": true, "its": true, "their": true}

// nounModifier reports whether the noun at token k modifies the noun after
// it ("the shooting victim", "a shooting suspect"): a lower-case word of
// no closed class that WordNet has as a noun and that is read as no verb.
// Such a noun names no act the weekday dates: the head after it is what
// the phrase is about (Quirk et al. 1985 §17.108, nouns as premodifiers).
func (c *comparer) nounModifier(toks []text.Token, k int) bool {
	if k+1 >= len(toks) || !toks[k+1].IsWord() || toks[k+1].IsCapitalized() {
		return false
	}
	n := toks[k+1].Lower
	if _, closed := lexicon.ClosedClass(n); closed || !c.lx.Has(c.lx.Base(n, lexicon.Noun), lexicon.Noun) {
		return false
	}
	_, verb := c.timeVerbIn(toks, k+1)
	return !verb && !c.perceivedSubject(toks, k)
}

// perceivedSubject reports whether the noun at token k is the object of a
// verb of perception and the subject of a bare infinitive right after it
// ("neighbours heard several shots ring out", "saw the flames engulf the
// barn"): after see, hear, watch or notice the object and a bare
// infinitive form one clause that tells what was perceived (Quirk et al.
// 1985 §16.52, verbs of perception with a bare infinitive complement), so
// the word after the noun is that clause's verb, not a noun the first
// modifies. The perceived happening and the perceiving are one moment: a
// time of the sentence dates both. The verb of perception is the nearest
// verb before the noun, within npSpan words and one more, with no
// preposition, coordinator, subordinator or punctuation between.
func (c *comparer) perceivedSubject(toks []text.Token, k int) bool {
	if k+1 >= len(toks) {
		return false
	}
	n := toks[k+1].Lower
	if !c.lx.Has(n, lexicon.Verb) || c.lx.Base(n, lexicon.Verb) != n || c.perceivedInRecord(toks, k+2) {
		return false
	}
	// A word that is a noun too stands after a plural only: a noun that
	// premodifies another is singular ("the shooting suspect", §17.108),
	// so "saw the shooting suspect flee" has "suspect" for its head.
	if lw := toks[k].Lower; c.lx.Has(n, lexicon.Noun) && c.lx.Base(lw, lexicon.Noun) == lw {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-npSpan-1; j-- {
		t := toks[j]
		if !t.IsWord() {
			return false
		}
		if tag, closed := lexicon.ClosedClass(t.Lower); closed {
			if tag == "IN" || tag == "TO" || tag == "CC" || strings.HasPrefix(tag, "W") || tag == "MD" {
				return false
			}
			continue
		}
		if _, ok := c.timeVerbIn(toks, j); ok {
			s, ok := c.lx.TopSense(t.Base(lexicon.Verb), lexicon.Verb)
			return ok && s.Lex == lexicon.VerbPerception
		}
	}
	return false
}

// perceivedInRecord reports whether the clause from token k on tells the
// perceived happening seen or heard in a record of it ("jurors heard the
// shots ring out in a recording of the call", "saw the shots hit the van on
// video"): a preposition of place (in, on, from) whose object, within
// npSpan words, is a noun whose commonest sense is one of communication
// (WordNet noun.communication: a video, a broadcast, a call) or lies under
// a recording or a film. What is perceived in a record happened before the
// perceiving (Quirk et al. 1985 §16.52 holds the two as one moment only for
// direct perception), so the day of the sentence dates the hearing.
func (c *comparer) perceivedInRecord(toks []text.Token, k int) bool {
	recordAnchors.once.Do(func() {
		for _, w := range []string{"recording", "film", "footage"} {
			recordAnchors.ids = append(recordAnchors.ids, c.lx.SynsetIDs(w, lexicon.Noun)...)
		}
	})
	for j := k; j < len(toks) && toks[j].IsWord(); j++ {
		if w := toks[j].Lower; w != "in" && w != "on" && w != "from" {
			continue
		}
		for m := j + 1; m < len(toks) && m <= j+npSpan && toks[m].IsWord() && !toks[m].IsCapitalized(); m++ {
			if _, closed := lexicon.ClosedClass(toks[m].Lower); closed {
				continue
			}
			s, ok := c.lx.FirstSense(c.lx.Base(toks[m].Lower, lexicon.Noun), lexicon.Noun)
			if ok && (s.Lex == lexicon.NounCommunication || c.lx.SynsetUnder(s.Synset, lexicon.Noun, recordAnchors.ids, anchorDepth)) {
				return true
			}
		}
	}
	return false
}

// recordAnchors are the noun synsets of records of a happening: a
// recording, a film, footage (perceivedInRecord).
var recordAnchors struct {
	once sync.Once
	ids  []uint32
}

// centralSubject reports whether the verb at token k has for subject,
// right before it (past a form of be or have), a noun of the central act:
// "gunfire erupted", "the stabbing happened", "shots were heard".
func (c *comparer) centralSubject(toks []text.Token, k int, central string) bool {
	j := k - 1
	for j >= 0 && (beForms[toks[j].Lower] || strings.EqualFold(toks[j].Text, "been") || strings.EqualFold(toks[j].Text, "had")) {
		j--
	}
	noun := func(j int) bool {
		if j >= 0 && c.actAntecedent(toks, j, central) {
			return true // "a stabbing that left a cook hurt"
		}
		// "the briefing on the shooting took place Monday": a
		// preposition's object is no subject of a verb of occurring
		// (occurrence.go); before a participle it is the noun the
		// participle modifies ("a report of shots fired").
		if j >= 1 && prepositionObject(toks, j) && c.occurringVerbNear(toks, k) {
			return false
		}
		return j >= 0 && toks[j].IsWord() && c.centralNounAt(toks, j, central)
	}
	if noun(j) {
		return true
	}
	// A phrasal verb may be read at its particle ("broke out"): its verb
	// stands before it.
	if j >= 0 && j == k-1 {
		if _, ok := c.timeVerbIn(toks, j); ok {
			return noun(j - 1)
		}
	}
	return false
}

// actAntecedent reports whether the token at k is a relative pronoun
// ("that", "which") right after a noun of the central act, a comma between
// allowed: the pronoun stands for its antecedent (Quirk et al. 1985
// §17.9), so the relative clause's verb has the act for subject ("a
// stabbing that left a cook hurt", "the shooting, which happened Friday").
func (c *comparer) actAntecedent(toks []text.Token, k int, central string) bool {
	if w := toks[k].Lower; w != "that" && w != "which" || k < 1 {
		return false
	}
	j := k - 1
	if toks[j].Text == "," && j >= 1 {
		j--
	}
	return toks[j].IsWord() && !toks[j].IsCapitalized() && c.centralNounAt(toks, j, central)
}

// lineStart is the first token of the line the token at stands on: a
// headline or a dateline run into the lead without a full stop is no part
// of its clause.
func lineStart(sent string, toks []text.Token, at int) int {
	for k := at; k > 0; k-- {
		a, b := toks[k-1].End, toks[k].Start
		if a >= 0 && a <= b && b <= len(sent) && strings.Contains(sent[a:b], "\n") {
			return k
		}
	}
	return 0
}

// frontedDay reports whether the weekday at token at opens its line,
// alone or after "on" or a word of the part of the day, and a comma
// follows it and its part of the day before a word that is no month
// ("On Saturday, deputies …", not a dateline "Friday, May 3, 2019").
func frontedDay(toks []text.Token, lo, at, end int) bool {
	for k := lo; k < at; k++ {
		if !dayModifiers[toks[k].Lower] {
			return false
		}
	}
	k := pastPartOfDay(toks, end)
	if k+1 >= len(toks) || toks[k].Text != "," || !toks[k+1].IsWord() {
		return false
	}
	return dates.MonthNumber(strings.ToLower(strings.TrimSuffix(toks[k+1].Text, "."))) == 0
}

// frontedAct reports whether the clause after a fronted weekday (end: the
// token after it and its part of the day) tells the central act by its
// first verb or a subject noun of it.
func (c *comparer) frontedAct(sent string, toks []text.Token, end int, central string) bool {
	k := pastPartOfDay(toks, end)
	if k < len(toks) && toks[k].Text == "," {
		k++
	}
	for ; k < len(toks) && k < end+clauseSpan; k++ {
		t := toks[k]
		lw := t.Lower
		if clausePunct[t.Text] || isDash(toks, k) || dayClauseBreaks[lw] || secondAt(toks, k) || k > end && lineStart(sent, toks, k) == k {
			return false
		}
		if !t.IsWord() || t.IsCapitalized() {
			continue
		}
		if b, ok := c.timeVerbIn(toks, k); ok {
			if b == "" {
				return false
			}
			if lightVerb(b) {
				continue
			}
			return c.centralVerb(b, central) || c.centralSubject(toks, k, central)
		}
		if c.centralNounAt(toks, k, central) {
			return true
		}
	}
	return false
}

// markCentralDays marks each article's central day (the story's central
// act, storyCentralAct, read from the weekday's clause, clauseAct): a
// weekday not of a statement, a stretch, a background year or a denied
// verb, told in the past tense (a done deed, not a plan: "advances to play
// Saturday") or, outside the future, modifying a noun of the act
// ("Monday's shooting"). The first sentence that gives the act a weekday
// gives the article's central day; two values there give none, and so
// does an article that tells a second happening of the act (tellsSecond).
// Articles whose central days take three values tell a recurring act:
// none has one.
func (c *comparer) markCentralDays(facts []fact) {
	central := c.storyCentralAct(facts)
	if central == "" {
		return
	}
	byDoc := map[int][]int{}
	second := map[int]bool{}
	for i := range facts {
		f := &facts[i]
		if f.v.Type != mention.VWeekday || f.reported || f.bg != "" || f.stretch != "" || f.v.Stretch != "" {
			continue
		}
		if f.caption {
			continue // a photo's caption is no lead (caption.go)
		}
		toks := f.tokens()
		at := tokenFrom(toks, f.v.Start)
		end := tokenFrom(toks, f.v.End)
		if at < 0 {
			continue
		}
		if end < 0 {
			end = len(toks)
		}
		tense := mention.ClauseTense(f.sent, f.v.Start, f.v.End)
		if (tense != mention.TensePast || mention.PresentBefore(f.sent, f.v.Start)) && (tense == mention.TenseFuture || !c.modifiesCentralNoun(toks, end, central) && !c.nounDatedNow(toks, at, central)) {
			continue
		}
		if c.tellsSecond(toks, central) {
			second[f.doc] = true
		}
		if f.generalDay && central == centralAttack || c.clauseAct(f.sent, toks, at, end, central) {
			byDoc[f.doc] = append(byDoc[f.doc], i)
		}
	}
	// A recurring act ("arrested Friday", "arrested Monday", "arrested
	// Tuesday") is dated three ways: no one fact.
	var vals []mention.Value
	for d, is := range byDoc {
		if second[d] {
			continue
		}
		v := facts[is[0]].v
		known := false
		for _, o := range vals {
			known = known || sameValue(o, v)
		}
		if !known {
			vals = append(vals, v)
		}
	}
	if len(vals) > 2 {
		return
	}
	for d, is := range byDoc {
		if second[d] {
			continue
		}
		// The lead: the first sentence that dates the central act.
		lead := facts[is[0]].v.Sentence
		torn := false
		for _, i := range is[1:] {
			if facts[i].v.Sentence == lead && !sameValue(facts[i].v, facts[is[0]].v) {
				torn = true
			}
		}
		if torn {
			continue
		}
		for _, i := range is {
			if facts[i].v.Sentence == lead {
				facts[i].centralDay = true
			}
		}
	}
}

// centralDays reports whether two weekdays are the central days of their
// articles (markCentralDays) and neither dates a statement: the day of the
// story's act, told two ways. It asks nothing of the people the two
// sentences name (no check that they share a person).
func centralDays(f, g *fact) bool {
	if !f.centralDay || !g.centralDay || f.reported || g.reported {
		return false
	}
	return true
}

// pastPartOfDay returns the first token at or after k that is no word of
// the part of the day ("Friday evening", "Sunday night"): where the
// clause after a weekday goes on.
func pastPartOfDay(toks []text.Token, k int) int {
	for k < len(toks) && rePartOfDay.MatchString(" "+toks[k].Lower) {
		k++
	}
	return k
}
