package compare

import (
	"regexp"
	"strings"

	"github.com/corroborate/corroborate/internal/lexicon"
	"github.com/corroborate/corroborate/internal/mention"
	"github.com/corroborate/corroborate/internal/text"
)

// reOpeningPremodifier is what may stand before a name that opens its
// clause as the subject: nothing, or a short lower-case noun phrase that
// the name follows in close apposition ("His brother ", "Council leader ";
// Quirk et al. 1985 §17.71): up to four words, none capitalised but the
// first.
var reOpeningPremodifier = regexp.MustCompile(`^(?:[A-Z][a-z’']*(?:\s+[a-z][a-z’'-]*){0,3}\s+)?$`)

// reAppositionPredicate is a non-restrictive apposition set off by two
// commas after a name — an age ("Tomas Prask, 44, was given …") or a
// lower-case phrase ("Bram Ode, the council leader, offered …", "Mira
// Hollis, charged with arson, posted …") — and the predicate that follows
// it, up to the figure, with no other break (Quirk et al. 1985 §17.65).
var reAppositionPredicate = regexp.MustCompile(`^,\s+(?:\d{1,3}|[a-z][^,;:()"“”—]*),\s+([a-z][^,;:()"“”—]*)$`)

// reSupplementive is a predicate with no break, a comma, and an -ing
// clause after it that runs to the figure with no other break ("… won
// the race on Sunday, finishing in 2 hours"): a supplementive clause,
// whose implied subject is the subject of the clause it is attached to
// (Quirk et al. 1985 §15.59).
var reSupplementive = regexp.MustCompile(`^\s+([a-z][^,;:()"“”—]*),\s+([a-z]+ing)\b([^,;:()"“”—]*)$`)

// reNotOwnFigure is a predicate, up to the figure, in which the figure
// is no figure of the subject's: a partitive ("was one of 12 people
// hurt", "was among 14 people hurt": the subject is a member of the
// set counted, whose size is the event's; Quirk et al. 1985 §5.8) or a
// relative clause ("died in the blaze that destroyed 12 homes", "won a
// share of the draw which paid $2 million": the figure is told of the
// relative's own subject, the noun phrase it postmodifies, §17.8). A
// "that" counts as relative after a noun phrase opened by a determiner
// within three words ("the blaze that"), not as a conjunction after a
// verb ("was told that he owed").
var reNotOwnFigure = regexp.MustCompile(`\b(?:one|each|some|any|none|most|all|both|several|many)\s+of\b|\bamong\b|\b(?:which|who|whom|whose)\b|\b(?:the|a|an|this|that|these|those|its|his|her|their|our|my|your)\s+(?:[a-z’'-]+\s+){1,3}that\b`)

// rePossessivePronoun is a possessive determiner, a sign that the -ing
// clause's figure may be another's ("…, ending his 12-year reign").
var rePossessivePronoun = regexp.MustCompile(`\b(?:his|her|their|its)\b`)

// subjectAcrossComma is the owner of a figure that is no time and no age
// when a comma stands between it and the person named as its clause's
// subject, the name opening the sentence (after a short premodifier at
// most), in two constructions:
//
//   - a non-restrictive apposition between the name and its verb
//     ("Tomas Prask, 44, was given three years", "Bram Ode, the council
//     leader, offered $1.2 million"): the apposition says who the subject
//     is and leaves the clause's subject as it was;
//   - an -ing clause after the main clause ("Ada Voss defeated Gil Hart,
//     taking 56 percent of the vote", "Teo Marr finished second, crossing
//     the line in 2 hours 11 minutes"): its subject is the main clause's
//     (the attachment rule, Quirk et al. 1985 §15.59), not the object
//     named nearer the figure. The main clause must open with a verb after
//     the name (the name is its subject), and the -ing clause hold no
//     possessive determiner (the figure of "…, ending his 12-year reign"
//     may be the object's) and no capitalised word (another name).
//
// Neither holds when the predicate reports ("Ada Lind, the mayor, said
// 14 died": a source, owning nothing). Times are left to twoPeoplesDays and
// ages to valuePerson, which read the person otherwise.
func (c *comparer) subjectAcrossComma(s string, m mention.NameMention, at int, v mention.Value) bool {
	if isPersonTime(v.Type) || v.Type == mention.VAge || m.Start > len(s) || m.End > at || !reOpeningPremodifier.MatchString(s[:m.Start]) {
		return false
	}
	gap := s[m.End:at]
	if p := reAppositionPredicate.FindStringSubmatch(gap); p != nil {
		return c.ownPredicate(p[1]) && !reNotOwnFigure.MatchString(p[1])
	}
	p := reSupplementive.FindStringSubmatch(gap)
	if p == nil || !c.ownPredicate(p[1]) || rePossessivePronoun.MatchString(p[3]) || strings.IndexFunc(p[3], isUpper) >= 0 || reNotOwnFigure.MatchString(p[3]) {
		return false
	}
	w := p[2]
	if _, closed := lexicon.ClosedClass(w); closed || mention.IsReportingVerb(c.lx.Base(w, lexicon.Verb)) {
		return false
	}
	b := c.lx.Base(w, lexicon.Verb)
	if b == w || !c.lx.Has(b, lexicon.Verb) {
		return false
	}
	// The main clause opens with its verb: the name is its subject.
	first := strings.Fields(p[1])[0]
	vb, ok := c.verbAt(text.NewToken(first, 0, len(first)))
	return ok && vb != "" || beForms[first] || c.pastVerb(text.NewToken(first, 0, len(first)), false) != ""
}

// ownPredicate reports whether a predicate after a subject is its own
// doing: it opens with no coordinator, preposition or subordinator and
// no wh-word (Penn Treebank tags CC, IN, W…: "and Bo Lin …", "after
// …", "who …"), and with no verb of reporting.
func (c *comparer) ownPredicate(pred string) bool {
	ws := strings.Fields(pred)
	if len(ws) == 0 || c.reportingWord(ws[0]) || c.perceptionWord(ws[0]) {
		return false
	}
	tag, _ := lexicon.ClosedClass(ws[0])
	return tag != "CC" && tag != "IN" && !strings.HasPrefix(tag, "W")
}

// perceptionWord reports whether w, a word after a name, is a form of a
// verb whose commonest sense is one of perception (WordNet's
// verb.perception: "saw", "watched", "heard"): the perceiver reports what
// was there to be seen ("Dana Kors, a resident, saw 65 firefighters sent"),
// a figure of the event's, as a source does, owning nothing.
func (c *comparer) perceptionWord(w string) bool {
	s, ok := c.lx.TopSense(c.verbFormBase(strings.ToLower(strings.Trim(w, ".,"))), lexicon.Verb)
	return ok && s.Lex == lexicon.VerbPerception
}

func isUpper(r rune) bool { return r >= 'A' && r <= 'Z' }

// reportingWord reports whether w, a word after a name, is a form of a
// verb of reporting ("said", "says", "told"). Only punctuation is cut: a
// cut set holding "s" (reportsAfter's, until session 50) read "said",
// "says", "stated" as "aid", "ay", "tated", no verb of reporting.
func (c *comparer) reportingWord(w string) bool {
	return mention.IsReportingVerb(c.verbFormBase(strings.ToLower(strings.Trim(w, ".,"))))
}
