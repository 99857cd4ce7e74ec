package compare

import (
	"slices"
	"strings"
	"sync"

	"github.com/corroborate/corroborate/internal/lexicon"
	"github.com/corroborate/corroborate/internal/text"
)

// A verb of denial or admission with an -ing clause as its object ("Nadia
// Pell denied starting the fire", "the clerk admitted taking the keys")
// states the holder's position on an act of the holder's own: the
// -ing participle clause has no subject of its own, so its understood
// subject is the subject of the verb that governs it (Quirk et al. 1985
// §16.39, -ing clauses as direct object; §14.10, the subjectless
// nonfinite clause). The denial is the subject's: she holds that she did
// not start the fire; the admission, that she did. Verbs of denial are
// WordNet's (the anchors of verbPolarity); verbs of admission likewise,
// the senses of "admit", "acknowledge" and "confess" in verb.communication
// and verb.cognition (mostlyUnder).

var (
	admitOnce    sync.Once
	admitAnchors []uint32
	// admitWords anchor the verbs of admission (their WordNet senses).
	admitWords = []string{"admit", "acknowledge", "confess"}
)

// loadCueAnchors reads the WordNet senses of the verbs of denial and
// doubt once (cueAnchors).
func loadCueAnchors(lx *lexicon.Lexicon) {
	cueOnce.Do(func() {
		for _, w := range denialWords {
			denyAnchors = append(denyAnchors, lx.SensesIn(w, lexicon.Verb, lexicon.VerbCommunication)...)
			denyAnchors = append(denyAnchors, lx.SensesIn(w, lexicon.Verb, lexicon.VerbCognition)...)
		}
		for _, w := range doubtWords {
			doubt = append(doubt, lx.SensesIn(w, lexicon.Verb, lexicon.VerbCognition)...)
			doubt = append(doubt, lx.SensesIn(w, lexicon.Verb, lexicon.VerbCommunication)...)
		}
	})
}

// ownActCue tells whether a verb base takes a position on its subject's
// own act when an -ing clause is its object: deny is true for a verb of
// denial, false for one of admission; ok is false for any other verb
// ("began shooting", "stopped paying", "recalled seeing" are not a
// position on whether the act happened).
func ownActCue(lx *lexicon.Lexicon, b string) (deny, ok bool) {
	loadCueAnchors(lx)
	if mostlyUnder(lx, b, denyAnchors) && firstUnder(lx, b, denyAnchors) {
		return true, true
	}
	admitOnce.Do(func() {
		for _, w := range admitWords {
			admitAnchors = append(admitAnchors, lx.SensesIn(w, lexicon.Verb, lexicon.VerbCommunication)...)
			admitAnchors = append(admitAnchors, lx.SensesIn(w, lexicon.Verb, lexicon.VerbCognition)...)
		}
	})
	if mostlyUnder(lx, b, admitAnchors) && firstUnder(lx, b, admitAnchors) {
		return false, true
	}
	return false, false
}

// firstUnder reports whether the commonest sense of verb b (WordNet's
// first) lies at or below an anchor: with an -ing object a verb is read in
// its commonest sense, so "oppose" (first: be against) and "notice"
// (first: perceive) take no position on their subject's own act, though
// one of their senses of saying lies under "deny" or "acknowledge"
// ("opposed closing the library" is no denial of having closed it).
func firstUnder(lx *lexicon.Lexicon, b string, anchors []uint32) bool {
	s, ok := lx.FirstSense(b, lexicon.Verb)
	return ok && lx.SynsetUnder(s.Synset, lexicon.Verb, anchors, anchorDepth)
}

// ownActSubject reports whether the name s read as the subject before
// token j heads its noun phrase: a denial or admission of one's own act
// is held by the one who denies or admits, not by a name that is the
// head's possessor or complement ("<Name>'s brother denied starting", "a
// neighbour of <Name> denied starting": the brother's or the neighbour's
// act and position). A name that premodifies a noun of persons ("<Firm>
// officials") stands for the group it names (subject), and a pronoun or a
// common noun phrase heads its own.
func (r *clauseReader) ownActSubject(j int, s string) bool {
	if s == "" || strings.HasPrefix(s, "the ") {
		return true
	}
	if r.subjStart > 0 && r.low[r.subjStart-1] == "of" {
		return false // "a neighbour of <Name>"
	}
	for t := j - 1; j >= 0 && r.entityAt(j) == "" && t >= 0 && t >= j-3; t-- {
		if w := r.low[t]; strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") {
			return false // "<Name>'s brother", "<Name>'s elder brother"
		}
		if !r.toks[t].IsWord() || r.entityAt(t) != "" {
			break
		}
	}
	return true
}

// ownActGerund returns the index of the -ing verb form that opens the
// object of a verb of denial or admission whose group ends before token
// k ("denied starting", "confessed to taking": one "to" may come
// between), and whether the verb denies; -1 when there is none. The form
// must be a verb's -ing form, not "being" or "having" (a passive or
// perfect -ing clause is left unread), and not right before a noun's
// possessive or a determiner of its own ("the killing of").
func (r *clauseReader) ownActGerund(main, k int) (int, bool) {
	if main >= 2 && r.low[main-1] == "to" && strings.HasSuffix(r.low[main], "ing") {
		// "confessed to killing": the verb group ran on through "to" as
		// if an infinitive followed.
		if deny, ok := ownActCue(r.lx, r.mainVerb(main-2)); ok && !deny {
			return main, false
		}
	}
	if main < 0 || k >= len(r.toks) {
		return -1, false
	}
	deny, ok := ownActCue(r.lx, r.mainVerb(main))
	if !ok {
		return -1, false
	}
	g := k
	if r.low[g] == "to" && !deny {
		g++ // "confessed to taking", "admitted to taking"
	}
	if g >= len(r.toks) {
		return -1, false
	}
	w := r.low[g]
	if !strings.HasSuffix(w, "ing") || w == "being" || w == "having" || r.capital(g) {
		return -1, false
	}
	b, ok := r.verbBase(g)
	if !ok || b == w {
		return -1, false
	}
	return g, deny
}

// ownActHolder is who holds a denial or admission of their own act: the
// clause's subject when it is a person or organisation the story names,
// or a plural noun of persons ("officers"); "" otherwise ("the company",
// "it": no one the story can name).
func (c *comparer) ownActHolder(p proposition) string {
	if c.personOrOrg(p.subject) {
		return p.subject
	}
	if p.subjText != "" {
		return c.namedHolder(p.subjText) // "the wardens" as written
	}
	return c.namedHolder(p.subject)
}

// ownActAt reports whether token j is the -ing form that opens the object
// of a verb of denial or admission ("denied owning", "confessed to
// taking"): the clause reader reads that clause as its subject's own act
// (ownActGerund), so a sentence that addresses a claim there holds the
// position of whoever denies or admits it, not of the sentence's speaker.
func (c *comparer) ownActAt(toks []text.Token, j int) bool {
	if j < 1 || !strings.HasSuffix(toks[j].Lower, "ing") {
		return false
	}
	v := j - 1
	if toks[v].Lower == "to" && v > 0 {
		v--
	}
	b := toks[v].Base(lexicon.Verb)
	if b == "" || b == toks[v].Lower {
		return false // a finite or participle form of the verb, not its base
	}
	_, ok := ownActCue(c.lx, b)
	return ok
}

// ownActBetween reports whether an own act's -ing form (ownActAt) stands
// after token a up to token b: the words of a claim found on either side
// of "denied owning".
func (c *comparer) ownActBetween(toks []text.Token, a, b int) bool {
	for j := min(a, b) + 1; j <= max(a, b) && j < len(toks); j++ {
		if c.ownActAt(toks, j) {
			return true
		}
	}
	return false
}

// appendOwnAct adds a denial or admission of the subject's own act to
// out, held by the subject whoever reports it (ownActHolder); one whose
// subject names no holder is left out.
func (c *comparer) appendOwnAct(out []predication, p proposition) []predication {
	if h := c.ownActHolder(p); h != "" {
		p.holder, p.own = h, false
		out = append(out, p)
	}
	return out
}

// ownActGroup makes the clause whose verb group starts at v the -ing
// clause at gerund, the object of its verb of denial or admission: false
// when the governing verb takes no position (negated, neg odd; modal,
// future or passive: "did not deny starting", "will confess to killing").
// A group that ran on through "to" ("confessed to killing") read a plan
// in it; only a modal makes one.
func (r *clauseReader) ownActGroup(v, gerund, neg int, p *proposition) bool {
	if gerund > v && r.low[gerund-1] == "to" {
		p.future = slices.ContainsFunc(r.low[v:gerund], func(w string) bool { return modals[w] })
	}
	if p.passive || p.modal != "" || p.future || neg%2 == 1 {
		return false
	}
	p.verb, p.ownAct = r.base(gerund, lexicon.Verb), true
	return true
}
