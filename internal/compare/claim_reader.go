package compare

import (
	"slices"
	"strings"
	"sync"

	"github.com/corroborate/corroborate/internal/lexicon"
	"github.com/corroborate/corroborate/internal/mention"
	"github.com/corroborate/corroborate/internal/text"
)

// proposition is one clause read as a claim: SUBJECT (not) VERB
// COMPLEMENT, with the holder's polarity and modality.
type proposition struct {
	doc      int
	subject  string // story entity, or "the NOUN"
	subjNoun string // base form of a common-noun subject's head, "" for an entity
	subjText string // a common-noun subject as written ("the men"), "" for an entity
	verb     string // base form of the main verb ("be" for a copula)
	passive  bool
	comp     string // base form of the complement's head (noun, adjective or entity), or ""
	compText string // the complement as written ("a landmark of the town")
	verbText string // the verb group as written, without negation and modals
	negated  bool
	hedged   bool
	// modal is a modal of obligation in the verb group ("should", "must"):
	// the claim is a demand, not a fact.
	modal string
	// future: the verb group is a prediction or a plan ("will host"): a
	// different claim from a statement of what is ("is a host").
	future bool
	// planned: the future is the to-infinitive of the subject's verb of
	// deciding, wanting or promising ("hopes to host": plansAhead), the
	// subject's own intention.
	planned bool
	// reported: an evidential ("allegedly", "reportedly") says others hold
	// it; the writer takes no position.
	reported bool
	// ceased: the clause says a state has ended ("no longer", "not …
	// any more", "ceased to"): its holder denies that it persists.
	ceased bool
	// attempt: the verb group is an attempt ("tried to stop"): what it
	// tried is no claim (see attemptVerb).
	attempt bool
	// denied: the polarity was turned by a verb of denial ("denied that").
	denied bool
	// regarded: a classification read from a passive verb and "as" ("the
	// shed is being investigated as arson"): the view of the verb's agent.
	regarded bool
	// premise: the clause is a direct or hypothetical condition ("if the
	// dam fails, …"; see premise) or a perfective hypothetical ("would have
	// come"): no one holds or doubts it.
	premise bool
	// ownAct: the clause is the -ing object of its subject's verb of
	// denial or admission ("denied starting the fire"): the subject holds
	// it (ownActGerund).
	ownAct bool
	// demandBy names who holds a demand or an accusation read from the
	// clause that governs it (readDemand): the governing subject as read
	// (a name or "the NOUN", demandByText as written, or the pronoun
	// demandByPron at byte demandByPronAt), or a caller as written.
	demandBy       string
	demandByText   string
	demandByPron   string
	demandByPronAt int
	// flipped: the clause says the claim it was grouped with in opposite
	// words ("is safe" in a claim "is dangerous"), its polarity turned to
	// match (oppositeGroup): its words do not render the claim.
	flipped  bool
	holder   string
	sentence string
	headline bool
	own      bool // the outlet's own voice
	// introVerb is the word before the subordinator that opens the clause
	// ("apologised" in "apologised if …"), whose subject may hold it.
	introVerb string
	// introHolder is the subject of introVerb when that verb is one of
	// communication or cognition ("officials believe the boiler had failed"):
	// a story entity or a plural noun of persons, else "".
	introHolder string
	pos         int // byte offset of the verb in the sentence
	// pron is a personal pronoun in the nominative ("he", "they", "I")
	// standing as the subject, and pronAt its byte offset in the
	// sentence: the subject is resolved once the holder is known
	// (subjectPronoun), and stays "" until then.
	pron   string
	pronAt int
	// aside: the clause is a non-restrictive relative clause (", which
	// his rival won by 212 votes"): the writer's comment, even inside a
	// report (nonRestrictive).
	aside bool
}

// clauseReader reads the propositions of one sentence (or headline).
type clauseReader struct {
	lx       *lexicon.Lexicon
	toks     []text.Token
	low      []string
	entityAt func(i int) string // story entity of a name ending at token i, or ""
	// antecedent names the person a "he" or "she" at token i stands for,
	// or "" (nil: pronouns name no one).
	antecedent func(i int) string
	title      bool // a title-case headline: capitals say nothing
	headline   bool
	// subjStart is the first token of the subject subject last read, or -1.
	subjStart int
	// subjEnd is the token that subject ends at (the one before its verb
	// group, or a coordinator for a shared subject's).
	subjEnd int
	// subjText is that subject as written when it is a common noun phrase.
	subjText string
	// pron is the nominative pronoun read as that subject, or "".
	pron string
	// indefinite: that subject opens with "a" or "an" (phraseOpens).
	indefinite bool
	// noSubject: that subject opens with the negative determiner "no"
	// ("no ballots were tampered with"): the clause is negated.
	noSubject bool
	// prior is the subject of the clause read last, for a predicate
	// coordinated with it (sharedSubject).
	prior priorSubject
	// introHedge: the clause read last was hedged by what opened it ("if",
	// "whether"), not by its own verb group.
	introHedge bool
	// clitic maps a token that is a pronoun and a contracted operator
	// ("he'd") to the pronoun (expandClitics; r.low holds the operator).
	clitic map[int]string
	// pending holds the demands and accusations read from the clause
	// read last (readDemand).
	pending []proposition
	// actEnd is the token after the act infinitiveClaim read last.
	actEnd int
}

func (r *clauseReader) capital(i int) bool {
	return !r.title && i > 0 && r.toks[i].IsCapitalized()
}

// verbBase returns the verb base of token i when it can be a verb form.
func (r *clauseReader) verbBase(i int) (string, bool) {
	w := r.low[i]
	if r.volitionalLike(i) {
		return "like", true
	}
	if !r.toks[i].IsWord() || r.capital(i) || determiners[w] || prepositionWords[w] || clauseBreaks[w] || negators[w] || hedges[w] != notHedged {
		return "", false
	}
	if w == "longer" && i > 0 && r.low[i-1] == "no" {
		return "", false
	}
	b := r.base(i, lexicon.Verb)
	if !r.lx.Has(b, lexicon.Verb) {
		return "", false
	}
	return b, true
}

// base is the base form of token i's word as part of speech p: the one
// kept with the token (text.Token.Base) unless the reader reads the token
// as another word (a contracted operator: expandClitics).
func (r *clauseReader) base(i int, p lexicon.POS) string {
	if r.low[i] == r.toks[i].Lower {
		return r.toks[i].Base(p)
	}
	return r.lx.Base(r.low[i], p)
}

// inflected reports whether token i is a finite or participle form
// ("poses", "killed", "was") rather than a bare form that may be a noun.
func (r *clauseReader) inflected(i int, base string) bool {
	w := r.low[i]
	return w != base || auxiliaries[w]
}

// startsGroup reports whether token i opens a verb group.
func (r *clauseReader) startsGroup(i int) bool {
	w := r.low[i]
	if modals[w] || auxiliaries[w] && w != "being" && w != "having" || negContraction(w) != "" {
		return true
	}
	b, ok := r.verbBase(i)
	if !ok || i == 0 {
		return false
	}
	prev := r.low[i-1]
	if determiners[prev] || prepositionWords[prev] || prev == "'s" || prev == "’s" || r.toks[i-1].IsNumber() || r.cardinal(prev) {
		return false // a noun: "the attacks", "of use", "the two sides"
	}
	if r.inflected(i, b) {
		// "-ing" forms open no finite group; "-ed" forms after a noun do
		// ("police arrested"), "-s" forms too ("the bakery sells"). An
		// "-en" participle never does (Quirk et al. 1985 §3.16: "driven",
		// "shown", "done" are no past tense): without an auxiliary it opens
		// a participle clause ("a van driven by a neighbour").
		return !strings.HasSuffix(w, "ing") && !enParticiple(w)
	}
	// A bare form after a plural subject: "farmers protest" (not in a
	// headline, where nouns stand in a row: "Plant Shooting").
	if r.headline {
		return false
	}
	return strings.HasSuffix(prev, "s") && !r.capital(i-1) && r.entityAt(i-1) == "" && r.lx.Has(r.lx.Base(prev, lexicon.Noun), lexicon.Noun) && !r.lx.Has(prev, lexicon.Verb)
}

// negContraction returns the auxiliary or modal of a negative contraction
// written as one word ("didn't" → "did", "won't" → "will", "can't" →
// "can"; Quirk et al. 1985 §3.23, the negative forms of the operators), or
// "".
func negContraction(w string) string {
	w = strings.ReplaceAll(w, "’", "'")
	st, ok := strings.CutSuffix(w, "n't")
	if !ok || st == "" {
		return ""
	}
	switch st {
	case "wo":
		return "will"
	case "ca":
		return "can"
	case "sha":
		return "shall"
	}
	if auxiliaries[st] || modals[st] {
		return st
	}
	return ""
}

// enParticiple reports whether an inflected verb form has the -en
// participle ending of the strong verbs (Quirk et al. 1985 §3.16: "taken",
// "drawn", "worn", "gone"), which no past tense form has.
func enParticiple(w string) bool {
	for _, suf := range []string{"en", "wn", "rn", "ne"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// read returns the propositions of the sentence.
func (r *clauseReader) read() []proposition {
	r.expandClitics()
	var out []proposition
	for i := 0; i < len(r.toks); i++ {
		if i > 0 && r.low[i-1] == "," && strings.HasSuffix(r.low[i], "ing") {
			r.pending = r.pending[:0]
			r.participleDemand(i)
			out = append(out, r.pending...)
		}
		if !r.startsGroup(i) {
			continue
		}
		r.pending = r.pending[:0]
		p, end, ok := r.clause(i)
		if ok {
			out = append(out, p)
			if q, ok := r.coordinatedObligation(p, end); ok {
				out = append(out, q)
			}
		}
		out = append(out, r.pending...)
		r.notePrior(end, p)
		if end > i {
			i = end - 1
		}
	}
	if r.headline && len(out) == 0 {
		out = append(out, r.verbless()...)
	}
	return out
}

// introduction reads what opens the clause whose verb group starts at v: a
// condition or an open question ("if the loan was repaid", "whether the loan
// was repaid": the holder does not say it is so) hedges it, and the verb
// before "if", "whether" or "that" is the verb that introduces it.
func (r *clauseReader) introduction(v int, p *proposition) {
	p.aside = r.asideSubject()
	stop := 0
	if r.subjStart > 0 {
		stop = r.subjStart - 1 // the word before the subject opens the clause
	}
	for j := v - 1; j >= stop; j-- {
		if r.low[j] == "and" && j >= r.subjStart && strings.Contains(p.subject, " and ") {
			continue // "believe Roe and Poe shot …": the subject's own coordinator (coordinatedNames)
		}
		if w := r.low[j]; w == "if" || w == "whether" || w == "unless" {
			if w != "whether" && premise(r.toks, j) {
				p.premise = true
				return
			}
			p.hedged = true
			r.introducer(j, p)
			return
		} else if clauseBreaks[w] || isPunct(r.toks[j].Text) && w != "'s" && w != ")" && w != "(" {
			if w == "that" {
				r.introducer(j, p)
				p.hedged = p.hedged || r.doubtingThat(j) // "not certain that …", "could not rule out that …"
				p.reported = p.reported || j > 0 && r.sayingNoun(j-1) || j == r.subjStart-1 && r.evidenceFor(j)
			}
			return
		}
	}
	// "rumours he was the source": the content of a noun of saying, with
	// "that" left out, is what others say.
	if r.subjStart > 0 && r.sayingNoun(r.subjStart-1) {
		p.reported = true
	}
	// No subordinator: a verb right before the subject ("officials believe
	// the boiler had failed"), over a number or a hyphenated premodifier of
	// a name ("said 15-year-old Ames was …", "said then-chief Ames";
	// Quirk et al. 1985 §17.97, premodification of proper nouns).
	if r.subjStart > 0 {
		k := r.subjStart - 1
		for n := 0; k > 0 && n < 4 && r.namePremodifier(k); n++ {
			k--
		}
		if _, ok := r.verbBase(k); ok && !auxiliaries[r.low[k]] {
			r.introducer(k+1, p)
		}
	}
}

// namePremodifier reports whether token k may premodify a name without
// being a clause of its own: a number, a hyphen, or a word written with
// one and a digit or ending in one ("15-year-old", "then-").
func (r *clauseReader) namePremodifier(k int) bool {
	t := r.toks[k].Text
	if r.toks[k].IsNumber() || t == "-" {
		return true
	}
	if k+1 < len(r.toks) && r.toks[k+1].Text == "-" && r.toks[k+1].Start == r.toks[k].End {
		return true // "then-", written as a word and a hyphen glued to it
	}
	return strings.HasSuffix(t, "-") && len(t) > 1 || strings.Contains(t, "-") && strings.ContainsAny(t, "0123456789")
}

// sayingNoun reports whether token k is a noun most of whose WordNet
// senses are in noun.communication or noun.cognition ("rumours",
// "reports", "claims", "suggestions"; "perception", "belief", "theory"): a
// clause after it is its content (Quirk et al. 1985 §17.26, the appositive
// clause), what others say or think.
func (r *clauseReader) sayingNoun(k int) bool {
	w := r.low[k]
	if !r.toks[k].IsWord() || r.capital(k) {
		return false
	}
	b := r.lx.Base(w, lexicon.Noun)
	all, comm := 0, 0
	for _, s := range r.lx.Senses(b) {
		if s.POS == lexicon.Noun {
			all++
			if s.Lex == lexicon.NounCommunication || s.Lex == nounCognition {
				comm++
			}
		}
	}
	return all > 0 && 2*comm > all
}

// evidenceFor reports whether the "that" at token j closes a noun of
// knowing or saying and the person it is for ("proof for the council
// that …", "a sign for her that …"): the clause is what that person takes
// as shown (the experiencer's "for", Quirk et al. 1985 §9.58), not what
// the writer states.
func (r *clauseReader) evidenceFor(j int) bool {
	for m := j - 1; m >= 1 && m >= j-5; m-- {
		if isPunct(r.toks[m].Text) || clauseBreaks[r.low[m]] {
			return false
		}
		if r.low[m] != "for" {
			continue
		}
		n := m - 1
		if m == j-1 || !r.toks[n].IsWord() || r.capital(n) {
			return false
		}
		b := r.lx.Base(r.low[n], lexicon.Noun)
		return r.lx.HasLex(b, lexicon.Noun, lexicon.NounCommunication) || r.lx.HasLex(b, lexicon.Noun, nounCognition)
	}
	return false
}

// introducer reads the verb before token j (over a time: "announced on
// Friday that") as the verb introducing the clause, and its subject.
func (r *clauseReader) introducer(j int, p *proposition) {
	k := j - 1
	for n := 0; k > 0 && n < 3 && r.timeWord(k); n++ {
		k--
	}
	if k < 0 {
		return
	}
	// Over the verb's object or addressee ("wrote to the mayor
	// on Saturday that …", "told reporters that …"): back to the nearest
	// verb of communication or cognition within the clause.
	if b, ok := r.verbBase(k); !ok || auxiliaries[r.low[k]] || r.addressee(k, b) {
		for m := k - 1; m > 0 && m >= k-6; m-- {
			if isPunct(r.toks[m].Text) && r.low[m] != "'s" && r.low[m] != "’s" || clauseBreaks[r.low[m]] {
				break
			}
			if b, ok := r.verbBase(m); ok && !auxiliaries[r.low[m]] && r.inflected(m, b) && sayOrThinkVerb(r.lx, b) {
				k = m
				break
			}
		}
	}
	p.introVerb = r.low[k]
	b, ok := r.verbBase(k)
	if !ok || k == 0 || !sayOrThinkVerb(r.lx, b) {
		return
	}
	if e := r.entityAt(k - 1); e != "" {
		p.introHolder = e
		if w := r.low[k-1]; r.toks[k-1].Text == w && !strings.Contains(strings.ToLower(e), w) && isPersonNoun(r.lx, r.lx.Base(w, lexicon.Noun)) {
			p.introHolder = e + " " + w // "State police said": the police
		}
		return
	}
	// "she apologised if …": the person the pronoun stands for.
	if w := r.low[k-1]; (w == "he" || w == "she") && r.antecedent != nil {
		p.introHolder = r.antecedent(k - 1)
		return
	}
	// "Officials believe", "investigators suspect": a plural noun of
	// persons or groups.
	w := r.low[k-1]
	if nb := r.lx.Base(w, lexicon.Noun); nb != w && r.toks[k-1].IsWord() && isPersonNoun(r.lx, nb) && !determiners[w] {
		p.introHolder = w
	}
}

// addressee reports whether token k, read as a verb of base b, is rather
// the noun of persons or groups a verb of saying addresses before its
// clause ("told police that …", "assured the court that …"; Quirk et al.
// 1985 ch. 16, ditransitive complementation: an indirect object before a
// that-clause): a word whose commonest noun sense (lexicon.FirstSense)
// names persons or a group (WordNet noun.person, noun.group) and which has
// no verb sense of saying or thinking ("police" and "court" are also
// verbs, of policing and courting).
func (r *clauseReader) addressee(k int, b string) bool {
	if sayOrThinkVerb(r.lx, b) {
		return false
	}
	n, ok := r.lx.FirstSense(r.lx.Base(r.low[k], lexicon.Noun), lexicon.Noun)
	return ok && (n.Lex == lexicon.NounPerson || n.Lex == lexicon.NounGroup)
}

// timeWord reports whether token k is part of a time expression between a
// verb and its clause: a noun of time ("Friday", "today"), "on", "last".
func (r *clauseReader) timeWord(k int) bool {
	w := r.low[k]
	if w == "on" || w == "last" || w == "this" || w == "earlier" {
		return true
	}
	for _, s := range r.lx.SensesFold(w) {
		if s.POS == lexicon.Noun && s.Lex == lexicon.NounTime {
			return true
		}
	}
	return false
}

// verbGroup reads the verb group starting at v: its main verb (-1 when
// there is none), the token after it, the negators met and the group's
// words as written; modality, hedges and cessation go into p.
func (r *clauseReader) verbGroup(v int, p *proposition) (main, k, neg int, verbWords []string) {
	main, k = -1, v
	sawModal := false
	for ; k < len(r.toks); k++ {
		w := r.low[k]
		if st := negContraction(w); st != "" {
			// "don't", "isn't", "won't" written as one word: the
			// auxiliary or modal, then "not".
			neg++
			if modals[st] {
				sawModal = true
				if deontic[st] {
					p.modal = st
				}
				p.future = p.future || futureModals[st]
			} else {
				main = k
				verbWords = append(verbWords, st)
			}
			continue
		}
		if r.clitic[k] != "" && k > v {
			break // "said she'd seen": the clitic's pronoun opens a clause of its own
		}
		switch {
		case negators[w]:
			neg++
			if w == "no" && k+1 < len(r.toks) && r.low[k+1] == "longer" {
				p.ceased = true
				k++
			}
			continue
		case hedges[w] != notHedged:
			p.applyHedge(w)
			continue
		case modals[w]:
			sawModal = true
			// "would have attended": the perfective hypothetical (Quirk
			// et al. 1985 §14.24) says what did not happen.
			if (w == "would" || w == "'d" || w == "’d") && k+2 < len(r.toks) && r.low[k+1] == "have" && (r.low[k+2] == "been" || strings.HasSuffix(r.low[k+2], "ed") || enParticiple(r.low[k+2])) {
				p.premise = true
			}
			if deontic[w] {
				p.modal = w
			}
			p.future = p.future || futureModals[w]
			continue
		case w == "to" && main >= 0 && k+1 < len(r.toks):
			if _, ok := r.verbBase(k + 1); ok {
				if r.yetTo(main, k) {
					neg++ // "has yet to sign": not signed so far
					verbWords = nil
					continue
				}
				neg += r.toInfinitive(r.low[main], r.low[k+1], p)
				if p.planned && r.passiveAt(main) {
					// "was told to leave", "is said to own": the passive's
					// subject is the infinitive's, but the deciding, telling
					// or believing is the agent's (object control, Quirk et al.
					// 1985 ch. 16), not the subject's own intention.
					p.planned = false
				}
				verbWords = nil
				continue
			}
		case auxiliaries[w]:
			main = k
			verbWords = append(verbWords, r.wordAt(k))
			continue
		}
		if b, ok := r.verbBase(k); ok && r.continuesGroup(k, v, main, b, sawModal) {
			main = k
			if r.volitionalLike(k) {
				verbWords = append(verbWords, "want") // rendered as the verb it stands for
				continue
			}
			verbWords = append(verbWords, r.toks[k].Text)
			continue
		}
		// Adverbs inside the group ("still", "also", "once again").
		if r.toks[k].IsWord() && !r.capital(k) && r.lx.Has(w, lexicon.Adv) && !r.lx.Has(w, lexicon.Noun) && !r.lx.Has(w, lexicon.Adj) && !prepositionWords[w] {
			continue
		}
		if n := r.medialAdjunct(k, main); n > 0 {
			if r.low[k+1] == "no" && negativeAdjuncts[r.low[k]+" "+r.low[k+2]] {
				neg++ // "was in no way connected": a negative adjunct
			}
			k += n - 1
			continue
		}
		break
	}
	return main, k, neg, verbWords
}

// medialAdjunct returns the length of a prepositional adjunct of degree or
// time that stands inside a verb group, after its auxiliary and before the
// participle or predicative adjective it qualifies ("was in any way
// linked", "is in no way responsible", "were at no time told"): a
// preposition, the nonassertive or negative determiner "any" or "no" and
// one noun (Quirk et al. 1985 §8.20, medial position; §10.60, negative
// adjuncts such as "in no way", "at no time"). 0 when the words at token k
// are no such adjunct: after no auxiliary, before a word that neither
// continues the group nor is an adjective ("was in no mood to talk", "is at
// any rate"), or with another determiner ("was in the house": the
// predicate itself, a place).
func (r *clauseReader) medialAdjunct(k, main int) int {
	if main < 0 || k+3 >= len(r.toks) || !prepositionWords[r.low[k]] {
		return 0
	}
	aux := r.low[main]
	if st := negContraction(aux); st != "" {
		aux = st
	}
	if !auxiliaries[aux] {
		return 0
	}
	if d := r.low[k+1]; d != "any" && d != "no" {
		return 0
	}
	n, next := k+2, k+3
	if !r.toks[n].IsWord() || r.capital(n) || !r.lx.Has(r.lx.Base(r.low[n], lexicon.Noun), lexicon.Noun) {
		return 0
	}
	if !r.toks[next].IsWord() || r.capital(next) {
		return 0
	}
	nw := r.low[next]
	if b, ok := r.verbBase(next); ok && r.participleForm(nw) && b != nw {
		return 3 // "in any way linked"
	}
	if r.lx.Has(nw, lexicon.Adj) && !r.lx.Has(nw, lexicon.Noun) && !prepositionWords[nw] {
		return 3 // "in no way responsible"
	}
	return 0
}

// negativeAdjuncts are the prepositional adjuncts with "no" that negate
// their clause (Quirk et al. 1985 §10.60: they may front with inversion,
// "at no time was he told"), by preposition and noun as written. Others
// with "no" negate only their own phrase and leave the clause affirmative:
// "was in no time repaired" (quickly), "were with no warning evicted",
// "was for no reason detained", "were at no cost replaced".
var negativeAdjuncts = map[string]bool{
	"in way": true, "in sense": true, "in respect": true, "in case": true,
	"at time": true, "at point": true, "at stage": true,
	"by means": true, "on account": true, "to extent": true,
	"under circumstances": true, "under circumstance": true,
}

// mainVerb is the base form of the verb group's main verb at token main: a
// negative contraction read as its auxiliary ("isn't" as "is"), a clitic
// "'s" as "be".
func (r *clauseReader) mainVerb(main int) string {
	mw := r.low[main]
	if st := negContraction(mw); st != "" {
		mw = st
	}
	if mw == "'s" || mw == "’s" {
		return "be"
	}
	if r.volitionalLike(main) {
		return "want"
	}
	return r.lx.Base(mw, lexicon.Verb)
}

// yetTo reports whether "yet" before the "to" at token k follows a form
// of "have" or "be" at main: "has yet to sign", "is yet to be made public"
// say that the act has not happened so far (Quirk et al. 1985 §3.49, "yet"
// in a nonassertive sense), not a duty or a plan.
func (r *clauseReader) yetTo(main, k int) bool {
	if k < 1 || r.low[k-1] != "yet" {
		return false
	}
	b := r.mainVerb(main)
	return b == "have" || b == "be"
}

// volitionalLike reports whether token i is the "like" of "would like"
// ("'d like") before its object: after a modal a word is the bare verb, not
// the preposition, and "would like" is the polite form of "want" (Quirk et
// al. 1985 §4.61, volition), so "X would like a raise" and "X wants a
// raise" are one claim. Before a to-infinitive ("would like to direct") it
// is left unread: a wish says neither that the act happens nor that it will.
func (r *clauseReader) volitionalLike(i int) bool {
	if i == 0 || r.low[i] != "like" || i+1 < len(r.low) && r.low[i+1] == "to" {
		return false
	}
	switch r.low[i-1] {
	case "would", "'d", "’d":
		return true
	}
	return false
}

// clause reads the verb group starting at v, its subject and complement.
func (r *clauseReader) clause(v int) (proposition, int, bool) {
	var p proposition
	main, k, neg, verbWords := r.verbGroup(v, &p)
	if main < 0 || p.attempt {
		return p, k, false
	}
	p.verb = r.mainVerb(main)
	p.passive = main > v && r.passiveAt(main)
	gerund, deny := r.ownActGerund(main, k)
	if gerund >= 0 {
		if !r.ownActGroup(v, gerund, neg, &p) {
			return p, k, false // "did not deny starting": no position taken
		}
		verbWords = []string{r.toks[gerund].Text}
		main, k = gerund, max(k, gerund+1)
	}
	if gerund < 0 {
		r.readDemand(v, main, k, neg, p)
	}
	if gerund < 0 && mention.IsReportingVerb(p.verb) && !mention.ActsMostly(p.verb) && !r.thingReports(v, k) || p.verb == "do" {
		return p, k, false // attribution ("said"), or an emphatic "do": not the claim
	}
	p.negated = neg%2 == 1
	p.verbText = strings.Join(verbWords, " ")
	p.pos = r.toks[main].Start
	// Negation and hedges before the group: "the mill no longer employs",
	// "the storm probably delayed".
	j := v - 1
	for ; j >= 0; j-- {
		w := r.low[j]
		if negators[w] {
			neg++
			if w == "no" && j+1 < len(r.toks) && r.low[j+1] == "longer" {
				p.ceased = true
			}
		} else if hedges[w] != notHedged {
			p.applyHedge(w)
		} else if !(w == "longer" && j > 0 && r.low[j-1] == "no" || w == "still" || w == "also") {
			break
		}
	}
	p.negated = neg%2 == 1
	if gerund >= 0 {
		if p.negated {
			return p, k, false // "never denied starting"
		}
		p.negated, p.denied = deny, deny
	}
	// The subject, and what opens the clause.
	s, ok := r.subjectOf(j, v, &p, verbWords)
	if !ok || p.premise || gerund >= 0 && (!r.ownActSubject(j, s) || r.noSubject) {
		return p, k, false // "<Name>'s brother denied starting": not <Name>'s act
	}
	p.negated = p.negated != r.noSubject // "no ballots were tampered with": that ballots were is denied
	if !strings.HasPrefix(s, "the ") {
		p.subjNoun = ""
	} else {
		p.subjNoun = strings.TrimPrefix(s, "the ")
		p.subjText = r.subjText
	}
	// A finite verb right after the group ("the ladder he used was kept
	// in a shed", "the barn she owns was damaged"): the group is a
	// relative clause with no relative pronoun (Quirk et al. 1985 §17.14),
	// not the sentence's predication.
	if k < len(r.toks) && finiteAuxiliaries[r.low[k]] {
		return p, k, false
	}
	for i := 1; i < len(verbWords); i++ {
		if a, b := strings.ToLower(verbWords[i-1]), strings.ToLower(verbWords[i]); finiteAuxiliaries[b] && !auxiliaries[a] && !modals[a] && !r.lx.Has(r.lx.Base(a, lexicon.Noun), lexicon.Noun) {
			return p, k, false // "the ladder he used was kept": "used" ends the relative clause
		}
	}
	// "the chapel attended by the governor": a past participle with its
	// agent after a noun is a reduced relative clause (Quirk et al. 1985
	// §17.31), not a verb group, when no auxiliary opens it.
	if main == v && k+1 < len(r.toks) && r.low[k] == "by" && strings.HasSuffix(r.low[main], "ed") && r.capital(k+1) && !r.toks[k+1].IsNumber() {
		return p, k, false
	}
	// The complement.
	if k < len(r.toks) && r.low[k] == "no" {
		p.negated = !p.negated
		k++
	}
	comp, text, end := r.complement(k)
	if comp == "" && p.passive {
		comp, text, end = r.passivePhrase(k, end)
	}
	p.comp, p.compText = comp, trimDangling(text)
	if p.pron == "it" && !r.itRefers(p, end) {
		return p, end, false // "said it was unclear whether …": anticipatory "it"
	}
	// An adverb before the phrase or clause the complement stops at
	// premodifies it ("shot in the arm shortly before noon"; Quirk et al.
	// 1985 §9.56): it goes with what is left out.
	if f := strings.Fields(p.compText); len(f) > 1 && end < len(r.toks) && (prepositionWords[r.low[end]] || clauseBreaks[r.low[end]]) && adverbOnly(r.lx, strings.ToLower(f[len(f)-1])) {
		p.compText = strings.Join(f[:len(f)-1], " ")
	}
	// "X is not the one who fired the shot": X did not fire it.
	if q, e, ok := r.identified(p, text, end); ok {
		p, comp, text, end = q, q.comp, q.compText, e
	} else if r.contactRelative(p, text, end) {
		return p, end, false // "I'm the guy they called …": what is claimed is in the clause cut off
	}
	if r.wantsInfinitive(comp, end) {
		return p, end, false
	}
	if r.conditionAt(end) {
		return p, end, false
	}
	// "treated as a forgery", "seen as a bargain": a classification, the same
	// claim as "is a forgery".
	if p.passive && strings.HasPrefix(strings.ToLower(text), "as ") && comp != "" {
		p.verb, p.passive, p.regarded = "be", false, true
		// It renders as the classification it is, in the group's tense:
		// "the painting was being treated as a forgery" → "the painting was a forgery".
		p.verbText, p.compText = classTense(p.verbText), strings.TrimSpace(text[len("as "):])
	}
	p, ok = r.complete(p, end)
	return p, end, ok
}

// subjectOf reads the subject of the clause whose verb group starts at v
// (ending at token j, or shared with the clause before: sharedSubject)
// and what opens the clause (introduction) into p; ok is false when the
// clause has no subject or a generic one.
func (r *clauseReader) subjectOf(j, v int, p *proposition, verbWords []string) (string, bool) {
	r.subjStart, r.subjText, r.pron, r.indefinite, r.noSubject, r.subjEnd = -1, "", "", false, false, j
	var s string
	if pr := r.clitic[v]; pr != "" && !r.headline {
		r.subjStart, r.pron = v, pr // "he'd seen": the pronoun is the token's own
	} else {
		s = r.subject(j)
	}
	shared := false
	if s == "" && r.pron == "" {
		s = r.sharedSubject(j, v) // "… had a knife but isn't the one who …"
		shared = s != "" || r.pron != ""
		if shared {
			r.subjEnd = r.prior.subjEnd
		}
	}
	if s == "" && r.pron == "" {
		return "", false
	}
	if r.indefinite && simplePresent(verbWords) {
		return "", false // "a dam is a barrier": a generic statement, not the story's thing
	}
	if r.pron != "" {
		p.pron, p.pronAt = r.pron, r.toks[r.subjStart].Start
	}
	p.subject = s
	if shared {
		r.sharedIntroduction(p)
	} else {
		hedged := p.hedged
		r.introduction(v, p)
		r.introHedge = p.hedged && !hedged
	}
	return s, true
}

// conditionAt reports whether a condition opens at token k, right after a
// clause's complement, or after a comma ("the coach is sad if the pitch
// was …", "the mill will close, unless …"): the clause is the consequence of a
// direct condition (Quirk et al. 1985 §15.33), which its holder states as
// so only if the condition holds — no claim of its own. The condition is
// read on its own.
func (r *clauseReader) conditionAt(k int) bool {
	if k < len(r.toks) && r.toks[k].Text == "," {
		k++
	}
	return k < len(r.toks) && (r.low[k] == "if" || r.low[k] == "unless")
}

// classTense is the copula of a classification read from a passive verb
// group as written ("was being treated" → "was", "are seen" → "are",
// "has been regarded" → "is").
func classTense(group string) string {
	f := strings.Fields(strings.ToLower(group))
	if len(f) > 0 {
		switch f[0] {
		case "is", "are", "was", "were", "am":
			return f[0]
		case "have":
			return "are"
		case "had":
			return "was"
		}
	}
	return "is"
}

// passivePhrase reads what a passive with no object says of its subject:
// the prepositional phrase after it, past a particle ("was detained on
// suspicion of fraud", "was stopped for a broken tail light"), whose
// head noun is the complement. A bare passive ("was taken away") and a
// phrase of time ("was arrested on Sunday") give none: end is returned
// as it came.
func (r *clauseReader) passivePhrase(k, end int) (string, string, int) {
	j := k
	if j+1 < len(r.toks) && (prepositionWords[r.low[j]] || r.lx.Has(r.low[j], lexicon.Adv)) && prepositionWords[r.low[j+1]] {
		j++ // a particle: "pulled over for …"
	}
	if j >= len(r.toks) || !prepositionWords[r.low[j]] || r.low[j] == "of" {
		return "", "", end
	}
	head, _, e := r.complement(j + 1)
	if head == "" || !r.lx.Has(head, lexicon.Noun) || !contentNoun(r.lx, head) || isTimeNoun(r.lx, head) {
		return "", "", end
	}
	return head, strings.TrimSpace(r.span(k, e)), e
}

// toInfinitive reads the verb before a to-infinitive: a negative
// implicative ("failed to") negates it (1 is returned), a cessative says a
// state has ended, a verb of intention makes a plan ("decided not to
// direct": a plan, not what is).
func (r *clauseReader) toInfinitive(verb, inf string, p *proposition) int {
	if verb == "going" {
		p.future = true // "is going to be": a future (Quirk et al. 1985 §4.44)
		return 0
	}
	b := r.lx.Base(verb, lexicon.Verb)
	if semiModals[b] && (verb == b || verb == thirdPerson(b)) {
		p.modal = b // "needs to be", "has to pay": a duty, not a fact
		return 0
	}
	if negativeImplicatives[b] {
		p.ceased = p.ceased || cessatives[b]
		return 1
	}
	if r.attemptVerb(b) || r.worthVerb(b) {
		p.attempt = true
	}
	if r.plansAhead(b, inf) {
		p.future, p.planned = true, true
	}
	return 0
}

var (
	attemptOnce    sync.Once
	attemptAnchors []uint32
)

// attemptVerb reports whether a verb before a to-infinitive is one of
// attempting: a sense of it is WordNet's "try" in the sense it shares with
// "attempt" (make an effort or attempt: "tried to", "attempted to") or one
// step below it ("strove to", "struggled to", "endeavoured to"). Such a verb
// is non-implicative (Karttunen 1971, "Implicative verbs"): "the guards
// tried to stop the van" says neither that they stopped it nor that they
// did not, so the infinitive is no claim. Further down the tree stand
// verbs that are not attempts before "to": "drive" ("drove to work", a
// motion) and "bother", which Karttunen counts among the implicatives.
func (r *clauseReader) attemptVerb(b string) bool {
	attemptOnce.Do(func() {
		at := r.lx.SynsetIDs("attempt", lexicon.Verb)
		for _, s := range r.lx.SynsetIDs("try", lexicon.Verb) {
			if slices.Contains(at, s) {
				attemptAnchors = append(attemptAnchors, s)
			}
		}
	})
	return len(attemptAnchors) > 0 && r.lx.Under(b, lexicon.Verb, attemptAnchors, 1)
}

// worthVerb reports whether a verb before a to-infinitive judges the act
// deserved: its commonest WordNet sense is that of "deserve" ("be worthy
// or deserving": "deserve", "merit"). Such a verb is non-implicative
// (Karttunen 1971): "<X> deserved to win" says neither that <X> won nor
// that <X> did not, and "<X> did not deserve to be shot" denies the
// worth, not the shooting, so the infinitive is no claim.
func (r *clauseReader) worthVerb(b string) bool {
	s, ok := r.lx.FirstSense(b, lexicon.Verb)
	if !ok {
		return false
	}
	d, ok := r.lx.FirstSense("deserve", lexicon.Verb)
	return ok && s.Synset == d.Synset
}

// plansAhead reports whether a verb b before "to" and the infinitive inf
// make a plan or intention: a verb of deciding, wanting or promising — at
// least half of its WordNet senses in the verb.cognition, verb.emotion and
// verb.communication files ("decided to", "hopes to", "vowed to"; not
// "began to", "seemed to", "tried to") — before an infinitive of an act
// (not "be" or "have": "is believed to be", "claimed to have seen" report
// what is or was). What such a clause says will be is a plan or a
// prediction (Quirk et al. 1985 §16.38, §4.47), as with "will".
func (r *clauseReader) plansAhead(b, inf string) bool {
	if inf == "be" || inf == "have" || auxiliaries[b] {
		return false
	}
	mind, all := 0, 0
	for _, s := range r.lx.Senses(b) {
		if s.POS != lexicon.Verb {
			continue
		}
		all++
		if s.Lex == lexicon.VerbCognition || s.Lex == lexicon.VerbEmotion || s.Lex == lexicon.VerbCommunication {
			mind++
		}
	}
	return all > 0 && 2*mind >= all
}

// wantsInfinitive reports whether a complement is an adjective whose
// to-infinitive, at token end, completes it ("was able to hide", "is eager
// to sell"; Quirk et al. 1985 §16.75): the adjective alone claims nothing
// a reader could check.
func (r *clauseReader) wantsInfinitive(comp string, end int) bool {
	if comp == "" || end+1 >= len(r.toks) || r.low[end] != "to" || !r.lx.Has(comp, lexicon.Adj) || r.lx.Has(comp, lexicon.Noun) {
		return false
	}
	_, ok := r.verbBase(end + 1)
	return ok
}

// passiveAt reports whether the main verb at token main (not the group's
// first word) is a participle after a form of "be" ("was set") or "get"
// ("got shot": the get-passive, Quirk et al. 1985 §3.68). A negator, a
// hedge or an adverb may stand between them ("was not set", "wasn't set",
// "was probably set"): the passive is the same.
func (r *clauseReader) passiveAt(main int) bool {
	mw := r.low[main]
	if strings.HasSuffix(mw, "ing") && r.lx.Base(mw, lexicon.Verb) != mw {
		return false // "are offering", "has been offering": the progressive (Quirk et al. 1985 §4.20), active
	}
	j := main - 1
	for j > 0 && r.groupModifier(j) {
		j--
	}
	prev := r.low[j]
	if st := negContraction(prev); st != "" {
		prev = st // "wasn't set": "was", then "not"
	}
	if prev == "been" || prev == "being" {
		return true
	}
	if auxiliaries[mw] {
		return false
	}
	if b := r.lx.Base(prev, lexicon.Verb); b != "be" && b != "get" {
		return false
	}
	return r.participleForm(mw)
}

// groupModifier reports whether token k is a word a verb group holds
// between its verbs without being one: a negator ("not", "never"), a hedge
// ("probably") or an adverb that is no noun, adjective or preposition
// ("still", "also"), as verbGroup reads them.
func (r *clauseReader) groupModifier(k int) bool {
	w := r.low[k]
	if negators[w] || hedges[w] != notHedged {
		return true
	}
	return r.toks[k].IsWord() && !r.capital(k) && r.lx.Has(w, lexicon.Adv) && !r.lx.Has(w, lexicon.Noun) && !r.lx.Has(w, lexicon.Adj) && !prepositionWords[w]
}

// getPassive reports whether verb form k (base b) is the participle of a
// get-passive after the form of "get" at token aux ("got shot", "gets
// arrested", "were getting hurt"; Quirk et al. 1985 §3.68): an inflected
// form, not a form in -s or -ing. A form written as its base ("got back",
// "got home") is no participle there: "back" and "home" are also verbs.
func (r *clauseReader) getPassive(aux, k int, b string) bool {
	w := r.low[k]
	if r.lx.Base(r.low[aux], lexicon.Verb) != "get" || w == b || w == b+"s" || w == b+"es" || strings.HasSuffix(w, "ing") {
		return false
	}
	return r.participleForm(w)
}

// participleForm reports whether a lower-case word has the form of a past
// participle: in -ed or -en, or an inflected form of another base
// ("shot": shoot).
func (r *clauseReader) participleForm(w string) bool {
	return strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "en") || r.lx.Base(w, lexicon.Verb) != w
}

// continuesGroup reports whether verb form k (base b) is the next verb of
// the group that starts at v: its first word, a participle after an
// auxiliary ("was killed", "has become"), a bare form after a modal or
// "to" ("could close", "hopes to close").
func (r *clauseReader) continuesGroup(k, v, main int, b string, sawModal bool) bool {
	w := r.low[k]
	switch {
	case k == v:
		return true
	case main < 0:
		return sawModal
	case r.low[k-1] == "to":
		return true
	}
	aux := r.low[main]
	if st := negContraction(aux); st != "" {
		aux = st
	}
	if !auxiliaries[aux] {
		return r.getPassive(main, k, b)
	}
	switch ab := r.lx.Base(aux, lexicon.Verb); {
	case ab == "have":
		// A perfect takes a participle, never a form in -s ("have
		// suspects": a noun, the object).
		return w != b+"s" && w != b+"es" && !strings.HasSuffix(w, "ing")
	case ab == "do":
		return w == b // "did not have": the bare form
	case aux == "been", aux == "being":
		return true
	}
	return w != b || strings.HasSuffix(w, "ing")
}

// subject finds the subject ending at token j: a story entity, or a
// common noun phrase with a determiner ("the bridge").
func (r *clauseReader) subject(j int) string {
	if j >= 0 && r.low[j] == ")" {
		for j > 0 && r.low[j] != "(" {
			j--
		}
		j--
	}
	// An appositive between commas: "Marta Quell, 52, resigned".
	if j > 0 && r.low[j] == "," {
		for k := j - 1; k > 0 && k >= j-6; k-- {
			if r.low[k] == "," {
				if e := r.entityAt(k - 1); e != "" {
					return e
				}
				break
			}
		}
	}
	// A personal pronoun in the nominative (Quirk et al. 1985 §6.4) is
	// always a subject: it is resolved once the clause's holder is known.
	if j >= 0 && nominativePronouns[r.low[j]] && !r.headline {
		r.subjStart, r.pron = j, r.low[j]
		return ""
	}
	// "X denied that it had …": the reporter, maybe (pronounSubject).
	if j >= 0 && r.low[j] == "it" && !r.headline && r.itOpensContent(j) {
		r.subjStart, r.pron = j, "it"
		return ""
	}
	if j < 0 || relatives[r.low[j]] || mention.IsPronoun(r.low[j]) || indefinites[r.low[j]] || isPunct(r.toks[j].Text) && r.low[j] != "'s" {
		return ""
	}
	if e := r.entityAt(j); e != "" {
		// A name inside a prepositional phrase ("the baker … in
		// North Dell is") is not the subject.
		k := j
		for k > 0 && (r.toks[k-1].IsCapitalized() || r.entityAt(k-1) == e) && !isPunct(r.toks[k-1].Text) {
			k--
		}
		if rel := r.relativeObject(k); rel >= 0 {
			// "the bullet that killed <Name> was fired": the name is the
			// relative clause's object; its head noun is the subject.
			if rel > 0 {
				return r.subject(rel - 1)
			}
			return ""
		}
		if k > 0 && prepositionWords[r.low[k-1]] && r.low[k-1] != "of" {
			// "the leak at the Corvane public library was": the noun before
			// the preposition heads the subject.
			if k > 1 && r.entityAt(k-2) == "" && !r.capital(k-2) {
				return r.subject(k - 2)
			}
			return ""
		}
		if both, k1 := r.coordinatedNames(k, e); both != "" {
			r.subjStart = k1
			return both
		}
		r.subjStart = k
		return e
	}
	w := r.low[j]
	if !r.toks[j].IsWord() || r.capital(j) || determiners[w] || prepositionWords[w] || clauseBreaks[w] {
		return ""
	}
	head := r.lx.Base(w, lexicon.Noun)
	if !r.lx.Has(head, lexicon.Noun) || !contentNoun(r.lx, head) {
		return ""
	}
	// "Tessaly union members", "the league's players": members of a named group
	// speak for it.
	if j > 0 && isPersonNoun(r.lx, head) {
		if e := r.entityAt(j - 1); e != "" {
			return e
		}
	}
	// "the link to the warehouse was": the head stands before the
	// prepositional phrase.
	for k := j - 1; k > 0 && k >= j-4; k-- {
		lw := r.low[k]
		if prepositionWords[lw] && lw != "of" {
			if h := k - 1; r.toks[h].IsWord() && !r.capital(h) && r.lx.Has(r.lx.Base(r.low[h], lexicon.Noun), lexicon.Noun) && !prepositionWords[r.low[h]] && !determiners[r.low[h]] {
				if nb := r.lx.Base(r.low[h], lexicon.Noun); contentNoun(r.lx, nb) {
					j, head = h, nb
				}
			}
			break
		}
		if !r.toks[k].IsWord() || clauseBreaks[lw] {
			break
		}
	}
	// Walk left over modifiers to a determiner.
	for k := j - 1; k >= 0 && k >= j-3; k-- {
		lw := r.low[k]
		if lw == "the" || lw == "this" || lw == "these" || lw == "its" || lw == "their" || lw == "his" || lw == "her" || lw == "'s" || lw == "’s" {
			if r.partOf(k) {
				return "" // "two of the guests were …": said of some, not of the guests
			}
			if r.ofComplement(k) {
				return "" // "the roof of the barn was …": said of the roof, not of the barn
			}
			r.subjStart = k
			if lw != "'s" && lw != "’s" {
				r.subjText = r.toks[k].Lower + " " + r.span(k+1, j+1)
			}
			return "the " + head
		}
		if s, ok := r.quantifiedSubject(k, j, head); ok {
			return s // "a tenant", "no ballots"
		}
		if !r.toks[k].IsWord() || r.capital(k) || prepositionWords[lw] || clauseBreaks[lw] {
			break
		}
	}
	return r.bareSubject(j, head)
}

// relativeObject reports where the relative pronoun stands when the name
// starting at token k is the object of a relative clause's verb ("the
// bullet that killed <Name>", "the man who had hit <Name>"; Quirk et al.
// 1985 §17.10): a verb whose most frequent sense is not one of saying or
// thinking (after which a name may open a content clause: "who said <Name>
// was …"; "struck" is no report, though WordNet has "strike" as "it struck
// me that") right before
// the name, over auxiliaries, after "that", "which" or "who". -1 when not.
func (r *clauseReader) relativeObject(k int) int {
	v := k - 1
	if v < 1 {
		return -1
	}
	b, ok := r.verbBase(v)
	if !ok || auxiliaries[r.low[v]] || mostlySayOrThink(r.lx, b) {
		return -1
	}
	for j := v - 1; j >= 0 && j >= v-3; j-- {
		switch w := r.low[j]; {
		case w == "that" || w == "which" || w == "who":
			return j
		case auxiliaries[w] || modals[w]:
			continue
		}
		return -1
	}
	return -1
}

// coordinatedNames reads two names joined by "and" that open their clause
// as one subject ("The agency and the bureau offered a reward", "police say
// Lorrey and Harwick signed …"): what the clause says, it says of both
// (Quirk et al. 1985 §13.62, joint coordination), not of the second
// alone. k is where the second name e starts. It returns the two names in
// a fixed order, "A and B", so that either order of writing is one
// subject, and the token the first name starts at; "" when the names do
// not open the clause.
func (r *clauseReader) coordinatedNames(k int, e string) (string, int) {
	if k < 2 || r.low[k-1] != "and" {
		return "", 0
	}
	j := k - 2
	e1 := r.entityAt(j)
	if e1 == "" || e1 == e {
		return "", 0
	}
	k1 := j
	for k1 > 0 && (r.toks[k1-1].IsCapitalized() || r.entityAt(k1-1) == e1) && !isPunct(r.toks[k1-1].Text) {
		k1--
	}
	open := k1
	if open > 0 && r.low[open-1] == "the" {
		open--
	}
	if !r.phraseOpens(open) {
		return "", 0
	}
	a, b := e1, e
	if b < a {
		a, b = b, a
	}
	return a + " and " + b, k1
}

// phraseOpens reports whether a noun phrase whose first token is k opens
// its clause: at the sentence's start, where opensClause says, or right
// after a verb of saying ("police say a blast at the depot killed …",
// "police say Lorrey and Harwick signed …"). subject asks it of an
// indefinite noun phrase: a news report introduces the happening it tells
// with an indefinite article on first mention ("A blast at a depot killed
// two") and names it with "the" after (Quirk et al. 1985 §5.26-5.28);
// another outlet's first mention is its own "a blast": the same referent,
// read as the same subject as a definite one. Inside a clause an indefinite
// noun phrase is a new thing, not the story's ("the crew found a boat that
// …"). coordinatedNames asks it of two names joined by "and".
func (r *clauseReader) phraseOpens(k int) bool {
	if k == 0 {
		return true
	}
	if r.opensClause(k - 1) {
		return true
	}
	if b, ok := r.verbBase(k - 1); ok && mention.IsReportingVerb(b) {
		return true
	}
	return false
}

// simplePresent reports whether a verb group (without its modals and
// negation) is in the simple present: "is", "has", "does not have",
// "kills". With an indefinite singular subject the simple present is
// generic ("a demonstration is one thing", "a dam holds water": any such
// thing; Quirk et al. 1985 §5.52, §4.6), not a report of the story's
// happening, which news tells in the past or the perfect ("a blast
// killed", "a blast has damaged") or the progressive.
func simplePresent(verbWords []string) bool {
	if len(verbWords) == 0 {
		return false
	}
	first := strings.ToLower(verbWords[0])
	switch first {
	case "does", "do":
		return true
	case "is", "are", "am", "'s", "’s", "has", "have":
		return len(verbWords) == 1
	case "was":
		return false
	}
	return len(verbWords) == 1 && strings.HasSuffix(first, "s") && !strings.HasSuffix(first, "ss")
}

// bareSubject reads a noun phrase with no determiner as the subject when
// it opens its clause: a plural or a noun of a group or substance
// ("police had no leads yet", "investigators suspect arson",
// "state police said"), which English writes without an article when it
// means the whole kind or the known group (Quirk et al. 1985 §5.52,
// generic and zero article). The phrase's words before its head are
// lower-case nouns or adjectives; the clause opens at the sentence's start
// or where opensClause says.
func (r *clauseReader) bareSubject(j int, head string) string {
	if !r.pluralOrGroup(j, head) {
		return ""
	}
	k := j - 1
	for ; k >= 0 && k >= j-2; k-- {
		lw := r.low[k]
		if !r.toks[k].IsWord() || r.capital(k) || determiners[lw] || prepositionWords[lw] || clauseBreaks[lw] || relatives[lw] {
			break
		}
		if _, verb := r.verbBase(k); verb && r.inflected(k, r.lx.Base(lw, lexicon.Verb)) || !r.lx.Has(r.lx.Base(lw, lexicon.Noun), lexicon.Noun) && !r.lx.Has(lw, lexicon.Adj) {
			return ""
		}
	}
	if k >= 0 && !r.opensClause(k) {
		return ""
	}
	r.subjStart = k + 1
	r.subjText = strings.ToLower(r.span(k+1, j+1))
	return "the " + head
}

// opensClause reports whether token k opens a clause before a subject: a
// colon or quotation mark, a subordinator ("that", "because", "while"), or
// "and", "but" after a comma (clauses coordinated, not noun phrases:
// "…, and police did not …"; Quirk et al. 1985 §13.20). Relative pronouns
// and a bare "and" do not: "Kim and officers said" joins two subjects.
func (r *clauseReader) opensClause(k int) bool {
	switch w := r.low[k]; {
	case w == ":" || isQuoteMark(r.toks[k].Text):
		return true
	case w == "and" || w == "but":
		return k > 0 && r.low[k-1] == ","
	case w == "or" || w == "so" || relatives[w] && w != "that":
		return false
	}
	return clauseBreaks[r.low[k]]
}

// pluralOrGroup reports whether the noun at token j, base head, may stand
// without an article for a known whole: a plural form ("investigators"),
// or a collective noun (collectiveNoun: "police").
func (r *clauseReader) pluralOrGroup(j int, head string) bool {
	if r.low[j] != head {
		return true
	}
	return collectiveNoun(r.lx, head)
}

// collectiveNoun reports whether a noun's most frequent WordNet sense is in
// noun.group ("police", "staff", "crew"): a noun for a body of people that
// takes notional plural concord (Quirk et al. 1985 §10.40). By the first
// sense WordNet lists (firstNounLex), "staff" would be the rod.
func collectiveNoun(lx *lexicon.Lexicon, n string) bool {
	s, ok := lx.FirstSense(n, lexicon.Noun)
	return ok && s.Lex == lexicon.NounGroup
}

// partOf reports whether the noun phrase opening at token k is the
// of-complement of a partitive quantifier ("two of the guests", "one of
// his sons", "some of the crew"): what follows is said of part of the
// group, so the group is not the subject of the claim. Universal
// quantifiers ("all of", "both of", "each of") are said of the whole
// (Quirk et al. 1985 §5.25, partitive constructions; CGEL ch. 5 §9,
// fused-head partitives).
func (r *clauseReader) partOf(k int) bool {
	if k < 2 || r.low[k-1] != "of" {
		return false
	}
	q := r.low[k-2]
	if universals[q] {
		return false
	}
	return r.toks[k-2].IsNumber() || r.cardinal(q) || partitives[q]
}

// ofComplement reports whether the noun phrase opening at token k is the
// "of" phrase that postmodifies a noun before it ("the roof of the barn",
// "the death of the farmer"): the noun before "of" heads the phrase
// (Quirk et al. 1985 §17.37, of-phrases as postmodifiers), so what follows
// is said of it, not of the noun after "of". Partitives are partOf's; a
// universal ("all of the tenants", "the whole of the barn") speaks of the
// whole; "the cause of" its subject is read as the subject's cause
// (causeFirstAt). A noun that is also an adjective heads its phrase as any
// other ("the back of the lorry").
func (r *clauseReader) ofComplement(k int) bool {
	if k < 2 || r.low[k-1] != "of" || universals[r.low[k-2]] || r.capital(k-2) || !r.isNounAt(k-2) {
		return false
	}
	return r.lx.Base(r.low[k-2], lexicon.Noun) != "cause"
}

// universals are the quantifiers that speak of a whole group (Quirk et al.
// 1985 §5.16), and "whole", whose of-phrase names the whole ("the whole
// of the town"; Quirk et al. 1985 §5.24).
var universals = map[string]bool{"all": true, "both": true, "each": true, "every": true, "whole": true}

// partitives are the quantifiers other than numbers that take part of a
// group (Quirk et al. 1985 §5.25): "some of", "most of", "none of".
var partitives = map[string]bool{"one": true, "some": true, "any": true, "many": true, "most": true, "much": true, "several": true,
	"few": true, "none": true, "either": true, "neither": true, "half": true, "part": true, "majority": true, "minority": true,
	"rest": true, "dozens": true, "hundreds": true, "thousands": true, "millions": true, "scores": true, "another": true, "other": true, "others": true}

// complexPrepositions are the two-word prepositions whose first word is
// an adjective, adverb or noun (Quirk et al. 1985 §9.10): "due to",
// "according to", "because of".
var complexPrepositions = map[string]string{"due": "to", "owing": "to", "according": "to", "thanks": "to", "prior": "to",
	"contrary": "to", "next": "to", "close": "to", "because": "of", "instead": "of", "ahead": "of", "regardless": "of"}

// complexPreposition reports whether a complex preposition opens at token
// j ("due to a ricochet"): a prepositional phrase before it ends there.
func (r *clauseReader) complexPreposition(j int) bool {
	second, ok := complexPrepositions[r.low[j]]
	return ok && j+1 < len(r.toks) && r.low[j+1] == second
}

// complement reads the phrase after the verb: a noun phrase (its head and
// words), a predicate adjective, or a name.
func (r *clauseReader) complement(k int) (head, phrase string, end int) {
	start := k
	lastNoun := ""
	opened := false // the complement opened with a preposition ("linked to …")
	for ; k < len(r.toks) && k < start+8; k++ {
		w := r.low[k]
		t := r.toks[k]
		if isQuoteMark(t.Text) {
			continue // 'connected to "undeserved attention"'
		}
		if mention.CurrencySymbol(t.Text) && k+1 < len(r.toks) && r.toks[k+1].IsNumber() {
			continue // "a $5,000 fine": the sign is the amount's, inside the noun phrase
		}
		if n := r.approximates(k); lastNoun == "" && n > 0 {
			k += n - 1
			continue // "about $5,000 in damage", "more than 40 homes": the amount's modifier
		}
		if isPunct(t.Text) || clauseBreaks[w] || participlePrepositions[w] && (lastNoun != "" || k == start) || negators[w] && k > start || w == "according" && k+1 < len(r.toks) && r.low[k+1] == "to" {
			break // "according to": the source, not the claim (a complex preposition, Quirk et al. 1985 §9.10)
		}
		if prepositionWords[w] {
			if lastNoun == "" && k == start && (w == "as" || w == "to" || w == "with" || w == "by") && k+1 < len(r.toks) && !r.isVerbAt(k+1) {
				opened = true
				continue // "treated as a forgery", "linked to the auction"
			}
			if lastNoun == "" {
				if pi := r.phrasalParticle(start, k); pi >= 0 && head == "" {
					// "backed away from the pact", "walked out of the
					// meeting": the particle completes the verb, the
					// prepositional phrase says from what.
					head = r.lx.Base(r.low[pi], lexicon.Adj)
					k = r.particlePhrase(pi)
				}
				break
			}
			if w == "in" && r.cardinal(lastNoun) {
				continue // "$2 million in damage": an amount of the noun after "in", its head
			}
			// Keep one prepositional phrase: "a landmark of the town".
			j := r.phraseEnd(k)
			if j+1 < len(r.toks) && (r.toks[j].Text == "." || strings.HasSuffix(r.toks[j-1].Text, ".")) {
				break // a full stop inside the sentence ends an abbreviation ("on Aug.", "Benjamin C."): the phrase is cut, leave it out
			}
			if j < len(r.toks) && j-1 > k+1 && prepositionWords[r.low[j]] && r.postParticiple(j-1) {
				j = r.participleClause(j) // "a reward for information leading to an arrest"
			}
			if j < len(r.toks) && r.low[j] == "of" && !concreteNoun(r.lx, r.lx.Base(r.low[j-1], lexicon.Noun)) {
				// "over the course" of …: the phrase's noun is no concrete
				// thing and its own complement is cut (Quirk et al. 1985
				// §17.37); leave the phrase out. "in the parking lot" of …
				// names a place already.
				break
			}
			k = j
			break
		}
		if opened && determiners[w] && lastNoun != "" && k > 0 && r.toks[k-1].IsWord() && !determiners[r.low[k-1]] {
			// "tied to the coverage the chapel had drawn": a
			// preposition takes one noun phrase (Quirk et al. 1985 §9.1);
			// a determiner right after its head opens another, the
			// subject of a relative clause with no relative word (§17.12,
			// a contact clause) or of a clause of its own. The claim keeps
			// the phrase and leaves the clause.
			return head, strings.TrimSpace(r.span(start, k)), k
		}
		if determiners[w] || t.IsNumber() {
			continue
		}
		if e := r.entityAt(k); e != "" {
			head = e
			lastNoun = e
			continue
		}
		if !t.IsWord() {
			break
		}
		if r.capital(k) {
			continue
		}
		nb := r.lx.Base(w, lexicon.Noun)
		// "still in talks", "very confidently": a modifier, not the
		// predicate (no determiner opened a noun phrase before it).
		if r.lx.Has(w, lexicon.Adv) && k+1 < len(r.toks) && r.toks[k+1].IsWord() && lastNoun == "" && head == "" && (k == start || !determiners[r.low[k-1]]) {
			continue
		}
		switch {
		case strings.Contains(w, "-") && !r.lx.Has(nb, lexicon.Noun) && k+1 < len(r.toks) && r.toks[k+1].IsWord():
			continue // a compound modifier: "a four-by-four car"
		case r.lx.Has(nb, lexicon.Noun) && (lastNoun != "" || !r.lx.Has(w, lexicon.Adj) || k+1 >= len(r.toks) || !r.isNounAt(k+1) && !strings.Contains(r.low[k+1], "-")):
			lastNoun, head = nb, nb
		case r.lx.Has(w, lexicon.Adj):
			if head == "" || lastNoun == "" {
				head = r.lx.Base(w, lexicon.Adj)
			}
		case r.lx.Has(w, lexicon.Adv):
			continue
		default:
			if lastNoun != "" {
				return head, strings.TrimSpace(r.span(start, k)), k
			}
			return head, strings.TrimSpace(r.span(start, k)), k
		}
	}
	return head, strings.TrimSpace(r.span(start, k)), k
}

// phrasalParticle returns the token of the particle (particles, the
// adverb particles of phrasal verbs) of a phrasal-prepositional verb ("back
// away from", "walk out of", "back down from"; Quirk et al. 1985 §16.6)
// whose complement starts at token start and whose preposition the
// complement reader met at token k: the particle opens the complement
// ("away" skipped as an adverb, then "from"; or "out" itself, a
// preposition, right before "of"), and a preposition follows it. -1
// otherwise.
func (r *clauseReader) phrasalParticle(start, k int) int {
	switch {
	case k == start+1 && particles[r.low[start]]:
		return start // "away from"
	case k == start && particles[r.low[k]] && k+1 < len(r.toks) && prepositionWords[r.low[k+1]] && !particles[r.low[k+1]]:
		return k // "out of"
	}
	return -1
}

// particlePhrase returns where the complement of a phrasal-prepositional
// verb whose particle is token pi ends: after the prepositional phrase that
// follows the particle when it is one of a content noun that names no time
// ("away from the pact"), else right after the particle ("backed down on
// Friday": the time goes with the clause, not with the verb).
func (r *clauseReader) particlePhrase(pi int) int {
	q := pi + 1
	j := r.phraseEnd(q)
	if j+1 < len(r.toks) && (r.toks[j].Text == "." || strings.HasSuffix(r.toks[j-1].Text, ".")) {
		return pi + 1 // a full stop inside: an abbreviation cut the phrase
	}
	for i := j - 1; i > q; i-- {
		if !r.toks[i].IsWord() || determiners[r.low[i]] {
			continue
		}
		if r.entityAt(i) != "" {
			return j
		}
		nb := r.lx.Base(r.low[i], lexicon.Noun)
		if r.lx.Has(nb, lexicon.Noun) && contentNoun(r.lx, nb) && !isTimeNoun(r.lx, nb) {
			return j
		}
		break
	}
	return pi + 1
}

// postParticiple reports whether token i is a participle that
// postmodifies the noun before it and opens a non-finite clause ("information
// leading to an arrest", "a man wanted for questioning"; Quirk et al. 1985
// §17.28): an "-ing" or "-ed" form of a verb that is no noun in its own
// right, right after a common noun. A phrase cut after it leaves its
// clause half said.
func (r *clauseReader) postParticiple(i int) bool {
	w := r.low[i]
	if i == 0 || !r.toks[i].IsWord() || !strings.HasSuffix(w, "ing") && !strings.HasSuffix(w, "ed") {
		return false
	}
	if b := r.lx.Base(w, lexicon.Verb); b == w || !r.lx.Has(b, lexicon.Verb) || r.lx.Base(w, lexicon.Noun) == w && r.lx.Has(w, lexicon.Noun) && !strings.HasSuffix(w, "ing") {
		return false
	}
	prev := r.low[i-1]
	return r.toks[i-1].IsWord() && !r.capital(i-1) && !determiners[prev] && !prepositionWords[prev] && r.lx.Has(r.lx.Base(prev, lexicon.Noun), lexicon.Noun)
}

// phraseEnd is where the prepositional phrase opened by the preposition at
// token k ends: at the next punctuation, clause break or preposition, at
// most four words on.
func (r *clauseReader) phraseEnd(k int) int {
	j := k + 1
	for j < len(r.toks) && j < k+5 && !isPunct(r.toks[j].Text) && !clauseBreaks[r.low[j]] && !prepositionWords[r.low[j]] && !r.complexPreposition(j) {
		j++
	}
	return j
}

// participleClause is where the phrase of a postmodifying participle ends
// whose preposition is at token j ("leading" to "an arrest"): after the
// preposition's noun phrase, before the next preposition, punctuation or
// clause break; j-1, the participle left out, when that phrase runs on into
// an "of" that completes an abstract noun or past the reader's reach (the
// clause would still be half said).
func (r *clauseReader) participleClause(j int) int {
	e := r.phraseEnd(j)
	if e == j+1 || e == j+5 || e < len(r.toks) && r.low[e] == "of" && !concreteNoun(r.lx, r.lx.Base(r.low[e-1], lexicon.Noun)) {
		return j - 1
	}
	return e
}

// approximates tells how many words from token k modify the amount after
// them, 0 for none: an approximator ("about"), or "more"/"less"/"fewer"
// before "than", or "up" before "to", followed by a number or a currency
// sign and a number.
func (r *clauseReader) approximates(k int) int {
	j := k + 1
	switch w := r.low[k]; {
	case w == "more" || w == "less" || w == "fewer":
		if j >= len(r.toks) || r.low[j] != "than" {
			return 0
		}
		j++
	case w == "up":
		if j >= len(r.toks) || r.low[j] != "to" {
			return 0
		}
		j++
	case !mention.IsApproximator(w):
		return 0
	}
	n := j - k
	if j < len(r.toks) && mention.CurrencySymbol(r.toks[j].Text) {
		j++
	}
	if j < len(r.toks) && r.toks[j].IsNumber() {
		return n
	}
	return 0
}

// nominativePronouns are the personal pronouns in the nominative case
// that name a person or group (Quirk et al. 1985 §6.4); "it" and "you"
// are left out (their case does not show, and "it" often stands for a
// clause).
var nominativePronouns = map[string]bool{"he": true, "she": true, "they": true, "i": true, "we": true}

// indefinites are pronouns that name nothing a claim could be about: the
// compound pronouns every-/some-/any-/no- + -thing/-one/-body (CGEL ch. 5
// §9, Quirk et al. 1985 §6.45), the demonstratives (CGEL ch. 5 §7),
// existential "there", "here" and pronoun "one" (Quirk §6.54).
var indefinites = map[string]bool{"everything": true, "something": true, "nothing": true, "anything": true, "everyone": true,
	"someone": true, "anyone": true, "everybody": true, "somebody": true, "anybody": true, "this": true, "these": true,
	"those": true, "there": true, "here": true, "one": true}

func isQuoteMark(s string) bool {
	switch s {
	case "\"", "“", "”", "'", "‘", "’", "``", "''":
		return true
	}
	return false
}

func (r *clauseReader) isVerbAt(k int) bool {
	_, ok := r.verbBase(k)
	return ok && !r.lx.Has(r.lx.Base(r.low[k], lexicon.Noun), lexicon.Noun)
}

func (r *clauseReader) isNounAt(k int) bool {
	w := r.low[k]
	return r.toks[k].IsWord() && !determiners[w] && !prepositionWords[w] && r.lx.Has(r.lx.Base(w, lexicon.Noun), lexicon.Noun)
}

func (r *clauseReader) span(a, b int) string {
	if a >= b || a >= len(r.toks) {
		return ""
	}
	var sb strings.Builder
	for i := a; i < b && i < len(r.toks); i++ {
		if i > a && !mention.CurrencySymbol(r.toks[i-1].Text) {
			sb.WriteByte(' ') // "$5,000" stays one amount
		}
		sb.WriteString(r.toks[i].Text)
	}
	return sb.String()
}

// wellFormed keeps propositions a reader could check: a copula needs a
// content predicate (never "X is a being"), other verbs carry their own.
func (r *clauseReader) wellFormed(p proposition) bool {
	if p.verb == "have" && p.comp == "" {
		return false
	}
	// A subject is a noun phrase: one that opens with a preposition ("of
	// Alaska") is the end of another phrase, read as a name.
	if f := strings.Fields(p.subject); len(f) > 0 && prepositionWords[f[0]] {
		return false
	}
	if r.disagrees(p) || objectPronoun(p.compText) {
		return false
	}
	// A number or a rank is no predicate: "X is the fifth", "the second to
	// report" (the noun it counts is missing).
	if p.comp != "" && r.cardinal(p.comp) {
		return false
	}
	// Nor is one of WordNet's unique beginners (noun.Tops, first sense:
	// "being", "thing", "entity") without a modifier: "X is a being" says
	// nothing, "X is a good person" does.
	if p.comp != "" && firstNounLex(r.lx, p.comp) == nounTops && !r.modified(p) {
		return false
	}
	// A speech act is a report, not a claim: "released a statement", "made
	// an announcement" (a verb with a sense in verb.communication and a
	// complement all of whose noun senses are in noun.communication).
	if p.comp != "" && onlyNounLex(r.lx, p.comp, lexicon.NounCommunication) && r.lx.HasLex(p.verb, lexicon.Verb, lexicon.VerbCommunication) {
		return false
	}
	if copular[p.verb] && !p.passive || p.verb == "have" {
		if p.comp == "" || p.comp == p.subject {
			return false
		}
		if r.lx.Has(p.comp, lexicon.Noun) && !contentNoun(r.lx, p.comp) && !r.lx.Has(p.comp, lexicon.Adj) {
			return false
		}
		return true
	}
	// Other verbs need what they do it to ("the baker worked" says nothing
	// checkable), unless passive ("the bridge was closed"); never a time
	// ("happened minutes").
	if p.comp != "" && r.lx.Has(p.comp, lexicon.Noun) && (!contentNoun(r.lx, p.comp) || isTimeNoun(r.lx, p.comp)) && p.comp[0] >= 'a' && !particleComplement(p) {
		return false
	}
	return len(p.verb) > 2 && p.comp != ""
}

// particleComplement reports whether a complement is a phrasal verb's
// particle with the prepositional phrase after it ("out of the meeting":
// phrasalParticle): the particle is no noun there ("an out" in a game).
func particleComplement(p proposition) bool {
	f := strings.Fields(strings.ToLower(p.compText))
	return particles[p.comp] && len(f) > 2 && f[0] == p.comp && prepositionWords[f[1]]
}

// particleObject is what the prepositional phrase after a phrasal verb's
// particle names ("the meeting" in "out of the meeting"), or "" when the
// complement is no particle with its phrase.
func particleObject(p proposition) string {
	if !particleComplement(p) {
		return ""
	}
	return strings.Join(strings.Fields(p.compText)[2:], " ")
}

// objectPronouns are the personal pronouns in the objective case (Quirk et
// al. 1985 §6.4): in a claim's complement they name no one a reader
// could check ("a useful shield for them").
var objectPronouns = map[string]bool{"him": true, "them": true, "me": true, "us": true, "it": true}

// objectPronoun reports whether a complement names its object by an
// objective-case pronoun.
func objectPronoun(comp string) bool {
	for _, w := range strings.Fields(strings.ToLower(comp)) {
		if objectPronouns[strings.Trim(w, ",.;:\"“”")] {
			return true
		}
	}
	return false
}

// singularForms are the finite verb forms that take a singular subject
// (Quirk et al. 1985 §10.34, subject-verb concord).
var singularForms = map[string]bool{"is": true, "was": true, "has": true, "does": true}

// disagrees reports whether a common-noun subject in the plural ("the
// disturbances") stands before a verb group opened by a singular form
// ("has been described"): concord fails, so the clause was misread (its
// subject is another noun, or the verb belongs to a relative clause).
func (r *clauseReader) disagrees(p proposition) bool {
	if p.verbText != "" && pluralForms[strings.ToLower(strings.Fields(p.verbText)[0])] && r.singularSubject(p) {
		return true
	}
	if p.subjText == "" || p.verbText == "" {
		return false
	}
	f := strings.Fields(strings.ToLower(p.subjText))
	head := strings.Trim(f[len(f)-1], ",.;:\"“”")
	first := strings.ToLower(strings.Fields(p.verbText)[0])
	if !singularForms[first] {
		return false
	}
	b := r.lx.Base(head, lexicon.Noun)
	return b != head && b+"s" == head || b != head && b+"es" == head
}

// pluralForms are the finite verb forms that take a plural subject (Quirk
// et al. 1985 §10.34); "have" is left out, for it follows modals ("could
// have").
var pluralForms = map[string]bool{"are": true, "were": true, "'re": true, "’re": true}

// finiteAuxiliaries are the finite forms of "be" and "have" (Quirk et al.
// 1985 §3.20): two finite verb groups cannot follow each other in one
// clause.
var finiteAuxiliaries = map[string]bool{"is": true, "are": true, "was": true, "were": true, "has": true, "have": true, "had": true}

// singularSubject reports whether the subject just read is singular in a
// way that a plural verb contradicts: a common noun in the singular that
// is not a collective noun (collectiveNoun, which
// takes notional plural concord: "the staff were", Quirk et al. 1985
// §10.40) — "talks for the mayor to buy the old mill were" read "the old
// mill" —, or the last name of a coordination ("Ana Ruiz and Tom Vale
// were"; a name not ending in "s", which team names often do), read as
// the whole subject.
func (r *clauseReader) singularSubject(p proposition) bool {
	if p.subjText != "" {
		f := strings.Fields(strings.ToLower(p.subjText))
		head := strings.Trim(f[len(f)-1], ",.;:\"“”")
		return r.lx.Base(head, lexicon.Noun) == head && !strings.HasSuffix(head, "s") && r.lx.Has(head, lexicon.Noun) &&
			!collectiveNoun(r.lx, head)
	}
	if p.subject == "" || r.subjStart < 1 || p.pron != "" {
		return false
	}
	switch r.low[r.subjStart-1] {
	case "and", "or", "nor", "&":
		return !strings.HasSuffix(strings.ToLower(p.subject), "s")
	}
	return false
}

// danglingEnd are words that cannot end a phrase: the articles and
// possessive determiners, whose noun is missing; the coordinators, whose
// second conjunct is; "than", whose comparison is; and the prepositions
// that never stand as adverbs without their object (Quirk et al. 1985
// §9.65-66 lists the prepositional adverbs, "inside", "out", "over",
// which may).
var danglingEnd = map[string]bool{"a": true, "an": true, "the": true, "its": true, "their": true, "his": true, "my": true,
	"our": true, "your": true, "and": true, "or": true, "but": true, "nor": true, "than": true, "of": true, "to": true,
	"for": true, "from": true, "with": true, "at": true, "into": true, "onto": true, "upon": true, "via": true, "per": true,
	"as": true, "like": true, "among": true, "amid": true, "despite": true, "during": true, "toward": true, "towards": true}

// trimDangling cuts from a complement as written the words a phrase
// cannot end with (danglingEnd), and a "more" or "less" left before a cut
// "than": the reader's window ended inside a phrase ("a success with more
// than …" → "a success").
func trimDangling(text string) string {
	f := strings.Fields(text)
	cut := false
	for len(f) > 0 {
		w := strings.ToLower(strings.Trim(f[len(f)-1], "\"“”'‘’"))
		if danglingEnd[w] || cut && (w == "more" || w == "less") {
			cut = w == "than"
			f = f[:len(f)-1]
			continue
		}
		break
	}
	return strings.Join(f, " ")
}

// contentNoun reports whether a noun base names something a claim can be
// about or predicate: not a quantity, a time, or a relation word.
func contentNoun(lx *lexicon.Lexicon, n string) bool {
	if len(n) < 3 || stop[n] {
		return false
	}
	ss := lx.SynsetIDs(n, lexicon.Noun)
	if len(ss) == 0 {
		return false
	}
	for _, s := range lx.Senses(n) {
		if s.POS == lexicon.Noun {
			// The first sense WordNet lists decides: synset order, the
			// lowest lexicographer file, not the most frequent sense
			// (lexicon.FirstSense, by which "outage" is a quantity and
			// "link" a relation); see firstNounLex.
			return s.Lex != lexicon.NounTime && s.Lex != nounQuantity && s.Lex != nounRelation
		}
	}
	return false
}

// modified reports whether a word other than a determiner stands before
// the complement's head in its text ("a good person").
func (r *clauseReader) modified(p proposition) bool {
	for _, w := range strings.Fields(strings.ToLower(p.compText)) {
		if r.lx.Base(w, lexicon.Noun) == p.comp {
			return false
		}
		if !determiners[w] {
			return true
		}
	}
	return false
}

// onlyNounLex reports whether a noun has senses and all of them are in
// lexicographer file lex.
func onlyNounLex(lx *lexicon.Lexicon, n string, lex uint8) bool {
	seen := false
	for _, s := range lx.Senses(n) {
		if s.POS != lexicon.Noun {
			continue
		}
		if s.Lex != lex {
			return false
		}
		seen = true
	}
	return seen
}

// firstNounLex is the lexicographer file of the first noun sense WordNet
// lists for n, or -1. Senses come in synset order, which runs by
// lexicographer file, so this is the lowest file among n's noun senses
// ("staff": noun.artifact, the rod, before noun.group), not the file of its
// most frequent sense (lexicon.FirstSense: noun.group). The readers that
// ask it were fitted to this order; reading by the most frequent sense
// instead breaks TestClauseReader ("outage" is most often a quantity) and
// TestGeneralEventNounAndQuotedCondition, and would want measuring.
func firstNounLex(lx *lexicon.Lexicon, n string) int {
	for _, s := range lx.Senses(n) {
		if s.POS == lexicon.Noun {
			return int(s.Lex)
		}
	}
	return -1
}

// cardinal reports whether a word is a number word ("two", "dozen"): a
// noun of quantity that is also an adjective ("flood" is no adjective),
// whose most frequent noun sense (lexicon.FirstSense) is a quantity, a
// rank ("first": noun.relation) or a unit of time ("second"). A word
// WordNet gives a rare quantity sense but that most often names an act or
// a thing ("shot": the act of firing, before a small drink) is no number.
func (r *clauseReader) cardinal(w string) bool {
	if !r.lx.HasLex(w, lexicon.Noun, nounQuantity) || !r.lx.Has(w, lexicon.Adj) {
		return false
	}
	s, _ := r.lx.FirstSense(w, lexicon.Noun)
	return s.Lex == nounQuantity || s.Lex == nounRelation || s.Lex == lexicon.NounTime
}

// isTimeNoun reports whether a noun (or its singular: "minutes") has a
// sense in noun.time: "happened minutes after" measures, it claims nothing.
func isTimeNoun(lx *lexicon.Lexicon, n string) bool {
	for _, f := range []string{n, strings.TrimSuffix(n, "s")} {
		if lx.HasLex(f, lexicon.Noun, lexicon.NounTime) {
			return true
		}
	}
	return false
}

// WordNet lexicographer files not named in package lexicon.
const (
	nounTops     = 3  // noun.Tops: the unique beginners (entity, being, thing)
	nounQuantity = 23 // noun.quantity
	nounRelation = 24 // noun.relation
)

// verbless reads a headline without a verb: "X no longer a member" is
// headline English for "X is no longer a member".
func (r *clauseReader) verbless() []proposition {
	for j := 0; j < len(r.toks)-1; j++ {
		e := r.entityAt(j)
		if e == "" {
			continue
		}
		k := j + 1
		neg := 0
		for k < len(r.toks) && (negators[r.low[k]] || r.low[k] == "longer" || r.low[k] == "still") {
			if negators[r.low[k]] {
				neg++
			}
			k++
		}
		if k >= len(r.toks) || !determiners[r.low[k]] || r.low[k] == "no" && neg > 0 {
			continue
		}
		if r.low[k] == "no" {
			neg++
		}
		head, text, _ := r.complement(k)
		p := proposition{subject: e, verb: "be", comp: head, compText: text, verbText: "is", negated: neg%2 == 1, pos: r.toks[k].Start}
		if r.wellFormed(p) {
			return []proposition{p}
		}
	}
	return nil
}

// noOne reports whether the word after "no" makes the compound pronoun "no
// one" (Quirk et al. 1985 §6.45), written alone or with a clitic ("no
// one's going to say"): no determiner and noun.
func noOne(w string) bool {
	w = strings.ReplaceAll(w, "’", "'")
	return w == "one" || strings.HasPrefix(w, "one'")
}

// quantifiedSubject reads a subject whose determiner at token k is the
// indefinite article or the negative "no" opening a phrase, its head noun
// head at token j.
func (r *clauseReader) quantifiedSubject(k, j int, head string) (string, bool) {
	lw := r.low[k]
	if (lw == "a" || lw == "an") && r.phraseOpens(k) {
		r.subjStart, r.indefinite = k, true
		r.subjText = lw + " " + r.span(k+1, j+1)
		return "the " + head, true
	}
	if lw == "no" && r.phraseOpens(k) && !noOne(r.low[k+1]) {
		// The negative determiner: "no ballots were tampered
		// with" negates the clause, the subject's quantity
		// zero (Quirk et al. 1985 §10.58, §10.64); the claim is
		// that the ballots were. "No one" is a pronoun, not
		// "no" and a noun (§6.45).
		r.subjStart, r.noSubject = k, true
		r.subjText = "the " + r.span(k+1, j+1)
		return "the " + head, true
	}
	return "", false
}
