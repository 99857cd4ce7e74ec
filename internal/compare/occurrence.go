package compare

import (
	"slices"
	"strings"
	"unicode"

	"github.com/corroborate/corroborate/internal/lexicon"
	"github.com/corroborate/corroborate/internal/mention"
	"github.com/corroborate/corroborate/internal/text"
)

// A verb of occurring has the event itself for its subject: "the robbery
// happened near midnight", "the crash occurred Tuesday", "the attack took
// place on Friday" (Levin 1993, English Verb Classes and Alternations,
// §48.3 "verbs of occurring": happen, occur, take place, transpire, come
// about; "break out" of a fire or a war). A time such a verb dates is the
// time of the event its subject names, not of a "happening" in general:
// two articles' "the shooting happened Sunday" and "the shooting Thursday
// night" date one event, and "the crash happened Tuesday" and "the fire
// happened Monday" two.

// occurringVerbs are the base forms of the one-word verbs of occurring.
var occurringVerbs = map[string]bool{"happen": true, "occur": true, "transpire": true}

// occurringParticle are the verbs of occurring written as a verb and a
// following word ("took place", "came about", "broke out").
var occurringParticle = map[string]string{"take": "place", "come": "about", "break": "out"}

// heldEvents are the participles whose passive has an organised event for
// its subject and says when or where it happens: "the vote was held on
// Sunday", "the race will be staged in May" (WordNet's hold, "organize or
// be responsible for", and stage, "plan, organize, and carry out an
// event"). The subject must be an event noun: "the suspect was held on
// Sunday" is a detention, dated by headVerb as any verb.
var heldEvents = map[string]bool{"held": true, "staged": true}

// occurSpan is how many tokens before a time a verb of occurring may
// stand when no other verb comes between ("the crash occurred on the
// bridge over the river east of the town soon after 4:10 a.m."): its adjuncts of
// place and time follow it; within headSpan any verb may come between, as
// before.
const occurSpan = 20

// occurrenceEvent returns the event a time dates when its clause's verb
// before it is a verb of occurring whose subject is an event noun ("the
// stabbing happened late Friday"): the noun's verb when it is an -ing
// nominalisation ("stab") or the verb WordNet derives it from
// ("explosion": "explode"), else the noun's base form; its written form
// (for the value's Event); ok false when there is no such subject.
func (c *comparer) occurrenceEvent(toks []text.Token, v mention.Value) (event, written string, ok bool) {
	at := tokenFrom(toks, v.Start)
	if at < 0 {
		return "", "", false
	}
	verbBetween := false
	for k := at - 1; k >= 1 && k >= at-occurSpan; k-- {
		t := toks[k]
		if t.Text == "," || t.Text == ";" || clausePunct[t.Text] {
			return "", "", false
		}
		if be := c.scheduledFor(toks, k); be >= 0 && !verbBetween {
			return c.scheduledSubject(toks, be)
		}
		j, held := c.occurringVerbAt(toks, k)
		if j < 0 && inceptionVerb(toks[k].Lower) && !(verbBetween && k < at-headSpan) && c.inceptionOwnTime(toks, k, at) &&
			(v.Type == mention.VClock || verbBaseOf(toks[k].Lower) == "come") {
			// "the fire started at 2 a.m.", "the collapse came at
			// 8:40 a.m.": the time of the event its subject names.
			if ev, w, ok := c.occurrenceSubject(toks, k, false); ok && c.eventHead(w) {
				return ev, w, true
			}
		}
		if j < 0 {
			if _, verb := c.timeVerbIn(toks, k); verb {
				verbBetween = true
			}
			continue
		}
		// Past headSpan, a verb between the time and a verb of occurring
		// is the time's own ("happened some time after the guards locked
		// the gate at nine").
		if verbBetween && k < at-headSpan {
			return "", "", false
		}
		return c.occurrenceSubject(toks, j, held)
	}
	return "", "", false
}

// A verb of beginning dates its event so for a clock time only (readA55's
// mend): a clock time is a moment, and the moment an event began is the
// moment it broke out; a day, a month or a year a lasting event began on
// is the first of the days it fills ("the search began on Sunday", "the
// trial began on Monday"), and another article's day of the event's own
// verb ("rescuers searched the hills on Tuesday", "was tried on Friday")
// may be any of them (Vendler 1957, "Verbs and Times": an activity
// holds over a stretch, an achievement at a moment; "begin" picks the
// stretch's first moment). "Come" tells the event's arrival, one moment,
// for any time.

// inceptionVerbs are the verbs whose subject, when it names an event, is
// dated by the time that follows as the event itself: the verbs of
// beginning (Levin 1993 §55.1, "begin verbs": begin, start, commence;
// the start of a happening is its moment, "the fire started at 2 a.m."
// as "the fire broke out at 2 a.m.") and "come", a verb of appearance
// (Levin 1993 §48.1.1: "the collapse came at 8:40 a.m.", "the
// announcement came on Monday"). The verbs of ending (end, finish, stop)
// date the end, not the event, and are none of them.
var inceptionVerbs = map[string]bool{"begin": true, "start": true, "commence": true, "come": true}

// inceptionVerb reports whether lw is an inflected form of an inception
// verb ("began", "started", "comes"): the bare form may be a noun ("the
// start of the race") or an infinitive after another verb.
func inceptionVerb(lw string) bool {
	b, irr := irregularBase(lw)
	if !irr {
		b = lexicon.Default().Base(lw, lexicon.Verb)
	}
	return b != lw && inceptionVerbs[b]
}

// verbBaseOf is the base form of a verb form, irregular or not.
func verbBaseOf(lw string) string {
	if b, irr := irregularBase(lw); irr {
		return b
	}
	return lexicon.Default().Base(lw, lexicon.Verb)
}

// inceptionOwnTime reports whether the time at token at is the adjunct of
// the verb of beginning or "come" at token k itself, so that it dates the
// start or coming of the subject's event (readA55's mend, session 55).
// It is not when:
//   - a to-infinitive or an -ing participle follows the verb: a verb of
//     beginning takes it as a non-finite clause (Quirk et al. 1985 ch.
//     16, verb complementation: "the fire began to spread at 4 a.m.",
//     "the march started moving at 11 a.m.") and the time is of the
//     complement's act; "came to" is a change of state ("the strike came
//     to an end on Thursday", "came to a halt"), not the event's coming;
//   - "again" or "anew" stands between: a second start of the event
//     ("the fire started again at 6 a.m."), not the time it began;
//   - a preposition or subordinator of time relation stands between with
//     words of its own before the time (Quirk et al. 1985 ch. 9,
//     prepositions of time, and §15.25ff, clauses of time: "came a day
//     after the shooting on Sunday", "came hours after the workers left
//     at 6 p.m."): the time dates the other event, and the subject's only
//     relative to it; right before the time it is the time's own
//     approximator ("started shortly after 4 a.m.");
//   - for "come", the word after the verb opens no time adjunct: "come"
//     dates its subject as a verb of appearance (Levin 1993 §48.1.1) only
//     in "the collapse came at 8:40 a.m.", "the attack came early on
//     Tuesday"; with a goal or a path it is a verb of inherently directed
//     motion (§51.1: "the fire came within metres of the houses at 4
//     a.m.", "came under fire").
func (c *comparer) inceptionOwnTime(toks []text.Token, k, at int) bool {
	if k+1 >= at {
		return true // "the walkout started Tuesday"
	}
	next := toks[k+1].Lower
	if next == "to" {
		return false
	}
	if _, closed := closedTag(next); !closed && strings.HasSuffix(next, "ing") {
		if b := c.lx.Base(next, lexicon.Verb); b != "" && b != next {
			return false // "began spreading", "started moving"
		}
	}
	for i := k + 1; i < at; i++ {
		lw := toks[i].Lower
		if lw == "again" || lw == "anew" {
			return false
		}
		if timeRelation[lw] {
			for j := i + 1; j < at; j++ {
				if !timeApproximators[toks[j].Lower] {
					return false
				}
			}
		}
	}
	if verbBaseOf(toks[k].Lower) != "come" {
		return true
	}
	return comingTime[next] || timeApproximators[next] || strings.HasSuffix(next, "ly") || toks[k+1].IsCapitalized() && slices.Contains(weekdays, next)
}

// timeRelation are the prepositions and subordinators that place a time
// relative to another event (Quirk et al. 1985 ch. 9 and §15.25ff).
var timeRelation = map[string]bool{"after": true, "before": true, "since": true, "until": true, "till": true,
	"following": true, "when": true, "as": true, "once": true, "while": true}

// timeApproximators are the words that may stand between a preposition of
// time relation and the time it qualifies ("shortly after about 4 a.m.").
var timeApproximators = map[string]bool{"about": true, "around": true, "roughly": true, "approximately": true,
	"nearly": true, "almost": true, "some": true, "just": true, "shortly": true, "soon": true}

// comingTime are the words that open a time adjunct right after "came"
// ("came at 8:40 a.m.", "came on Tuesday", "came late on Friday", "came
// in at 9:14 p.m.").
var comingTime = map[string]bool{"at": true, "on": true, "in": true, "after": true, "before": true, "early": true,
	"late": true, "only": true, "overnight": true, "sometime": true, "last": true, "this": true, "yesterday": true,
	"today": true, "tonight": true, "around": true, "about": true}

// occurringVerbAt returns the index of the first word of a verb of
// occurring ending at token k (k itself, or its particle "place" /
// "about" / "out" after "took", "came", "broke", or the form of "be"
// before a passive "held" or "staged": held true then), -1 when none.
func (c *comparer) occurringVerbAt(toks []text.Token, k int) (int, bool) {
	lw := toks[k].Lower
	if b := c.lx.Base(lw, lexicon.Verb); occurringVerbs[b] && b != lw || occurringVerbs[lw] {
		return k, false
	}
	if heldEvents[lw] && k >= 2 && beForms[toks[k-1].Lower] && !c.heldParticle(toks, k) {
		return k - 1, true
	}
	for verb, particle := range occurringParticle {
		if lw != particle {
			continue
		}
		p := toks[k-1].Lower
		if b, irr := irregularBase(p); irr && b == verb || c.lx.Base(p, lexicon.Verb) == verb && p != verb {
			return k - 1, false
		}
	}
	return -1, false
}

// scheduledFor returns the be form of a passive verb of scheduling whose
// participle stands at token k, right before "for" ("the hearing is
// scheduled for Tuesday", "sentencing was set for Oct. 3", "the funeral
// is planned for Saturday"), -1 when there is none. The passive's subject
// is the thing arranged, as a passive "held" has the organised event for
// its subject (heldEvents), and the time after "for" is that thing's time,
// not the time of an act of scheduling: the agent is left out because the
// arrangement is not the news (Quirk et al. 1985 §3.64-3.67, the agentless
// passive), and "the vote is scheduled for Tuesday" tells of the vote as
// "the vote will be held Tuesday" does. A verb of scheduling is
// *schedule* or a WordNet verb close to it (closeVerbs: plan, book), or
// "set" (passiveSet reads its "set for").
func (c *comparer) scheduledFor(toks []text.Token, k int) int {
	if k+1 >= len(toks) || toks[k+1].Lower != "for" || !toks[k].IsWord() || toks[k].IsCapitalized() {
		return -1
	}
	lw := toks[k].Lower
	if b := c.lx.Base(lw, lexicon.Verb); lw != "set" && (b == lw || !c.closeVerbs(b, "schedule")) {
		return -1
	}
	return beBefore(toks, k)
}

// scheduledSubject reads the subject of a passive verb of scheduling whose
// be form is token be (scheduledFor): its head, read past postmodifying
// phrases as a verb of occurring's is (postmodifiedSubject: "a hearing on
// the motion is set for"), or right before the be form ("sentencing",
// first in its sentence, may be capitalised). The head must name an event
// or an act (eventHead) or be an -ing form of a verb ("Sentencing is set
// for Oct. 3"); the event is the -ing form's verb, or, for an -ing noun
// WordNet lists with a meaning of its own ("hearing"), the noun, as for a
// passive "held" (heldOwnNoun), else the noun's event (headEvent).
func (c *comparer) scheduledSubject(toks []text.Token, be int) (event, written string, ok bool) {
	h, isEvent := c.postmodifiedSubject(toks, be, true)
	if !isEvent {
		h, isEvent = c.subjectBeforeAside(toks, be)
	}
	if !isEvent {
		h = be - 1
		for h >= 1 && (strings.HasSuffix(toks[h].Lower, "ly") || auxiliaries[toks[h].Lower] || modals[toks[h].Lower]) {
			h--
		}
		if h < 0 || !toks[h].IsWord() || toks[h].IsCapitalized() && h > 0 {
			return "", "", false
		}
	}
	lw := toks[h].Lower
	if _, closed := closedTag(lw); closed {
		return "", "", false
	}
	if strings.HasSuffix(lw, "ing") && !(c.lx.Has(lw, lexicon.Noun) && c.heldOwnNoun(lw, true)) {
		if vb, ok := c.gerundVerb(lw); ok {
			return vb, lw, true
		}
	}
	if !c.eventHead(lw) {
		return "", "", false
	}
	if ev, ok := c.headEvent(lw, true); ok {
		return ev, lw, true
	}
	return "", "", false
}

// occurringVerbNear reports whether token k is a verb of occurring or a
// word of one ("happened", "took" or "place" of "took place", "held"
// after a form of be).
func (c *comparer) occurringVerbNear(toks []text.Token, k int) bool {
	if k < 0 || k >= len(toks) {
		return false
	}
	if o, _ := c.occurringVerbAt(toks, k); o >= 0 {
		return true
	}
	o, _ := c.occurringVerbEnding(toks, k)
	return o >= 0
}

// heldParticle reports whether the passive participle at token k is a
// phrasal verb's, its particle right after it: "the vote was held up
// Monday", "the fire was held back" (WordNet's hold up, hold back: delay,
// restrain), not the "organize" sense heldEvents reads. The particle is
// an adverb or a particle (RP), not a preposition that heads a phrase of
// place or time ("held on Monday", "held in the hall").
func (c *comparer) heldParticle(toks []text.Token, k int) bool {
	if k+1 >= len(toks) || !toks[k+1].IsWord() {
		return false
	}
	p := toks[k+1].Lower
	if tag, closed := closedTag(p); closed && tag != "RP" {
		return false
	}
	return c.lx.Has(c.lx.Base(toks[k].Lower, lexicon.Verb)+" "+p, lexicon.Verb)
}

// heldHead reports whether the subject's head noun of a passive "held" or
// "staged" names an organised event: most of its senses are acts or
// events (isEventNoun), or its commonest (lexicon.FirstSense) is an act,
// something people do ("vote", "hearing"). A happening of nature is not
// organised: "the fire was held at the ridge" is contained (fire's
// commonest sense is noun.event, the burning), not staged.
func (c *comparer) heldHead(lw string) bool {
	if c.isEventNoun(lw) {
		return true
	}
	s, ok := c.lx.FirstSense(c.lx.Base(lw, lexicon.Noun), lexicon.Noun)
	return ok && s.Lex == lexicon.NounAct
}

// heldOwnNoun reports whether an -ing noun, the subject of a passive
// "held" or "staged" (held), names an organised event that is no act of
// its verb: WordNet derives none of its act or event senses from the verb
// the -ing form is of (lexicon.DerivedVerbs: "meeting" from meet,
// "screening" from screen), so the noun is a word of its own, made from
// the verb long ago ("hearing", a proceeding where evidence is taken, is
// no act of perceiving sound; "briefing", "sentencing"). Such a noun is
// dated as itself: "a hearing ... was held Monday" does not date the verb
// of "neighbours heard a loud blast on Thursday" (Quirk et al. 1985
// App. I.34: a deverbal -ing noun may take a meaning of its own).
func (c *comparer) heldOwnNoun(lw string, held bool) bool {
	if !held {
		return false
	}
	b := c.lx.Base(lw, lexicon.Verb)
	return b != lw && !slices.Contains(lexicon.DerivedVerbs(c.lx.Base(lw, lexicon.Noun)), b)
}

// eventHead reports whether a noun names an event: a subject's head for a
// verb of occurring that wants one (a passive "held", a head read past
// its postmodifying phrases), a noun of the central act (centralNoun):
// most of its WordNet senses are acts or events (isEventNoun), or its
// first is ("vote", "fire": eventNoun); a noun whose first sense is a
// person or a thing is none ("the driver of the van was held").
func (c *comparer) eventHead(lw string) bool {
	return c.isEventNoun(lw) || c.eventNoun(c.lx.Base(lw, lexicon.Noun))
}

// occurrenceSubject reads the subject of a verb of occurring whose first
// word is token j (occurrenceEvent): the event its noun names, as
// occurrenceEvent returns it; ok false when the subject is no such noun.
// held marks a passive of an organised event, whose subject must be an
// event noun (heldHead).
func (c *comparer) occurrenceSubject(toks []text.Token, j int, held bool) (event, written string, ok bool) {
	// "the shooting near the 200 block of Dale Street happened": the head
	// of a subject postmodified by prepositional phrases.
	h, isEvent := c.postmodifiedSubject(toks, j, held)
	if isEvent {
		lw := toks[h].Lower
		if ev, ok := c.headEvent(lw, held); ok {
			return laterMember(toks, h, ev), lw, true
		}
	}
	// The subject right before the verb, past an adverb or an
	// auxiliary ("the shooting apparently happened", "had occurred"), or
	// the head its prepositional phrases postmodify, whatever noun it is
	// ("the leak at the old plant occurred": the leak, not the plant).
	for i := j - 1; i >= 1 && i >= j-3; i-- {
		lw := toks[i].Lower
		if strings.HasSuffix(lw, "ly") || auxiliaries[lw] || modals[lw] {
			continue
		}
		if h >= 0 {
			i, lw = h, toks[h].Lower
		}
		if !toks[i].IsWord() || toks[i].IsCapitalized() {
			return "", "", false
		}
		// The subject of a verb of occurring names an event whatever
		// WordNet files the noun under ("the stabbing", "the fire");
		// a plural tells many happenings, a pronoun none by name.
		if _, closed := closedTag(lw); closed {
			return "", "", false
		}
		if held && !c.heldHead(lw) {
			return "", "", false
		}
		// A person is no event: "a prisoner broke out of the jail" is
		// an escape, not an occurrence (Levin 1993 §48.3, the verbs of
		// occurrence take an event for subject).
		if s, ok := c.lx.FirstSense(c.lx.Base(lw, lexicon.Noun), lexicon.Noun); ok && s.Lex == lexicon.NounPerson {
			return "", "", false
		}
		if ev, ok := c.headEvent(lw, held); ok {
			return laterMember(toks, i, ev), lw, true
		}
		return "", "", false
	}
	return "", "", false
}

// occurringVerbEnding is occurringVerbAt for a verb of occurring that
// opens at token j, read forward: j itself, or j when the particle of a
// two-word verb follows it ("took place"); -1 when none.
func (c *comparer) occurringVerbEnding(toks []text.Token, j int) (int, bool) {
	if o, held := c.occurringVerbAt(toks, j); o >= 0 {
		return o, held
	}
	if j+1 < len(toks) {
		if o, held := c.occurringVerbAt(toks, j+1); o == j {
			return o, held
		}
	}
	return -1, false
}

// postmodSpan is how many tokens the prepositional phrases after a
// subject's head may run to before its verb of occurring ("the shooting
// near the 1200 block of Dale Street happened").
const postmodSpan = 12

// postmodifiedSubject reads the subject of a verb of occurring whose
// first word is token j back over one to three prepositional phrases that
// postmodify its head (Quirk et al. 1985 §17.37: "the shooting on Dale
// Street happened", "the fire at a barn near the river broke out", "a vote
// on the austerity package will be held"): the words between are nouns,
// names, figures, determiners and adjectives, with no verb, punctuation
// but an abbreviation's stop, or clause-opening word, and a determiner
// opens its phrase's noun phrase, right after the preposition (so "hours
// after the game at the park the shooting happened" ends at "the
// shooting", which opens the subject). It returns the head's token and
// isEvent true for the first head, read from the verb back, that is an
// event noun (eventHead; for a passive "held" an organised event,
// heldHead) after a determiner or a genitive, and not itself a
// preposition's object; else, with isEvent false, the outermost head (the
// word before the first of the phrases, whatever noun it is: "the leak at
// the old plant occurred" is the leak's, not the plant's), -1 when the
// subject ends in no such phrase.
func (c *comparer) postmodifiedSubject(toks []text.Token, j int, held bool) (head int, isEvent bool) {
	end := j - 1
	for end >= 1 && (strings.HasSuffix(toks[end].Lower, "ly") || auxiliaries[toks[end].Lower] || modals[toks[end].Lower]) {
		end--
	}
	if end < 1 || gluedBreak(toks[end].Text) {
		return -1, false // "in the cabin.It happened": a lost sentence break
	}
	outer, eventDone := -1, false
	preps := 0
	for k := end; k >= 1 && k >= end-postmodSpan; k-- {
		t := toks[k]
		if t.Text == "." && k > 0 && toks[k-1].IsCapitalized() {
			continue // "St.", "Ave."
		}
		if !t.IsWord() {
			if _, num := mention.ParseNumber(t.Text); !num {
				return outer, false
			}
			continue
		}
		tag, closed := closedTag(t.Lower)
		if !closed {
			if _, verb := c.timeVerbIn(toks, k); verb && !t.IsCapitalized() && !nominalIng(toks, k) && !(held && prepositionalIng(toks, k)) {
				return outer, false
			}
			continue
		}
		switch tag {
		case "DT", "PRP$":
			if !phraseDeterminer(toks, k) && !(held && prepositionalIng(toks, k-1)) {
				return outer, false // the subject opens here
			}
			continue
		case "CD", "JJ":
			continue
		case "IN", "TO":
		default:
			return outer, false
		}
		if k == end || subordinatorWords[t.Lower] {
			return outer, false
		}
		if preps == 0 && clausePrepositions[t.Lower] {
			// "a manhunt was under way after a prisoner broke out
			// at 4:30 a.m.": the noun phrase right after "after" or
			// "before" and before the verb is that verb's subject, in a
			// clause of time the conjunction opens (Quirk et al. 1985
			// §14.12), not a postmodifier of a noun before it.
			return -1, false
		}
		if opens, fronted := c.opensClause(toks, k); fronted {
			return -1, false
		} else if opens {
			return outer, false
		}
		preps++
		if preps > 3 {
			return -1, false
		}
		h := k - 1
		if h < 1 || !toks[h].IsWord() || toks[h].IsCapitalized() {
			continue // another phrase's noun ("of Dale Street")
		}
		lw := toks[h].Lower
		if _, closed := closedTag(lw); closed {
			continue
		}
		if c.phraseHead(toks, h) {
			outer = h
		}
		if eventDone || !c.eventHead(lw) || held && !c.heldHead(lw) {
			continue
		}
		if d, ok := closedTag(toks[h-1].Lower); ok && (d == "DT" || d == "PRP$") || strings.HasSuffix(toks[h-1].Lower, "'s") || strings.HasSuffix(toks[h-1].Lower, "’s") {
			if prepositionBefore(toks, h-1) {
				// "the vigil for the victim of the shooting took
				// place": a noun phrase after a preposition is that
				// phrase's object, not the subject's head; read on
				// to the head the phrases postmodify.
				continue
			}
			return h, true
		}
		// An event noun with no determiner: no event head read by
		// the determiner; the outermost head is still read on.
		eventDone = true
	}
	return outer, false
}

// phraseHead reports whether token h, a lower-case open-class word before
// a preposition, can be the head of a noun phrase that the preposition's
// phrase postmodifies: a WordNet noun that is no verb there ("fled after a
// leak at the plant": the leak opens the subject, not "fled"), or an -ing
// form after a determiner or a genitive ("the shooting near the 1200
// block", nominalIng).
func (c *comparer) phraseHead(toks []text.Token, h int) bool {
	if nominalIng(toks, h) {
		return true
	}
	if !c.lx.Has(c.lx.Base(toks[h].Lower, lexicon.Noun), lexicon.Noun) {
		return false
	}
	_, verb := c.timeVerbIn(toks, h)
	return !verb
}

// nominalIng reports whether token k is an -ing form after a determiner,
// a possessive or a genitive: a noun there ("the shooting", "Saturday's
// killing"), not a verb.
func nominalIng(toks []text.Token, k int) bool {
	if k < 1 || !strings.HasSuffix(toks[k].Lower, "ing") {
		return false
	}
	d, ok := closedTag(toks[k-1].Lower)
	return ok && (d == "DT" || d == "PRP$") || strings.HasSuffix(toks[k-1].Lower, "'s") || strings.HasSuffix(toks[k-1].Lower, "’s")
}

// clausePrepositions are the prepositions that also open a clause of
// time (Quirk et al. 1985 §14.12: after, before; "since" and "until" are
// read as subordinators always, subordinatorWords).
var clausePrepositions = map[string]bool{"after": true, "before": true}

// opensClause reports whether the preposition at token k that may also
// open a clause of time opens one here, its subject and verb of occurring
// after it, rather than a phrase postmodifying the noun before it: the
// noun before it measures the time ("two days after", "minutes before":
// its commonest sense a noun of time, Quirk et al. 1985 §8.58), or stands
// in another preposition's phrase, the object of a verb's adjunct, not a
// subject's head ("heard shouting in the flat before the stabbing
// happened", "were called to the scene after the fire at the mill broke
// out").
//
// fronted is true when the measure opens the sentence ("Two days after
// the rally at the park violence broke out"): the clause of time is a
// fronted adverbial, and with no comma after it the main clause's subject
// may follow its last noun phrase directly, so neither the phrases' head
// nor a noun of theirs is read as the subject.
func (c *comparer) opensClause(toks []text.Token, k int) (opens, fronted bool) {
	if !clausePrepositions[toks[k].Lower] || k < 1 || !toks[k-1].IsWord() {
		return false, false
	}
	h := k - 1
	if s, ok := c.lx.FirstSense(c.lx.Base(toks[h].Lower, lexicon.Noun), lexicon.Noun); ok && s.Lex == lexicon.NounTime {
		i := h
		if i >= 1 && toks[i-1].IsWord() {
			tag, closed := closedTag(toks[i-1].Lower)
			if _, num := mention.ParseNumber(toks[i-1].Text); num || closed && (tag == "CD" || tag == "DT") {
				i-- // "Two days after", "A day after"
			}
		}
		return true, toks[i].IsCapitalized() && (i < 1 || !toks[i-1].IsWord())
	}
	if h < 1 || toks[h].IsCapitalized() {
		return false, false
	}
	// The noun phrase of h: its premodifiers back to its determiner.
	i := h
	for n := 0; n < 3 && i-1 >= 1 && toks[i-1].IsWord(); n++ {
		tag, closed := closedTag(toks[i-1].Lower)
		if closed && tag != "JJ" && tag != "CD" {
			break
		}
		if !closed {
			if _, verb := c.timeVerbIn(toks, i-1); verb {
				break
			}
		}
		i--
	}
	if d, ok := closedTag(toks[i-1].Lower); ok && (d == "DT" || d == "PRP$") {
		i--
	}
	return prepositionBefore(toks, i), false
}

// phraseDeterminer reports whether the determiner or possessive at token k
// stands where a noun phrase inside a prepositional phrase opens: right
// after the preposition, or after a number's or a name's token that cannot
// end a noun phrase of its own. A determiner after an open-class word
// ("the game at the park the shooting") opens another noun phrase.
func phraseDeterminer(toks []text.Token, k int) bool {
	if k < 1 {
		return true
	}
	if p := toks[k-1].Text; p == "." || p == "!" || p == "?" {
		return false // "near Harwell. The leak at the plant occurred": a sentence opens
	}
	if !toks[k-1].IsWord() {
		return true
	}
	if _, closed := closedTag(toks[k-1].Lower); closed {
		return true
	}
	return false
}

// gluedBreak reports whether a word token holds a sentence break whose
// space was lost ("cabin.It"): a lower-case letter, a full stop, and an
// upper-case letter.
func gluedBreak(w string) bool {
	rs := []rune(w)
	for i := 1; i+1 < len(rs); i++ {
		if rs[i] == '.' && unicode.IsLower(rs[i-1]) && unicode.IsUpper(rs[i+1]) {
			return true
		}
	}
	return false
}

// headEvent is the event a subject's head noun lw names: a gerund is its
// verb's event ("the stabbing": "stab"); a singular noun WordNet lists is
// the event of the verb WordNet derives it from ("the explosion occurred":
// "explode"), so that the verb of another article's clause can date the
// same thing, else its own ("the fire"). ok false for a plural (many
// happenings) and a word WordNet has no noun for. (A head that passed
// eventHead has a noun sense: its base's senses are acts or events.) held
// marks the subject of a passive "held" or "staged", whose -ing noun may
// be a word of its own (heldOwnNoun).
func (c *comparer) headEvent(lw string, held bool) (string, bool) {
	if strings.HasSuffix(lw, "ing") && !c.heldOwnNoun(lw, held) {
		if vb, ok := c.gerundVerb(lw); ok {
			return vb, true
		}
	}
	if b := c.lx.Base(lw, lexicon.Noun); b == lw && c.lx.Has(b, lexicon.Noun) {
		if vs := lexicon.DerivedVerbs(b); len(vs) > 0 {
			// WordNet writes a phrasal verb with an underscore
			// ("walk_out"); heads are written with a space.
			return strings.ReplaceAll(vs[0], "_", " "), true
		}
		return b, true
	}
	return "", false
}

// prepositionBefore reports whether the word before token d (a noun
// phrase's determiner or genitive) is a preposition that opens a phrase,
// not a clause: the phrase from d on is that preposition's object
// (Quirk et al. 1985 §9.1), as in "the protest over the killing".
func prepositionBefore(toks []text.Token, d int) bool {
	if d < 1 || !toks[d-1].IsWord() {
		return false
	}
	tag, ok := closedTag(toks[d-1].Lower)
	return ok && (tag == "IN" || tag == "TO") && !subordinatorWords[toks[d-1].Lower]
}

// prepositionObject reports whether the noun at token i is a
// preposition's object, right after it or after its determiner or
// genitive ("on shootings", "on the shooting", "for the victim's"): no
// subject of the verb after it. Not after a preposition that is also a
// conjunction of time (after, before, since, until, till: Quirk et al.
// 1985 §14.12), which opens a clause whose subject the noun may be
// ("minutes after the shooting happened").
func prepositionObject(toks []text.Token, i int) bool {
	p := i - 1
	if !prepositionBefore(toks, i) {
		if !determinerAt(toks, i-1) || !prepositionBefore(toks, i-1) {
			return false
		}
		p = i - 2
	}
	w := toks[p].Lower
	return !temporalPrepositions[w] && w != "until" && w != "till"
}

// determinerAt reports whether token d is a determiner or a possessive
// pronoun or a genitive ("the", "his", "the victim's").
func determinerAt(toks []text.Token, d int) bool {
	if d < 0 || d >= len(toks) || !toks[d].IsWord() {
		return false
	}
	if tag, ok := closedTag(toks[d].Lower); ok && (tag == "DT" || tag == "PRP$") {
		return true
	}
	return strings.HasSuffix(toks[d].Lower, "'s") || strings.HasSuffix(toks[d].Lower, "’s")
}

// subordinatorWords are the words tagged as prepositions that open a
// clause, not a phrase of a noun: after them comes a subject and its verb.
var subordinatorWords = map[string]bool{"that": true, "if": true, "because": true, "while": true, "whether": true, "although": true, "though": true, "since": true, "until": true, "as": true, "than": true, "so": true}
