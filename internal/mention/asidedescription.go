package mention

import (
	"strings"

	"github.com/corroborate/corroborate/internal/lexicon"
	"github.com/corroborate/corroborate/internal/text"
)

// subjectThroughAside gives a finite reporting cue right after the comma
// that closes a participial or relative aside ("A port official, speaking
// on condition of anonymity, said …"; "The board's lawyer, asked about the
// loans, told …"; "An aide, who asked not to be named, said …") the noun
// phrase that opens its clause before the aside, read alone: a
// supplementive clause or a supplementary relative clause between a
// subject and its verb is no part of the subject and names no speaker
// (Quirk et al. 1985, §15.58, §17.22; CGEL ch. 12 §4), so neither a
// pronoun nor a name inside it ("…, because he was not cleared to talk,")
// nor the whole stretch is the source. The phrase must be a subject: it
// opens the cue's clause, has no verb, at most eight words, and its head
// is a person or organisation named, or a common noun of persons or of a
// group (headKind: "official", "employee", "board"); a head of another
// kind ("The figures, released on Monday, show …") keeps the reading as
// it was. The phrase is then read as any source phrase (resolveSpeaker):
// a name, a role the article gave a named person, or the description as
// written. A report nested in the content keeps the test it had
// (nests): the rule changes who spoke, not what was said. i is the
// cue's token, cs its clause start as read.
func (a *Analysis) subjectThroughAside(si int, toks []text.Token, i, cs int, q *Quote) {
	if i < 4 || toks[i-1].Text != "," || strings.HasSuffix(toks[i].Lower, "ing") || !mainVerbAt(toks, i) {
		return
	}
	// the comma that opens the aside: the last one before the closing comma
	k := -1
	for j := i - 2; j > 0; j-- {
		if w := toks[j].Text; w == "," {
			k = j
			break
		} else if quoteMarkToken(w) || w == ";" || w == ":" || w == "(" || w == ")" {
			return
		}
	}
	st := firstTokenFrom(toks, cs)
	if st >= k {
		st = 0 // a subordinator inside the aside ("…, because he was not cleared,") opened the clause as read
	}
	for st < k && coordinators[toks[st].Lower] {
		st++ // "But a port official, …, said"
	}
	if k < st+1 || k+1 >= i-1 || k-st > 8 || !asideOpener(toks[k+1]) {
		return
	}
	np := toks[st:k]
	h, _ := sourceHeadAt(np)
	if h < 0 || !np[h].IsWord() {
		return
	}
	for j := range np {
		if j > 0 && (finiteVerbAt(np, j) || np[j].Text == ",") {
			return // a clause, not a noun phrase
		}
	}
	if !a.namedAt(si, np[h].Start) {
		head, _ := stripPossessive(np[h].Text)
		kind := headKind(head)
		if kind != KindUnnamed && kind != KindGroup || !determiners[np[0].Lower] && np[0].Lower != "one" && !startsUpper(np[0].Text) {
			return
		}
		aside := a.Sentences[si].Text[toks[k+1].Start:toks[i-1].Start]
		if kind == KindGroup && q.Entity >= 0 && q.How == "named" && q.SpeakerText != "" && strings.Contains(aside, q.SpeakerText) {
			return // "The aides, led by <A>, told …": a member the aside names speaks with the group, as "<group>, including <A>, said" (inclusionSubject)
		}
	}
	sq := Quote{Entity: -1, Cue: q.Cue}
	a.resolveSpeaker(si, np[0].Start, np[len(np)-1].End, &sq)
	if sq.SpeakerText == "" || sq.How == "pronoun" {
		return
	}
	q.nests = q.How == "named" || q.How == "pronoun" || q.How == "role"
	q.Entity, q.Speaker, q.SpeakerText, q.How, q.role = sq.Entity, sq.Speaker, sq.SpeakerText, sq.How, sq.role
}

// asideOpener reports whether a token opens a supplementive clause or a
// supplementary relative clause: "who" or "which", or a lower-case -ing
// or past participle of a WordNet verb ("speaking", "asked", "reached");
// the prepositions written as participles ("according", "including",
// "following", "regarding", "concerning") open no clause.
func asideOpener(t text.Token) bool {
	w := t.Lower
	if w == "who" || w == "which" {
		return true
	}
	if !t.IsWord() || t.IsCapitalized() {
		return false
	}
	if _, ok := lexicon.ClosedClass(w); ok {
		return false
	}
	switch w {
	case "according", "including", "excluding", "following", "regarding", "concerning", "considering", "during", "pending", "barring":
		return false
	}
	lx := lexicon.Default()
	b := lx.Base(w, lexicon.Verb)
	if b == w || !lx.Has(b, lexicon.Verb) {
		return false
	}
	if strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ed") {
		return true
	}
	_, irr := lx.Irregular(w, lexicon.Verb)
	return irr
}

// complementOfPerson reports whether token j is a preposition that opens
// the complement of a noun of persons before it ("an aide to the mayor",
// "a spokesman for the governor", "the wife of the senator"): a title in
// that complement names another person than the phrase's head, so it
// does not say who the phrase is. "of" after a title word stays inside
// the title ("the secretary of state", "the chief of police").
func complementOfPerson(toks []text.Token, j int) bool {
	if j == 0 {
		return false
	}
	switch toks[j].Lower {
	case "to", "for", "with", "at", "from":
	case "of":
		if isTitleWord(toks[j-1].Lower) {
			return false
		}
	default:
		return false
	}
	return personHeadNoun(toks[j-1].Text)
}
