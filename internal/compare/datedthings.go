package compare

import (
	"slices"
	"strings"

	"github.com/corroborate/corroborate/internal/lexicon"
	"github.com/corroborate/corroborate/internal/text"
)

// This file reads, for a day or a clock time, the other happenings its
// words date besides the verb of its clause (datedThing, guards.go), so
// that two reports of one happening that name it through different verbs
// are not taken for two dated things:
//   - a time in a clause of simultaneity ("was shot in the arm as he
//     cleaned a rifle on Tuesday", "was wounded while he fled on
//     Friday"): what happened "as" or "while" it happened dates the verb of
//     the clause it hangs on too (Quirk et al. 1985 §15.25, clauses of
//     time: same-time relationship);
//   - a time whose verb is an -ing participle right after an event noun
//     ("a shooting involving two brothers Saturday night"): the
//     participle is a reduced relative clause of the noun (Quirk et al.
//     1985 §17.27), and the day is the noun's (its verb is the time's
//     head);
//   - a time of a general noun of happening ("the incident occurred on
//     Saturday", "the incident Saturday"): such a noun refers back to the
//     happening the story tells, whatever it is called (Halliday and Hasan
//     1976 §6.4, general nouns; generalEventNoun), and dates no other thing.

// datedAlt is one happening a time dates: a verb's base form, or a noun
// that names an event no verb derives.
type datedAlt struct {
	w   string
	pos lexicon.POS
}

// simultaneity are the subordinators of a clause of time that tell the
// same time as their main clause (Quirk et al. 1985 §15.25): "as", "while".
// "When" may tell a moment before or after ("was arrested when he
// returned"), and is read by whenclause.go the other way round.
var simultaneity = map[string]bool{"as": true, "while": true}

// mainClauseSpan is how many tokens before its subordinator the verb of
// the main clause may stand ("stopped and questioned a 30-year-old
// driver seen near the burned warehouse as he left").
const mainClauseSpan = 14

// markDatedAlts sets, for every day and clock time, the other happenings
// it dates (alsoDates) and whether it dates the story's happening by a
// general noun (generalDay); a verb read in an -ing participle after an
// event noun gives way to the noun's verb as the time's head.
func (c *comparer) markDatedAlts(facts []fact) {
	for i := range facts {
		f := &facts[i]
		if !isDayOrClock(f.v.Type) || f.reported {
			continue
		}
		toks := f.tokens()
		at := tokenFrom(toks, f.v.Start)
		f.generalDay = c.generalDated(f) || c.pronounOccurrence(f) || c.respondedToHarm(toks, at)
		h := -1
		if f.head != "" && f.headBefore && at >= 0 {
			h = c.headToken(toks, at, f.head)
		}
		var ev []datedAlt
		if !c.causeOfDeath(toks, h, at) {
			ev = c.eventNounAlt(f)
		}
		ev = append(ev, c.eventNounAfter(toks, f.v.End)...)
		if at >= 0 {
			ev = append(ev, c.lightPassiveSubject(toks, at)...) // actverbs.go
		}
		f.alsoDates = ev
		if h < 0 {
			continue
		}
		f.alsoDates = append(append(c.simultaneousMain(toks, h), c.temporalClauseMain(toks, h)...), ev...)
		f.alsoDates = append(f.alsoDates, c.activeSubjectEvent(toks, h)...)
		f.alsoDates = append(f.alsoDates, c.eventiveObject(toks, h)...)
		f.alsoDates = append(f.alsoDates, c.perceivedHappenings(toks, h, at)...)
		f.alsoDates = append(f.alsoDates, c.relativeMain(toks, h)...)     // ownverb.go
		f.alsoDates = append(f.alsoDates, c.copulaChangeAlts(toks, h)...) // actverbs.go
		f.alsoDates = append(f.alsoDates, c.impactInto(toks, h)...)
		if f.undergone = c.harmBeside(toks, h, at); f.undergone != "" {
			f.alsoDates = append(f.alsoDates, datedAlt{f.undergone, lexicon.Verb})
		}
		// The participle is no verb of the clause: the noun's verb is
		// what the time dates ("a shooting involving two men
		// Saturday" dates no state of involving).
		if n := c.participleNoun(toks, h); len(n) > 0 {
			if n[0].pos == lexicon.Verb {
				f.head = n[0].w
			} else {
				f.alsoDates = append(f.alsoDates, n...)
			}
		}
	}
}

// causeOfDeath reports whether the noun phrase between a time (token at)
// and its head verb (token h) is the cause of the death the verb tells: a
// dying verb ("died", "perished": dyingVerb; "succumbed": diesOf) whose
// "of", "from" or "to" phrase ends right before the time ("died of his
// wounds Friday", "succumbed to her injuries on Wednesday"). The harm came
// before the death: the time dates the death, not the harm the noun names,
// as "died Friday in a crash" dates the crash (eventNounAfter).
func (c *comparer) causeOfDeath(toks []text.Token, h, at int) bool {
	if h < 0 || h+1 >= at {
		return false
	}
	b := toks[h].Base(lexicon.Verb)
	if b == "" || !c.dyingVerb(b) && !c.diesOf(b) {
		return false
	}
	switch toks[h+1].Lower {
	case "of", "from", "to":
	default:
		return false
	}
	for k := h + 2; k < at; k++ {
		if !toks[k].IsWord() {
			return false
		}
	}
	return at-(h+2) <= npSpan
}

// generalDated reports whether a time dates a general noun of happening:
// the subject of its verb of occurring ("the incident occurred Saturday"),
// the noun it modifies (datedThing), or, when no verb before it dates it,
// the event noun it follows or modifies ("the incident on Saturday"; "was
// arrested Tuesday at the incident" dates the arrest).
func (c *comparer) generalDated(f *fact) bool {
	general := func(w string) bool {
		return w != "" && c.generalEventNoun(nounWord{base: c.lx.Base(w, lexicon.Noun), isNoun: true})
	}
	if general(f.head) {
		return true
	}
	// The general noun the time modifies, which datedThing reads before
	// the verb ("shot during a roadside incident Thursday").
	if w, pos := c.datedThing(f); pos == lexicon.Noun && general(w) {
		return true
	}
	if f.head != "" && f.headBefore {
		return false
	}
	return general(f.v.Event) || general(f.v.Noun)
}

// eventNounAlt is the happening of the event noun a time follows (the
// value's Event: "was wounded in a shooting Thursday", "killed after the
// robbery on Friday"): a prepositional phrase of time after a noun
// postmodifies it (Quirk et al. 1985 §17.37), so the time dates the
// noun's happening as well as the clause's verb. Its verb when WordNet
// derives one ("shooting" → shoot), else the noun; none for a general noun
// of happening (generalDated reads those) or a noun whose first sense is
// no act or event.
func (c *comparer) eventNounAlt(f *fact) []datedAlt {
	// An -ing noun the occurrence reading dated as itself ("a hearing
	// ... was held Monday": heldOwnNoun) is not read back into its verb.
	if f.head == f.v.Event && strings.HasSuffix(f.head, "ing") {
		return nil
	}
	return c.ownEventNoun(f.v.Event)
}

// ownEventNoun is the happening of an event noun n as a dated
// alternative (happeningOf); none for "", a general noun of happening or
// a noun whose first sense is no act or event.
func (c *comparer) ownEventNoun(n string) []datedAlt {
	if n == "" || !c.eventNoun(n) || c.generalEventNoun(nounWord{base: c.lx.Base(n, lexicon.Noun), isNoun: true}) {
		return nil
	}
	return c.happeningOf(n)
}

// containment are the prepositions of a phrase that places a happening
// within another: "in" and "during" (Quirk et al. 1985 §9.20, time
// position and duration: "during the war", "in the storm").
var containment = map[string]bool{"in": true, "during": true}

// npSpan is how many words a noun phrase after a preposition may run to
// its head ("in a double suicide", "during an armed robbery attempt").
const npSpan = 4

// eventNounAfter is the happening of the event noun a time's clause
// places its happening in, read right after the time and its part of the
// day ("died Saturday in a double suicide", "were hurt Friday night
// during a robbery"): the phrase of containment tells what the clause's
// verb was part of, on the day the time gives (eventNounAlt reads the
// noun before the time). The noun is the last word of the phrase before
// a preposition, a conjunction, punctuation or a capitalised word (a
// place name, another time; right after the preposition it is a name, not
// an event noun: "in Robbery Bay"). None when no such phrase follows.
func (c *comparer) eventNounAfter(toks []text.Token, end int) []datedAlt {
	k := tokenFrom(toks, end)
	if k >= 0 {
		k = pastPartOfDay(toks, k)
	}
	if k < 0 || k >= len(toks) || !containment[toks[k].Lower] {
		return nil
	}
	noun := ""
	for j := k + 1; j < len(toks) && j <= k+npSpan; j++ {
		w := toks[j].Text
		lw := strings.ToLower(w)
		if !toks[j].IsWord() || w != lw {
			break
		}
		if tag, closed := lexicon.ClosedClass(lw); closed {
			if tag == "IN" || tag == "TO" || tag == "CC" || tag == "WDT" {
				break
			}
			continue
		}
		noun = lw
	}
	if noun == "" {
		return nil
	}
	return c.ownEventNoun(c.lx.Base(noun, lexicon.Noun))
}

// headToken is the token of a time's head verb read before it (headVerb):
// the nearest token before the time, within headSpan, whose verb is head;
// -1 when none.
func (c *comparer) headToken(toks []text.Token, at int, head string) int {
	for k := at - 1; k >= 0 && k >= at-headSpan; k-- {
		if b, ok := c.timeVerbIn(toks, k); ok && b == head {
			return k
		}
	}
	return -1
}

// simultaneousMain returns the verbs of the main clause when the time's
// verb (token h) opens a clause of simultaneity: "as" or "while" right
// before its subject (a pronoun or a noun phrase of up to three words)
// or right before the verb itself ("while fleeing"). The verbs are those
// read before the subordinator, back to a comma or the sentence's start.
func (c *comparer) simultaneousMain(toks []text.Token, h int) []datedAlt {
	s := -1
	for j := h - 1; j >= 0 && j >= h-4; j-- {
		if !toks[j].IsWord() {
			return nil
		}
		if simultaneity[toks[j].Lower] {
			s = j
			break
		}
	}
	if s < 1 {
		return nil
	}
	return c.mainClauseVerbs(toks, s)
}

// mainClauseVerbs returns the verbs of happening read before the
// subordinator at token s, back to a comma or the sentence's start: the
// verbs of the clause the subordinate clause hangs on.
func (c *comparer) mainClauseVerbs(toks []text.Token, s int) []datedAlt {
	var out []datedAlt
	for k := s - 1; k >= 0 && k >= s-mainClauseSpan; k-- {
		if toks[k].Text == "," || toks[k].Text == ";" || isDash(toks, k) || clausePunct[toks[k].Text] {
			break
		}
		if b, ok := c.timeVerbIn(toks, k); ok && b != "" && !lightVerb(b) && c.happening(b) {
			out = append(out, datedAlt{b, lexicon.Verb})
		}
	}
	return out
}

// happeningOf is the happening an event noun n names, as a dated
// alternative: its verb when n is a verb form ("shooting" → shoot) or
// WordNet derives one, else the noun itself.
func (c *comparer) happeningOf(n string) []datedAlt {
	if b, ok := c.gerundVerb(n); ok {
		return []datedAlt{{b, lexicon.Verb}}
	}
	b := c.lx.Base(n, lexicon.Noun)
	if vs := c.nounVerbs(b); len(vs) > 0 {
		return []datedAlt{{vs[0], lexicon.Verb}}
	}
	return []datedAlt{{b, lexicon.Noun}}
}

// gerundVerb is the verb an event noun is a form of: its -ing form
// ("shooting": shoot), or a form of a verb WordNet derives the noun from
// ("attacks": attack). A noun that is only by chance an inflected form of
// another verb names its own happening ("wound", a harm, is no form of
// *wind* here; WordNet derives the verb *wound* from it).
func (c *comparer) gerundVerb(n string) (string, bool) {
	b := c.lx.Base(n, lexicon.Verb)
	if b == n || !c.lx.Has(b, lexicon.Verb) {
		return c.actFormVerb(n)
	}
	if !strings.HasSuffix(n, "ing") && !slices.Contains(lexicon.DerivedVerbs(c.lx.Base(n, lexicon.Noun)), b) {
		return c.actFormVerb(n)
	}
	return b, true
}

// actFormVerb is the verb a noun of an act is an irregular past form of:
// "a shot", "shots" (shoot), a conversion of the verb's form to a noun
// (Quirk et al. 1985 App. I.43) whose most frequent sense is the verb's
// act, the act of firing, though WordNet derives it from no verb and
// files it under propulsion. A form whose most frequent noun sense is no
// act names a thing of its own ("wound", an injury, is no act of
// winding; "saw", a tool).
func (c *comparer) actFormVerb(n string) (string, bool) {
	nb := c.lx.Base(n, lexicon.Noun)
	b := c.lx.Base(nb, lexicon.Verb)
	if b == nb || strings.HasSuffix(nb, "ed") || !c.lx.Has(b, lexicon.Verb) {
		return "", false
	}
	if s, ok := c.lx.TopSense(nb, lexicon.Noun); !ok || s.Lex != lexicon.NounAct {
		return "", false
	}
	return b, true
}

// perceivedHappenings are the happenings a time's head verb (token h,
// before the time at token at) perceives: when the verb's most frequent
// sense is one of perception (WordNet's verb.perception: hear, see,
// witness, notice), the event nouns of its object ("heard gunshots
// Sunday", "saw several shots fired at 2 a.m."): what was heard or seen
// happened when it was perceived, and another report dates it by its
// own verb. The object is read up to a preposition, a conjunction or
// punctuation, npSpan words and one more at most.
func (c *comparer) perceivedHappenings(toks []text.Token, h, at int) []datedAlt {
	s, ok := c.lx.TopSense(toks[h].Base(lexicon.Verb), lexicon.Verb)
	if !ok || s.Lex != lexicon.VerbPerception {
		return nil
	}
	var out []datedAlt
	for k := h + 1; k < at && k <= h+npSpan+1; k++ {
		lw := toks[k].Lower
		if !toks[k].IsWord() {
			break
		}
		if tag, closed := lexicon.ClosedClass(lw); closed {
			if tag == "IN" || tag == "TO" || tag == "CC" || tag == "WDT" {
				break
			}
			continue
		}
		out = append(out, c.ownEventNoun(c.lx.Base(lw, lexicon.Noun))...)
	}
	return out
}

// participleNoun returns the event noun a time's -ing verb (token h)
// follows ("a shooting involving two men"): the participle modifies it,
// and the time dates the noun's happening, as its verb when it has one.
func (c *comparer) participleNoun(toks []text.Token, h int) []datedAlt {
	lw := toks[h].Lower
	if h < 1 || !strings.HasSuffix(lw, "ing") || !toks[h-1].IsWord() || toks[h-1].IsCapitalized() {
		return nil
	}
	n := toks[h-1].Lower
	if _, closed := lexicon.ClosedClass(n); closed || !c.isEventNoun(n) {
		return nil
	}
	return c.happeningOf(n)
}

// datedAlts are all the happenings a time dates: its datedThing and the
// others markDatedAlts read.
func (c *comparer) datedAlts(f *fact) []datedAlt {
	var out []datedAlt
	if a, p := c.datedThing(f); a != "" {
		out = append(out, datedAlt{a, p})
	}
	return append(out, f.alsoDates...)
}

// oneDatedThing reports whether two dated happenings are one (as
// sameDatedThing weighs them).
func (c *comparer) oneDatedThing(a, b datedAlt) bool {
	if a.pos != b.pos {
		return c.nounOfVerb(a.w, a.pos, b.w)
	}
	if a.pos == lexicon.Verb {
		return c.closeVerbs(a.w, b.w)
	}
	return a.w == b.w || c.lx.Synonyms(a.w, b.w, a.pos) ||
		c.lx.Under(a.w, a.pos, c.lx.SynsetIDs(b.w, a.pos), 1) || c.lx.Under(b.w, a.pos, c.lx.SynsetIDs(a.w, a.pos), 1)
}

// mayBeOne reports whether two dated happenings may be one (as
// datesOfTwoThings weighs them): the same, one the noun of the other's
// verb, or related in WordNet.
func (c *comparer) mayBeOne(a, b datedAlt) bool {
	if a.w == b.w {
		return true
	}
	if a.pos != b.pos {
		return c.nounOfVerb(a.w, a.pos, b.w) || c.attackNounVerb(a, b)
	}
	// Two verbs of harm may tell one attack: one shot kills one person
	// and wounds another ("killed on Sunday" / "wounded on Sunday"), and
	// the shots that did it are the attack too ("opened fire on
	// Saturday": harmDoneVerb).
	if a.pos == lexicon.Verb && c.attackVerb(a.w) && c.attackVerb(b.w) {
		return true
	}
	return c.lx.Related(a.w, b.w, a.pos)
}

// attackNounVerb reports whether a noun and a verb, given in either order,
// both tell a harm done to someone, as two verbs of harm may tell one
// attack (mayBeOne): "the Thursday homicide" (kill) and "were wounded on
// Saturday night".
func (c *comparer) attackNounVerb(a, b datedAlt) bool {
	if a.pos != lexicon.Noun {
		a, b = b, a
	}
	if !c.attackVerb(b.w) {
		return false
	}
	for _, v := range c.nounVerbs(c.lx.Base(a.w, lexicon.Noun)) {
		if c.attackVerb(v) {
			return true
		}
	}
	return false
}

// attackVerb reports whether a verb tells a harm done to someone: its
// affected participant is a victim (verbRole), or it is a verb of harm or
// of firing a weapon (harmDoneVerb).
func (c *comparer) attackVerb(b string) bool {
	return c.verbRole(b) == roleVictim || c.harmDoneVerb(b)
}

// pastMidnightHours reports whether a day is told in a part of it past
// its first hours ("Sunday afternoon", "Sunday night", "late Sunday"): no
// moment of the night before ("Saturday night" and "Sunday night" are a
// day apart, where "Saturday night" and "early Sunday" may be one moment).
func pastMidnightHours(text string) bool {
	t := strings.ToLower(text)
	for _, w := range []string{"late", "afternoon", "evening", "night"} {
		if strings.Contains(t, w) {
			return true
		}
	}
	return false
}

// beforeNightHours reports whether a day is told in a part of it before
// its last hours ("Friday morning", "Friday afternoon", "early Friday"): no
// moment of the first hours of the day after ("early Saturday" may be
// "Friday night", not "Friday morning").
func beforeNightHours(text string) bool {
	t := strings.ToLower(text)
	for _, w := range []string{"early", "morning", "afternoon"} {
		if strings.Contains(t, w) {
			return true
		}
	}
	return false
}

// activeSubjectEvent returns the happening of the event noun that is the
// subject of a time's active verb (token h), right before it or before a
// relative "that" or "which" ("the shooting left two dead on Sunday", "a
// blast that injured three Friday"): a happening that did what the verb
// tells happened when it did (Quirk et al. 1985 §10.19, the event as
// agentive subject). None for a general noun of happening (generalDated
// reads those), a passive or an -ing form.
func (c *comparer) activeSubjectEvent(toks []text.Token, h int) []datedAlt {
	if strings.HasSuffix(toks[h].Lower, "ing") || beBefore(toks, h) >= 0 {
		return nil
	}
	k := h - 1
	if k >= 1 {
		if w := toks[k].Lower; w == "that" || w == "which" {
			k--
		}
	}
	if k < 0 || !toks[k].IsWord() || toks[k].IsCapitalized() {
		return nil
	}
	// "the briefing on the shooting took place": a preposition's
	// object is no subject of a verb of occurring (occurrenceSubject
	// reads it so too).
	if prepositionObject(toks, k) && c.occurringVerbNear(toks, h) {
		return nil
	}
	n := toks[k].Lower
	b := c.lx.Base(n, lexicon.Noun)
	if _, closed := lexicon.ClosedClass(n); closed || !c.isEventNoun(n) || !c.eventNoun(b) ||
		c.generalEventNoun(nounWord{base: b, isNoun: true}) {
		return nil
	}
	return c.happeningOf(n)
}

// eventiveVerbs are the verbs Quirk et al. (1985, §10.47) name as taking
// an eventive object, a noun of action that carries the meaning of the
// clause while the verb says little more than that it happened ("have a
// look", "take a walk", "make an arrest", "give a reply", "do a
// search").
var eventiveVerbs = map[string]bool{"have": true, "take": true, "make": true, "give": true, "do": true}

// eventiveObject is, for the head verb at token h of a time, the
// happening its object names when the object is an eventive object: the
// verb is one of Quirk's verbs of eventive objects or a verb of getting
// (WordNet: directly under "get": win, gain, receive, obtain), its object
// follows it past one determiner at most, and the object is a noun whose
// first WordNet sense is an event or an act, from which WordNet derives
// verbs (each is a happening the time dates). The time then dates the
// noun's verb as well: "the scheme won approval on Friday" dates the
// approving that "councillors approved the plans on Monday" dates, and
// "officers made an arrest on Sunday" the arresting. A general noun of
// happening ("incident") names no act of its own.
func (c *comparer) eventiveObject(toks []text.Token, h int) []datedAlt {
	b := toks[h].Base(lexicon.Verb)
	if b == "" || !eventiveVerbs[b] && !c.lx.Under(b, lexicon.Verb, c.lx.SynsetIDs("get", lexicon.Verb), 1) && !c.inceptiveVerb(b) {
		return nil
	}
	k := h + 1
	if k < len(toks) && (objectDeterminers[toks[k].Lower] || toks[k].Lower == "a" || toks[k].Lower == "an") {
		k++
	}
	if k >= len(toks) || !toks[k].IsWord() || toks[k].IsCapitalized() {
		return nil
	}
	n := toks[k].Lower
	nb := c.lx.Base(n, lexicon.Noun)
	if _, closed := lexicon.ClosedClass(n); closed || !c.eventNoun(nb) || c.generalEventNoun(nounWord{base: nb, isNoun: true}) {
		return nil
	}
	var out []datedAlt
	for _, v := range lexicon.DerivedVerbs(nb) {
		out = append(out, datedAlt{v, lexicon.Verb})
	}
	return out
}

// respondedToHarm reports whether a time dates a response to the story's
// harm: a verb of responding ("respond" or a WordNet synonym: react,
// answer) in the time's clause, before the time or after a time that
// opens the sentence, whose clause after it names a harm done to someone
// or its victim ("officers responded Sunday to a report of a wounded
// man", "on Friday, deputies responded to the farm and found a man with a
// stab wound"), or whose complement is a place (respondedToPlace); not a
// later visit nor one by those who come after the fact (laterVisit,
// afterTheFactSubject).
// Police and medics answer a call as the happening takes place, so the
// day of the response is the day of the happening the call told, as the day of "the incident occurred" is (generalDay). A verb of
// responding reads as a verb of saying (timeVerbIn gives no head), so its
// token is looked for here. toks are the time's sentence's tokens, at the
// time's first token (-1: not found).
func (c *comparer) respondedToHarm(toks []text.Token, at int) bool {
	if at < 0 {
		return false
	}
	r := c.respondingVerb(toks, at)
	if r < 0 {
		return false
	}
	if laterVisit(toks, r) || c.afterTheFactSubject(toks, r) { // placepasttime.go
		return false
	}
	if c.respondedToPlace(toks, r, at) { // placepasttime.go
		return true
	}
	for k := r + 1; k < len(toks); k++ {
		if toks[k].Text == "," || toks[k].Text == ";" || clausePunct[toks[k].Text] || isDash(toks, k) {
			return false
		}
		if !toks[k].IsWord() || toks[k].IsCapitalized() {
			continue
		}
		lw := toks[k].Lower
		if _, closed := lexicon.ClosedClass(lw); closed {
			continue
		}
		if c.harmNoun(lw) || c.nounRole(lw) == roleVictim {
			return true
		}
		if b, ok := c.timeVerbIn(toks, k); ok && b != "" && c.harmDoneVerb(b) {
			return true
		}
	}
	return false
}

// respondingVerb is the token of a verb of responding in the clause of
// the time at token at: within headSpan before it with no comma or
// semicolon between, or, for a time that opens the sentence and a comma
// after it ("On Friday, deputies responded"), within headSpan after that
// comma. -1 when none.
func (c *comparer) respondingVerb(toks []text.Token, at int) int {
	responding := func(k int) bool {
		if !toks[k].IsWord() || toks[k].IsCapitalized() {
			return false
		}
		if _, ok := c.timeVerbIn(toks, k); !ok {
			return false
		}
		b := toks[k].Base(lexicon.Verb)
		return c.lx.Synonyms(b, "respond", lexicon.Verb)
	}
	// Names and clock words stretch the span as they do headVerb's
	// ("responded to the 900 block of Elm Street around 2 p.m. Sunday").
	for k, lo, named := at-1, at-headSpan, 0; k >= 0 && k >= lo; k-- {
		if toks[k].Text == "," || toks[k].Text == ";" || isDash(toks, k) {
			break
		}
		if responding(k) {
			return k
		}
		if named < nameSpan && (nameWord(toks, k) || clockWord(toks, k)) {
			lo--
			named++
		}
	}
	comma := -1
	for k := at + 1; k < len(toks) && k <= at+3; k++ {
		if toks[k].Text == "," {
			comma = k
			break
		}
	}
	if comma < 0 || at > 2 {
		return -1
	}
	for k := comma + 1; k < len(toks) && k <= comma+headSpan; k++ {
		if toks[k].Text == "," || toks[k].Text == ";" || isDash(toks, k) {
			break
		}
		if responding(k) {
			return k
		}
	}
	return -1
}
