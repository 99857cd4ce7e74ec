package mention

import (
	"strings"
	"sync/atomic"
	"unicode"
	"unicode/utf8"

	"github.com/corroborate/corroborate/internal/dates"
	"github.com/corroborate/corroborate/internal/lexicon"
)

// Tense is the time orientation of the clause around a time expression,
// which says which way a date written without its year (or a weekday, or
// a month) lies from the article's date.
type Tense int

const (
	// TenseNone: the clause shows no tense (a headline fragment, a noun
	// phrase): the most recent such date, or one just ahead.
	TenseNone Tense = iota
	// TensePast: a past-tense verb or auxiliary: on or before the article's date.
	TensePast
	// TenseFuture: will/shall/'ll, going to, is to, scheduled, set to,
	// expected to, due, upcoming, beginning…: on or after the article's date.
	TenseFuture
	// TensePresent: a present or conditional auxiliary, or an
	// infinitive: the nearest such date, before or after.
	TensePresent
	// TenseTimetable: a verb other than one of saying in the simple present
	// ("the store reopens Wednesday", "registration opens Monday"), the
	// present English uses for what is scheduled: the nearest such day of
	// the month or month, and the coming such weekday (a weekday told
	// with a verb of saying, "the agency says Monday", is the day it
	// spoke).
	TenseTimetable
)

// Words that mark tense. futureAux, pastAux, presentAux and perfectAux are
// closed-class English words: the auxiliaries and modals (Huddleston &
// Pullum, CGEL 2002, ch. 3, tense, aspect and mood) and the deictic time
// adverbs "ago", "yesterday", "tomorrow", "last" (CGEL ch. 17, temporal
// deixis). The vocabulary of scheduling and intention is not listed here:
// futureCue and futureBeforeTo derive it from WordNet (see there). The
// past-tense forms of full verbs come from WordNet (lexicon.Base and its
// exception lists), not from a list.
var (
	futureAux  = map[string]bool{"will": true, "shall": true, "wo": true, "gonna": true}
	pastAux    = map[string]bool{"was": true, "were": true, "had": true, "did": true, "ago": true, "yesterday": true, "last": true}
	presentAux = map[string]bool{"is": true, "are": true, "am": true, "has": true, "have": true, "does": true, "do": true,
		"would": true, "could": true, "might": true, "may": true, "can": true, "should": true, "must": true, "to": true}
	// Auxiliaries before a past participle that keep it in the past
	// ("has voted", "was held") or put it ahead ("will be held").
	perfectAux = map[string]bool{"has": true, "have": true, "had": true, "was": true, "were": true, "been": true}
	// futureDeixis are the deictic words that point ahead ("tomorrow",
	// "next week": CGEL ch. 17 §9) and futureSemiAux the adjectives and
	// participles of the semi-auxiliaries of future time before "to" ("is
	// going to", "is about to", "is bound to", "is likely to", "is to":
	// Quirk et al. 1985 §3.47, §4.54-4.58; not "due", since "due to" is
	// more often the compound preposition "because of", CGEL ch. 7 §4).
	futureDeixis  = map[string]bool{"tomorrow": true, "next": true}
	futureSemiAux = map[string]bool{"is": true, "are": true, "am": true, "going": true, "about": true, "bound": true,
		"likely": true}
)

// WordNet 3.0 synsets of scheduling and intention (their glosses quoted).
var (
	// Verbs of scheduling: schedule "plan for an activity or event"
	// (00678300) and "make a schedule" (00794999), slate "designate or
	// schedule" (00709862), reschedule "assign a new time" (00795493).
	schedulingVerbs = []uint32{678300, 794999, 709862, 795493}
	// Verbs of intention and expectation: plan, be after "have the will
	// and intention to carry out some action" (00705245), hope, go for
	// (00706065), aim, aspire (00705535), aim, propose, purport
	// (00708998), designate, destine, intend (00709397), anticipate,
	// expect "regard something as probable or likely" (00719752).
	intentionVerbs = []uint32{705245, 706065, 705535, 708998, 709397, 719752}
	// The verbs of beginning, "begin, commence, start" (00348746 "take the
	// first step or steps in carrying out an action").
	beginVerbs = []uint32{348746}
	// Adjectives: "approaching, coming, forthcoming, upcoming" (01732602
	// "of the relatively near future") and "fit, primed, set" (01931204
	// "on the point of or strongly disposed": "set to").
	nearFutureAdj = uint32(1732602)
	readyAdj      = uint32(1931204)
)

var scheduleCueCache lexicon.WordMemo[bool] // word → bool

// scheduleCue reports whether a lower-case word, just before a date,
// schedules what it dates, by the sources above: a deictic word
// ("tomorrow", "next"), an adjective of the near future ("upcoming",
// "forthcoming"), the past participle of a verb of scheduling
// ("scheduled", "slated", "rescheduled") or the "-ing" form of a verb of
// beginning ("beginning in June", "starting Monday"). It puts what follows
// ahead in time whatever the news is about.
func scheduleCue(w string) bool {
	if futureDeixis[w] {
		return true
	}
	if v, ok := scheduleCueCache.Load(w); ok {
		return v
	}
	lx := lexicon.Default()
	ok := adjIn(lx, w, nearFutureAdj)
	if b := lx.Base(w, lexicon.Verb); !ok && b != w {
		if strings.HasSuffix(w, "ing") {
			ok = lx.Under(b, lexicon.Verb, beginVerbs, 0)
		} else {
			ok = lx.Under(b, lexicon.Verb, schedulingVerbs, 0)
		}
	}
	scheduleCueCache.Store(w, ok)
	return ok
}

// futureCue reports whether a lower-case word after "is" or a determiner
// puts what it tells ahead ("is scheduled", "is expected", "is set", "the
// planned strike", "the upcoming vote"): a scheduling cue, "due" (Quirk's
// "be due to"), an adjective of readiness ("set"), or the past participle
// of a verb of intention ("planned", "expected", "intended").
func futureCue(w string) bool {
	if scheduleCue(w) || w == "due" {
		return true
	}
	lx := lexicon.Default()
	b := lx.Base(w, lexicon.Verb)
	return adjIn(lx, w, readyAdj) || b != w && !strings.HasSuffix(w, "ing") && lx.Under(b, lexicon.Verb, intentionVerbs, 0)
}

// futureBeforeTo reports whether the word before "to" puts the infinitive
// after it ahead in time: a semi-auxiliary of future time ("is to", "is
// going to", "likely to"), an adjective of readiness ("set to"), or a
// form of a verb of scheduling or intention ("plans to", "intends to",
// "aims to", "hopes to", "expected to", "scheduled to").
func futureBeforeTo(w string) bool {
	if futureSemiAux[w] {
		return true
	}
	lx := lexicon.Default()
	if adjIn(lx, w, readyAdj) {
		return true
	}
	b := lx.Base(w, lexicon.Verb)
	return lx.Under(b, lexicon.Verb, intentionVerbs, 0) || lx.Under(b, lexicon.Verb, schedulingVerbs, 0)
}

// adjIn reports whether w is a form of the WordNet adjective synset s.
func adjIn(lx *lexicon.Lexicon, w string, s uint32) bool {
	for _, id := range lx.SynsetIDs(w, lexicon.Adj) {
		if id == s {
			return true
		}
	}
	return false
}

type word struct {
	low        string
	start, end int
	boundary   bool // a clause boundary: , ; : — – ( )
}

// wordsOver returns the first and the last of ws that overlap the bytes
// [start, end), or -1, -1 when none does.
func wordsOver(ws []word, start, end int) (first, last int) {
	first, last = -1, -1
	for i, w := range ws {
		if w.end > start && w.start < end {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	return first, last
}

// words splits a sentence into lower-case words and clause boundaries.
func words(s string) []word {
	var out []word
	start := -1
	flush := func(i int) {
		if start >= 0 {
			out = append(out, word{low: strings.ToLower(s[start:i]), start: start, end: i})
			start = -1
		}
	}
	for i, r := range s {
		switch {
		case unicode.IsLetter(r) || r == '\'' || r == '’' || unicode.IsDigit(r) || r == '.' && start >= 0 ||
			r == ':' && start >= 0 && i > 0 && isASCIIDigit(s[i-1]) && i+1 < len(s) && isASCIIDigit(s[i+1]): // a clock time, "10:30"
			if start < 0 {
				start = i
			}
		default:
			flush(i)
			if strings.ContainsRune(",;:—–()", r) {
				out = append(out, word{low: string(r), start: i, end: i + utf8.RuneLen(r), boundary: true})
			}
		}
	}
	flush(len(s))
	for i := range out {
		out[i].low = strings.TrimRight(out[i].low, ".")
	}
	return out
}

// sentenceWords keeps the words of the sentences ClauseTense and
// PresentBefore read last: each is called once for every date, weekday
// and fact value of a sentence, and a value's two calls come together, so
// a sentence was split again at every call. The entries are never changed
// once stored, and read without a lock (a lock the analysis workers
// contended for cost more CPU than the splits it saved); nothing in this
// package writes into a word slice it reads.
var sentenceWords struct {
	next    atomic.Uint32
	entries [8]atomic.Pointer[sentenceEntry]
}

type sentenceEntry struct {
	text string
	ws   []word
}

// cachedWords returns words(s), split once for the last few sentences.
func cachedWords(s string) []word {
	c := &sentenceWords
	for i := range c.entries {
		if e := c.entries[i].Load(); e != nil && e.text == s {
			return e.ws
		}
	}
	ws := words(s)
	c.entries[c.next.Add(1)%uint32(len(c.entries))].Store(&sentenceEntry{text: s, ws: ws})
	return ws
}

// isASCIIDigit reports whether c is an ASCII figure (what \d matches).
func isASCIIDigit(c byte) bool { return c >= '0' && c <= '9' }

// ClauseTense reads the tense of the clause around sentence[start:end]:
// first the verb group before the expression in its clause ("will air in
// November", "was arrested on Thursday"), then what follows it ("On Nov. 15,
// the court will rule"), then the rest of the sentence nearest first.
func ClauseTense(sentence string, start, end int) Tense {
	ws := cachedWords(sentence)
	first, last := wordsOver(ws, start, end) // words of the expression
	if first < 0 {
		return TenseNone
	}
	expr := sentence[start:end]
	if scheduledInPast(ws, first) {
		return TensePresent
	}
	if scheduledFor(ws, first, last, namesDay(expr), strings.ContainsAny(expr, "0123456789")) {
		return TenseFuture
	}
	if timetablePlace(ws, first, expr) {
		return TenseTimetable // "appears in court Monday"
	}
	// Backwards in the clause, then forwards in it.
	if t := scan(ws, first-1, -1, true); t != TenseNone {
		if t == TensePast && presentUnderReport(ws, first) {
			return TensePresent
		}
		return t
	}
	if t := scan(ws, last+1, 1, true); t != TenseNone {
		return t
	}
	// No auxiliary, modal or past form in the clause: a verb in the simple
	// present ("the trial begins Nov. 15", "the show airs in November",
	// "the law takes effect Jan. 1", "the show, which returns in January,
	// was renewed") is the present of a timetable, which English uses for
	// scheduled events: the nearest such date. The clause's own tense comes
	// before its neighbours'.
	for _, k := range nearestFirst(ws, first, last) {
		if isPresentVerb(ws, k) || k >= first-3 && k < first && isPluralPresent(ws, k) {
			// The verb right before the date, a preposition between at
			// most ("reopens Wednesday", "opens on Monday"), not one
			// elsewhere in the clause (an -s noun can pass for a verb).
			if k < first-2 || k > first || reportingVerb(lexicon.Default().Base(ws[k].low, lexicon.Verb)) {
				return TensePresent
			}
			return TenseTimetable
		}
	}
	// The neighbouring clauses: a fronted adverbial ("On Thursday, ...")
	// takes the tense of the clause after it.
	if t := scan(ws, last+1, 1, false); t != TenseNone {
		return t
	}
	if t := scan(ws, first-1, -1, false); t != TenseNone {
		return t
	}
	return TenseNone
}

// presentUnderReport reports whether the past the backward scan finds
// before word first is a verb of reporting whose complement clause, between
// it and the expression, has a verb in the simple present ("said the
// permits expire in April", "says the fair opens in May"): English keeps a
// present that still holds in reported speech (CGEL 2002, ch. 3 §6.2,
// backshift is optional), so the expression takes the present's reading.
func presentUnderReport(ws []word, first int) bool {
	lx := lexicon.Default()
	present := -1 // the present verb nearest the reporting verb
	for k := first - 1; k >= 0 && !ws[k].boundary; k-- {
		if tenseAt(ws, k) != TenseNone {
			return present > 0 && isPastForm(ws[k].low) && reportingVerb(lx.Base(ws[k].low, lexicon.Verb)) && subjectBetween(ws, k, present)
		}
		if isPresentVerb(ws, k) || k >= 2 && isVerbBase(ws[k].low) && pluralSubjectAt(ws, k-1) {
			present = k
		}
	}
	return false
}

// subjectBetween reports whether the words between a verb of reporting (r)
// and a verb (v) can be the subject of its complement clause: one to five
// words, "that" first at most, no preposition ("said the fees rise", not
// "responded to calls for services").
func subjectBetween(ws []word, r, v int) bool {
	from := r + 1
	if from < v && ws[from].low == "that" {
		from++
	}
	if v-from < 1 || v-from > 5 {
		return false
	}
	for k := from; k < v; k++ {
		if beforeNoun[ws[k].low] && numberWords[ws[k].low] == 0 {
			return false
		}
	}
	return true
}

// pluralSubjectAt reports whether word k is a plural noun in -s (WordNet's
// base form differs and is a noun), the head of a subject.
func pluralSubjectAt(ws []word, k int) bool {
	w := ws[k].low
	if ws[k].boundary || len(w) < 4 || !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") || strings.ContainsAny(w, "'’0123456789") {
		return false
	}
	lx := lexicon.Default()
	b := lx.Base(w, lexicon.Noun)
	return b != w && lx.Has(b, lexicon.Noun)
}

// deferVerb reports whether a verb's base form (or a phrasal verb, as
// WordNet writes it: "put_off") moves an event to a later day: a form of
// WordNet 3.0's verb synsets delay "act later than planned, scheduled, or
// required" (02641957), defer, postpone, put off, hold over, set back,
// shelve, table "hold back to a later time" (02642814) or reschedule
// "assign a new time" (00795493): "postponed to March 3", "delayed until
// Nov. 20", "put off until June".
func deferVerb(b string) bool {
	return lexicon.Default().Under(b, lexicon.Verb, deferSynsets, 0)
}

var deferSynsets = []uint32{2641957, 2642814, 795493}

// scheduledFor reports whether the words just before the expression (word
// first of ws) put it ahead in time, whatever the tense of the verb:
//   - a scheduling word: "beginning in June", "effective Jan. 1",
//     "scheduled for Nov. 15", "the upcoming Nov. 15 vote";
//   - "for" a day: "set for Friday"; with a determiner, a day of the
//     month: "asked for a Nov. 15 hearing" (not "for a Saturday-night
//     party", a kind of party);
//   - "set" with a determiner: "the judge set a Nov. 15 hearing";
//   - a verb of deferral before "to" or "until": "postponed to March 3",
//     "adjourned the case to Dec. 2", "pushed back until June";
//   - the present of "be" governing it: "her funeral is Saturday", "the
//     vote is on Sunday" (a past event is told with "was").
func scheduledFor(ws []word, first, last int, day, dated bool) bool {
	at := func(k int) string {
		if k < 0 || ws[k].boundary {
			return ","
		}
		return ws[k].low
	}
	// A clock time between the words and the day ("set for 9 a.m. Jan.
	// 4", "at noon Friday") is part of the time expression.
	first = beforeClock(ws, first, at)
	for k := first - 1; k >= 0 && k >= first-2; k-- {
		if ws[k].boundary {
			break
		}
		if cueAt(ws, k) || ws[k].low == "due" {
			return true
		}
		// "set for February", "planned for March": a participle of
		// readiness or intention before "for" a month.
		if k == first-2 && at(k+1) == "for" && futureCue(ws[k].low) {
			return true
		}
	}
	p := first - 1
	if at(p) == "for" && day && !possessiveDay(ws, last) {
		return true
	}
	if determiners[at(p)] {
		if at(p-1) == "set" || at(p-1) == "for" && dated {
			return true
		}
		p--
	}
	if at(p) == "to" || at(p) == "until" {
		lx := lexicon.Default()
		for k := p - 1; k >= 0 && k >= p-4 && !ws[k].boundary; k-- {
			b := lx.Base(ws[k].low, lexicon.Verb)
			if deferVerb(b) && isPastForm(ws[k].low) || k+1 < len(ws) && deferVerb(b+"_"+ws[k+1].low) {
				return true // "postponed to", "put off until"
			}
		}
	}
	if at(p) == "on" || at(p) == "in" {
		p--
	}
	return at(p) == "is" || at(p) == "are"
}

// beforeClock returns the index of the first word of a clock time that
// ends right before word first ("9 a.m.", "10:30 p.m.", "noon", "at 9
// a.m."), or first when none does.
func beforeClock(ws []word, first int, at func(int) string) int {
	p := first - 1
	switch w := at(p); {
	case w == "noon" || w == "midnight":
		p--
	case w == "a.m" || w == "p.m" || w == "am" || w == "pm":
		if n := at(p - 1); n != "" && isASCIIDigit(n[0]) {
			p -= 2
		}
	default:
		return first
	}
	if at(p) == "at" {
		p--
	}
	return p + 1
}

// nearestFirst returns the indexes of the words of the expression's
// clause, nearest to it first (before it, then after it).
func nearestFirst(ws []word, first, last int) []int {
	var out []int
	for k := first - 1; k >= 0 && !ws[k].boundary; k-- {
		out = append(out, k)
	}
	for k := last + 1; k < len(ws) && !ws[k].boundary; k++ {
		out = append(out, k)
	}
	return out
}

// Closed-class words after which a word in -s is a plural noun ("two
// attacks", "the talks", "of plans"), not a verb: prepositions (CGEL ch. 7),
// the coordinators "and" and "or" (ch. 15), cardinal numerals up to ten
// and the quantifying determinatives "several" and "few" (ch. 5);
// determiners are in cues.go.
var beforeNoun = map[string]bool{"of": true, "in": true, "on": true, "at": true, "for": true, "with": true, "by": true,
	"from": true, "to": true, "about": true, "after": true, "before": true, "over": true, "under": true, "into": true,
	"between": true, "against": true, "during": true, "without": true, "and": true, "or": true, "two": true, "three": true,
	"four": true, "five": true, "six": true, "seven": true, "eight": true, "nine": true, "ten": true, "several": true, "few": true}

// isPresentVerb reports whether word k is a verb in the third person
// singular present ("begins", "airs", "faces"), by WordNet's base forms,
// after a word that can end a subject (not a determiner, a number, a
// preposition or a possessive, after which a word in -s is a plural noun).
func isPresentVerb(ws []word, k int) bool {
	w := ws[k].low
	if k == 0 || len(w) < 4 || !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") || strings.ContainsAny(w, "'’0123456789") {
		return false
	}
	prev := ws[k-1]
	if prev.boundary || determiners[prev.low] || beforeNoun[prev.low] || strings.ContainsAny(prev.low, "0123456789") ||
		strings.HasSuffix(prev.low, "'s") || strings.HasSuffix(prev.low, "’s") || strings.HasSuffix(prev.low, "s'") {
		return false
	}
	lx := lexicon.Default()
	base := lx.Base(w, lexicon.Verb)
	return base != w && lx.Has(base, lexicon.Verb) && (base+"s" == w || base+"es" == w || strings.TrimSuffix(base, "y")+"ies" == w)
}

// pluralSubjects are the plural personal pronouns, subjects of a verb in
// its base form.
var pluralSubjects = map[string]bool{"they": true, "we": true}

// isPluralPresent reports whether word k is a verb in the plural simple
// present after its subject ("applications close on Nov. 30", "voters
// head to the polls on Nov. 5", "talks resume in January", "they meet on
// Sunday"): the base form of a verb (WordNet) after a plural pronoun or
// a plural noun in -s, itself after a determiner, a number or nothing
// (the start of the clause), so that "the groups' march" or "tax cuts
// plan" is not read.
func isPluralPresent(ws []word, k int) bool {
	if k == 0 || ws[k].boundary || !isVerbBase(ws[k].low) {
		return false
	}
	subj := ws[k-1]
	if subj.boundary {
		return false
	}
	if pluralSubjects[subj.low] {
		return true
	}
	w := subj.low
	if len(w) < 4 || !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") || strings.ContainsAny(w, "'’0123456789") {
		return false
	}
	lx := lexicon.Default()
	if b := lx.Base(w, lexicon.Noun); b == w || !lx.Has(b, lexicon.Noun) {
		return false
	}
	if k >= 2 {
		before := ws[k-2]
		return before.boundary || determiners[before.low] || numberWords[before.low] > 0 || strings.ContainsAny(before.low, "0123456789")
	}
	return true
}

// scan reads words from i in steps of step (-1 backwards, +1 forwards),
// within the clause when inClause, and returns the first tense marked.
func scan(ws []word, i, step int, inClause bool) Tense {
	for k := i; k >= 0 && k < len(ws); k += step {
		if ws[k].boundary {
			if inClause {
				return TenseNone
			}
			continue
		}
		if t := tenseAt(ws, k); t != TenseNone {
			return t
		}
	}
	return TenseNone
}

// tenseAt tells the tense word k marks, looking at the auxiliaries just
// before it when it is a past participle.
func tenseAt(ws []word, k int) Tense {
	w := ws[k].low
	switch {
	case futureAux[w] || strings.HasSuffix(w, "'ll") || strings.HasSuffix(w, "’ll"):
		return TenseFuture
	case w == "to" && k > 0 && futureBeforeTo(ws[k-1].low):
		return TenseFuture
	case w == "to" && k > 0 && ws[k-1].low == "due" && k+1 < len(ws) && isVerbBase(ws[k+1].low):
		return TenseFuture // "due to air in November" (not "due to the storm")
	case w == "going" && k+1 < len(ws) && ws[k+1].low == "to":
		return TenseFuture
	case cueAt(ws, k):
		return TenseFuture
	case pastAux[w]:
		return TensePast
	case w == "to" && raisedPast(ws, k):
		return TensePast
	case presentContraction(w):
		return TensePresent
	case modalAux[w] && modalBeforeVerb(ws, k):
		// "could reopen in May", "may vote in February": ahead; "could
		// have opened in May": past.
		if k+1 < len(ws) && ws[k+1].low == "have" {
			return TensePast
		}
		return TenseFuture
	case presentAux[w]:
		if k+2 < len(ws) && ws[k+1].low == "going" && ws[k+2].low == "to" {
			return TenseFuture // "are going to"
		}
		if n := k + 1; w != "to" && n < len(ws) {
			been := ws[n].low == "been" && (w == "has" || w == "have")
			if been {
				n++
			}
			// "is scheduled", "are due", "has been set"; not "are
			// expected" (to survive a past shooting) nor "is set" (in 1920).
			if c := ws[min(n, len(ws)-1)].low; n < len(ws) && futureCue(c) && c != "next" && c != "tomorrow" && c != "expected" && (c != "set" || been) {
				return TenseFuture
			}
			if presentPerfectPast(ws, k, n) {
				return TensePast
			}
		}
		if w == "to" && k+1 < len(ws) && !isVerbBase(ws[k+1].low) {
			return TenseNone // "to" as a preposition
		}
		return TensePresent
	case isPastForm(w):
		// "will be held", "is to be held" ahead; "has voted", "was held" past;
		// "is scheduled" ahead; "the planned strike" ahead, "the injured
		// man" no tense.
		if k > 0 && determiners[ws[k-1].low] {
			if futureCue(w) {
				return TenseFuture
			}
			return TenseNone
		}
		for j := k - 1; j >= 0 && j >= k-3; j-- {
			a := ws[j].low
			switch {
			case ws[j].boundary:
				return TensePast
			case futureAux[a] || strings.HasSuffix(a, "'ll") || strings.HasSuffix(a, "’ll"):
				return TenseFuture
			case a == "be" && j > 0 && (ws[j-1].low == "to" || futureAux[ws[j-1].low] || strings.HasSuffix(ws[j-1].low, "'ll")):
				return TenseFuture // "to be held", "will be held"
			case perfectAux[a] || pastAux[a]:
				if a == "been" {
					continue
				}
				if (a == "has" || a == "have") && futureCue(w) && ws[j+1].low == "been" {
					return TenseFuture // "has been scheduled for", "have been slated"
				}
				if a == "have" && j > 0 && ws[j-1].low == "would" {
					// The conditional perfect, "would have turned 12 in
					// June": what did not happen, often a milestone a
					// death cut short, as likely ahead as behind. The
					// nearest such day or month.
					return TensePresent
				}
				return TensePast
			case a == "is" || a == "are" || a == "am":
				if futureCue(w) {
					return TenseFuture
				}
				return TensePresent
			}
		}
		if w == "set" || w == "expected" || w == "due" {
			return TenseNone // a base form as often as a participle
		}
		return TensePast
	}
	return TenseNone
}

// modalAux are the English modals that, before a verb's base form, put
// what follows ahead of the moment of speaking. "Would" (the future of the
// past in reported speech: "said they would meet on Sunday") and "could"
// (also the past of "can": "on Tuesday, investigators could be seen
// inside") may lie either side of the article's date and are not among
// them.
var modalAux = map[string]bool{"might": true, "may": true, "can": true, "should": true, "must": true}

// modalBeforeVerb reports whether the modal at k is followed by a verb's
// base form, "not" or "also" between ("may vote", "could not reopen"), so
// that the month "May" is not read as a modal.
func modalBeforeVerb(ws []word, k int) bool {
	for j := k + 1; j < len(ws) && j <= k+2; j++ {
		switch w := ws[j].low; {
		case ws[j].boundary:
			return false
		case w == "not" || w == "also" || w == "soon" || w == "still":
			continue
		default:
			return isVerbBase(w)
		}
	}
	return false
}

// presentContraction reports whether w is a pronoun with a contracted
// "is" or "are": "there's", "it's", "they're".
func presentContraction(w string) bool {
	w = strings.ReplaceAll(w, "’", "'")
	if strings.HasSuffix(w, "'re") {
		return true
	}
	switch w {
	case "it's", "there's", "that's", "he's", "she's", "here's", "what's", "who's":
		return true
	}
	return false
}

// namesDay reports whether a time expression names a day (a day of the
// month or a weekday).
func namesDay(expr string) bool {
	if strings.ContainsAny(expr, "0123456789") {
		return true
	}
	for _, w := range strings.Fields(expr) {
		if _, ok := dates.WeekdayNumber(strings.Trim(w, ",.")); ok {
			return true
		}
	}
	return false
}

// isPastForm reports whether a lower-case word is the past tense or past
// participle of an English verb, by WordNet's base forms: a regular "-ed"
// form, or an irregular form in WordNet's exception list ("sold", "held").
func isPastForm(w string) bool {
	if len(w) < 3 || strings.HasSuffix(w, "ing") {
		return false
	}
	if strings.HasSuffix(w, "ed") && futureCue(w) {
		return true // "scheduled", "planned", "expected"
	}
	lx := lexicon.Default()
	base := lx.Base(w, lexicon.Verb)
	if base == w || !lx.Has(base, lexicon.Verb) {
		return false
	}
	if strings.HasSuffix(w, "ed") {
		return true
	}
	// Present forms ("says", "goes", "is", "has") are not past.
	if strings.HasSuffix(w, "s") || base == "be" && (w == "is" || w == "are" || w == "am") || base == "have" && w == "has" {
		return false
	}
	return true
}

// tenseRaisingVerbs are the verbs whose subject is the raised subject of the
// to-infinitive after them ("the call seemed to be a hoax": the call was
// a hoax; "turned out to be", "appeared to be", "happened to be", "proved
// to be"): the infinitive tells no time of its own, the finite verb's
// tense is the clause's (Huddleston & Pullum, CGEL 2002, ch. 14, raising
// verbs; Quirk et al. 1985 §16.50ff). A closed class of the grammar (quotes.go's raisingVerbs are the
// evidential ones, by form).
var tenseRaisingVerbs = map[string]bool{"seem": true, "appear": true, "happen": true, "prove": true, "turn out": true}

// raisedPast reports whether "to" at word k opens the to-infinitive of a
// raising verb in the past ("turned out to be a hoax late Friday",
// "seemed to have ended"): the clause is in the past, not in the present
// an infinitive otherwise gives.
func raisedPast(ws []word, k int) bool {
	if k < 1 || k+1 >= len(ws) || ws[k-1].boundary || !isVerbBase(ws[k+1].low) {
		return false
	}
	j, particle := k-1, ""
	if ws[j].low == "out" {
		if j < 1 || ws[j-1].boundary {
			return false
		}
		j, particle = j-1, " out"
	}
	v := ws[j].low
	if !isPastForm(v) || strings.HasSuffix(v, "ing") || !tenseRaisingVerbs[lexicon.Default().Base(v, lexicon.Verb)+particle] {
		return false
	}
	// "seemed to expect a vote on Thursday", "appeared to plan a rally
	// Friday": an infinitive of intention, expectation or scheduling looks
	// ahead of the raising verb's time (futureBeforeTo's verbs), so the
	// day it governs is not put in the past.
	return !futureBeforeTo(ws[k+1].low)
}

// isVerbBase reports whether w is the base form of a verb (after "to").
func isVerbBase(w string) bool {
	lx := lexicon.Default()
	return lx.Has(w, lexicon.Verb) && lx.Base(w, lexicon.Verb) == w
}

// PresentBefore reports whether the word right before sentence[start:],
// or the word before a preposition there, is a verb in the simple present
// ("the trial opens Thursday", "talks resume on Monday"): a day told in
// the present of a timetable, not the day of a done deed, whatever past
// forms stand further back in its clause.
func PresentBefore(sentence string, start int) bool {
	ws := cachedWords(sentence)
	first := -1
	for i, w := range ws {
		if w.end > start {
			first = i
			break
		}
	}
	for k := first - 1; k >= 0 && k >= first-2; k-- {
		if ws[k].boundary {
			return false
		}
		if isPresentVerb(ws, k) || isPluralPresent(ws, k) {
			return true
		}
		if tag, _ := lexicon.ClosedClass(ws[k].low); tag != "IN" {
			return false
		}
	}
	return false
}

// presentPerfectPast reports whether "has" or "have" at word k, with the
// participle at word n ("has been identified", "have arrested"), is the
// present perfect, which tells of an event before the moment of speaking
// (CGEL 2002, ch. 3 §4): "the owner of Friday's winning ticket has been
// identified" dates the draw to the Friday before. Not after a
// modal or "to" ("would have turned", "to have met", read elsewhere), nor
// with a verb of deferral ("Friday's vote has been postponed": the day
// may lie either side).
func presentPerfectPast(ws []word, k, n int) bool {
	if w := ws[k].low; w != "has" && w != "have" || n >= len(ws) || ws[n].boundary || !isPastForm(ws[n].low) || futureCue(ws[n].low) {
		return false
	}
	if k > 0 {
		p := ws[k-1].low
		if p == "to" || p == "would" || p == "could" || modalAux[p] || futureAux[p] {
			return false
		}
	}
	return !deferVerb(lexicon.Default().Base(ws[n].low, lexicon.Verb))
}
