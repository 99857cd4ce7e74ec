package compare

import (
	"regexp"
	"strings"

	"github.com/corroborate/corroborate/internal/lexicon"
	"github.com/corroborate/corroborate/internal/mention"
	"github.com/corroborate/corroborate/internal/text"
)

// This file reads the sentences that tell when a thing happened in few
// words of their own, so that their times are kept as facts and dated by
// the verb they belong to.

// firstAfter reports whether token k is the first token after byte offset
// end (a value's end): "Thursday evening" and "On Thursday evening" alike
// have "evening" right after their weekday.
func firstAfter(toks []text.Token, k, end int) bool {
	return k >= 0 && k < len(toks) && toks[k].Start >= end && (k == 0 || toks[k-1].Start < end)
}

// toldStatement reports whether a sentence tells something: a finite verb
// of happening after its subject, a personal pronoun or a noun phrase
// opened by a determiner ("It happened near the mill at 7:40 p.m. Monday",
// "The blast occurred at 6 a.m. Friday"). A page's time stamp, however few
// its words, has no subject: "Posted Friday, June 7, 2019, 4:40 PM",
// "Updated: 4:40 PM Friday". Nor has it a modal auxiliary before a verb,
// which makes a clause of any subject ("Voting will close at 6 p.m.
// Sunday"; Quirk et al. 1985 §3.40: a modal is always finite).
func (c *comparer) toldStatement(toks []text.Token) bool {
	subject := false
	for k, t := range toks {
		if !t.IsWord() {
			continue
		}
		switch tag, _ := lexicon.ClosedClass(t.Lower); tag {
		case "PRP", "DT":
			subject = true
			continue
		case "MD":
			// Written lower-case: "MAY 6" in a stamp in capitals is a month.
			if k > 0 && t.Text == t.Lower && k+1 < len(toks) {
				w := toks[k+1].Text
				if w == strings.ToLower(w) && (beForms[w] || w == "have" || c.lx.Has(w, lexicon.Verb)) {
					return true
				}
			}
		}
		if !subject || k == 0 {
			continue
		}
		if b, ok := c.verbAt(t); ok && b != "" {
			return true
		}
	}
	return false
}

// asideSpan is how many tokens an aside passed over by headVerb may hold.
const asideSpan = 6

// verblessAside returns the index of the comma or dash that opens an
// aside closed by the comma or dash at token k, when the aside holds a few
// words and no verb: an apposition ("in Dover, Delaware, on Sunday") or a
// place told in passing ("at the quarry - near the old ferry road - soon
// after 6 a.m."). -1 when there is none: a clause ("— two of them
// disguised as guards —", ", police said,") ends the search for the verb.
func (c *comparer) verblessAside(toks []text.Token, k int) int {
	dash := isDash(toks, k)
	if !dash && toks[k].Text != "," {
		return -1
	}
	words := 0
	for j := k - 1; j >= 0 && j >= k-asideSpan-1; j-- {
		t := toks[j].Text
		if isDash(toks, j) || t == "," {
			if isDash(toks, j) != dash || words == 0 || j == 0 || !toks[j-1].IsWord() && !toks[j-1].IsNumber() {
				return -1
			}
			return j
		}
		if clausePunct[t] || t == ";" {
			return -1
		}
		if _, ok := c.timeVerbIn(toks, j); ok {
			return -1
		}
		if toks[j].IsWord() || toks[j].IsNumber() {
			words++
		}
	}
	return -1
}

// temporalPrepositions open a nonfinite clause of time (Quirk et al. 1985
// §15.19): "after lighting the stove", "before fleeing", "since leaving",
// "upon arriving".
var temporalPrepositions = map[string]bool{"after": true, "before": true, "since": true, "upon": true}

// temporalGerund reports whether token k is an -ing form right after a
// preposition of time, or past one adverb ("after carelessly lighting
// the stove"): the verb of a clause of time, a happening.
func temporalGerund(toks []text.Token, k int) bool {
	if k == 0 || !strings.HasSuffix(toks[k].Lower, "ing") {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-2; j-- {
		w := toks[j].Lower
		if temporalPrepositions[w] {
			return true
		}
		if !strings.HasSuffix(w, "ly") {
			return false
		}
	}
	return false
}

// reportingVerbAct returns the base of the reporting verb at token k when
// it tells an act, not a statement: a verb that is no verb of speech
// (mention.IsSpeechVerb) followed by its object ("discovered the wreck")
// or by a preposition of place and a determiner ("responded to the
// lodge"); or any, active or passive, followed by "with" past its object
// ("charged him with arson", "was charged Tuesday with arson"); or a
// passive followed by "to" and a place ("were called to the house"); or
// a passive whose subject names a happening ("the robbery was reported
// about 4 a.m.": happeningSubject). A statement's verb is
// followed by its clause, its quote or its day ("said Tuesday that …"). ""
// otherwise.
func (c *comparer) reportingVerbAct(toks []text.Token, k int) string {
	if k+2 >= len(toks) || !toks[k].IsWord() {
		return ""
	}
	if b := c.foundObject(toks, k); b != "" {
		return b
	}
	rb := c.reportBase(toks[k])
	if rb == "" || rb == "say" || rb == "tell" || !c.lx.Has(rb, lexicon.Verb) {
		return ""
	}
	next, after := toks[k+1].Lower, toks[k+2].Lower
	tagAfter, _ := lexicon.ClosedClass(after)
	tag, _ := lexicon.ClosedClass(next)
	object := tag == "DT" && next != "that" || tag == "PRP$" || objectPronouns[next]
	place := (next == "to" || next == "at" || next == "into") && (tagAfter == "DT" || tagAfter == "PRP$")
	if (object || place) && !mention.IsSpeechVerb(rb) {
		return rb
	}
	passive := k > 0 && beForms[toks[k-1].Lower]
	// "filed for receivership", "petitioned for custody": a verb of
	// reporting followed by "for" is a prepositional verb whose
	// complement is the thing sought, a noun phrase, no proposition
	// (Quirk et al. 1985 §16.5): an act.
	if next == "for" && !passive && tagAfter != "PRP" {
		return rb
	}
	// "were called to Elm Road": a passive verb of speech sending its
	// subject to a place summons, it reports nothing ("was reported to
	// the fire service" still reports).
	if passive && next == "to" && c.placeAfter(toks, k+2) {
		return rb
	}
	// "the robbery was reported shortly after 4 a.m.": a happening is
	// no speaker and no thing said; a passive verb of reporting whose
	// subject, right before its be form, names a happening
	// (happeningSubject) tells when the happening was reported to the
	// authorities, a happening of the story, not the day of a statement
	// ("it was reported Tuesday that …", "the mayor was reported Sunday
	// to have left").
	if passive && k >= 2 && c.happeningSubject(toks, k-2) {
		return rb
	}
	if object || passive || toks[k+1].IsCapitalized() {
		for j := k + 2; j < len(toks) && j <= k+6; j++ {
			if strings.EqualFold(toks[j].Text, "with") {
				return rb
			}
			if !toks[j].IsWord() {
				break
			}
		}
	}
	return ""
}

// happeningSubject reports whether token k, the subject of a passive,
// names a happening: a lower-case noun whose commonest WordNet sense is an
// act or an event (countsActs: "robbery", "collision"), or the relative
// pronoun "which" or "that" right after one, a comma between allowed
// ("the collision, which was reported …": the relative pronoun stands
// for its antecedent, Quirk et al. 1985 §17.9).
func (c *comparer) happeningSubject(toks []text.Token, k int) bool {
	if w := toks[k].Lower; (w == "which" || w == "that") && k >= 1 {
		k--
		if toks[k].Text == "," && k >= 1 {
			k--
		}
	}
	t := toks[k]
	if !t.IsWord() || t.IsCapitalized() {
		return false
	}
	lw := t.Lower
	if tag, closed := lexicon.ClosedClass(lw); closed || tag != "" {
		return false
	}
	return c.countsActs(c.lx.Base(lw, lexicon.Noun))
}

// temporalClauseMain returns the verbs of the main clause when the time's
// verb (token h) is the -ing form of a clause of time ("drowned after
// diving from the pier on Friday"): the day is told of the
// clause, and the main clause's happening follows it closely enough that
// another article may date that one instead.
func (c *comparer) temporalClauseMain(toks []text.Token, h int) []datedAlt {
	if !temporalGerund(toks, h) {
		return nil
	}
	for j := h - 1; j >= 1; j-- {
		if temporalPrepositions[toks[j].Lower] {
			return c.mainClauseVerbs(toks, j)
		}
	}
	return nil
}

// foundObject returns the base of a verb whose past form is also a base
// form of its own ("found": find, or to found a firm; WordNet's exception
// lists) when it follows its subject, a noun or a personal pronoun, and
// comes before its object ("rangers found the keeper", "a neighbour found
// her", "deputies found Ross"): the past of a happening. "" otherwise ("to found the club").
func (c *comparer) foundObject(toks []text.Token, k int) string {
	b := c.pastAfterSubject(toks, k)
	if b == "" {
		return ""
	}
	next := toks[k+1].Lower
	if mention.ZeroPast(toks[k].Lower) && c.bareNounObject(toks, k) {
		// "a judge set bail on Monday": the object a bare noun; a verb
		// WordNet lists with the noun ("cut corners": cut_corners) is
		// the pair's act, as splitComplement's are.
		if c.lx.Has(toks[k].Lower+"_"+next, lexicon.Verb) {
			return ""
		}
		return b
	}
	if tag, closed := lexicon.ClosedClass(next); tag == "DT" && next != "that" || tag == "PRP$" || objectPronouns[next] ||
		!closed && toks[k+1].IsCapitalized() && !calendarWord(next) {
		if mention.ZeroPast(toks[k].Lower) && c.splitComplement(toks, k) {
			return ""
		}
		return b
	}
	return ""
}

// bareNounObject reports whether the word after the verb at token k
// opens a noun phrase with no determiner, a noun alone ("set bail",
// "hit homes", "cut taxes"): a plural or a mass noun takes none (Quirk et
// al. 1985 §5.26). The word is a lower-case open-class word with a noun
// sense in WordNet, no -ed or -ing form of a verb, and neither it nor the
// word before the verb makes one WordNet noun with the verb ("tax cut",
// "chess set": a compound noun; "set point", "hit man"), which would make
// the verb a noun's part.
func (c *comparer) bareNounObject(toks []text.Token, k int) bool {
	if k < 1 || k+1 >= len(toks) {
		return false
	}
	t := toks[k+1]
	if !t.IsWord() || t.IsCapitalized() {
		return false
	}
	lw := t.Lower
	if _, closed := lexicon.ClosedClass(lw); closed || !c.lx.Has(c.lx.Base(lw, lexicon.Noun), lexicon.Noun) {
		return false
	}
	if (strings.HasSuffix(lw, "ed") || strings.HasSuffix(lw, "ing")) && c.lx.Base(lw, lexicon.Verb) != lw {
		return false
	}
	v := toks[k].Lower
	return !c.lx.Has(toks[k-1].Lower+"_"+v, lexicon.Noun) && !c.lx.Has(v+"_"+lw, lexicon.Noun)
}

// zeroPastObject is the head noun (base form) of the object of the verb
// of the "cut" class a time's fact dates (its head, read before the time:
// "a judge set bail on Monday", "set a $40,000 bond", "set trial dates"),
// "" when there is none or it cannot be read. The object runs from the
// word after the verb, past a determiner, a possessive and figures,
// through lower-case open-class words, to the word before a closed-class
// word, a punctuation mark or a name; its last word is its head (Quirk et
// al. 1985 §17.2) and must be a WordNet noun.
func (c *comparer) zeroPastObject(f *fact) string {
	if f.head == "" || !f.headBefore || !mention.ZeroPast(f.head) {
		return ""
	}
	toks := f.tokens()
	at := tokenFrom(toks, f.v.Start)
	h := -1
	for k := at - 1; k >= 1 && k >= at-headSpan; k-- {
		if toks[k].Lower == f.head {
			h = k
			break
		}
	}
	if h < 1 || h+1 >= len(toks) {
		return ""
	}
	k := h + 1
	if tag, closed := lexicon.ClosedClass(toks[k].Lower); closed && (tag == "DT" && toks[k].Lower != "that" || tag == "PRP$") {
		k++
	}
	for k < len(toks) && (toks[k].IsNumber() || strings.ContainsAny(toks[k].Text, "0123456789$")) {
		k++
	}
	head := ""
	for ; k < len(toks) && k < at; k++ {
		t := toks[k]
		if !t.IsWord() || t.IsCapitalized() {
			break
		}
		if _, closed := lexicon.ClosedClass(t.Lower); closed {
			break
		}
		head = t.Lower
	}
	if head == "" {
		return ""
	}
	b := c.lx.Base(head, lexicon.Noun)
	if !c.lx.Has(b, lexicon.Noun) {
		return ""
	}
	return b
}

// twoObjectActs reports whether two times date one verb of the "cut"
// class with two objects whose head nouns differ ("set trial dates on
// Monday" / "set bail on Thursday", "set fires" / "set records"): such a
// verb is light in meaning, its object tells what was done (a judge's
// setting of bail and of a trial's dates are two acts, as a vandal's
// setting of fires and a runner's setting of records are; WordNet lists
// set with some forty senses), so the object noun is part of the act. Not
// when the nouns are one, synonyms or close in WordNet ("bail" / "bond").
func (c *comparer) twoObjectActs(f, g *fact) bool {
	if f.head == "" || f.head != g.head {
		return false
	}
	a, b := c.zeroPastObject(f), c.zeroPastObject(g)
	if a == "" || b == "" || a == b {
		return false
	}
	return !c.lx.Synonyms(a, b, lexicon.Noun) && !c.lx.Related(a, b, lexicon.Noun)
}

// splitComplement reports whether the verb at token k has, past the
// object that opens at k+1, an open-class word with which WordNet lists
// it as one verb ("set Pell Garrow free": set_free; "set the barn
// ablaze": set_ablaze): the object stands between the verb and its
// particle or object complement (Quirk et al. 1985 §16.4, §16.44), and
// the act is the pair's ("free", "burn"), not the verb's alone, so the
// verb by itself dates nothing. The search stops at a closed-class word
// or a punctuation mark, where the object ends.
func (c *comparer) splitComplement(toks []text.Token, k int) bool {
	for j := k + 2; j < len(toks) && j <= k+6; j++ {
		t := toks[j]
		if !t.IsWord() {
			if !strings.ContainsAny(t.Text, "0123456789") {
				return false
			}
			continue
		}
		if _, closed := lexicon.ClosedClass(t.Lower); closed {
			return false
		}
		if c.lx.Has(toks[k].Lower+"_"+t.Lower, lexicon.Verb) {
			return true
		}
	}
	return false
}

// pastAfterSubject is foundObject's verb without its object: the base of
// a past form that is also a base form of its own, after a noun or a
// personal pronoun ("rangers found …"), "" otherwise ("to found …"). A
// verb whose base, past and participle are one form ("a judge set …",
// mention.ZeroPast: Quirk et al. 1985 §3.16, the "cut" class, which
// WordNet's exception lists do not hold, as nothing needs undoing) is
// read there as its past.
func (c *comparer) pastAfterSubject(toks []text.Token, k int) string {
	if k == 0 || k+1 >= len(toks) || !toks[k].IsWord() || toks[k].IsCapitalized() || !toks[k-1].IsWord() {
		return ""
	}
	lw := toks[k].Lower
	b, ok := c.lx.Participle(lw)
	if !ok && mention.ZeroPast(lw) {
		b, ok = lw, true
	}
	if !ok || !c.lx.Has(lw, lexicon.Verb) || lightVerb(b) || mention.IsSpeechVerb(b) || !c.happening(b) {
		return ""
	}
	if tag, closed := lexicon.ClosedClass(toks[k-1].Lower); closed && tag != "PRP" && !c.coordinatedPast(toks, k-1) {
		return "" // "to found the club", "will lay the stone"
	}
	return b
}

// coordinatedPast reports whether the token at j is "and" or "but" that
// joins a predicate to one in the past before it in its clause ("officers
// arrived within minutes and found the victim"): the second predicate
// shares the first one's subject and tense (coordination of predicates,
// Quirk et al. 1985 §13.65), so the form after it is a past as one after
// its subject is (session 52). The verb before is an inflected past of a
// happening (pastVerb), no verb of speech.
func (c *comparer) coordinatedPast(toks []text.Token, j int) bool {
	if toks[j].Lower != "and" && toks[j].Lower != "but" {
		return false
	}
	for i := j - 1; i >= 1; i-- {
		t := toks[i]
		// "planned to sell the hall and found a school": a to-infinitive
		// or a modal's verb before is what "and" joins the base to ("to"
		// before a determiner or a name is a preposition: "responded to
		// the house and found").
		if tag, _ := lexicon.ClosedClass(t.Lower); clausePunct[t.Text] || t.Text == "," || tag == "MD" || tag == "TO" && c.infinitiveAfter(toks, i) {
			return false
		}
		if b := c.pastVerb(t, false); b != "" && b != t.Lower && c.happening(b) && !mention.IsSpeechVerb(b) {
			return true
		}
	}
	return false
}

// reDayAfterClock is what may stand between a clock time and the day it is
// of: a space, a comma, "on".
var reDayAfterClock = regexp.MustCompile(`^,?\s+(?:on\s+)?$`)

// dayAfterClock reports whether a weekday or a date follows a clock time
// right after it ("soon after 6 a.m. Thursday", "at 8 p.m., Friday"): one
// moment, dated by the clock time's verb.
func dayAfterClock(s string, clock, day mention.Value) bool {
	if clock.Type != mention.VClock || day.Type != mention.VWeekday && day.Type != mention.VDate || clock.End > day.Start || day.Start > len(s) {
		return false
	}
	return reDayAfterClock.MatchString(s[clock.End:day.Start])
}

// pronounOccurrence reports whether a time dates a verb of occurring whose
// subject is a pronoun ("It happened by the pier at dawn Sunday", "this
// occurred Friday"): the pronoun refers back to the happening the story
// tells, as a general noun of happening does (generalDated). A pronoun a
// lost sentence break glued to the word before it ("complex.It happened")
// is read as written after the break (unglued).
func (c *comparer) pronounOccurrence(f *fact) bool {
	if !occurringVerbs[f.head] || !f.headBefore {
		return false
	}
	toks := f.tokens()
	at := tokenFrom(toks, f.v.Start)
	for k := at - 1; k >= 1 && k >= at-occurSpan; k-- {
		if j, _ := c.occurringVerbAt(toks, k); j >= 1 {
			switch strings.ToLower(unglued(toks[j-1].Text)) {
			case "it", "this":
				return true
			}
			return false
		}
	}
	return false
}

// placeAfter reports whether the noun phrase from token k names a place:
// its head, the first word within four tokens whose first noun sense is
// no function word, is a location or an artifact in WordNet ("the
// house", "Elm Road", "the scene" are; "the fire service" is not).
func (c *comparer) placeAfter(toks []text.Token, k int) bool {
	for j := k; j < len(toks) && j < k+4; j++ {
		if !toks[j].IsWord() {
			return false
		}
		w := toks[j].Lower
		if _, closed := lexicon.ClosedClass(w); closed {
			continue
		}
		sn, ok := c.lx.FirstSense(c.lx.Base(w, lexicon.Noun), lexicon.Noun)
		if !ok || sn.Instance {
			continue
		}
		// "Elm Road": a name's words before its head noun are skipped.
		if toks[j].IsCapitalized() && j+1 < len(toks) && toks[j+1].IsCapitalized() {
			continue
		}
		return sn.Lex == lexicon.NounLocation || sn.Lex == lexicon.NounArtifact
	}
	return false
}

// speakingVerb reports whether a verb's base form names the act of
// speaking itself: "speak" or a verb WordNet puts in one synset with it
// ("talk", "address", "verbalize"). Such a verb takes no clause, so
// verbHead keeps it as an act ("was named Monday"); but the day it is told
// on ("talked Friday evening at the quay", "spoke to reporters on
// Friday") is the day of a statement, never of the happening spoken of.
func (c *comparer) speakingVerb(b string) bool {
	return b == "speak" || c.lx.Synonyms(b, "speak", lexicon.Verb)
}

// saysAt reports whether a token is a finite verb of saying: "said",
// "says", or the past or present form of a verb whose use in WordNet is
// mostly communication (mention.IsSpeechVerb: "told", "announced"; not
// "known", "found").
func (c *comparer) saysAt(t text.Token) bool {
	lw := t.Lower
	if lw == "said" || lw == "says" {
		return true
	}
	rb := c.reportBase(t)
	return rb != "" && mention.IsSpeechVerb(rb) && !strings.HasSuffix(lw, "ing")
}

// pastForm reports whether a verb token of base form b is a past form:
// neither the base, nor the third person singular in -s, nor the -ing
// participle ("spoke", "talked"; not "speaks", "talking").
func pastForm(w, b string) bool {
	lw := strings.ToLower(w)
	return lw != b && !strings.HasSuffix(lw, "s") && !strings.HasSuffix(lw, "ing")
}

// infinitiveAfter reports whether the word after the "to" at token i is
// a verb's base form (a lower-case open-class word WordNet has as a verb
// in that form): "to sell", not "to the house" nor "to Pell Street".
func (c *comparer) infinitiveAfter(toks []text.Token, i int) bool {
	if i+1 >= len(toks) {
		return false
	}
	t := toks[i+1]
	if !t.IsWord() || t.IsCapitalized() {
		return false
	}
	if _, closed := lexicon.ClosedClass(t.Lower); closed {
		return false
	}
	return c.lx.Has(t.Lower, lexicon.Verb) && c.lx.Base(t.Lower, lexicon.Verb) == t.Lower
}
