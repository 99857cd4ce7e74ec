package compare

import (
	"strings"

	"github.com/corroborate/corroborate/internal/lexicon"
)

// Two readings of a reported clause (stance8, session 55): the clause a verb
// of saying, thinking or denying reports is the claim itself, whatever its
// shape, so two shapes the clause reader left out as saying nothing
// checkable are read there.

// reportedEvent reports whether a clause with no complement is still a
// claim: an intransitive or an agentless passive predication ("the dam had
// not leaked", "fees would rise", "the sample was contaminated") in a
// content clause of a verb of saying, thinking or denying, or of an open
// question after one ("whether the show would return"). In the writer's
// own narrative "the baker worked" says nothing checkable (wellFormed), but
// a reported clause is what the speaker asserts or denies: that the event
// happened at all (Quirk et al. 1985 §16.31ff, indirect speech: the
// reported clause is the content of the report; §16.19, intransitive
// complementation; §3.64, the agentless passive). The clause must end
// right after its verb group or at an adverbial (a preposition, a
// conjunction, punctuation), so a clause whose complement the reader could
// not read ("had been handed a …") is not taken as complete; the verb is
// no copula, "have" or "do", and no verb of saying or thinking itself ("he
// would comment": a report of a report).
func (r *clauseReader) reportedEvent(p proposition, end int) (proposition, bool) {
	// A phrase of time read as the complement is an adjunct: "the dam had
	// leaked for a month" claims the leak.
	if f := strings.Fields(strings.ToLower(p.compText)); len(f) > 1 && prepositionWords[f[0]] && isTimeNoun(r.lx, p.comp) {
		p.comp, p.compText = "", ""
	}
	if p.comp != "" || strings.TrimSpace(p.compText) != "" || p.introVerb == "" || len(p.verb) < 3 || p.modal != "" {
		return p, false
	}
	if copular[p.verb] && !p.passive || p.verb == "have" || p.verb == "do" || p.verb == "get" || p.verb == "go" {
		return p, false
	}
	if sayOrThinkVerb(r.lx, p.verb) && mostlySayOrThink(r.lx, p.verb) && !r.thingReports(r.tokenAt(p.pos), end) {
		return p, false
	}
	// Verbs of perceiving and feeling need what is perceived or felt
	// ("she felt …").
	if fs, ok := r.lx.FirstSense(p.verb, lexicon.Verb); ok && (fs.Lex == lexicon.VerbPerception || fs.Lex == lexicon.VerbEmotion) {
		return p, false
	}
	// A clause opened by a wh-word lacks the phrase the wh-word stands
	// for ("not known where the outbreak began": the place is the open
	// question; Quirk et al. 1985 §15.5).
	if r.subjStart > 0 && whWords[r.low[r.subjStart-1]] {
		return p, false
	}
	main := r.tokenAt(p.pos)
	// A statal passive ("she is prepared", "the shop is closed"): a
	// present "be" before a participle that is also an adjective tells a
	// state, the adjective's claim, not an event (Quirk et al. 1985 §3.77).
	if p.passive && main > 0 && (r.low[main-1] == "is" || r.low[main-1] == "are" || r.low[main-1] == "am") && r.lx.Has(r.low[main], lexicon.Adj) {
		return p, false
	}
	// The verb group is finite: an operator before the main verb, or the
	// verb inflected for tense ("a tailings dam at …": "dam" is a noun).
	if main < 1 || !(auxiliaries[r.low[main-1]] || modals[r.low[main-1]] || negators[r.low[main-1]] || r.inflected(main, p.verb)) {
		return p, false
	}
	// The introducing word is a verb of saying, thinking or denying, not
	// a noun after a determiner or preposition ("after remarks he made").
	k := r.introIndex(p)
	if k < 1 || determiners[r.low[k-1]] || prepositionWords[r.low[k-1]] {
		return p, false
	}
	if b, ok := r.verbBase(k); !ok || !sayOrThinkVerb(r.lx, b) {
		return p, false
	}
	if n := main + 1; p.passive && n < len(r.toks) && prepositionWords[r.low[n]] && (n+1 == len(r.toks) || isPunct(r.toks[n+1].Text)) {
		// "ballots were tampered with": a prepositional verb's passive
		// strands its preposition (Quirk et al. 1985 §3.65).
		p.compText = r.toks[n].Text
		return p, true
	}
	for i := main + 1; i <= end && i < len(r.toks); i++ {
		w := r.low[i]
		if strings.HasSuffix(w, "ly") && r.lx.Has(w, lexicon.Adv) && !timeAdverb(r.lx, w) {
			return p, false // "acted irresponsibly": the manner adverbial is what is claimed
		}
		if i < end && !(r.lx.Has(w, lexicon.Adv) || negators[w]) {
			return p, false // words the complement reader passed over without a head: not a clause of no complement
		}
	}
	if end < len(r.toks) {
		w := r.low[end]
		if particles[w] {
			// "had been switched off": the particle is the verb's own
			// and the claim ("switched on" is another); one followed by
			// a noun phrase ("ruled out arson") is a complement the
			// reader did not read.
			if end+1 < len(r.toks) && !isPunct(r.toks[end+1].Text) {
				return p, false
			}
			p.comp, p.compText = w, r.toks[end].Text
			return p, true
		}
		if prepositionWords[w] && !reportedEventBreaks[w] && !adjunctPrepositions[w] && !r.timePhrase(end+1) {
			return p, false // "began at the school", "appeal against the ban": the phrase is what is claimed
		}
		if !(isPunct(r.toks[end].Text) || prepositionWords[w] || reportedEventBreaks[w] || r.lx.Has(w, lexicon.Adv) && !r.lx.Has(w, lexicon.Noun)) {
			return p, false
		}
	}
	return p, true
}

// reportedEventBreaks are the conjunctions that may close a reported
// clause of no complement ("fees would rise and …", "would not pay until
// …").
var reportedEventBreaks = map[string]bool{"and": true, "but": true, "or": true, "because": true, "while": true, "since": true,
	"after": true, "before": true, "until": true, "unless": true, "if": true, "as": true}

// tokenAt is the token that starts at byte off of the sentence, or -1.
func (r *clauseReader) tokenAt(off int) int {
	for k, t := range r.toks {
		if t.Start == off {
			return k
		}
	}
	return -1
}

// introIndex is the token of the verb that introduces p's clause (the
// last token written as p.introVerb before the clause's verb), or -1.
func (r *clauseReader) introIndex(p proposition) int {
	for k := len(r.toks) - 1; k >= 0; k-- {
		if r.toks[k].Start < p.pos && r.low[k] == p.introVerb {
			return k
		}
	}
	return -1
}

// itOpensContent reports whether the "it" at token j opens a content
// clause: right after "that" or after a verb of saying or thinking with
// "that" left out ("denied that it had cut …", "said it would close …").
func (r *clauseReader) itOpensContent(j int) bool {
	if j < 1 {
		return false
	}
	if r.low[j-1] == "that" {
		return true
	}
	b, ok := r.verbBase(j - 1)
	return ok && !auxiliaries[r.low[j-1]] && r.inflected(j-1, b) && sayOrThinkVerb(r.lx, b)
}

// itRefers reports whether an "it" read as the subject of a content clause
// refers to something rather than anticipating a clause: "it" as an
// anticipatory or prop subject goes with a copula, a verb of seeming or
// happening, or a clause after the predicate ("said it was not clear
// whether …", "said it was too early to say", "said it seemed that …";
// Quirk et al. 1985 §18.33ff extraposition, §10.26 prop "it"; propItVerbs).
// Only a
// dynamic verb with no clause after it is read: "denied that it had cut
// the budget", "said it would not close the branch".
func (r *clauseReader) itRefers(p proposition, end int) bool {
	if copular[p.verb] || p.verb == "be" || p.verb == "have" {
		return false
	}
	if propItVerbs[p.verb] || r.lx.HasLex(p.verb, lexicon.Verb, lexicon.VerbWeather) && !r.lx.Has(p.verb, lexicon.Noun) {
		return false
	}
	if end < len(r.toks) {
		switch r.low[end] {
		case "that", "whether", "if", "to", "who", "what", "how", "why", "when", "where":
			return false
		}
	}
	return true
}

// propItVerbs are the verbs that take an anticipatory or prop "it" as
// subject with an extraposed or understood clause, other than copulas
// (Quirk et al. 1985 §16.35, §18.33: "it seems / happens / turns out /
// follows that …", "it matters", "it takes a week").
var propItVerbs = map[string]bool{"happen": true, "occur": true, "matter": true, "follow": true, "transpire": true,
	"emerge": true, "turn": true, "take": true, "mean": true, "depend": true,
	"cost": true, "look": true, "sound": true, "feel": true}

// whWords open dependent wh-clauses (Quirk et al. 1985 §15.5).
var whWords = map[string]bool{"where": true, "when": true, "how": true, "why": true, "what": true, "which": true, "who": true,
	"whom": true, "whose": true}

// timePhrase reports whether the noun phrase at token k (after a
// preposition) is one of time: its head a noun of time ("for a month",
// "in the autumn", "within two years") or a year.
func (r *clauseReader) timePhrase(k int) bool {
	if k >= len(r.toks) {
		return false
	}
	if n := r.approximates(k); n > 0 {
		k += n // "for at least a month"
	}
	if k >= len(r.toks) {
		return false
	}
	head, _, _ := r.complement(k)
	if head != "" {
		return isTimeNoun(r.lx, head)
	}
	return r.toks[k].IsNumber() && len(r.toks[k].Text) == 4
}

// nonRestrictive reports whether the relative word at token j opens a
// non-restrictive relative clause: after a comma, or after a preposition
// after a comma (", which …", ", in which …"). Such a clause adds the
// writer's own information about its antecedent (Quirk et al. 1985
// §17.3, §17.22: it is parenthetic, not part of what identifies the
// antecedent); inside indirect speech it is not marked as the reported
// speaker's, and reporters use it to add what they know, so its clause is
// held by the outlet, not the report's speaker. Inside a direct quotation
// the words are the speaker's (insideDirectQuote).
func (r *clauseReader) nonRestrictive(j int) bool {
	switch r.low[j] {
	case "which", "who", "whom", "whose":
	default:
		return false
	}
	if j > 0 && r.low[j-1] == "," {
		return true
	}
	return j > 1 && prepositionWords[r.low[j-1]] && r.low[j-2] == ","
}

// insideDirectQuote reports whether byte off of article di lies inside a
// direct quotation.
func (c *comparer) insideDirectQuote(di, off int) bool {
	qi := c.quoteAt(di, off)
	return qi >= 0 && c.in.Docs[di].Analysis.Quotes[qi].Direct
}

// asideSubject reports whether the subject last read opens a
// non-restrictive relative clause: the relative word right before it, over
// at most four words of its noun phrase (", which his rival won"), never
// over a verb or a preposition (", who announced he …": the clause is the
// verb's content; ", which in his view has …": the view is no subject). A
// pronoun subject is left to the report.
func (r *clauseReader) asideSubject() bool {
	if r.pron != "" {
		return false // ", who he blasted as …": the speaker's own words about another
	}
	k := r.subjStart - 1
	for n := 0; k > 0 && n < 4 && !clauseBreaks[r.low[k]] && !isPunct(r.toks[k].Text) && !prepositionWords[r.low[k]] && !r.verbOnly(k); n++ {
		k--
	}
	return k > 0 && r.nonRestrictive(k)
}

// adjunctPrepositions head adjuncts of manner, concession or time, not a
// verb's complement ("fired without warning", "closed despite the
// protests"; Quirk et al. 1985 §8.79ff, §9.44ff).
var adjunctPrepositions = map[string]bool{"without": true, "despite": true, "during": true, "throughout": true,
	"within": true, "amid": true}

// verbOnly reports whether token k is a word WordNet knows only as a verb
// ("announced"), so no part of a noun phrase.
func (r *clauseReader) verbOnly(k int) bool {
	_, ok := r.verbBase(k)
	return ok && !r.lx.Has(r.lx.Base(r.low[k], lexicon.Noun), lexicon.Noun) && !r.lx.Has(r.low[k], lexicon.Adj)
}

// timeAdverb reports whether an adverb in -ly tells time or frequency, not
// manner: one of the time adjuncts of Quirk et al. 1985 §8.51ff
// ("recently", "finally", "repeatedly"), or one whose stem is a noun of
// time ("nightly").
func timeAdverb(lx *lexicon.Lexicon, w string) bool {
	switch w {
	case "recently", "lately", "finally", "eventually", "previously", "repeatedly", "originally", "initially", "immediately", "shortly", "early", "daily", "weekly", "monthly", "yearly", "nightly", "already":
		return true
	}
	return isTimeNoun(lx, strings.TrimSuffix(w, "ly"))
}

// complete reports whether a clause read in full is a claim: well formed,
// a bare obligation, or a reported event (reportedEvent, which may give it
// a stranded preposition or particle as its complement).
func (r *clauseReader) complete(p proposition, end int) (proposition, bool) {
	if r.wellFormed(p) || r.bareObligation(p, end) {
		return p, true
	}
	return r.reportedEvent(p, end)
}

// asideHeld gives a non-restrictive relative clause read inside a report
// (p.aside) to the outlet's own voice holderOwn, unless it lies in a
// direct quotation; sentence starts at byte start of article di.
func (c *comparer) asideHeld(p proposition, di, start int, holderOwn string) proposition {
	if p.aside && !p.own && holderOwn != "" && !c.insideDirectQuote(di, start+p.pos) {
		p.holder, p.own = holderOwn, true
	}
	return p
}

// thingReports reports whether the verb group from token v to token end
// (exclusive) has a verb of saying with nothing after it and a concrete
// thing as its subject's head right before it ("the dam had leaked", "the
// pipe leaked"): an artifact or a substance tells no one anything, so the
// verb is in its sense of motion or change ("leak": escape through a hole;
// Levin 1993 §43.4, substance emission), not a report.
func (r *clauseReader) thingReports(v, end int) bool {
	if v < 1 || end < len(r.toks) && !isPunct(r.toks[end].Text) && !prepositionWords[r.low[end]] && !clauseBreaks[r.low[end]] {
		return false
	}
	s := v - 1
	for s > 0 && (auxiliaries[r.low[s]] || modals[r.low[s]] || negators[r.low[s]]) {
		s--
	}
	if !r.toks[s].IsWord() || r.capital(s) {
		return false
	}
	head := r.lx.Base(r.low[s], lexicon.Noun)
	return r.lx.Has(head, lexicon.Noun) && concreteNoun(r.lx, head) && !isPersonNoun(r.lx, head)
}
