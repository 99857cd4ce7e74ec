package compare

import (
	"slices"
	"strings"

	"github.com/corroborate/corroborate/internal/lexicon"
	"github.com/corroborate/corroborate/internal/mention"
)

// priorSubject is the subject of the clause read last in a sentence, kept
// for a predicate coordinated with it ("X was there and had a knife, but
// isn't …"; see sharedSubject).
type priorSubject struct {
	subject, pron, subjText string
	subjStart, subjEnd, end int
	indefinite              bool
	// aux: the clause's verb group has an auxiliary or a modal before its
	// main verb ("was shot", "has gone", "will close").
	aux bool
	set bool
	// What opened the clause (introduction): a coordinated predicate is
	// introduced by the same words ("Lind said X had a knife but isn't
	// …": Lind says both).
	introVerb, introHolder        string
	reported, premise, introHedge bool
}

// notePrior records the clause just read from the verb group at v (ending
// at token end) as the one a coordinated predicate may share its subject
// with; a clause read without a subject (a relative clause, a report
// verb) leaves none.
func (r *clauseReader) notePrior(end int, p proposition) {
	if p.subject == "" && p.pron == "" {
		r.prior = priorSubject{}
		return
	}
	r.prior = priorSubject{subject: p.subject, pron: p.pron, subjText: r.subjText, subjStart: r.subjStart, subjEnd: r.subjEnd, end: end,
		indefinite: r.indefinite, aux: len(strings.Fields(p.verbText)) > 1 || p.modal != "" || p.future, set: true,
		introVerb: p.introVerb, introHolder: p.introHolder, reported: p.reported, premise: p.premise, introHedge: r.introHedge}
}

// sharedIntroduction gives a coordinated predicate what opened the clause
// whose subject it shares: the verb and holder that introduce it, a
// condition or an open question ("if", "whether"), an evidential.
func (r *clauseReader) sharedIntroduction(p *proposition) {
	pr := r.prior
	p.introVerb, p.introHolder = pr.introVerb, pr.introHolder
	p.reported = p.reported || pr.reported
	p.premise = pr.premise
	p.hedged = p.hedged || pr.introHedge
	r.introHedge = pr.introHedge
}

// maxSharedGap bounds how far a coordinated predicate may stand from the
// end of the clause whose subject it shares, in tokens.
const maxSharedGap = 12

// sharedSubject reads the subject a verb group at v shares with the
// clause before it when "and" or "but" (after a comma or not) stands at
// token j, right before the group: a coordinated predicate has the
// subject of the first one, left out (Quirk et al. 1985 §13.60, ellipsis
// of the subject in coordinated clauses: "the lawyer said the man had a
// knife but isn't the one who stabbed the guard"). Only when nothing but
// the first clause's complement stands between (no other clause, no
// punctuation but that comma). A bare participle after a group opened by
// an auxiliary or a modal ("was shot and killed", "has come and gone",
// "would win and be the champion") shares the auxiliary as well and is
// part of that group, not a clause of its own: after such a group only a
// finite operator opens the second predicate ("… had a knife, but isn't
// …"); otherwise it is left unread.
func (r *clauseReader) sharedSubject(j, v int) string {
	pr := r.prior
	if !pr.set || j < 1 || r.low[j] != "and" && r.low[j] != "but" || pr.end > j {
		return ""
	}
	if w := r.low[v]; pr.aux && !finiteOperator(w) || w == "be" || w == "been" || w == "being" {
		return "" // "be", "been", "being" are never finite: the group is the first one's
	}
	k := j - 1
	if r.low[k] == "," {
		k--
	}
	if k-pr.end > maxSharedGap {
		return ""
	}
	for m := pr.end; m <= k; m++ {
		if lw := r.low[m]; clauseBreaks[lw] || relatives[lw] || isPunct(r.toks[m].Text) && lw != "'s" && lw != "’s" || r.startsGroup(m) {
			return ""
		}
	}
	r.subjStart, r.subjText, r.pron, r.indefinite = pr.subjStart, pr.subjText, pr.pron, pr.indefinite
	return pr.subject
}

// finiteOperator reports whether a word opens a finite verb group by
// itself: a finite form of an auxiliary ("is", "was", "has", "did"), a
// modal, or a negative contraction of either (Quirk et al. 1985 §3.21,
// the operators); not a bare or non-finite form ("be", "been", "have").
func finiteOperator(w string) bool {
	switch w {
	case "be", "been", "being", "have", "having":
		return false
	}
	return auxiliaries[w] || modals[w] || negContraction(w) != ""
}

// identified reads an identifying copula whose complement is a definite
// noun phrase with a restrictive relative clause and a head that says no
// more than "person" ("X is not the one who fired the shot", "Y was the
// person who found the wallet"): the noun phrase stands for whoever does
// what the relative clause says, so the clause says that X did it, or did
// not ("X is the one" alone says nothing; Quirk et al. 1985 §17.9 on the
// restrictive relative, §18.28 on identification). The copula's negation,
// modality and position carry over; the relative clause's verb group and
// complement become the predicate. text is the complement as read, ending
// at token end. A head with content of its own ("the source who …", "the
// place that …") keeps its reading: being the source is the claim. A noun
// of persons is no such content (whoeverHead): "the doctor who treated
// him" says who treated him.
func (r *clauseReader) identified(p proposition, text string, end int) (proposition, int, bool) {
	if p.verb != "be" || p.passive || !strings.HasPrefix(strings.ToLower(text), "the ") || end+1 >= len(r.toks) {
		return p, end, false
	}
	if rel := r.low[end]; rel != "who" && rel != "that" || !whoeverHead(r.lx, p.comp) {
		return p, end, false
	}
	v := end + 1
	if _, ok := r.verbBase(v); !ok {
		return p, end, false // after "who" a verb opens the relative clause ("who cut …": a bare form too)
	}
	q := p
	main, k, neg, verbWords := r.verbGroup(v, &q)
	if main < 0 || q.attempt {
		return p, end, false
	}
	q.verb = r.mainVerb(main)
	if mention.IsReportingVerb(q.verb) || q.verb == "do" || q.verb == "be" && main == v {
		return p, end, false // "the one who said …", "the one who was …": no act to credit
	}
	q.passive = main > v && r.passiveAt(main)
	q.negated = p.negated != (neg%2 == 1)
	q.verbText = strings.Join(verbWords, " ")
	comp, ctext, cend := r.complement(k)
	if comp == "" && q.passive {
		comp, ctext, cend = r.passivePhrase(k, cend)
	}
	q.comp, q.compText = comp, trimDangling(ctext)
	return q, cend, true
}

// whoeverHead reports whether a complement's head names no more than who
// does something: the substitute "one" ("the one who …"), a unique
// beginner of persons ("person", "individual", "someone": the words of
// WordNet's noun.Tops synset of "person"), or a noun at least half of whose WordNet noun
// senses are persons ("the man", "the suspect"). Not "the source", "the
// place": being one is a claim of its own. (mention's personHead, which
// finds a speaker's noun, is looser: a person among a noun's three
// commonest senses, or an organised group.)
func whoeverHead(lx *lexicon.Lexicon, head string) bool {
	if head == "one" {
		return true
	}
	all, person, tops := 0, 0, false
	for _, s := range lx.Senses(head) {
		if s.POS != lexicon.Noun {
			continue
		}
		all++
		switch s.Lex {
		case lexicon.NounPerson:
			person++
		case nounTops:
			tops = true
		}
	}
	if all > 0 && person > 0 && 2*person >= all {
		return true
	}
	if !tops {
		return false
	}
	class := lx.SensesIn("person", lexicon.Noun, nounTops)
	for _, id := range lx.SynsetIDs(head, lexicon.Noun) {
		if slices.Contains(class, id) {
			return true // a word of the synset of "person" itself
		}
	}
	return false
}

// contactRelative reports whether a copula's complement is a definite noun
// phrase whose head names no more than a person (whoeverHead: "the guy",
// "the man") and which a relative clause without its pronoun follows at
// token end, opened by a subject pronoun ("I'm the guy they used to call
// …"; a contact clause, Quirk et al. 1985 §17.14). Being "the guy" is no
// claim: what is said of the subject is in the clause, which the reader
// does not take in, so the proposition is dropped.
func (r *clauseReader) contactRelative(p proposition, text string, end int) bool {
	if p.verb != "be" || p.passive || end >= len(r.toks) || !strings.HasPrefix(strings.ToLower(text), "the ") {
		return false
	}
	return nominativePronouns[r.low[end]] && whoeverHead(r.lx, p.comp)
}
