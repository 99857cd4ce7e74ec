package compare

import (
	"strings"
	"sync"

	"github.com/corroborate/corroborate/internal/lexicon"
	"github.com/corroborate/corroborate/internal/mention"
)

// Demands and accusations state a claim whose subject is another than the
// clause's own, held by the clause's subject whoever reports it:
//
//   - a verb of demanding with an object and a to-infinitive ("the union
//     urged <X> to resign", "called for <X> to resign", "called on <X> to
//     resign"): the object is the understood subject of the infinitive
//     (Quirk et al. 1985 §16.40, object control; §16.63, "call for"
//     with a for-to clause), and a demand is a claim that <X> should do it
//     (a modal of obligation, as "<X> should resign" is), affirmed by the
//     one who demands;
//   - a noun of demand with a to-infinitive ("calls for <X> to resign",
//     "calls by <Y> to hold a vote"; §17.26, the infinitive as postmodifier
//     of a noun of request) as the object of a verb of refusal ("rejected",
//     "dismissed"): the refuser holds that the demand is not to be met,
//     so denies that <X> should do it; with no "for <X>" the demand is made
//     of the refuser ("dismissed calls to resign"), and a "by <Y>" or
//     "from <Y>" names who makes it, affirming it; as the object of a verb
//     whose subject makes or adds to the demand ("renewed", "repeated",
//     "stepped up calls for <X> to resign"), the subject affirms it;
//   - an accusation ("<Y> accused <X> of taking the money"): the object of
//     "accuse" is the understood subject of the -ing clause after "of"
//     (§16.40; §16.39 for the subjectless -ing clause), and the accuser
//     holds that <X> did it.
//
// A negated, modal, future or passive governing verb takes no position
// ("did not reject calls to resign", "may urge", "would have urged", "could
// call for", "was accused of").

var (
	demandOnce     sync.Once
	demandNouns    []uint32 // noun senses of a demand or request
	demandVerbs    []uint32 // first senses of the verbs of demanding
	renewVerbs     []uint32 // first senses of the verbs that make or add to an act
	accuseVerbs    []uint32 // first sense of "accuse"
	requestVerbs   []uint32 // first senses of the verbs of requesting and advising
	demandVerbWord = []string{"urge", "demand"}
	// renewWords are the verbs whose object noun of an act is the
	// subject's own act, made again or made more: a delexical or
	// aspectual verb (Quirk et al. 1985 §2.56, "make a call", "issue a
	// call"; "renew", "repeat" a call) as against one of response to
	// another's act ("faced", "heeded", "answered" calls).
	renewWords = []string{"renew", "repeat", "reiterate", "increase", "intensify", "issue", "voice", "echo", "make", "join", "lead"}
)

func loadDemandAnchors(lx *lexicon.Lexicon) {
	demandOnce.Do(func() {
		demandNouns = append(lx.SensesIn("demand", lexicon.Noun, lexicon.NounCommunication), lx.SensesIn("request", lexicon.Noun, lexicon.NounCommunication)...)
		first := func(ws []string) []uint32 {
			var out []uint32
			for _, w := range ws {
				if s, ok := lx.FirstSense(w, lexicon.Verb); ok {
					out = append(out, s.Synset)
				}
			}
			return out
		}
		demandVerbs = first(demandVerbWord)
		renewVerbs = first(renewWords)
		accuseVerbs = first([]string{"accuse"})
		requestVerbs = first(requestWords)
	})
}

// requestWords anchor the verbs whose sense with an object and a
// to-infinitive asks or advises the object to act ("asked <X> to resign",
// "begged", "pressed", "advised <X> to sell"): Quirk et al.
// 1985 §16.40 (object control: the object is the infinitive's subject),
// Levin 1993 ch. 58 (verbs of urging and begging) and §37.9 (advise verbs).
var requestWords = []string{"request", "demand", "urge", "advise"}

// requestFrame reports whether verb b's WordNet sense that takes "somebody
// to INFINITIVE" (lexicon.ToInfinitive, the most frequent such sense) is
// one of communication at or under a verb of requesting, demanding,
// urging or advising: in that frame the verb makes a demand of its object
// though its commonest sense is another ("ask" a question, "press" a
// button). A verb of wanting ("want <X> to go") or expecting ("expected
// <X> to win") is no act of communication and is not read.
func requestFrame(lx *lexicon.Lexicon, b string) bool {
	rank, ok := lexicon.ToInfinitive(b)
	if !ok {
		return false
	}
	n := 0
	for _, s := range lx.Senses(b) {
		if s.POS != lexicon.Verb {
			continue
		}
		if n == rank {
			return s.Lex == lexicon.VerbCommunication && lx.SynsetUnder(s.Synset, lexicon.Verb, requestVerbs, 3)
		}
		n++
	}
	return false
}

// agentNoun reports whether a demand's subject can be asked to act: a
// story entity, or a common noun whose commonest WordNet sense names
// persons or a group. A verb read in its request sense only by its frame
// ("asked", "pressed", "applied") may have a thing as its object
// ("applied the stamp to seal the letter"), which is asked nothing.
func (r *clauseReader) agentNoun(d proposition) bool {
	if d.subjNoun == "" {
		return d.subject != ""
	}
	n, ok := r.lx.FirstSense(d.subjNoun, lexicon.Noun)
	return ok && (n.Lex == lexicon.NounPerson || n.Lex == lexicon.NounGroup)
}

// firstSenseAt reports whether the commonest sense of verb b is one of
// anchors or directly below one.
func firstSenseAt(lx *lexicon.Lexicon, b string, anchors []uint32) bool {
	s, ok := lx.FirstSense(b, lexicon.Verb)
	return ok && lx.SynsetUnder(s.Synset, lexicon.Verb, anchors, 1)
}

// refusalVerbOf is refusalVerb for a lexicon (the reader has no comparer).
func refusalVerbOf(lx *lexicon.Lexicon, b string) bool {
	return (&comparer{lx: lx}).refusalVerb(b)
}

// demandNoun reports whether token i is a noun with a sense of a demand or
// request ("calls", "demands", "appeals", "pressure").
func (r *clauseReader) demandNoun(i int) bool {
	if i >= len(r.toks) || !r.toks[i].IsWord() || r.capital(i) {
		return false
	}
	n := r.lx.Base(r.low[i], lexicon.Noun)
	return n != "" && r.lx.Under(n, lexicon.Noun, demandNouns, 3)
}

// demanded is one demand or accusation read from a clause.
type demanded struct {
	claim proposition // the claim: <X> should V …, or <X> V-ed …
	// by is true when the claim is held by the governing clause's
	// subject; caller names another holder who affirms it ("calls by
	// <Y>"), as written.
	by     bool
	caller string
}

// readDemand reads a demand, a refused demand or an accusation whose
// governing verb group runs from v to main, ending before token k; the
// governing clause's subject is read as p's (subjectOf), the claims are
// kept in r.pending.
func (r *clauseReader) readDemand(v, main, k, neg int, p proposition) {
	ds := r.demandsAt(v, main, k, neg, p)
	if len(ds) == 0 {
		return
	}
	// The governing clause's subject: no negation or hedge before it.
	j := v - 1
	for ; j >= 0; j-- {
		w := r.low[j]
		if negators[w] || hedges[w] != notHedged {
			return
		}
		if w != "still" && w != "also" && !(r.toks[j].IsWord() && adverbOnly(r.lx, w)) {
			break // an adverb of manner may stand before the verb ("flatly rejected")
		}
	}
	saved := [...]any{r.subjStart, r.subjText, r.pron, r.indefinite}
	var g proposition
	s, ok := r.subjectOf(j, v, &g, nil)
	subjStart := r.subjStart
	r.subjStart, r.subjText, r.pron, r.indefinite = saved[0].(int), saved[1].(string), saved[2].(string), saved[3].(bool)
	if !ok || g.premise || g.hedged || !r.ownActSubjectAt(subjStart, j, s) {
		return
	}
	r.holdDemands(ds, s, g, subjStart, j, main)
}

// demandsAt reads the demands, refused demands or accusations a verb group
// running from v to main, ending before token k, governs (readDemand); none
// when the group takes no position (negated, modal, future, passive,
// hedged).
func (r *clauseReader) demandsAt(v, main, k, neg int, p proposition) []demanded {
	loadDemandAnchors(r.lx)
	if p.passive || p.modal != "" || p.future || p.premise || p.hedged || neg%2 == 1 || k >= len(r.toks) {
		return nil
	}
	for i := v; i < main; i++ {
		if modals[r.low[i]] {
			return nil // "would urge", "could have called", "might have accused": no demand made
		}
	}
	b := r.mainVerb(main)
	var ds []demanded
	switch {
	case b == "call" && (r.low[k] == "for" || r.low[k] == "on") || firstSenseAt(r.lx, b, demandVerbs) || requestFrame(r.lx, b):
		at := k
		if b == "call" {
			at++
		}
		if r.low[at] == "that" && b != "call" {
			if d, ok := r.mandative(at + 1); ok {
				ds = append(ds, demanded{claim: d, by: true})
			}
		} else if d, ok := r.demandObject(at, true); ok && (b == "call" || firstSenseAt(r.lx, b, demandVerbs) || r.agentNoun(d)) {
			ds = append(ds, demanded{claim: d, by: true})
		} else if r.low[k] == "for" && b != "call" {
			if d, ok := r.nounDemand(k + 1); ok {
				ds = append(ds, demanded{claim: d, by: true}) // "pressed for fresh elections", "asked for a recount"
			}
		} else if r.low[k] == "for" || firstSenseAt(r.lx, b, demandVerbs) {
			if d, ok := r.nounDemand(at); ok {
				ds = append(ds, demanded{claim: d, by: true}) // "called for early elections", "demanded a recount"
			}
		}
	case firstSenseAt(r.lx, b, accuseVerbs):
		if d, ok := r.accusation(k); ok {
			ds = append(ds, demanded{claim: d, by: true})
		}
	default:
		if pv := b + " " + r.low[k]; r.toks[k].IsWord() && r.lx.Has(r.low[k], lexicon.Adv) && k+1 < len(r.toks) && r.lx.Has(pv, lexicon.Verb) && refusalVerbOf(r.lx, pv) {
			// "brushed aside calls to resign", "shrugged off calls for
			// a vote": a phrasal verb (Quirk et al. 1985 §16.3), its
			// particle before the object, refuses as a whole.
			ds = r.refusedDemand(k+1, pv)
		} else {
			ds = r.refusedDemand(k, b)
		}
	}
	if len(ds) > 0 && ds[0].claim.modal != "" {
		// "urged <X> to apologise and resign": each act coordinated with
		// the first is demanded of <X> too.
		orig := len(ds)
		for _, q := range r.coordinatedActs(ds[0].claim) {
			for _, d := range ds[:orig] {
				c := q
				c.negated, c.denied = d.claim.negated, d.claim.denied
				ds = append(ds, demanded{claim: c, by: d.by, caller: d.caller})
			}
		}
	}
	return ds
}

// nounDemand reads a demand for an event or an act written as a noun
// phrase from token at ("called for early elections", "demanded a
// recount", "rejected calls for a fresh ballot"): the claim that
// it should take place, its subject the noun phrase (Quirk et al. 1985
// §17.51: a deverbal or event noun names the act without its agent; who is
// to act is not said). The head must be a noun most of whose WordNet senses
// are acts or events (lexicon.EventNoun), the commonest one too, the phrase in lower case with no
// possessive ("his resignation", "the mayor's apology": an agent's own act,
// left to a reading of the agent) and not followed by "of" or "to", which
// would complete the head ("an end to the strike", "the release of the
// crew": what is to end or be released is that phrase's).
func (r *clauseReader) nounDemand(at int) (proposition, bool) {
	if d, ok := r.ownLeaving(at); ok {
		return d, true
	}
	var d proposition
	e := at
	for ; e < len(r.toks) && e < at+5; e++ {
		w := r.low[e]
		if !r.toks[e].IsWord() || r.capital(e) || prepositionWords[w] || clauseBreaks[w] || w == "and" || w == "or" {
			break
		}
		if possessiveDeterminers[w] || w == "her" || strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") || objectPronoun(w) || negators[w] || r.cardinal(w) || r.toks[e].IsNumber() {
			return d, false
		}
	}
	if e == at || e < len(r.toks) && (r.low[e] == "of" || r.low[e] == "to" || r.toks[e].IsWord() && !prepositionWords[r.low[e]] && !clauseBreaks[r.low[e]] && r.low[e] != "and" && r.low[e] != "or") {
		return d, false
	}
	if e < len(r.toks) && (r.low[e] == "'s" || r.low[e] == "’s") {
		return d, false
	}
	base, ok := r.lx.EventNoun(r.low[e-1])
	if !ok || !r.lx.Has(base, lexicon.Noun) || e-1 > at && !determiners[r.low[at]] && !r.lx.Has(r.low[at], lexicon.Adj) {
		return d, false
	}
	if n, ok := r.lx.FirstSense(base, lexicon.Noun); !ok || n.Lex != lexicon.NounAct && n.Lex != lexicon.NounEvent {
		return d, false // "asked for patience", "asking for donations": a quality or a gift by the commonest sense
	}
	d.subject, d.subjNoun, d.subjText = "the "+base, base, r.span(at, e)
	d.verb, d.verbText, d.modal = "take place", "take place", "should"
	r.actEnd = len(r.toks) // no act coordinated with a noun
	return d, true
}

var (
	leaveOnce   sync.Once
	leaveOffice []uint32 // "step down": leave a job, post or position voluntarily
)

// ownLeaving reads a demand for a person's leaving of office written as a
// noun with a genitive from token at ("called for his resignation",
// "demanded Varga's retirement"): the claim "<X> should V", V the verb
// the noun is formed from by a suffix (-ation, -ion, -ment, -al, -ure;
// Quirk et al. 1985 App. I.30ff, deverbal nouns), whose commonest WordNet
// sense is, or lies one step below, that of "step down" (resign, retire,
// abdicate). The genitive of such a noun is subjective (§17.42): only one
// who holds an office can leave it, so "his resignation" is his act, not
// one done to him, as "his dismissal" or "his arrest" would be (those are
// not read). "his" and "her" name the person through the pronoun's
// antecedent; a name before "'s" names them itself. The noun phrase must
// end after the noun.
func (r *clauseReader) ownLeaving(at int) (proposition, bool) {
	var d proposition
	n := at + 1
	switch {
	case at+1 < len(r.toks) && (r.low[at] == "his" || r.low[at] == "her"):
		d.pron, d.pronAt = map[string]string{"his": "he", "her": "she"}[r.low[at]], r.toks[at].Start
	default:
		genitive := func(i int) bool { return strings.HasSuffix(r.low[i], "'s") || strings.HasSuffix(r.low[i], "’s") }
		e := at
		for e < len(r.toks) && e < at+4 && r.capital(e) && !genitive(e) {
			e++
		}
		if e+1 >= len(r.toks) || !r.capital(e) || !genitive(e) {
			return d, false
		}
		name := r.entityAt(e)
		if name == "" {
			return d, false
		}
		d.subject, n = name, e+1
	}
	if n >= len(r.toks) || !r.toks[n].IsWord() || r.capital(n) {
		return d, false
	}
	if n+1 < len(r.toks) && r.toks[n+1].IsWord() && !prepositionWords[r.low[n+1]] && !clauseBreaks[r.low[n+1]] && r.low[n+1] != "and" && r.low[n+1] != "or" {
		return d, false
	}
	if n+1 < len(r.toks) && (r.low[n+1] == "of" || r.low[n+1] == "to") {
		return d, false // "her resignation of the seat": the phrase goes on
	}
	v := r.leavingVerb(r.low[n])
	if v == "" {
		return d, false
	}
	d.verb, d.verbText, d.modal = v, v, "should"
	r.actEnd = n + 1
	return d, true
}

// leavingVerb returns the verb a noun is formed from by a suffix when
// that verb's commonest WordNet sense is, or lies one step below, "step
// down" (ownLeaving); "" otherwise.
func (r *clauseReader) leavingVerb(noun string) string {
	leaveOnce.Do(func() {
		if s, ok := r.lx.FirstSense("step down", lexicon.Verb); ok {
			leaveOffice = []uint32{s.Synset}
		}
	})
	if len(leaveOffice) == 0 || !r.lx.Has(noun, lexicon.Noun) {
		return ""
	}
	for _, suf := range []string{"ation", "ion", "ment", "al", "ure"} {
		stem, ok := strings.CutSuffix(noun, suf)
		if !ok || len(stem) < 3 {
			continue
		}
		for _, v := range []string{stem, stem + "e"} {
			if !r.lx.Has(v, lexicon.Verb) {
				continue
			}
			if s, ok := r.lx.FirstSense(v, lexicon.Verb); ok && r.lx.SynsetUnder(s.Synset, lexicon.Verb, leaveOffice, 1) {
				return v
			}
		}
	}
	return ""
}

// coordinatedActs reads the acts coordinated with the act a demand's
// infinitive or mandative verb names, which ended at r.actEnd ("to
// apologise and resign", "to quit and call a snap poll"): each is a bare
// verb after "and" that WordNet lists as a verb more often than as a noun,
// with the first act's subject and modal (Quirk et al. 1985 §13.60,
// ellipsis in coordinated clauses; "to" is left out before the second
// infinitive). Not after "or": "to resign or call elections" demands
// neither act alone.
func (r *clauseReader) coordinatedActs(d proposition) []proposition {
	var out []proposition
	for n := 0; n < 3; n++ {
		end := r.actEnd
		if end+1 >= len(r.toks) || r.low[end] != "and" {
			break
		}
		v := end + 1
		b, ok := r.verbBase(v)
		if !ok || r.low[v] != b || auxiliaries[b] || r.nounMostly(b) {
			break
		}
		q := d
		q.verb, q.comp, q.compText, q.verbText = "", "", "", ""
		q, ok = r.infinitiveClaim(v, &q, d.modal)
		if !ok {
			break
		}
		out = append(out, q)
	}
	return out
}

// holdDemands gives the demands ds the governing clause's subject s (read
// into g from token subjStart, ending at token j) as their holder, or as
// the one a demand with no "for <X>" is made of, and keeps them in
// r.pending; main is the governing verb.
func (r *clauseReader) holdDemands(ds []demanded, s string, g proposition, subjStart, j, main int) {
	for _, d := range ds {
		c := d.claim
		if c.subject == "" && c.pron == "" && r.speaksForAnother(subjStart, j) {
			continue // "<Z>, a spokesman for <X>, dismissed calls to resign": <X>'s resignation, not <Z>'s
		}
		if c.subject == "" && c.pron == "" {
			c.subject, c.subjNoun, c.subjText, c.pron, c.pronAt = s, "", "", g.pron, g.pronAt
			if strings.HasPrefix(s, "the ") {
				c.subjNoun, c.subjText = strings.TrimPrefix(s, "the "), g.subjText
			}
		}
		if d.by {
			c.demandBy, c.demandByPron, c.demandByPronAt = s, g.pron, g.pronAt
			c.demandByText = g.subjText
		} else {
			c.demandBy = d.caller
		}
		c.pos = r.toks[main].Start
		c.introVerb = g.introVerb // the verb that governs the demand's own clause, if any
		r.pending = append(r.pending, c)
	}
}

// refusedDemand reads the demand a verb of refusing or renewing governs
// ("dismissed calls to resign", "rejected calls by <Y> for <X> to quit",
// "renewed calls for <X> to resign") from token k, b the verb's base: the
// demand, denied by the refuser, and the caller's, affirmed, when named.
func (r *clauseReader) refusedDemand(k int, b string) []demanded {
	refuse := refusalVerbOf(r.lx, b)
	if !refuse && !firstSenseAt(r.lx, b, renewVerbs) {
		return nil
	}
	n := k
	for ; n < len(r.toks) && n < k+4 && !r.demandNoun(n); n++ {
		if !r.toks[n].IsWord() || r.capital(n) || prepositionWords[r.low[n]] || clauseBreaks[r.low[n]] {
			return nil
		}
	}
	if n >= len(r.toks) || !r.demandNoun(n) {
		return nil
	}
	at := n + 1
	caller := ""
	if at < len(r.toks) && (r.low[at] == "by" || r.low[at] == "from") {
		e := at + 1
		for e < len(r.toks) && r.toks[e].IsWord() && r.low[e] != "for" && r.low[e] != "to" && !clauseBreaks[r.low[e]] && e < at+6 {
			e++
		}
		if e >= len(r.toks) || r.low[e] != "for" && r.low[e] != "to" {
			return nil
		}
		if name := r.entityAt(e - 1); name != "" {
			caller = name
		} else {
			caller = r.span(at+1, e)
		}
		at = e
	}
	d, ok := r.demandObject(at, false)
	if !ok && at < len(r.toks) && r.low[at] == "for" {
		d, ok = r.nounDemand(at + 1) // "rejected calls for early elections"
	}
	if !ok {
		return nil
	}
	if d.subject == "" && d.pron == "" {
		if !refuse {
			return nil // "renewed calls to resign": whose resignation is not said
		}
		d.subject = "" // the refuser's own act: filled in below
	}
	if refuse {
		d.negated, d.denied = true, true
	}
	ds := []demanded{{claim: d, by: true}}
	if caller != "" {
		c := d
		c.negated, c.denied = false, false
		ds = append(ds, demanded{claim: c, caller: caller})
	}
	return ds
}

// speaksForAnother reports whether the subject written from token a to
// token b names another person in it, as an apposition or a postmodifier
// does ("<Z>, a spokesman for <X>,", "an aide to <X>", "a lawyer for <X>"):
// a refusal such a subject voices may be made on the other's behalf, so the
// one a demand with no "for <X>" is made of is not told.
func (r *clauseReader) speaksForAnother(a, b int) bool {
	for i := max(a, 0); i <= b && i < len(r.toks); i++ {
		if r.low[i] == "for" || r.low[i] == "to" {
			return true
		}
	}
	return false
}

// ownActSubjectAt is ownActSubject for a subject read from subjStart.
func (r *clauseReader) ownActSubjectAt(subjStart, j int, s string) bool {
	saved := r.subjStart
	r.subjStart = subjStart
	defer func() { r.subjStart = saved }()
	return r.ownActSubject(j, s)
}

// demandObject reads "<X> to V …" from token at (object is true: after a
// verb of demanding, <X> is required) or "for <X> to V …" / "to V …" (after
// a noun of demand): the claim "<X> should V …", its subject "" when no
// <X> is written.
func (r *clauseReader) demandObject(at int, object bool) (proposition, bool) {
	var d proposition
	if at >= len(r.toks) {
		return d, false
	}
	if !object {
		switch r.low[at] {
		case "for":
			at++
			object = true
		case "to":
		default:
			return d, false
		}
	}
	to := at
	if object {
		for to < len(r.toks) && to < at+6 && r.low[to] != "to" {
			if !r.toks[to].IsWord() || clauseBreaks[r.low[to]] || prepositionWords[r.low[to]] {
				return d, false
			}
			to++
		}
		if to >= len(r.toks) || r.low[to] != "to" || to == at {
			return d, false
		}
		subj, noun, text, ok := r.nounPhrase(at, to)
		if !ok {
			return d, false
		}
		d.subject, d.subjNoun, d.subjText = subj, noun, text
	}
	return r.infinitiveClaim(to+1, &d, "should")
}

// mandative reads "<X> V …" or "<X> should V …" from token at, the
// that-clause after a verb of demanding: a bare verb there is the mandative
// subjunctive (Quirk et al. 1985 §3.58, §16.32: "demanded that the mayor
// resign"), which says what is to be done, not what is; the claim is "<X>
// should V …". A finite verb ("demanded that the mayor resigned") is left
// to the reader.
func (r *clauseReader) mandative(at int) (proposition, bool) {
	var d proposition
	v := at
	for v < len(r.toks) && v < at+6 {
		if r.low[v] == "should" {
			break
		}
		if bb, ok := r.verbBase(v); ok && v > at && r.low[v] == bb && !r.isNounAfterDeterminer(v, at) {
			break
		}
		if !r.toks[v].IsWord() || clauseBreaks[r.low[v]] || prepositionWords[r.low[v]] {
			return d, false
		}
		v++
	}
	if v >= len(r.toks) || v == at {
		return d, false
	}
	subj, noun, text, ok := r.nounPhrase(at, v)
	if !ok {
		return d, false
	}
	d.subject, d.subjNoun, d.subjText = subj, noun, text
	if r.low[v] == "should" {
		v++
	}
	return r.infinitiveClaim(v, &d, "should")
}

// isNounAfterDeterminer reports whether token v, a bare form, is rather
// the head of the noun phrase that opens at token at ("that the council
// vote …" is ambiguous; a word right after the phrase's determiner, or one
// that WordNet lists as a noun before another bare form, is the noun).
func (r *clauseReader) isNounAfterDeterminer(v, at int) bool {
	if v == at+1 && (determiners[r.low[at]] || r.low[at] == "his" || r.low[at] == "her" || r.low[at] == "its" || r.low[at] == "their") {
		return true
	}
	if v+1 < len(r.toks) && r.lx.Has(r.low[v], lexicon.Noun) {
		if bb, ok := r.verbBase(v + 1); ok && r.low[v+1] == bb {
			return true // "that the council members resign"
		}
	}
	return false
}

// accusation reads "<X> of V-ing …" from token at: the claim that <X>
// did it.
func (r *clauseReader) accusation(at int) (proposition, bool) {
	var d proposition
	of := at
	for of < len(r.toks) && of < at+6 && r.low[of] != "of" {
		if !r.toks[of].IsWord() || clauseBreaks[r.low[of]] || prepositionWords[r.low[of]] {
			return d, false
		}
		of++
	}
	if of >= len(r.toks)-1 || r.low[of] != "of" || of == at {
		return d, false
	}
	subj, noun, text, ok := r.nounPhrase(at, of)
	if !ok {
		return d, false
	}
	d.subject, d.subjNoun, d.subjText = subj, noun, text
	g := of + 1
	w := r.low[g]
	if !strings.HasSuffix(w, "ing") || w == "being" || w == "having" || r.capital(g) {
		return d, false
	}
	return r.infinitiveClaim(g, &d, "")
}

// nounPhrase reads tokens [a, b) as a noun phrase that can be a claim's
// subject: a story entity ending at b-1 that spans it, or a common noun
// phrase whose head is the last word (subject); an object pronoun names no
// one here.
func (r *clauseReader) nounPhrase(a, b int) (subject, noun, text string, ok bool) {
	if b <= a {
		return "", "", "", false
	}
	if e := r.entityAt(b - 1); e != "" {
		for i := a; i < b; i++ {
			if !r.capital(i) && !determiners[r.low[i]] && r.low[i] != "'s" {
				return "", "", "", false
			}
		}
		return e, "", "", true
	}
	for i := a; i < b; i++ {
		if objectPronoun(r.low[i]) || r.capital(i) && r.entityAt(i) == "" && i > a {
			return "", "", "", false
		}
	}
	// A common noun phrase: a determiner or possessive, modifiers, the
	// head last (the phrase is read alone: what stands before it is the
	// governing clause's).
	switch r.low[a] {
	case "the", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my", "your":
	default:
		return "", "", "", false
	}
	for i := a + 1; i < b; i++ {
		if !r.toks[i].IsWord() || determiners[r.low[i]] || prepositionWords[r.low[i]] || clauseBreaks[r.low[i]] {
			return "", "", "", false
		}
	}
	head := r.lx.Base(r.low[b-1], lexicon.Noun)
	if b-1 == a || !r.lx.Has(head, lexicon.Noun) || !contentNoun(r.lx, head) {
		return "", "", "", false
	}
	return "the " + head, head, r.toks[a].Lower + " " + r.span(a+1, b), true
}

// infinitiveClaim reads the verb at token i (a bare infinitive, or the
// -ing form of an accusation) and its complement into d; modal is the
// modality the construction gives the claim ("should" for a demand).
func (r *clauseReader) infinitiveClaim(i int, d *proposition, modal string) (proposition, bool) {
	if i >= len(r.toks) {
		return *d, false
	}
	b, ok := r.verbBase(i)
	if !ok || b == "be" || b == "have" || b == "do" || b == "get" || auxiliaries[r.low[i]] {
		return *d, false
	}
	d.verb, d.modal = b, modal
	d.verbText = r.toks[i].Text
	if i+2 < len(r.toks) && r.toks[i+1].IsWord() && r.lx.Has(b+" "+r.low[i+1], lexicon.Verb) && (isPunct(r.toks[i+2].Text) || r.low[i+2] == "and" || r.low[i+2] == "or" || prepositionWords[r.low[i+2]]) {
		// A phrasal verb with no object ("to step down", "to come
		// forward with …"): WordNet's own entry, so that it meets its
		// synonyms ("resign").
		d.verb, d.verbText = b+" "+r.low[i+1], r.toks[i].Text+" "+r.toks[i+1].Text
		r.actEnd = i + 2
		return *d, modal != ""
	}
	comp, text, end := r.complement(i + 1)
	r.actEnd = end
	if objectPronoun(trimDangling(text)) {
		return *d, false
	}
	d.comp, d.compText = comp, trimDangling(text)
	if comp == "" {
		// An act with no object ("to resign", "to quit") is a demand
		// all the same; not one cut off by what the reader cannot read.
		// An adjunct may follow ("to resign after the vote", "to resign
		// immediately").
		if !r.actEnds(end) {
			return *d, false
		}
	} else if r.lx.Has(comp, lexicon.Noun) && !contentNoun(r.lx, comp) && comp[0] >= 'a' && !particleComplement(*d) {
		return *d, false
	}
	if modal == "" && d.comp == "" {
		return *d, false // an accusation of an act with no object: too little to check
	}
	return *d, true
}

// appendDemand adds a demand or accusation to out, held by whoever the
// clause that governs it names (readDemand) whoever reports it: a story
// entity, a plural noun of persons, or a pronoun's antecedent; one whose
// holder the story cannot name is left out, and so is one held by its own
// subject's addressee under another name ("<X> rejected calls for <X> to
// resign" is the refuser's own act either way).
func (c *comparer) appendDemand(out []predication, di, si, start int, p proposition) []predication {
	q := proposition{subject: p.demandBy, subjText: p.demandByText, pron: p.demandByPron, pronAt: p.demandByPronAt, holder: p.holder, own: p.own, doc: di}
	if q.pron != "" {
		if q.subject = c.pronounSubject(di, si, start+q.pronAt, q); q.subject == "" {
			return out
		}
	}
	if strings.HasPrefix(q.subject, "the ") && q.subjText == "" {
		q.subjText = q.subject
	}
	h := c.ownActHolder(q)
	if h == "" || !c.demandAsserted(di, start, p) {
		return out
	}
	if p.pron != "" && !p.negated && !p.denied && sameHolder(h, p.subject) {
		// "<X> called for his resignation": a demand is a directive,
		// an act asked of another (Searle 1976), so a possessive that
		// resolves to the one who makes it names someone the reader
		// missed, not <X> (a refusal, "<X> rejected calls for his
		// resignation", is <X>'s own).
		return out
	}
	p.holder, p.own = h, false
	return append(out, p)
}

// demandAsserted reports whether the clause that makes the demand or the
// accusation is stated as so by whoever reports it: not one a report denies,
// refuses or doubts ("<Z> denied that <Y> had urged <X> to resign", "<Z>
// rejected reports that <Y> had urged …", "<Z> doubts that <Y> urged …"),
// where <Y>'s demand is what is disputed, not a demand <Y> is shown to hold.
// The report's cue and the verb before the clause are read as for any
// claim (reportPolarity, verbPolarity) on the governing clause.
func (c *comparer) demandAsserted(di, start int, p proposition) bool {
	g := proposition{pos: p.pos, introVerb: p.introVerb, doc: di}
	g, ok := c.reportPolarity(di, start+p.pos, g, true)
	if !ok || g.negated || g.denied || g.hedged {
		return false
	}
	if p.introVerb != "" {
		if g, ok = c.verbPolarity(c.lx.Base(p.introVerb, lexicon.Verb), g); !ok || g.negated || g.denied || g.hedged {
			return false
		}
	}
	return true
}

// demandRole names the person a demand or accusation is made of when it is
// written as a role ("pressed the chief constable to stand down", "urged the
// harbour master to resign"): the story's one holder of that title
// (roleName), as a holder written so is. Other propositions are returned
// as they are.
func (c *comparer) demandRole(p proposition) proposition {
	if p.demandBy == "" && p.demandByPron == "" || p.subjText == "" {
		return p
	}
	if n := c.soleRoleName(p.subjText); n != "" {
		p.subject, p.subjNoun, p.subjText = n, "", ""
	}
	return p
}

// soleRoleName is roleName when the story titles no other person with the
// role: a demand made of "the mayor" in a story of two mayors (two towns)
// names neither, though most mentions may be of one (roleName reads a
// holder by the most mentions, since a speaker is rarely another's).
func (c *comparer) soleRoleName(role string) string {
	n := c.roleName(role)
	if n == "" {
		return ""
	}
	b := c.lx.Base(holderHead(role), lexicon.Noun)
	for di, d := range c.in.Docs {
		for ei, e := range d.Analysis.Entities {
			if e.Type != mention.Person || !c.titled(e.Titles, b) {
				continue
			}
			if name := c.in.Merged.Name(di, ei); name != "" && !c.roleEntity(name) && !sameHolder(name, n) {
				return ""
			}
		}
	}
	return n
}

// actEnds reports whether an act with no object may end before token end:
// the sentence or a clause ends there, a coordinator, a preposition or an
// adverb follows ("to resign.", "resign and …", "resign after the vote",
// "resign immediately"), not a word the reader could not read.
func (r *clauseReader) actEnds(end int) bool {
	return end >= len(r.toks) || isPunct(r.toks[end].Text) || r.low[end] == "and" || r.low[end] == "or" || prepositionWords[r.low[end]] || adverbOnly(r.lx, r.low[end])
}

// bareObligation reports whether a clause with a modal of obligation and
// an act with no object states a demand ("the board should resign", "<X>
// must step aside"): what a demand reads after "to" ("urged the board to
// resign", infinitiveClaim) is a claim when the modal says it too (Quirk et
// al. 1985 §4.54, "should" and "must" of obligation), though a clause with
// no complement otherwise says nothing checkable (wellFormed). Not a
// passive, a form of "be", "have", "do" or "get", nor an act cut off by
// words the reader does not read.
func (r *clauseReader) bareObligation(p proposition, end int) bool {
	if p.modal == "" || p.comp != "" || p.passive || len(p.verb) < 3 || auxiliaries[p.verb] || p.verb == "get" {
		return false
	}
	if !r.obligedAgent(p) || r.outcomeAct(p) {
		// "the storm should pass by Friday", "temperatures should rise":
		// "should" of tentative inference, a prediction (§4.54); an
		// obligation is laid on one who can act, and on an act one
		// can choose ("the team should win easily": a forecast).
		return false
	}
	if f := strings.Fields(p.subject); len(f) > 0 && prepositionWords[f[0]] {
		return false
	}
	if end < len(r.toks) && prepositionWords[r.low[end]] {
		// A prepositional verb whose object the reader leaves ("should
		// look for", "should pay for the repairs": WordNet's own entry),
		// or a preposition stranded by a relative clause ("everything
		// an agent should stand for"): not an act with no object.
		if r.lx.Has(p.verb+" "+r.low[end], lexicon.Verb) || end+1 >= len(r.toks) || isPunct(r.toks[end+1].Text) {
			return false
		}
	}
	return r.actEnds(end)
}

var (
	outcomeOnce    sync.Once
	outcomeAnchors []uint32
)

// outcomeAct reports whether a clause's act is the outcome of a contest or
// an attempt rather than a deed: a verb whose commonest WordNet sense is,
// or lies one step below, a sense of "win", a sense of "lose" in
// verb.competition, or the commonest sense of "succeed" or "fail" ("should
// win", "should triumph", "should score", "should lose"). Such an outcome
// is reached, not done at will (an achievement, Vendler 1957), so
// "should" with it is the "should" of tentative inference, a forecast
// ("the team should win easily", "the bid should succeed"; Quirk et al.
// 1985 §4.54), not an obligation, whoever the subject; the act that follows
// "and" after it ("should win and advance") is forecast too. A coordinated
// act after a deed ("should repay the levy and win back trust") keeps the
// deed's obligation: only the clause's own verb is read.
func (r *clauseReader) outcomeAct(p proposition) bool {
	outcomeOnce.Do(func() {
		outcomeAnchors = append(outcomeAnchors, r.lx.SynsetIDs("win", lexicon.Verb)...)
		outcomeAnchors = append(outcomeAnchors, r.lx.SensesIn("lose", lexicon.Verb, lexicon.VerbCompetition)...)
		for _, w := range []string{"succeed", "fail"} {
			if s, ok := r.lx.FirstSense(w, lexicon.Verb); ok {
				outcomeAnchors = append(outcomeAnchors, s.Synset)
			}
		}
	})
	s, ok := r.lx.FirstSense(strings.Fields(p.verb + " x")[0], lexicon.Verb)
	return ok && r.lx.SynsetUnder(s.Synset, lexicon.Verb, outcomeAnchors, 1)
}

// obligedAgent reports whether a clause's subject can be laid an
// obligation on: a story entity, a personal pronoun other than "it", or a
// common noun whose commonest WordNet sense names persons or a group
// (agentNoun).
func (r *clauseReader) obligedAgent(p proposition) bool {
	if p.subjNoun == "" && p.subject == "" {
		return p.pron != "" && p.pron != "it"
	}
	return r.agentNoun(p)
}

// coordinatedObligation reads the predicate coordinated with a clause
// whose verb group holds a modal of obligation, ending at token end: "the
// board should repay the levy and resign" says the board should resign as
// well; the second predicate shares the first's subject and its operator,
// left out (Quirk et al. 1985 §13.60, ellipsis in coordinated clauses). Its
// verb is a bare form after "and" that WordNet lists as a verb more often
// than as a noun ("repay the levy and interest" coordinates two nouns); a
// negated first clause is left ("should not repay the levy and resign" may
// negate both or one), and so is "or" ("must repay the levy or sell the
// pier" demands neither act alone). An outcome with no object makes the
// pair a forecast ("should win and advance", outcomeAct); one with an
// object is a deed of another sense of its verb ("should succeed the mayor
// and call a vote", "should manage the budget and cut waste"; readD).
func (r *clauseReader) coordinatedObligation(p proposition, end int) (proposition, bool) {
	if p.modal == "" || p.negated || p.passive || end+1 >= len(r.toks) || r.low[end] != "and" || !r.obligedAgent(p) || p.comp == "" && r.outcomeAct(p) {
		return p, false
	}
	v := end + 1
	b, ok := r.verbBase(v)
	if !ok || r.low[v] != b || auxiliaries[b] || r.nounMostly(b) {
		return p, false
	}
	q := p
	q.verb, q.comp, q.compText, q.verbText, q.regarded = "", "", "", "", false
	q, ok = r.infinitiveClaim(v, &q, p.modal)
	q.pos = r.toks[v].Start
	return q, ok
}

// nounMostly reports whether WordNet lists word w with more noun senses
// than verb senses.
func (r *clauseReader) nounMostly(w string) bool {
	n, v := 0, 0
	for _, s := range r.lx.Senses(w) {
		switch s.POS {
		case lexicon.Noun:
			n++
		case lexicon.Verb:
			v++
		}
	}
	return n > v
}

// coordinators join clauses of equal rank: a clause after one has the
// standing of the one before (Quirk et al. 1985 ch. 13).
var coordinators = map[string]bool{"and": true, "but": true, "or": true, "so": true}

// postmodifiable reports whether the word at token e, before the comma of a
// supplementive -ing clause, ends a noun phrase of persons that the -ing
// clause may postmodify as a nonrestrictive reduced relative ("faced a crowd
// of protesters, demanding a recount", "a petition signed by residents,
// urging …": Quirk et al. 1985 ch. 17, nonrestrictive postmodification by
// an -ing clause): a story entity or a common noun whose commonest WordNet
// sense is a person or a group. Who demands is then not said for certain,
// and nothing is read.
func (r *clauseReader) postmodifiable(e int) bool {
	if e < 0 || !r.toks[e].IsWord() {
		return false
	}
	if r.entityAt(e) != "" {
		return true
	}
	if r.capital(e) {
		return false
	}
	b := r.lx.Base(r.low[e], lexicon.Noun)
	n, ok := r.lx.FirstSense(b, lexicon.Noun)
	return ok && r.lx.Has(b, lexicon.Noun) && !r.lx.Has(r.low[e], lexicon.Verb) && (n.Lex == lexicon.NounPerson || n.Lex == lexicon.NounGroup)
}

// participleDemand reads a demand, a refused demand or an accusation made
// in a supplementive -ing clause at token i, after a comma that ends a
// clause ("<X> vowed to stay on, rebuffing calls to resign", ", urging <Y>
// to resign", ", accusing <Y> of selling …"): the -ing clause has no
// subject of its own, and its implied subject is the subject of the clause
// it is attached to (Quirk et al. 1985 §15.59), the first verb group's
// since the last punctuation or clause opener, read as readDemand reads a
// governing subject. Not after a clause that is a condition, hedged or
// modal.
func (r *clauseReader) participleDemand(i int) {
	if r.capital(i) {
		return
	}
	if b, ok := r.verbBase(i); !ok || b == r.low[i] {
		return
	}
	ds := r.demandsAt(i, i, i+1, 0, proposition{})
	if len(ds) == 0 {
		return
	}
	if r.postmodifiable(i - 2) {
		return
	}
	v := -1
	for m := i - 2; m > 0 && m >= i-2-maxSharedGap*2; m-- {
		lw := r.low[m]
		if clauseBreaks[lw] || relatives[lw] || isPunct(r.toks[m].Text) && lw != "'s" && lw != "’s" {
			if v >= 0 && (relatives[lw] || clauseBreaks[lw] && !coordinators[lw]) {
				// "… the hall where <X> spoke, demanding …", "<Y> said
				// that <X> had failed, urging …": the group found is a
				// subordinate clause's, whose subject is not the
				// supplementive clause's (that is the superordinate
				// clause's, §15.59).
				return
			}
			break
		}
		if r.startsGroup(m) {
			v = m
		}
	}
	if v < 1 {
		return
	}
	for m := v; m < i; m++ {
		if modals[r.low[m]] {
			return // "<X> may stay, rejecting calls to resign": what may be, not what is
		}
	}
	j := v - 1
	for j > 0 && (negators[r.low[j]] || r.low[j] == "still" || r.low[j] == "also" || r.toks[j].IsWord() && adverbOnly(r.lx, r.low[j])) {
		j-- // the matrix clause's own negation says nothing of the -ing clause's
	}
	saved := [...]any{r.subjStart, r.subjText, r.pron, r.indefinite, r.subjEnd}
	var g proposition
	s, ok := r.subjectOf(j, v, &g, nil)
	subjStart := r.subjStart
	r.subjStart, r.subjText, r.pron, r.indefinite, r.subjEnd = saved[0].(int), saved[1].(string), saved[2].(string), saved[3].(bool), saved[4].(int)
	if !ok || g.premise || g.hedged || g.reported || !r.ownActSubjectAt(subjStart, j, s) {
		return
	}
	r.holdDemands(ds, s, g, subjStart, j, i)
}
