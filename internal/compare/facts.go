package compare

import (
	"fmt"
	"maps"
	"math"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/lexicon"
	"github.com/corroborate/corroborate/internal/mention"
	"github.com/corroborate/corroborate/internal/story"
	"github.com/corroborate/corroborate/internal/text"
)

// fact is one typed value an article states, with what identifies the fact
// it is a value of: the sentence's content words with the values masked,
// its verbs, the persons and organisations it names, and the noun the
// value is about.
type fact struct {
	doc  int
	v    mention.Value
	sent string
	// toks are sent's tokens, the reading's (tokens gives them).
	toks  []text.Token
	words map[string]bool // content words, values masked
	// other marks a sentence that speaks of another happening than the
	// story's (otherEvent), whatever year sets it back.
	other bool
	// names are the content words of the sentence's names and titles
	// (properNameWords): wording that says who, not what was done.
	names map[string]bool
	verbs map[string]bool
	// synsets of the verbs, for synonym tests.
	verbSyn map[uint32]bool
	actors  map[string]bool
	person  string // for an age: whose
	// ageAct is, for an age, the act its person is the subject of:
	// the first verb after it, with its voice (ageowner.go).
	ageAct string
	// ageRole is, for an age, the role its person plays (agerole.go):
	// victim, suspect or ""; roleOnly marks the only age its article
	// gives a person of that role; roleMany an article of more than two
	// ages; roleVerb the verb whose object the person is; ageSex the sex
	// of its person noun.
	ageRole  string
	roleOnly bool
	roleMany bool
	roleVerb string
	ageDied  bool // the age's person is told dead (ageDied, agerole.go)
	// nightDays are the weekdays of the article's sentences that tell
	// the small hours, a bit a day by its index in weekdays, bit 7 for a
	// sentence of no weekday (smallHoursNights).
	nightDays uint8
	// deadOnly marks an age told dead that is the only age its article
	// tells dead (markAgeRoles).
	deadOnly bool
	// ageHurt marks a victim's age told hurt, not dead; hurtOnly the
	// only such age of its article (agehurt.go).
	ageHurt  bool
	hurtOnly bool
	ageSex   int
	// sexOnly is the sex (ageSex's numbers) of an unnamed person whose
	// age is the only one its article gives a person of that sex, in an
	// article that gives ages of both sexes (agesex.go; roles are checked
	// when two such ages are paired); 0 otherwise.
	sexOnly    int
	rolePeople []string
	// head is the verb a time value dates (base form), "" when none or
	// when it is a reporting verb (the day something was said).
	head string
	// unique: the article states no other value of this type and unit
	// (no other count of this noun, no other distance in miles).
	unique bool
	// onlyDay: a weekday of an article that names no other weekday, told
	// in the past tense (a done deed, not a schedule: "the trial starts
	// Monday").
	onlyDay bool
	// onlyVerbDay: a weekday told in the past tense of a deed that no
	// other weekday of its article dates (markOnlyVerbDays).
	onlyVerbDay bool
	// onlyHarmDay: a weekday told in the past tense of a harm done to
	// someone, the one day its article gives any harm (markOnlyHarmDays).
	onlyHarmDay bool
	// dayTold: a weekday or a date told as the day of a deed done
	// (dayDone) or of a deed to come (dayToCome); plannedDay: a weekday
	// told in the future of an act no other weekday of its article dates
	// (markPlannedDays, plannedday.go).
	dayTold    uint8
	plannedDay bool
	// centralDay: the weekday its article gives the story's central act
	// (markCentralDays, centralday.go).
	centralDay bool
	// caption marks a fact of a photo's caption or credit
	// (captionSentences, caption.go): no lead of its article.
	caption bool
	// sameType counts the values of this type and unit in the sentence.
	sameType int
	// owner is the person or organisation the value belongs to (the name
	// right before it in its clause), "" when none (valueOwner).
	owners []string
	// possessor is whose things a count counts by the genitive opening
	// its noun phrase (countPossessor), "" when none.
	possessor string
	// container is the noun whose places a count counts ("houses in 15
	// villages": "house"; countContainer), "" when none.
	container string
	// bg is the other year the sentence speaks of when it does not state
	// the story's year: the value is a background figure of that year.
	bg string
	// bgYears are the years the sentence states (for bg).
	bgYears []yearAt
	// pred is what a count or share says happened (countPredicate).
	pred string
	// reported marks a time that dates a statement ("said Wednesday").
	reported bool
	// headBefore says head was read before the time in its clause ("died
	// Saturday"), the surest reading.
	headBefore bool
	// elapsed marks how long an ongoing event has lasted so far.
	elapsed bool
	// mods are the words that qualify a count's noun ("straight" in "six
	// straight games").
	mods map[string]bool
	// tally is the sentence's counts of things (not of people), one per
	// counted noun: a line such as "18 points and 11 assists".
	tally map[string]mention.Value
	// mainEvent is, for a day or clock time of the story's main dated
	// event, that event (markMainEvents, timeslots.go).
	mainEvent string
	// series is the word that makes a count a stretch of a series ("his
	// first five points", "two more bodies"), "" for a whole (scope.go).
	series string
	// sentWords are the content words of the whole sentence, values
	// masked (words may be those around the value only).
	sentWords map[string]bool
	// deadline marks a clock time after "by", "before", "until": the
	// latest moment something was done, not when it happened.
	deadline bool
	// ownerPeople are the owners that are persons, for a day or clock
	// time (twoPeoplesDays).
	ownerPeople []string
	// fullNames are the full names of the persons the article names, by
	// family name (articleFullNames), for a time of a person.
	fullNames map[string]string
	// people are the persons the sentence of a day names (timeslots.go).
	people []string
	// running says how surely a count or an amount is a total so far
	// ("has now scored 2,040 points"; running.go).
	running int
	// stretch is, for a time that is one end of a stretch of time or a
	// day "as of" which a thing holds, the word that makes it so
	// (mention.Value.Stretch, "as of"): compared only with the same end of a
	// stretch, in an aligned statement.
	stretch string
	// frame is the word that makes a duration an offset from another
	// moment ("ten minutes earlier", "within 10 days"), "" for a length;
	// "left" for a count of what is left of a whole ("with 12 games
	// left": remainder.go); "lowered" for a figure a decrease reached
	// ("cut the lead to 11 seconds": lowered.go); "total" for a length or
	// an amount told as a sum of several ("a combined 29 years":
	// sumframe.go).
	frame string
	// others are the other values of the sentence.
	others []mention.Value
	// twoOfNoun: an age whose person noun the article gives two ages of
	// (two lads, 17 and 16): its person is unknown, and no sentence's
	// wording tells which of the two it is.
	twoOfNoun bool
	// agelessName is, for an age of an unnamed person, the one person its
	// article names who can be that person (markAgeless), "" when none.
	agelessName string
	// accused: an age whose sentence tells of someone accused (suspectWords).
	accused bool
	// voice is how a count of people stands to the verb after it
	// ("agent:shoot", "patient:shoot"; countVoice), "" when not read.
	voice string
	// grade is the adverb that grades the harm a count's verb tells
	// ("fatally"; harmGrade), "" when none.
	grade string
	// reach says whether a distance places something from a reference
	// ("offset") or was travelled ("travel"; distanceKind).
	reach string
	// doer is, for a count of people that is the object of a verb and its
	// article's only figure of people for that verb, the verb's subject
	// (doercounts.go), "" when none.
	doer string
	// onlyOfEvent marks a count of people that is the only figure its
	// article gives for its event (eventcounts.go).
	onlyOfEvent bool
	// act is, for a count read with no event, the verb whose object it is
	// ("wounded eight people"; objectVerb), "" when none.
	act string
	// among is the group a figure is of when "among" follows it ("leads
	// by 9 points among older voters"; amongGroup), "" when none.
	among string
	// origin is the place or body a count of people is restricted to by
	// a phrase after its noun ("four victims from Dunmere"; originGroup),
	// "" when none.
	origin string
	// scene is where the sentence says its happening took place, and nest
	// the sites the story names together (scene.go).
	scene scene
	nest  sceneNest
	// source, when not nil, is the value this one converts: a value
	// written in brackets after a value of its type in another unit
	// ("60 million euros ($71 million)"), the writer's conversion
	// (bracketConversion; converted). It is one fact with another
	// outlet's figure in its unit, told at a rate of its own
	// (factsAgree). It is kept by pointer: few values are conversions,
	// and a value is 232 bytes of every fact (of the ones an article's
	// cached facts keep alive).
	source *mention.Value
	// unnamed is who the sentence tells of without a name (victims.go).
	unnamed unnamedPeople
	// days are the days the sentence puts its happenings on
	// (eventdays.go).
	days []sentenceDay
	// months are the months written without a year that the sentence
	// dates its happenings by (sentenceMonths, eventdays.go).
	months []string
	// subjEvent is, for a time, the event noun subject of the passive
	// verb it dates ("the hearing is set for May 3": hearing).
	subjEvent string
	// several is, for a count, whether it sums several happenings ("nine
	// were hurt in shootings throughout the county"; victims.go).
	several bool
	// roundup marks a clock time whose article gives its verb another
	// moment: one of several happenings (roundups.go).
	roundup bool
	// alsoDates are, for a day or clock time, the happenings it dates
	// besides its datedThing, and generalDay marks one that dates a
	// general noun of happening ("the incident"; datedthings.go).
	alsoDates  []datedAlt
	generalDay bool
	// killedBeside is, for a count of people hurt other than fatally, the
	// people its sentence counts as killed beside them (harmparts.go).
	killedBeside float64
	// deathBeside: the sentence of a count tells of a death besides its
	// count's own verb (harmparts.go).
	deathBeside bool
	// hitsDead: a count of the people an act hit, who may include the dead
	// its sentence counts beside them (harmparts.go).
	hitsDead bool
	// undergone is, for a time whose verb tells a harm suffered ("suffered
	// a gunshot wound Tuesday", "died at the scene Tuesday") or a harm of
	// which someone is accused, the verb of that harm (harmBeside).
	undergone string
}

// sentenceValues is what one sentence contributes to the facts, apart
// from the story-dependent names.
type sentenceValues struct {
	si      int
	values  []mention.Value
	words   map[string]bool
	verbs   map[string]bool
	verbSyn map[uint32]bool
	heads   []string
	// reported marks the times that date a statement ("said Tuesday").
	reported []bool
	// denied marks the times whose verb is denied ("were not released
	// Sunday"; negatedTime).
	denied []bool
	// before marks heads read before their time.
	before []bool
	// masked is the sentence with its values blanked out.
	masked string
	// names are the content words of its names and titles.
	names map[string]bool
	// said are the base forms of the sentence's inflected reporting verbs
	// ("said", "told"): they attribute the statement and are not part of
	// what it states, so its words leave them out.
	said map[string]bool
}

// reportingWords are the base forms of the verbs that attribute a
// sentence's statements (the cues of its quotes and reported speech: "Owen
// said", "police told reporters"): two short statements that share only
// "said" and a speaker's name are not one statement.
func (c *comparer) reportingWords(a *mention.Analysis, si int) map[string]bool {
	out := map[string]bool{}
	for _, q := range a.Quotes {
		if q.Sentence != si {
			continue
		}
		for _, w := range strings.Fields(strings.ToLower(q.Cue)) {
			b, ok := irregularBase(w)
			if !ok {
				if w == "said" || w == "says" {
					b = "say"
				} else {
					b = c.lx.Base(w, lexicon.Verb)
				}
			}
			if mention.IsReportingVerb(b) {
				out[b] = true
			}
		}
	}
	return out
}

// without is the set a less the words of b.
func without(a, b map[string]bool) map[string]bool {
	for w := range b {
		delete(a, w)
	}
	return a
}

// docValuesOf reads an article's values once per report (an article is
// also compared as context of its related stories).
func (c *comparer) docValuesOf(a *mention.Analysis) []sentenceValues {
	if dv, ok := c.in.Cache.valuesOf(a); ok {
		return dv
	}
	bySent := map[int][]mention.Value{}
	var order []int
	vals := mention.Values(a)
	vals = append(vals, yearlessDays(a, vals)...)
	for _, v := range vals {
		if _, ok := bySent[v.Sentence]; !ok {
			order = append(order, v.Sentence)
		}
		bySent[v.Sentence] = append(bySent[v.Sentence], v)
	}
	var out []sentenceValues
	for _, si := range order {
		vs := bySent[si]
		masked := []byte(a.Sentences[si].Text)
		for _, v := range vs {
			for k := v.Start; k < v.End && k < len(masked); k++ {
				masked[k] = ' '
			}
		}
		said := c.reportingWords(a, si)
		sv := sentenceValues{si: si, values: vs, words: without(c.lx.ContentWords(string(masked)), said), verbs: c.verbsOf(a.Tokens[si]), verbSyn: map[uint32]bool{},
			masked: string(masked), said: said, names: properNameWords(c.lx, string(masked), personSpans(a, si))}
		for v := range sv.verbs {
			for _, id := range c.lx.SynsetIDs(v, lexicon.Verb) {
				sv.verbSyn[id] = true
			}
		}
		for k, v := range vs {
			h, rep, before := "", false, false
			switch v.Type {
			case mention.VWeekday, mention.VClock, mention.VDate, mention.VMonth, mention.VYear:
				h, rep, before = c.headVerb(a.Tokens[si], v)
				// "at 9:10 p.m., when the roof fell in": the clause
				// about the time is its event (whenclause.go), and the
				// time its moment, though it ends a stretch ("stayed
				// silent until May 2005, when he revealed it").
				if wh, wrep, ok := c.whenClauseHead(a.Tokens[si], v); ok {
					h, rep, before = wh, wrep, false
					vs[k].Stretch = ""
				}

				// "the shooting happened Sunday": the time of the event
				// the verb of occurring has for subject (occurrence.go).
				if ev, w, ok := c.occurrenceEvent(a.Tokens[si], v); ok {
					h, rep, before = ev, false, true
					if vs[k].Event == "" {
						vs[k].Event = w
					}
				}
				// "the 9 p.m. shooting", "his 6 a.m. shift": a clock
				// time that premodifies a noun dates that noun, not the
				// verb of the clause the noun phrase stands in ("police
				// said the 9 p.m. shooting left two hurt": no statement;
				// premodtime.go).
				if n := c.premodifiedNoun(a.Sentences[si].Text, v.Start, v.End); v.Type == mention.VClock && n != "" {
					vs[k].Noun = n
					h, rep, before = "", false, false
					if b, ok := c.gerundVerb(n); ok && c.isEventNoun(n) {
						h = b
					}
				}
			}
			// "at 3 a.m. Tuesday": a day right after a clock time is of
			// the moment the clock time tells (statedtimes.go).
			if h == "" && k > 0 && sv.heads[k-1] != "" && dayAfterClock(a.Sentences[si].Text, vs[k-1], v) {
				h, rep, before = sv.heads[k-1], sv.reported[k-1], sv.before[k-1]
			}
			sv.heads = append(sv.heads, h)
			sv.reported = append(sv.reported, rep)
			// "were not announced Friday": a denied verb dates nothing
			// that happened (eventdays.go).
			sv.denied = append(sv.denied, !rep && before && c.negatedTime(a.Tokens[si], v, h))
			sv.before = append(sv.before, before)
		}
		out = append(out, sv)
	}
	c.in.Cache.keepValues(a, out)
	return out
}

// valueFacts reads the typed values of every article of the story, its
// near related stories' (threadDocs) and, after them, its far related
// stories' (valueDocs); the far facts are marked among themselves, so that
// the near facts read as they would without them.
func (c *comparer) valueFacts() []fact { return c.readValueFacts(true) }

// readValueFacts is valueFacts; without allFar, the far related stories'
// facts are left out when none of them can pair with a near fact
// (farFactsPair). valueDiscrepancies reads them so: a far fact pairs with
// nothing else (farApart), so that without such a pair each is a fact of
// its own, in no discrepancy and no consensus, and they were most of the
// facts read (about 31,500 far to 18,300 near on incidents dev) and a third
// of the marking's work.
func (c *comparer) readValueFacts(allFar bool) []fact {
	docs, merged := c.valueDocs()
	// Both parts are read before either is marked, so that the facts
	// are gathered in one slice of their number: appended to the near
	// facts, the far ones made it again (a fact is over a kilobyte).
	near := c.readFacts(docs, merged, 0, c.nearN)
	var far factsRead
	withFar := c.nearN < len(docs)
	if withFar && allFar {
		far = c.readFacts(docs, merged, c.nearN, len(docs))
	} else if withFar {
		far, withFar = c.farFactsPair(docs, merged, near)
	}
	out := c.markFacts(make([]fact, 0, near.n+far.n), near)
	if withFar {
		out = c.markFacts(out, far)
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].doc != out[j].doc {
			return out[i].doc < out[j].doc
		}
		if out[i].v.Sentence != out[j].v.Sentence {
			return out[i].v.Sentence < out[j].v.Sentence
		}
		return out[i].v.Start < out[j].v.Start
	})
	return out
}

// farFactsPair reads the far related stories' facts (the thread docs
// after nearN) and reports whether one of them can pair with one of the
// near facts read: slotScore keeps every pair of a far fact apart
// (farApart) but the ages of one named person written within farAgeDays
// of each other (sameNamedAge). The facts are asked as read, before they
// are marked: marking unnames a kind of person ("~", markAgeless) and
// names none, and changes no value's type. With no near age of a named
// person the far facts are not read.
func (c *comparer) farFactsPair(docs []story.Doc, merged []docMerged, near factsRead) (factsRead, bool) {
	type at struct {
		f   *fact
		doc int
	}
	var ages []at
	for k, df := range near.read {
		for _, part := range [2][]fact{df.facts, df.stretches} {
			for i := range part {
				if namedAge(&part[i]) {
					ages = append(ages, at{&part[i], near.lo + k})
				}
			}
		}
	}
	if len(ages) == 0 {
		return factsRead{}, false
	}
	far := c.readFacts(docs, merged, c.nearN, len(docs))
	for k, df := range far.read {
		for _, part := range [2][]fact{df.facts, df.stretches} {
			for i := range part {
				g := &part[i]
				if !namedAge(g) {
					continue
				}
				for _, f := range ages {
					if c.sameNamedAgeAt(f.f, g, f.doc, far.lo+k) {
						return far, true
					}
				}
			}
		}
	}
	return factsRead{}, false
}

// factsRead are the facts of the thread docs lo to hi (not included) as
// read (docFactsOf), before they are marked among themselves (markFacts):
// each doc's, the pairs of sites they name together, and how many facts
// and stretches they hold (n).
type factsRead struct {
	lo   int
	read []*docFacts
	nest sceneNest
	n    int
}

// readFacts reads the typed values of the thread docs lo to hi (not
// included).
func (c *comparer) readFacts(docs []story.Doc, merged []docMerged, lo, hi int) factsRead {
	r := factsRead{lo: lo, read: make([]*docFacts, hi-lo), nest: sceneNest{}}
	for di := lo; di < hi; di++ {
		df := c.docFactsOf(docs[di].Analysis, merged[di])
		r.read[di-lo] = df
		for _, p := range df.nest {
			r.nest[p] = true
		}
		r.n += len(df.facts) + len(df.stretches)
	}
	return r
}

// markFacts appends to dst the facts read (readFacts), marked among
// themselves (markTallies, round-ups, main events), then their stretches.
func (c *comparer) markFacts(dst []fact, r factsRead) []fact {
	start := len(dst)
	for k, df := range r.read {
		for _, f := range df.facts {
			f.doc, f.nest = r.lo+k, r.nest
			dst = append(dst, f)
		}
	}
	out := dst[start:]
	c.markTallies(out)
	markRoundups(out)
	c.markMainEvents(out)
	// The ends of stretches of time take no part in the tallies above:
	// they are compared only with one another, in aligned statements.
	for k, df := range r.read {
		for _, f := range df.stretches {
			f.doc, f.nest = r.lo+k, r.nest
			dst = append(dst, f)
		}
	}
	return dst
}

// docFacts are an article's facts before they are marked among those of a
// story (markFacts), with the pairs of sites its sentences name together
// (storyNest): they depend on the article and its story's entity merge
// alone. An article is read by the comparison of its own story and by
// those of the stories it is the context of (1.8 to 1.9 times on the
// kits); Cache keeps its facts between them. doc and nest are left unset.
type docFacts struct {
	facts, stretches []fact
	nest             [][2]string
}

// docFactsOf returns an article's facts, read once per report when the
// comparison has a cache. Callers copy the facts before they change them.
func (c *comparer) docFactsOf(a *mention.Analysis, dm docMerged) *docFacts {
	k := docKey{a, dm.m, dm.i}
	if df, ok := c.in.Cache.docFacts(k); ok {
		return df
	}
	df := c.readDocFacts(a, dm)
	c.in.Cache.keepDocFacts(k, df)
	return df
}

// readDocFacts reads an article's facts (docFacts).
func (c *comparer) readDocFacts(a *mention.Analysis, dm docMerged) *docFacts {
	nest, countries := c.docNest(a)
	out := &docFacts{nest: nest}
	// The facts are gathered in the comparer's scratch slices and kept in
	// slices of exactly their number (exactFacts): a cache keeps them
	// while the article's stories are compared, and slices grown by
	// append held about a quarter of room never used.
	// A read begun inside this one (none is) would gather in slices of
	// its own: the scratch is taken until the deferred return.
	out.facts, out.stretches = c.factScratch[0][:0], c.factScratch[1][:0]
	c.factScratch = [2][]fact{}
	defer func() {
		c.factScratch[0], out.facts = exactFacts(out.facts)
		c.factScratch[1], out.stretches = exactFacts(out.stretches)
	}()
	full, links, captions := articleFullNames(a, dm), linkListStart(a), captionSentences(a.Sentences)
	nights := smallHoursNights(a, c.docValuesOf(a), links)
	for _, sv := range c.docValuesOf(a) {
		si := sv.si
		if si >= links {
			continue // another story's headline
		}
		actors := actorsOf(a, dm, si)
		types := map[string]int{}
		for _, v := range sv.values {
			if v.Stretch == "" {
				types[v.Type+"/"+v.Unit]++
			}
		}
		// A sentence of values only ("FRIDAY, JUNE 7, 2019, 4:40
		// AM") is a time stamp of the page, not a statement.
		if isStamp(sv) && !c.toldStatement(a.Tokens[si]) {
			continue
		}
		years := sentenceYears(a.Sentences[si].Text, sv.values)
		sc := c.sceneOf(a.Sentences[si].Text, false, countries[si])
		unnamed := unnamedOf(a, si)
		days, months := sentenceDays(sv), sentenceMonths(sv)
		tally := c.tallyOf(sv.values)
		for k, v := range sv.values {
			s := a.Sentences[si].Text
			var prev *mention.Value
			if k > 0 {
				prev = &sv.values[k-1]
			}
			// A day "as of" which a thing holds dates no happening: as
			// the end of a stretch of time, it is compared only in a
			// sentence told the same way (stretch).
			stretch := v.Stretch
			if asOf(s, v, prev) {
				stretch = "as of"
			}
			if c.notAFact(s, v, prev, sv.values) {
				continue
			}
			if namedAndOthers(s, v) {
				// The group holds the one named and the others: one
				// more than the figure (namedAndOthers).
				v.Num++
				v.Low, v.High = v.Num, v.Num
				v.Norm = strconv.FormatFloat(v.Num, 'f', -1, 64)
			}
			f := fact{v: v, sent: s, toks: a.Tokens[si], words: sv.words, names: sv.names, verbs: sv.verbs, verbSyn: sv.verbSyn,
				actors: actors, sameType: types[v.Type+"/"+v.Unit], head: sv.heads[k], reported: sv.reported[k], headBefore: sv.before[k],
				owners: c.valueOwner(a, dm, si, v), possessor: c.countPossessor(s, v), container: c.countContainer(s, v), elapsed: c.elapsed(s, v), tally: tally, mods: c.modifiersOf(v),
				series: c.partOfSeries(s, v), sentWords: sv.words, running: c.runningKind(a.Tokens[si], v),
				frame: c.valueFrame(a.Tokens[si], s, v), others: othersOf(sv.values, k), voice: c.countVoice(a.Tokens[si], v),
				grade: c.harmGrade(a.Tokens[si], v), reach: c.distanceKind(a.Tokens[si], s, v), act: c.objectVerb(a.Tokens[si], v),
				caption: captions != nil && captions[si], ageAct: c.ageAct(a.Tokens[si], v), pred: c.countPredicate(a.Tokens[si], v), among: amongGroup(s, v), origin: originGroup(s, v), scene: sc, unnamed: unnamed, several: c.overSeveral(s, v), days: days, months: months, nightDays: nights}
			if !isTime(v.Type) && v.Type != mention.VClock {
				f.bgYears = years
			}
			if j := bracketConversion(s, sv.values, k); j >= 0 {
				src := sv.values[j]
				f.source = &src
			}
			f.killedBeside = c.killedBeside(a.Tokens[si], v, f.others)
			f.deathBeside = v.Type == mention.VCount && c.tellsDeathBeside(a.Tokens[si], v)
			f.hitsDead = f.deathBeside && c.hitsDead(v)
			if v.Type == mention.VClock {
				f.v, f.deadline = clockSpan(s, f.v)
			}
			if v.Type == mention.VWeekday {
				f.v = partOfDay(s, f.v)
			}
			f.reported = f.reported || statesAt(s, f.v, f.headBefore) || sv.denied[k] && stretch == ""
			// "Monday's vote was the closest seen in years": a day in
			// the possessive dates its noun, not a verb of the clause.
			if len(c.possessiveNouns(&f)) > 0 {
				f.head, f.headBefore = "", false
			}
			if po := c.pollOwners(a, dm, si, v); po != nil {
				f.owners = po
			}
			if f.sameType > 1 {
				// Two values of one kind in a sentence: each is about
				// the words around it.
				f.words = without(c.lx.ContentWords(window(sv.masked, v.Start, v.End, localSpan)), sv.said)
			}
			var garbled bool
			if f.person, garbled = c.valuePerson(a, dm, sv.values, k); garbled {
				continue
			}
			if isDayOrClock(v.Type) {
				f.people = sentencePeople(a, dm, si)
			}
			f.subjEvent = c.subjectEvent(a.Tokens[si], v, f.head, f.headBefore)
			if isPersonTime(v.Type) {
				f.ownerPeople, f.fullNames = dayPeople(a, dm, si, f.owners), full
			}
			if f.stretch = stretch; stretch != "" {
				out.stretches = append(out.stretches, f)
				continue
			}
			out.facts = append(out.facts, f)
		}
	}
	return out
}

// exactFacts copies facts into a slice of exactly their number (nil when
// none) and returns, as scratch, facts emptied (cleared, so that the
// scratch keeps nothing of the facts alive) to gather the next ones in.
func exactFacts(facts []fact) (scratch, exact []fact) {
	if len(facts) > 0 {
		exact = make([]fact, len(facts))
		copy(exact, facts)
	}
	clear(facts)
	return facts[:0], exact
}

// actorsOf are the story names of the persons and organisations (any
// named thing but a place) named in sentence si of an article.
func actorsOf(a *mention.Analysis, dm docMerged, si int) map[string]bool {
	actors := map[string]bool{}
	for _, m := range a.Mentions {
		if m.Sentence != si {
			continue
		}
		if t := a.Entities[m.Entity].Type; t != mention.Place {
			if name := dm.m.Name(dm.i, m.Entity); name != "" {
				actors[name] = true
			}
		}
	}
	return actors
}

// notAFact reports whether value v of sentence s (prev the value before
// it, values all the sentence's) states no fact to compare: a conversion
// of a figure, a lone "one", a rank, a need, part of a thing's name, a
// stamp of the page or of an update, a clip's length, a phone number, a
// copyright year, a part of a height, an address, a class threshold (the
// guards in guards.go, scope.go and stateguards.go). The others beside
// one named count the group with one more (namedAndOthers, in facts).
func (c *comparer) notAFact(s string, v mention.Value, prev *mention.Value, values []mention.Value) bool {
	return prev != nil && isConversion(s, *prev, v) || convertsUnread(s, v, prev) ||
		v.Type == mention.VCount && v.Event == "" && reLoneOne.MatchString(v.Text) || isRank(s, v) ||
		c.needed(s, v) || isKindName(s, v) || bracketStamp(s, v, prev) ||
		mediaLength(s, v) || phoneGroup(s, v) || closingStamp(s, v) || copyrightYear(s, v) || heightPart(s, v) || addressBlock(s, v) || classThreshold(s, v, values)
}

// markTallies sets what a fact's article and story say around it: whether
// it is the article's only value of its type and unit, its only weekday,
// its background year.
func (c *comparer) markTallies(out []fact) {
	// unique: the article gives no other value of this type and unit (the
	// same value said twice is one).
	type unitKey struct {
		doc       int
		typ, unit string
	}
	units := map[unitKey]map[string]bool{}
	for _, f := range out {
		k := unitKey{f.doc, f.v.Type, f.v.Unit}
		if units[k] == nil {
			units[k] = map[string]bool{}
		}
		units[k][f.v.Norm] = true
	}
	twoOfAKind(out)
	year := c.storyYear(out)
	days := weekdaysByDoc(out)
	for i := range out {
		out[i].unique = len(units[unitKey{out[i].doc, out[i].v.Type, out[i].v.Unit}]) == 1
		out[i].onlyDay = out[i].v.Type == mention.VWeekday && len(days[out[i].doc]) == 1 &&
			mention.ClauseTense(out[i].sent, out[i].v.Start, out[i].v.End) == mention.TensePast && !mention.PresentBefore(out[i].sent, out[i].v.Start)
		out[i].bg = backgroundYear(out[i].bgYears, year, out[i].sent, out[i].v)
		if y := c.farDate(out[i].v); y != "" {
			out[i].bg = y
		}
		out[i].other = c.otherEvent(out[i].sent) || distantOpening(out[i].sent) && !c.pastRoleOpening(out[i].sent)
		if out[i].bg == "" && out[i].other {
			out[i].bg = "another"
		}
	}
	c.markAgeless(out)
	c.markAgeRoles(out)
	c.markAgeSexes(out)
	c.markOnlyOfEvent(out)
	c.markCountDoers(out)
}

// docMerged says where a doc's entities are merged: its story's merge
// and its index there.
type docMerged struct {
	m *story.Merged
	i int
}

// name is a mention's name as the story merged it, else as written.
func (d docMerged) name(m mention.NameMention) string {
	if n := d.m.Name(d.i, m.Entity); n != "" {
		return n
	}
	return m.Name
}

// threadDocs returns the story's articles followed by those of its related
// stories (the same thread: a story split in two must not hide its
// conflicts), each with its story's entity merge.
func (c *comparer) threadDocs() ([]story.Doc, []docMerged) {
	if c.all != nil {
		return c.threadPart()
	}
	seen := map[string]bool{}
	add := func(d story.Doc, m *story.Merged, i int) {
		if seen[d.Article.ID] {
			return
		}
		seen[d.Article.ID] = true
		c.all = append(c.all, d)
		c.allMerged = append(c.allMerged, docMerged{m, i})
	}
	for i, d := range c.in.Docs {
		add(d, c.in.Merged, i)
	}
	here := storyDay(c.in.Docs)
	var far []Context
	for _, x := range c.in.Context {
		// A related story is another event of the thread when its articles
		// were written weeks apart from this story's: a value of that
		// event is no value of this one.
		there := storyDay(x.Docs)
		dated := !here.IsZero() && !there.IsZero()
		if dated && math.Abs(here.Sub(there).Hours()) > threadDays*24 {
			far = append(far, x)
			continue
		}
		// The event dates the two stories' articles give (EventDays): a
		// dated story none of whose articles dates its event within a day
		// of one of this dated story's tells another event (two shootings
		// of one town the same week). An undated article's event date is
		// the first absolute date it names, which may be background: it
		// can join two undated stories, not keep them apart.
		days := sameEventDays(c.in.Events, x.Events)
		if dated && days == daysDiffer {
			far = append(far, x)
			continue
		}
		// Undated stories: the latest years their articles state (see
		// storyYear) must agree — this year's ceremony and next year's,
		// a quake and the one of three years before, are two events —
		// unless their event dates agree.
		if !dated && days != daysAgree {
			if a, b := c.latestYear(c.in.Docs), c.latestYear(x.Docs); a != "" && b != "" && a != b {
				far = append(far, x)
				continue
			}
		}
		for i, d := range x.Docs {
			add(d, x.Merged, i)
		}
	}
	c.nearN = len(c.all)
	for _, x := range far {
		for i, d := range x.Docs {
			add(d, x.Merged, i)
		}
	}
	return c.threadPart()
}

// The answers of sameEventDays.
const (
	daysUnknown = iota
	daysAgree
	daysDiffer
)

// eventDaysSlack is how many days apart two articles' event dates may be
// and still date one event: a "Friday night" shooting is a Saturday's in
// another report.
const eventDaysSlack = 1

// sameEventDays says whether two stories' articles date their event alike:
// daysAgree when an event date of one lies within eventDaysSlack days of
// one of the other's, daysDiffer when both give event dates and none
// does, daysUnknown when either gives none.
func sameEventDays(a, b []EventDays) int {
	known := [2]bool{}
	for _, x := range a {
		known[0] = known[0] || x.Known
	}
	for _, y := range b {
		known[1] = known[1] || y.Known
	}
	if !known[0] || !known[1] {
		return daysUnknown
	}
	for _, x := range a {
		for _, y := range b {
			if x.Known && y.Known && x.Lo <= y.Hi+eventDaysSlack && y.Lo <= x.Hi+eventDaysSlack {
				return daysAgree
			}
		}
	}
	return daysDiffer
}

// latestYear is the latest year the articles of a story state ("" when
// none does).
func (c *comparer) latestYear(docs []story.Doc) string {
	latest := ""
	for _, d := range docs {
		for _, sv := range c.docValuesOf(d.Analysis) {
			for _, v := range sv.values {
				if y := statedYear(v); y > latest {
					latest = y
				}
			}
		}
	}
	return latest
}

// threadDays is how far apart two related stories' first publication days
// may be for their values to be compared as values of one event.
const threadDays = 10

// storyDay is the earliest publication day of a story's dated articles
// (zero when none is dated).
func storyDay(docs []story.Doc) time.Time {
	var best time.Time
	for _, d := range docs {
		if d.Article.Published == nil {
			continue
		}
		t, err := time.Parse("2006-01-02", *d.Article.Published)
		if err == nil && (best.IsZero() || t.Before(best)) {
			best = t
		}
	}
	return best
}

// reportsHere decides which story of a thread reports a discrepancy: one
// that involves an article of this story, reported once, by the story of
// its smallest article id.
func (c *comparer) reportsHere(d corroborate.Discrepancy) bool {
	storyOf := map[string]int{}
	for _, x := range c.in.Docs {
		storyOf[x.Article.ID] = 0
	}
	for k, x := range c.in.Context {
		for _, y := range x.Docs {
			if _, ok := storyOf[y.Article.ID]; !ok {
				storyOf[y.Article.ID] = k + 1
			}
		}
	}
	count := map[int]int{}
	least := map[int]string{}
	for _, v := range d.Values {
		for _, a := range v.Articles {
			k, ok := storyOf[a]
			if !ok {
				continue
			}
			count[k]++
			if least[k] == "" || a < least[k] {
				least[k] = a
			}
		}
	}
	if count[0] == 0 {
		return false
	}
	// The story that holds most of its articles reports it; on a tie, the
	// one holding its smallest article id.
	for k, n := range count {
		if k != 0 && (n > count[0] || n == count[0] && least[k] < least[0]) {
			return false
		}
	}
	return true
}

// ageOwner is the person an age belongs to: the name just before it
// ("Smith, 45,", "Smith, a 45-year-old") or right after it ("the
// 45-year-old Smith"); "" when no name is that close.
// ageGapMarks drops the commas and opening brackets between a name and
// its age (ageOwner): made once, as a Replacer builds its table on first
// use (one made a call built it again each time).
var ageGapMarks = strings.NewReplacer(",", "", "(", "")

func (c *comparer) ageOwner(a *mention.Analysis, mg docMerged, si int, v mention.Value) string {
	s := a.Sentences[si].Text
	for _, m := range a.Mentions {
		if m.Sentence != si || a.Entities[m.Entity].Type == mention.Organization {
			continue
		}
		name := mg.m.Name(mg.i, m.Entity)
		if name == "" || gluedOpener(s[m.Start:m.End]) {
			continue
		}
		// "Lund's 12-year-old nephew": the age of the person the name
		// possesses, not the name's own.
		if m.End <= v.Start && v.Start-m.End <= 6 && !possessiveName(s, m, s[m.End:v.Start]) {
			gap := strings.TrimSpace(ageGapMarks.Replace(s[m.End:v.Start]))
			if gap == "" && c.listedBeforeName(a, si, v) {
				continue // "Ana Roe, 40-year-old Ivo Roe": Ivo's age, not Ana's
			}
			if gap == "" || gap == "a" || gap == "an" || gap == "aged" {
				return name
			}
		}
		if m.Start >= v.End && m.Start-v.End <= 2 && strings.TrimSpace(s[v.End:m.Start]) == "" && c.personNounAt(s, m.End) == "" {
			return name
		}
	}
	if name := c.nounThenName(a, mg, si, v.End); name != "" {
		return name
	}
	if name := c.identifiedAfter(a, mg, si, v); name != "" {
		return name
	}
	// No known name that close: the capitalised words right after the
	// age, as written ("21-year-old Kimani (Kiki) Gray"), skipping a
	// parenthesised nickname.
	// A weekday after an age is its sentence's time, no name ("the
	// stabbing of a 12-year-old Sunday morning"); nor is it the noun
	// the age is of.
	noun := v.Noun
	if slices.Contains(weekdays, strings.ToLower(noun)) {
		noun = ""
	}
	if m := reNameAfter.FindStringSubmatchIndex(s[v.End:]); m != nil && !slices.Contains(weekdays, strings.ToLower(s[v.End+m[2]:v.End+m[3]])) {
		if n := c.personNounAt(s, pastCapitalized(s, v.End+m[1])); n != "" {
			noun = n
		} else {
			return strings.TrimSpace(s[v.End+m[2]:v.End+m[3]] + " " + s[v.End+m[4]:v.End+m[5]])
		}
	}
	// No name: the person noun the age modifies ("a 13-year-old girl"),
	// by its first WordNet synset ("teen" and "teenager" are one); two
	// articles' "13-year-old girl" and "16-year-old girl" are one person.
	if noun != "" && isPersonNoun(c.lx, noun) {
		if ids := c.lx.SynsetIDs(noun, lexicon.Noun); len(ids) > 0 {
			return "~" + strconv.FormatUint(uint64(ids[0]), 10)
		}
	}
	return ""
}

// listedBeforeName reports whether an age is written before the name of
// the person it belongs to, as each item of a list of people is ("Ana
// Roe, 40-year-old Ivo Roe and 9-year-old Mia Roe"): the age is a
// compound adjective ("N-year-old", Quirk et al. 1985 §7.16) right before
// a name mention or capitalised words that are no weekday. A number
// after a comma is the name before's age only as an apposition of its
// own ("Ana Roe, 40, and Ivo Roe"): an attributive age modifies what
// follows it.
func (c *comparer) listedBeforeName(a *mention.Analysis, si int, v mention.Value) bool {
	s := a.Sentences[si].Text
	if v.End > len(s) || !strings.Contains(strings.ToLower(s[v.Start:v.End]), "old") {
		return false
	}
	for _, m := range a.Mentions {
		if m.Sentence == si && m.Start >= v.End && m.Start-v.End <= 2 && strings.TrimSpace(s[v.End:m.Start]) == "" &&
			a.Entities[m.Entity].Type != mention.Organization && a.Entities[m.Entity].Type != mention.Place {
			return true
		}
	}
	m := reNameAfter.FindStringSubmatchIndex(s[v.End:])
	return m != nil && !slices.Contains(weekdays, strings.ToLower(s[v.End+m[2]:v.End+m[3]])) && c.personNounAt(s, pastCapitalized(s, v.End+m[1])) == ""
}

// pastCapitalized is the offset in s after the capitalised words that
// follow offset at, at most three ("a 21-year-old Elm Valley High School
// student": the name reNameAfter reads stops at three words, and the
// person noun after the whole of it makes the words a modifier). A word
// reNameAfter read the first part of goes on to its end: "a 30-year-old
// Asian-American man" (a hyphenated compound, a modifier of the noun) is
// a man, no person named "Asian".
func pastCapitalized(s string, at int) int {
	if at < len(s) && s[at] == '-' {
		for at < len(s) && s[at] != ' ' && s[at] != ',' && s[at] != '.' {
			at++
		}
	}
	for range 3 {
		rest := s[at:]
		t := strings.TrimLeft(rest, " ")
		if t == "" || t[0] < 'A' || t[0] > 'Z' || len(t) == len(rest) {
			return at
		}
		at += len(rest) - len(t)
		for at < len(s) && s[at] != ' ' && s[at] != ',' && s[at] != '.' {
			at++
		}
	}
	return at
}

// nounThenName is the person an age written before a person noun belongs
// to when a name follows that noun, closely or set off by a comma: "the
// 32-year-old protester Ines Varga", "a 3-year-old daughter Mila", "their
// 8-year-old son, Tobias Lind" (a noun of a person in apposition with a
// name, CGEL 2002 ch. 15 §5: they are one person). Up to two lower-case
// words may stand between the age and the noun ("a 40-year-old former
// miner"). The head is the last noun of the run: a noun of a group
// before a person noun is a noun premodifier (Quirk et al. 1985 §17.104:
// "a 20-year-old city resident, <Name>", "a 17-year-old college student
// <Name>"), not the head the name stands in apposition to. "" when no such
// name follows.
func (c *comparer) nounThenName(a *mention.Analysis, mg docMerged, si, end int) string {
	s := a.Sentences[si].Text
	at, found := c.premodifiedHead(s, end)
	if !found {
		return ""
	}
	gap := s[at:]
	lead := len(gap) - len(strings.TrimLeft(gap, " "))
	comma := strings.HasPrefix(gap[lead:], ",")
	if comma {
		lead++
		lead += len(gap[lead:]) - len(strings.TrimLeft(gap[lead:], " "))
	}
	start := at + lead
	for _, m := range a.Mentions {
		if t := a.Entities[m.Entity].Type; m.Sentence != si || m.Start != start || t == mention.Organization || t == mention.Place {
			continue
		}
		// "a 25-year-old angler, Brevik said": the name after the comma
		// opens a reporting clause; it is not the noun's apposition.
		if f := strings.Fields(s[m.End:]); comma && len(f) > 0 && mention.IsReportingVerb(c.lx.Base(strings.ToLower(strings.TrimRight(f[0], ",.;:")), lexicon.Verb)) {
			return ""
		}
		return mg.m.Name(mg.i, m.Entity)
	}
	return ""
}

// premodifiedHead reads the lower-case words right after an age (offset
// end of s), up to three, as one noun phrase: premodifiers, then the
// person noun that heads it. A group noun followed by a person noun (a
// noun adjunct: "college student", "church member") premodifies that
// one; a noun only of a person does not, so the phrase ends there ("the
// N-year-old driver police officers stopped": a reduced relative clause
// follows). It returns the offset after the head and whether a head was
// found.
func (c *comparer) premodifiedHead(s string, end int) (int, bool) {
	at := end
	found := false
	group := false // the head found is a group noun, which may premodify
	for k := 0; k < 3; k++ {
		rest := s[at:]
		trimmed := strings.TrimLeft(rest, " ")
		if len(trimmed) == len(rest) && k > 0 || trimmed == "" {
			return at, found
		}
		w := trimmed
		if i := strings.IndexAny(w, " ,;:.!?)"); i >= 0 {
			w = w[:i]
		}
		if w == "" || w != strings.ToLower(w) || !isWordy(w) {
			return at, found
		}
		noun := c.personNounAt(s, at+len(rest)-len(trimmed))
		head := noun != ""
		if found && (!head || !group) {
			return at, true // the head ended the phrase
		}
		if !head && !c.premodifier(w) {
			return at, false
		}
		at += len(rest) - len(trimmed) + len(w)
		found, group = head, head && c.lx.HasLex(noun, lexicon.Noun, lexicon.NounGroup)
	}
	return at, found
}

// premodifier reports whether a lower-case word can stand between an age
// and the person noun it modifies, inside one noun phrase: a word WordNet
// has as written as an adjective or a noun ("former", "retired", "college"),
// or a hyphenated compound ("off-duty"). An article or possessive starts
// another noun phrase, and an inflected verb ("stabbed", "told") a
// predicate, so neither is one: "a 19-year-old stabbed a man, <Name>" gives
// the age to no one named.
func (c *comparer) premodifier(w string) bool {
	if w == "a" || w == "an" { // WordNet's letter and vitamin senses
		return false
	}
	return strings.Contains(w, "-") || c.lx.Has(w, lexicon.Adj) || c.lx.Has(w, lexicon.Noun)
}

// isWordy reports whether w is letters and hyphens only.
func isWordy(w string) bool {
	for _, r := range w {
		if r != '-' && (r < 'a' || r > 'z') {
			return false
		}
	}
	return true
}

// twoOfAKind leaves without a person the ages of an unnamed kind of person
// (owner "~…": "a 17-year-old boy") when one article gives two ages of that
// kind in two sentences: it tells of two such people, and which of them
// another article's "16-year-old boy" is cannot be told (sharedAgeKind
// weighs two ages of one sentence, where their order and nouns can tell).
func twoOfAKind(facts []fact) {
	type at struct{ norm, sent string }
	ages := map[[2]any][]at{}
	for _, f := range facts {
		if f.v.Type == mention.VAge && strings.HasPrefix(f.person, "~") {
			k := [2]any{f.doc, f.person}
			ages[k] = append(ages[k], at{f.v.Norm, f.sent})
		}
	}
	two := func(xs []at) bool {
		for _, x := range xs {
			for _, y := range xs {
				if x.norm != y.norm && x.sent != y.sent {
					return true
				}
			}
		}
		return false
	}
	for i := range facts {
		f := &facts[i]
		if f.v.Type == mention.VAge && strings.HasPrefix(f.person, "~") && two(ages[[2]any{f.doc, f.person}]) {
			f.person, f.twoOfNoun = "", true
		}
	}
}

// personNounAt is the lower-case person noun written right after byte at
// ("boy" in "a 16-year-old Marlow boy": the capitalised words before it
// are a modifier, where the person is from, not a name), or "". An
// adjective that WordNet also lists as a noun of a group only ("the
// dead", "the wounded": an adjective heading a noun phrase, Quirk et al.
// 1985 §7.23) is no such noun: after a name it is the object's complement
// ("left 41-year-old Ivo Marsh dead", §16.44; adjectiveHead). A past form
// of a verb there (pastParticiple), ending its phrase, is the name's
// predicate ("29-year-old Ivo Marsh left the pier", "shot his neighbour"),
// whatever group or person sense the form has ("the left", "a good shot").
func (c *comparer) personNounAt(s string, at int) string {
	if at > len(s) {
		return ""
	}
	f := strings.Fields(s[at:])
	if len(f) == 0 {
		return ""
	}
	w := strings.TrimRight(f[0], ".,;:!?)")
	if w == "" || w != strings.ToLower(w) {
		return ""
	}
	if b := c.lx.Base(w, lexicon.Noun); isPersonNoun(c.lx, b) && !((adjectiveHead(c.lx, w) || c.pastParticiple(w)) && phraseEnds(f)) {
		return b
	}
	return ""
}

// adjectiveHead reports whether a word is an adjective whose noun senses
// name no person, only a group ("dead", "wounded", "elderly"): as a noun it
// stands only with "the" for the people it describes ("the dead"), so
// after a name it is no head noun but a complement ("found Ana Roe dead").
// A word with a sense of a person ("teen", "native") is a noun there.
// The complement ends the noun phrase (phraseEnds): an adjective followed by
// a noun premodifies it ("a Lund high school student").
// The group is people described by the adjective: its noun sense lies
// under WordNet's "people" (Quirk et al. 1985 §7.23, "the dead": people who
// are dead; "the elderly" by way of "age group"). A group noun of another
// kind that also has an adjective sense ("firm", "home", "collective",
// "cooperative") heads a phrase a surname premodifies ("the 40-year-old
// Lund firm", "the Lund home"): an age there is the firm's or the house's,
// no person's (peopleAnchors).
func adjectiveHead(lx *lexicon.Lexicon, w string) bool {
	adj, person := false, false
	for _, s := range lx.Senses(w) {
		adj = adj || s.POS == lexicon.Adj
		person = person || s.POS == lexicon.Noun && s.Lex == lexicon.NounPerson
	}
	if !adj || person {
		return false
	}
	peopleAnchors.once.Do(func() {
		if s, ok := lx.TopSense("people", lexicon.Noun); ok {
			peopleAnchors.ids = []uint32{s.Synset}
		}
	})
	b := lx.Base(w, lexicon.Noun)
	return b != "" && lx.Under(b, lexicon.Noun, peopleAnchors.ids, 2)
}

// peopleAnchors is the first WordNet sense of the noun "people" (any group
// of human beings), which the nouns of "the" and an adjective lie under
// ("the dead", "the wounded"; "the elderly" through "age group", "the
// needy" through "poor people").
var peopleAnchors struct {
	once sync.Once
	ids  []uint32
}

// phraseEnds reports whether the first of a run of words (fields) ends a
// noun phrase: punctuation closes it, no word follows, or the next word is
// of a closed class (a preposition, a conjunction, a determiner: "dead in
// her home", "dead and two hurt").
func phraseEnds(fields []string) bool {
	if len(fields) < 2 || strings.TrimRight(fields[0], ".,;:!?)") != fields[0] {
		return true
	}
	_, closed := lexicon.ClosedClass(strings.ToLower(fields[1]))
	return closed
}

// valuePerson is whose a value is, for an age or a parent's count of
// children ("" for other values), and whether the value is a garbled age
// to leave out (garbledAge).
func (c *comparer) valuePerson(a *mention.Analysis, mg docMerged, vals []mention.Value, k int) (string, bool) {
	v := vals[k]
	switch {
	case v.Type == mention.VAge:
		p := c.ageOwner(a, mg, v.Sentence, v)
		if p == "" || strings.HasPrefix(p, "~") {
			if n := c.anaphoricAgePerson(a, mg, v.Sentence, v); n != "" {
				p = n // "Doe was stabbed. The 65-year-old …" (ageanaphor.go)
			}
		}
		if c.sharedAgeKind(a.Sentences[v.Sentence].Text, vals, k, p) {
			p = ""
		}
		return p, c.garbledAge(a, mg, v.Sentence, vals, k, p)
	case mention.IsKinCount(v):
		// "Ana Vell, a mother of three": a name, not a noun's synset
		// (every parent noun is a person noun).
		if p := c.ageOwner(a, mg, v.Sentence, v); !strings.HasPrefix(p, "~") {
			return p, false
		}
	}
	return "", false
}

// reNameAfter is a personal name right after an age: one to three
// capitalised words, a nickname in brackets allowed after the first.
var reNameAfter = regexp.MustCompile(`^\s+([A-Z][a-z]+)(?:\s+\([^)]{1,20}\))?((?:\s+[A-Z][a-z'-]+){0,2})`)

// headVerb is the verb a time value dates: the nearest verb before it in
// its clause, else the nearest after it. A reporting verb ("said
// Tuesday") dates a statement, not the event: "" then.
func (c *comparer) headVerb(toks []text.Token, v mention.Value) (head string, reported, before bool) {
	at := tokenFrom(toks, v.Start)
	if at < 0 {
		return "", false, false
	}
	for k, lo, asides, named := at-1, at-headSpan, 0, 0; k >= 0 && k >= lo; k-- {
		// A dash closes an aside: "a gang of four — two of them
		// disguised as guards — on Friday robbed" dates no disguise.
		// An aside of a few words and no verb between two commas or two
		// dashes is passed over ("in their home in Dover, Delaware, on
		// Sunday"; statedtimes.go).
		if toks[k].Text == "," || toks[k].Text == ";" || isDash(toks, k) {
			if j := c.verblessAside(toks, k); j >= 0 && asides < 2 {
				lo -= k - j + 1
				k = j
				asides++
				continue
			}
			break
		}
		if b, ok := c.openingParticiple(toks, k); ok {
			return b, b == "", true
		}
		if b, ok := c.openingPastParticiple(toks, k, at); ok {
			return b, b == "", true
		}
		if b, ok := c.compelledAct(toks, k); ok {
			return b, false, true
		}
		if b, ok := c.timeVerbIn(toks, k); ok || c.foundObject(toks, k) != "" {
			// "detained Vale on suspicion of poaching early Monday": an
			// -ing form after a preposition heads a nominal clause
			// (Quirk et al. 1985 §15.10), not the clause the time
			// dates, and so does its modifier ("of illegal netting",
			// "for night fishing": not "net", "fish"); the verb is looked for
			// further back. After a preposition of time it heads a clause
			// of time, a happening of its own ("drowned after diving
			// from the pier on Friday"; statedtimes.go).
			if b != "" && !temporalGerund(toks, k) && (gerundAfterPreposition(toks, k) || k+1 < at && gerundAfterPreposition(toks, k+1)) {
				continue
			}
			if b == "" {
				b = c.reportingAct(toks, k, v) // placepasttime.go
			}
			// "police said Wednesday", "were reported in the north on
			// Saturday": the day of a statement — a reporting verb right
			// before the day or a verb of speech in the passive
			// ("deliberated for nine hours on Thursday" is the fact; "was
			// discovered Tuesday", a verb of cognition, dates a finding).
			passive := k > 0 && beForms[toks[k-1].Lower]
			if rb := c.reportBase(toks[k]); b == "" && passive && rb != "" && !mention.IsSpeechVerb(rb) {
				// "the body was discovered Tuesday", "was found by a maid
				// on July 27": a finding is a happening, and its verb is
				// what the day dates.
				return rb, false, true
			}
			// "the warden talked Friday evening at the quay": a verb of
			// speaking in the past before the time dates a statement, as
			// "said Friday" does (one after it may be another clause's:
			// "just before 4 p.m. where they talked with the divers"; a
			// speech to come, "speaks Friday at the guild hall", is a
			// happening of its own).
			if b != "" && c.speakingVerb(b) && pastForm(toks[k].Text, b) {
				return "", true, true
			}
			return b, b == "" && (k >= at-2 && !passive || passive && mention.IsSpeechVerb(c.reportBase(toks[k]))), true
		}
		if named < nameSpan && v.Type == mention.VWeekday && (nameWord(toks, k) || clockWord(toks, k)) {
			lo--
			named++
		}
	}
	for k, lim := at+1, at+12; k < len(toks) && k <= lim; k++ {
		if toks[k].Start < v.End {
			continue
		}
		// The verb after a time is of its clause only: "Tuesday — hours
		// after the march began" dates no beginning; past a comma only
		// when the time opens the sentence ("On Tuesday, police
		// arrested…"), not "just past 4:30 a.m. in the city, following…".
		if clausePunct[toks[k].Text] || toks[k].Text == "," && at > 2 {
			break
		}
		// "In 1984, Doe, who had lived in Elmton, was convicted": a
		// relative aside holds no verb of the clause the time opens
		// (subjectpronoun.go).
		if j := relativeAside(toks, k); j > 0 {
			lim += j - k
			k = j
			continue
		}
		// "Thursday evening": the part of the day after a weekday is part
		// of the time, not a verb ("evening" is no form of "even").
		if firstAfter(toks, k, v.End) && rePartOfDay.MatchString(" "+toks[k].Text) {
			continue
		}
		if b, ok := c.predicativeVerb(toks, k); ok { // subjectpronoun.go
			return b, false, false
		}
		if b, ok := c.compelledAct(toks, k); ok {
			return b, false, false
		}
		if b, ok := c.verbIn(toks, k); ok || c.foundObject(toks, k) != "" {
			if b == "" {
				b = c.reportingVerbAct(toks, k)
			}
			// "Velmar rangers on Friday said the fire … was set": a
			// time between a subject and its verb of saying, right
			// before the verb, dates the statement, as "said Friday"
			// does (an adverbial in medial position, Quirk et al. 1985,
			// ch. 8). A verb further on is another clause's ("a June 2
			// deadline on a loan it says …"), and a verb of knowing
			// tells no statement ("on Friday was not known").
			return b, b == "" && ok && firstAfter(toks, k, v.End) && c.saysAt(toks[k]), false
		}
	}
	return "", false, false
}

// compelledAct is the verb of the to-infinitive after a passive verb of
// compulsion at token k ("was forced to sell the orchard in 2004",
// "were made to leave on Friday"): such a verb entails its complement
// (Karttunen 1971 on implicative verbs; the catenative passive, Quirk et al.
// 1985 §16.52), so the time dates the act compelled, which another
// article tells with that verb alone ("sold the orchard in 2004").
// The verbs are "make" and WordNet's synonyms of "force" and "compel"
// (coerce, pressure, oblige, obligate).
func (c *comparer) compelledAct(toks []text.Token, k int) (string, bool) {
	if k < 1 || k+2 >= len(toks) || !toks[k].IsWord() || !beForms[toks[k-1].Lower] || !strings.EqualFold(toks[k+1].Text, "to") {
		return "", false
	}
	b := c.reportBase(toks[k])
	if b == "" || b == toks[k].Lower || b != "make" && b != "force" && b != "compel" &&
		!c.lx.Synonyms(b, "force", lexicon.Verb) && !c.lx.Synonyms(b, "compel", lexicon.Verb) {
		return "", false
	}
	inf := toks[k+2].Lower
	if !toks[k+2].IsWord() || !c.lx.Has(inf, lexicon.Verb) {
		return "", false
	}
	h, ok := verbHead(inf)
	if !ok {
		return "", false
	}
	if h == "" {
		h = c.reportingVerbAct(toks, k+2)
	}
	return h, h != ""
}

// openingParticiple is the verb of an -ing clause that opens its sentence
// at token k and holds the time: "Starting at 7 p.m., the crowd
// marched" dates the start, "Announcing on Monday that …" a
// statement ("" and true). Such a nonfinite clause is an adverbial of its
// own whose verb the time modifies (Quirk et al. 1985 §15.58); the word is
// capitalised where it opens the sentence, which verbAt reads as a name.
// The participles used as prepositions ("Following the raid on Monday",
// "According to police on Monday"; §9.10) and first names ("Sterling")
// head no clause.
func (c *comparer) openingParticiple(toks []text.Token, k int) (string, bool) {
	t := toks[k]
	lw := t.Lower
	if !t.IsWord() || !t.IsCapitalized() || !strings.HasSuffix(lw, "ing") || participlePrepositions[lw] || lw == "according" ||
		mention.IsFirstName(t.Text) || k+1 >= len(toks) || toks[k+1].IsCapitalized() {
		return "", false
	}
	for j := 0; j < k; j++ {
		if toks[j].IsWord() || toks[j].IsNumber() {
			return "", false
		}
	}
	b := c.lx.Base(lw, lexicon.Verb)
	if b == lw || !c.lx.Has(b, lexicon.Verb) {
		return "", false
	}
	return verbHead(b)
}

// openingPastParticiple is the verb of an -ed participle clause that
// opens its sentence at token k, holds the time at token at and ends at a
// comma before the main clause ("Detained Tuesday in <Town>, <Name>
// faces …", "Hired in 2009, she ran the office"): a nonfinite
// clause, an adverbial of its own whose verb the time modifies (Quirk et
// al. 1985 §15.58, as openingParticiple reads the -ing clause). The
// participles used as prepositions or conjunctions ("Based on …", "Given
// …", "Compared with …"; §9.10) head no such clause.
func (c *comparer) openingPastParticiple(toks []text.Token, k, at int) (string, bool) {
	t := toks[k]
	lw := t.Lower
	if !t.IsWord() || !t.IsCapitalized() || pastParticiplePrepositions[lw] || strings.HasSuffix(lw, "ing") || mention.IsFirstName(t.Text) || k+1 >= len(toks) ||
		k+1 != at && toks[k+1].IsCapitalized() {
		return "", false
	}
	for j := 0; j < k; j++ {
		if toks[j].IsWord() || toks[j].IsNumber() {
			return "", false
		}
	}
	b, ok := c.lx.Participle(lw)
	if !ok {
		b = c.lx.Base(lw, lexicon.Verb)
		if !strings.HasSuffix(lw, "ed") || b == lw || !c.lx.Has(b, lexicon.Verb) {
			return "", false
		}
	}
	for j := at + 1; j < len(toks); j++ {
		if toks[j].Text == "," {
			return verbHead(b)
		}
		if clausePunct[toks[j].Text] {
			break
		}
	}
	return "", false
}

// pastParticiplePrepositions are -ed forms used as prepositions or
// conjunctions at the head of a sentence (Quirk et al. 1985 §9.10: "Based
// on …", "Given …", "Compared with …", "Provided that …").
var pastParticiplePrepositions = map[string]bool{"based": true, "given": true, "compared": true, "provided": true,
	"granted": true, "related": true, "concerned": true, "added": true}

// timeVerbIn is verbIn for the search of the verb a time dates: right
// after a passive "was" or "were" an irregular form is a participle even
// where it is also a base form of its own ("was found July 27": find).
func (c *comparer) timeVerbIn(toks []text.Token, k int) (string, bool) {
	if attributiveParticiple(toks, k) {
		return "", false
	}
	if _, ok := c.passiveSet(toks, k); ok {
		return "schedule", true
	}
	if b, ok := c.predicativeVerb(toks, k); ok { // subjectpronoun.go
		return b, true
	}
	if b, ok := c.verbIn(toks, k); ok {
		return b, ok
	}
	if k > 0 && beForms[toks[k-1].Lower] && toks[k].IsWord() && !toks[k].IsCapitalized() {
		if b, ok := c.lx.Participle(toks[k].Lower); ok {
			return verbHead(b)
		}
	}
	// "had set bail on Monday": after the perfect's have, a verb whose
	// three forms are one (mention.ZeroPast, Quirk et al. 1985 §3.16) is
	// its participle. (Not after be: "the island was hit by a quake in
	// June" dates the quake, the agent, which "hit" would hide.)
	if k > 0 && haveForms[toks[k-1].Lower] && toks[k].IsWord() && !toks[k].IsCapitalized() && mention.ZeroPast(toks[k].Lower) {
		return verbHead(toks[k].Lower)
	}
	return "", false
}

// passiveSet reports whether token k is the verb of a passive "set" of
// scheduling, and where that "set" stands: "set" after a be form and
// before "for" ("the hearing is set for May 3", "has been set for"), or
// the verb of "set to begin" or "set to start" after a be form (a verb
// WordNet puts beside *begin*: "is set to begin on May 3"). The time it
// dates is the day a thing is scheduled for, read as "scheduled for" is.
// WordNet has no sense of *set* beside *schedule*, and "set" is its own
// participle (no exception-list entry marks it inflected), so the
// construction is read from its words.
func (c *comparer) passiveSet(toks []text.Token, k int) (int, bool) {
	s := k
	switch {
	case k >= 2 && strings.EqualFold(toks[k-1].Text, "to") && strings.EqualFold(toks[k-2].Text, "set") && toks[k].IsWord() &&
		!toks[k].IsCapitalized() && c.closeVerbs(toks[k].Base(lexicon.Verb), "begin"):
		s = k - 2
	case strings.EqualFold(toks[k].Text, "set") && k+1 < len(toks) && strings.EqualFold(toks[k+1].Text, "for"):
	default:
		return 0, false
	}
	if beBefore(toks, s) < 0 {
		return 0, false
	}
	return s, true
}

// beBefore is the index of the be form of a passive whose participle
// stands at token k ("is set", "has been set", "was being held"): the
// token before k, or before a "been" or "being" there; -1 when that token
// is no be form.
func beBefore(toks []text.Token, k int) int {
	be := k - 1
	if be >= 0 {
		if w := toks[be].Lower; w == "been" || w == "being" {
			be--
		}
	}
	if be < 0 || !beForms[toks[be].Lower] {
		return -1
	}
	return be
}

// attributiveParticiple reports whether token k is a participle in -ed
// used as an adjective before its noun (Quirk et al. 1985 §7.15–7.16):
// after a determiner, with or without an adverb in -ly, and before a
// lower-case word ("a sparsely populated area on Tuesday", "the wounded
// officer"). It dates nothing; the verb of the clause is looked for
// before it.
func attributiveParticiple(toks []text.Token, k int) bool {
	if k < 1 || k+1 >= len(toks) || !strings.HasSuffix(toks[k].Text, "ed") || toks[k].IsCapitalized() || !toks[k+1].IsWord() || toks[k+1].IsCapitalized() {
		return false
	}
	j := k - 1
	if strings.HasSuffix(toks[j].Lower, "ly") && j > 0 {
		j--
	}
	tag, _ := lexicon.ClosedClass(toks[j].Lower)
	return tag == "DT" || tag == "PRP$"
}

// isDash reports whether token k is a dash: an em or en dash, or a hyphen
// set apart from the words around it ("four -- two of them", "four - two
// of them"), not one inside a compound ("play-in").
func isDash(toks []text.Token, k int) bool {
	switch toks[k].Text {
	case "—", "–":
		return true
	case "-":
		return k == 0 || k+1 == len(toks) || toks[k-1].End < toks[k].Start || toks[k+1].Start > toks[k].End ||
			toks[k-1].Text == "-" || toks[k+1].Text == "-"
	}
	return false
}

// gerundAfterPreposition reports whether token k is an -ing form after a
// preposition, right after it or past one modifier ("of poaching", "after
// crossing", "of illegal netting").
func gerundAfterPreposition(toks []text.Token, k int) bool {
	if k == 0 || !strings.HasSuffix(toks[k].Lower, "ing") {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-2; j-- {
		if !toks[j].IsWord() {
			return false
		}
		if tag, _ := lexicon.ClosedClass(toks[j].Lower); tag == "IN" {
			return true
		}
	}
	return false
}

// clausePunct are the marks that end a clause or open an aside (a dash, a
// bracket, a quotation mark): a verb after them is not the verb of a time
// before them. A comma is one only after a time inside its sentence (see
// headVerb): "On Tuesday, police arrested three men".
var clausePunct = map[string]bool{";": true, ":": true, "—": true, "–": true, "(": true, ")": true, "\"": true, "“": true, "”": true}

// headSpan is how many tokens before a time its verb may stand ("was
// pulled over on the coast road near the bridge just past 4:30 a.m.").
const headSpan = 9

// nameSpan is how many more tokens the words of names and determiners
// (nameWord) may add to headSpan before a weekday: a place is named in
// several words that say nothing of the clause ("opened fire outside a
// house party in the South Dale neighborhood early Saturday"). Other
// times keep headSpan: "accused of killing two women at a Dale Street
// store in 1962" dates the killing, not the accusation, and a clock time
// or a date gained nothing from the longer span on the tune half.
const nameSpan = 8

// nameWord reports whether token k is a word of a name inside its
// sentence (capitalised, not the first word), a determiner, or the full
// stop of an abbreviation inside a name ("St.", "Ave."): words that do
// not count toward headSpan.
func nameWord(toks []text.Token, k int) bool {
	t := toks[k]
	if t.Text == "." {
		return k > 0 && k+1 < len(toks) && toks[k-1].End == t.Start && toks[k-1].IsCapitalized()
	}
	if !t.IsWord() {
		return false
	}
	if k > 0 && t.IsCapitalized() {
		return true
	}
	tag, _ := lexicon.ClosedClass(t.Lower)
	return tag == "DT"
}

// clockWord reports whether token k is a word of a clock time: "11:45",
// or a number or a meridiem ("a.m.", "pm") of one written with its
// meridiem ("9 a.m."). A clock time before a weekday ("was shot outside a
// bar at about 11:45 p.m. Monday") tells the moment of the day and says
// nothing of the clause: its words do not count toward headSpan, as a
// name's do not.
func clockWord(toks []text.Token, k int) bool {
	meridiem := func(j int) bool {
		if j < 0 || j >= len(toks) {
			return false
		}
		switch toks[j].Lower {
		case "a.m.", "p.m.", "am", "pm", "a.m", "p.m":
			return true
		}
		return false
	}
	switch {
	case reClockWord.MatchString(toks[k].Text):
		return true
	case meridiem(k):
		return k > 0 && (reNumberWord.MatchString(toks[k-1].Text) || reClockWord.MatchString(toks[k-1].Text))
	}
	return reNumberWord.MatchString(toks[k].Text) && meridiem(k+1)
}

// reClockWord is a clock time's token "11:45"; reNumberWord an hour.
var (
	reClockWord  = regexp.MustCompile(`^\d{1,2}:\d\d$`)
	reNumberWord = regexp.MustCompile(`^\d{1,2}$`)
)

// verbAt reads a token as an inflected verb: its base form, "" for a
// reporting verb (ok stays true: the search stops there).
func (c *comparer) verbAt(t text.Token) (string, bool) {
	if !t.IsWord() || t.IsCapitalized() {
		return "", false
	}
	lw := t.Lower
	b, ok := irregularBase(lw)
	if lw == "said" || lw == "says" {
		// The commonest reporting verb, irregular: "said Wednesday"
		// dates the statement.
		return "", true
	}
	if !ok {
		if !(strings.HasSuffix(lw, "ed") || strings.HasSuffix(lw, "ing")) {
			return "", false
		}
		b = c.lx.Base(lw, lexicon.Verb)
		if b == lw || !c.lx.Has(b, lexicon.Verb) {
			return "", false
		}
	}
	return verbHead(b)
}

// verbHead is what a verb of base form b gives the search for a time's
// verb: "" and true for a reporting verb that takes a clause (it dates a
// statement), nothing (false) for a light verb, else b.
func verbHead(b string) (string, bool) {
	if mention.IsReportingVerb(b) {
		if !mention.TakesClause(b) {
			// "was named Monday to the board": naming or appointing is an
			// act, not the report of a proposition.
			return b, true
		}
		return "", true
	}
	if lightVerb(b) {
		return "", false // "was", "took", "made": regular or irregular, no event of its own
	}
	return b, true
}

// reportBase is the base form of an inflected verb token ("reported" →
// "report").
func (c *comparer) reportBase(t text.Token) string {
	lw := t.Lower
	if b, ok := irregularBase(lw); ok {
		return b
	}
	if lw == "said" || lw == "says" {
		return "say"
	}
	return t.Base(lexicon.Verb)
}

// beForms are the forms of "be" that make a passive.
var beForms = map[string]bool{"is": true, "are": true, "was": true, "were": true, "been": true, "be": true}

// sameVerb reports whether two verbs a time dates name one happening: the
// same verb, or verbs close in their frequent senses (closeVerbs).
func (c *comparer) sameVerb(a, b string) bool {
	return a != "" && b != "" && (a == b || c.closeVerbs(a, b))
}

// frequentRank is how many of a verb's senses, most frequent first
// (WordNet's sense numbers, from tagged corpora), speak for its reading in
// news when two verbs are matched.
const frequentRank = 3

// closeVerbs reports whether two verbs share a sense, or one sense lies
// directly under the other, where both senses are among the verbs' three
// most frequent or one is the first sense of its verb ("passed away" is
// the first sense of "die"; "shoot" is directly under "kill"). Common verbs
// have dozens of rare senses that join almost anything: "arrest" (to catch
// one's eye) under "draw", "turn" (turn loose) a synonym of "release",
// "run" and "release" (of a liquid). Two days of such verbs date two
// happenings. A verb and its re- form are never close, whatever WordNet
// files under what (repeatedAct: "reopen" tells a second opening), unless
// WordNet puts the two in one synset: then "re" was no prefix of "again"
// but part of the word ("resolve" / "solve", "research" / "search"), and
// the two are read as any other pair; a caller that
// reads the re- form as its base's kind of act asks repeatedAct itself
// (scheduledNoun: "reschedule").
func (c *comparer) closeVerbs(a, b string) bool {
	if a == b {
		return true
	}
	if (repeatedAct(a, b) || repeatedAct(b, a)) && !c.lx.Synonyms(a, b, lexicon.Verb) {
		return false
	}
	bs := c.lx.Senses(b)
	for _, x := range c.lx.Senses(a) {
		if x.POS != lexicon.Verb {
			continue
		}
		for _, y := range bs {
			if y.POS != lexicon.Verb || !(x.Rank < frequentRank && y.Rank < frequentRank || x.Rank == 0 || y.Rank == 0) {
				continue
			}
			if directSenses(x, y) {
				return true
			}
		}
	}
	return false
}

// repeatedAct reports whether verb a is verb b with the prefix re-
// ("reappear", "reopen", "re-elect"): the prefix means "again" (Quirk et
// al. 1985, App. I), so the two tell two happenings, the second after the
// first, and a time of one is no time of the other ("disappeared in 1958
// and reappeared in 2003"), though WordNet files the re- verb directly
// under its base.
func repeatedAct(a, b string) bool {
	if len(b) < 3 || !strings.HasPrefix(a, "re") {
		return false
	}
	r := strings.TrimPrefix(a[2:], "-")
	return r == b
}

// sharedEventVerb reports whether two sentences share a counted-event verb.
func sharedEventVerb(a, b map[string]bool) bool {
	for v := range a {
		if b[v] && mention.IsEventVerb(v) {
			return true
		}
	}
	return false
}

// eventsDiffer reports whether two sentences name different counted
// events ("killed" and "injured") and no common one.
func eventsDiffer(a, b map[string]bool) bool {
	var ea, eb []string
	for v := range a {
		if mention.IsEventVerb(v) {
			ea = append(ea, v)
		}
	}
	for v := range b {
		if mention.IsEventVerb(v) {
			eb = append(eb, v)
		}
	}
	if len(ea) == 0 || len(eb) == 0 {
		return false
	}
	for _, x := range ea {
		for _, y := range eb {
			if x == y {
				return false
			}
		}
	}
	return true
}

// eventWordShared reports whether one sentence's event verb is a word of
// the other, as a noun ("120 damaged homes" / "140 homes suffering serious
// damage"): the same event told with a verb and a noun.
func eventWordShared(f, g *fact) bool {
	for v := range f.verbs {
		if mention.IsEventVerb(v) && g.words[v] {
			return true
		}
	}
	for v := range g.verbs {
		if mention.IsEventVerb(v) && f.words[v] {
			return true
		}
	}
	return false
}

// verbsOf returns the base forms of a sentence's inflected verbs, leaving
// out light and reporting verbs (they do not tell one event from another).
func (c *comparer) verbsOf(toks []text.Token) map[string]bool {
	out := map[string]bool{}
	for k, t := range toks {
		if !t.IsWord() || t.IsCapitalized() {
			continue
		}
		lw := t.Lower
		b, ok := irregularBase(lw)
		if !ok {
			// Inflected forms ("paid", "died", "firing"): a bare form
			// is as often a noun, save the verb of an infinitive or
			// after a modal (infinitiveVerb: "hoping to sell three boats").
			b = c.lx.Base(lw, lexicon.Verb)
			if (b == lw && !c.infinitiveVerb(toks, k)) || !c.lx.Has(b, lexicon.Verb) {
				continue
			}
		}
		if lightVerb(b) || mention.IsReportingVerb(b) {
			continue
		}
		out[b] = true
	}
	return out
}

// sharedVerb reports whether two sentences share a verb or a synonym.
func sharedVerb(f, g *fact) bool {
	for x := range f.verbs {
		if g.verbs[x] {
			return true
		}
	}
	for id := range f.verbSyn {
		if g.verbSyn[id] {
			return true
		}
	}
	return false
}

func explicitClock(v mention.Value) bool {
	return v.HalfDay == "am" || v.HalfDay == "pm" || v.Unit != ""
}

// samePerson reports whether two names can be one person: equal, one a
// word of the other ("Brenner", "Karl Brenner"), or sharing a word without
// two different given names ("Karl Brenner" and "Jonas Brenner" are two).
func samePerson(a, b string) bool {
	if a == b {
		return true
	}
	pa, pb := personNameOf(a), personNameOf(b)
	a, b = pa.plain, pb.plain
	wa, wb := pa.words, pb.words
	// A generational suffix is no family name ("Ada Lund Jr." is "Ada
	// Lund"), and two different ones name two people of one name: a
	// father and a son ("Ivo Tamm Sr." / "Ivo Tamm Jr.").
	sa, sb := "", ""
	wa, sa = cutGenerational(wa)
	wb, sb = cutGenerational(wb)
	if sa != "" && sb != "" && sa != sb {
		return false
	}
	// Two given names are two people, unless one is a misspelling of the
	// other (at most two letters apart: "Dorian" / "Dorrian").
	if len(wa) >= 2 && len(wb) >= 2 && wa[0] != wb[0] && len(wa[0]) > 2 && len(wb[0]) > 2 && editDistance(wa[0], wb[0]) > 2 {
		return false
	}
	// Two family names are two people too ("Tyler Brandt" and "Tyler
	// Osei"), unless one is a misspelling of the other or one part of the
	// other, hyphenated ("Ana Ruiz-Vela" is "Ana Ruiz": a double family
	// name is often shortened to its first, a married one to either).
	if len(wa) >= 2 && len(wb) >= 2 {
		if la, lb := wa[len(wa)-1], wb[len(wb)-1]; la != lb && editDistance(la, lb) > 2 && !hyphenPart(la, lb) && !hyphenPart(lb, la) {
			return false
		}
	}
	return shareNameWord(a, b)
}

// cutGenerational returns a name's words without the generational suffix
// that ends them ("jr", "sr", "ii", "iii", "iv": The Chicago Manual of
// Style, 17th ed., §6.43, a closed class), and that suffix ("" when none);
// a suffix alone is kept.
func cutGenerational(ws []string) ([]string, string) {
	if n := len(ws); n >= 2 {
		if w := strings.ToLower(strings.Trim(ws[n-1], ".,")); generational(w) {
			return ws[:n-1], w
		}
	}
	return ws, ""
}

// generational reports whether a lower-case word is a generational suffix.
func generational(w string) bool {
	switch w {
	case "jr", "sr", "ii", "iii", "iv":
		return true
	}
	return false
}

// withoutInitials is a name's words without the initials that open it
// ("W. Rolf Ingram": "rolf ingram"), so that the given name is the one
// compared; a name that is initials and one word stays whole ("J. Smith").
func withoutInitials(ws []string) []string {
	k := 0
	for k < len(ws)-2 && len([]rune(strings.Trim(ws[k], "."))) == 1 {
		k++
	}
	return ws[k:]
}

// reGlued is a word glued to the name after it by a full stop with no
// space, as pages lose a sentence break ("Goldport.Ana Ruiz").
var reGlued = regexp.MustCompile(`^[\p{L}]*\p{Ll}\.(\p{Lu}\p{Ll})`)

// unglued is a name without the word a lost sentence break glued to it.
func unglued(name string) string {
	if m := reGlued.FindStringSubmatchIndex(name); m != nil {
		return name[m[2]:]
	}
	return name
}

// untitled is a name without the nouns of a person's calling or rank
// written before it, capitalised as a title ("Musician Ana Roe", "Deputy
// Ivo Tamm": a noun in apposition, CGEL 2002 ch. 15 §5): leading words
// WordNet knows in lower case as nouns of persons (noun.person) that are
// no first names, as long as two words are left.
func untitled(name string) string {
	lx := lexicon.Default()
	ws := strings.Fields(name)
	for len(ws) > 2 {
		w := strings.ToLower(ws[0])
		if mention.IsFirstName(ws[0]) || !lx.HasLex(w, lexicon.Noun, lexicon.NounPerson) {
			break
		}
		ws = ws[1:]
	}
	return strings.Join(ws, " ")
}

// hyphenPart reports whether word b is one part of hyphenated word a.
func hyphenPart(a, b string) bool {
	return strings.Contains(a, "-") && slices.Contains(strings.Split(a, "-"), b)
}

// editDistance is the Levenshtein distance between two words.
func editDistance(a, b string) int {
	// Two rows, the one before and the one worked out, swapped after each
	// row (not a fresh row a byte of a).
	prev, cur := make([]int, len(b)+1), make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

// sharedNames counts the names of a that share a name word with one of b
// ("Andrew Lopez" and "Lopez" are one person).
func sharedNames(a, b map[string]bool) int {
	n := 0
	for x := range a {
		for y := range b {
			if x == y || shareNameWord(x, y) && !leadWordOnly(x, y) {
				n++
				break
			}
		}
	}
	return n
}

// metres converts a distance to metres (0 for an unknown unit): the
// definitions of the SI prefixes, the international yard and pound (1959:
// yard 0.9144 m, foot, inch, statute mile) and the international nautical
// mile (1852 m), as NIST SP 811 (2008) App. B gives them.
var metres = map[string]float64{"m": 1, "km": 1000, "mile": 1609.34, "nautical mile": 1852, "ft": 0.3048, "yard": 0.9144, "inch": 0.0254, "cm": 0.01, "mm": 0.001}

// comparable reports whether two values can be values of one fact by
// their types and units.
func (c *comparer) comparable(a, b mention.Value) bool {
	if a.Type != b.Type {
		_, _, ok := weekdayAndDate(a, b) // timeslots.go
		return ok || coarseTimes(a, b)   // timeprecision.go
	}
	switch a.Type {
	case mention.VCount:
		// "15 Velor Front members killed" and "14 Velor Front gunmen
		// killed": people counted for one event may be named by two nouns
		// when the counted phrases name the same group; "four soldiers"
		// and "seven civilians" wounded are two groups.
		// Not for a state ("survived by two children", "four grandsons"):
		// a verb whose WordNet senses are all stative names no happening.
		// "No one was killed" counts people of any noun: it contradicts
		// "two workers were killed".
		return a.Unit == b.Unit || c.lx.Synonyms(a.Unit, b.Unit, lexicon.Noun) && !c.gerundAndVerbForm(a.Unit, b.Unit) || noneOfEvent(c.lx, a, b) || c.compoundOf(a, b) ||
			a.Event != "" && a.Event == b.Event && c.happening(a.Event) && isPersonNoun(c.lx, a.Unit) && isPersonNoun(c.lx, b.Unit) &&
				sharedCapWord(a.Text, b.Text)
	case mention.VDistance:
		// Distances from two named places are two facts.
		return metres[a.Unit] > 0 && metres[b.Unit] > 0 && (a.Ref == "" || b.Ref == "" || a.Ref == b.Ref) && !c.twoHeights(a, b)
	case mention.VClock:
		// Two named zones must be the same zone; a time without one may
		// be of any.
		za, zb := clockZone(a.Unit), clockZone(b.Unit)
		return za == "" || zb == "" || za == zb
	case mention.VDuration:
		// "30 seconds" and "one minute": durations in two units of time
		// are compared in seconds (durations.go).
		return a.Unit == b.Unit || seconds[a.Unit] > 0 && seconds[b.Unit] > 0
	case mention.VSize:
		return a.Unit == b.Unit || sameTemperatureScale(a, b) // temperatures.go
	case mention.VMoney, mention.VPercent:
		return a.Unit == b.Unit
	}
	return true
}

// gerundAndVerbForm reports whether one counted noun is the -ing noun of a
// verb ("shootings", "stabbings") and the other another form of that verb
// ("16 shot", "40 shots"): WordNet files "shooting" and "shot" in one
// synset (the act of firing), but a count of the -ing noun counts the
// happenings themselves (a noun of action made from the verb by -ing,
// Quirk et al. 1985 App. I), while the past participle after a number counts
// the people it happened to ("16 shot, one fatally") and the plural noun
// counts rounds fired: "the 10 mass shootings since 2013" is no count of
// the people shot at one club.
func (c *comparer) gerundAndVerbForm(x, y string) bool {
	ing := func(a, b string) bool {
		if !strings.HasSuffix(a, "ing") || strings.HasSuffix(b, "ing") {
			return false
		}
		v := c.lx.Base(a, lexicon.Verb)
		return v != a && c.lx.Base(b, lexicon.Verb) == v
	}
	return ing(x, y) || ing(y, x)
}

// compoundOf reports whether two counts of people of one event count one
// noun, one written as a hyphenated compound of the other ("two
// co-workers" / "two workers" wounded): the compound's last part is its
// head.
func (c *comparer) compoundOf(a, b mention.Value) bool {
	if a.Event == "" || b.Event == "" || !isPersonNoun(c.lx, a.Unit) || !isPersonNoun(c.lx, b.Unit) ||
		!mention.SameEvent(a.Event, b.Event) && !c.lx.Synonyms(a.Event, b.Event, lexicon.Verb) {
		return false
	}
	tail := func(u string) string { return u[strings.LastIndexByte(u, '-')+1:] }
	return a.Unit != b.Unit && (tail(a.Unit) == b.Unit || tail(b.Unit) == a.Unit)
}

// sharedCapWord reports whether two counted phrases share a capitalised
// word (a name of the group counted).
func sharedCapWord(a, b string) bool {
	for _, x := range strings.Fields(a) {
		if x[0] < 'A' || x[0] > 'Z' || len(x) < 2 {
			continue
		}
		for _, y := range strings.Fields(b) {
			if x == y {
				return true
			}
		}
	}
	return false
}

// localSpan is how many bytes either side of a value are its own words
// when its sentence holds another value of its kind (about ten words).
const localSpan = 60

// window is the text around [start, end), cut at word boundaries.
func window(s string, start, end, span int) string {
	a, b := max(0, start-span), min(len(s), end+span)
	for a > 0 && s[a-1] != ' ' {
		a++
		if a >= start {
			break
		}
	}
	for b < len(s) && b > end && s[b-1] != ' ' {
		b--
	}
	return s[a:b]
}

// sharedOverlap is the share of the smaller word set found in the other, when
// they share two words or more: one word in common ("property", "life")
// says nothing of two statements, however short one of them is.
func sharedOverlap(a, b map[string]bool) float64 {
	n := 0
	for w := range a {
		if b[w] {
			n++
		}
	}
	if n < 2 {
		return 0
	}
	return float64(n) / float64(min(len(a), len(b)))
}

// jaccard is the share of two word sets' union that both hold.
func jaccard(a, b map[string]bool) float64 {
	n := 0
	for w := range a {
		if b[w] {
			n++
		}
	}
	if u := len(a) + len(b) - n; u > 0 {
		return float64(n) / float64(u)
	}
	return 0
}

func isTime(t string) bool {
	switch t {
	case mention.VWeekday, mention.VDate, mention.VMonth, mention.VYear:
		return true
	}
	return false
}

// clockZone is a clock time's zone, "" for local time said or unsaid.
func clockZone(u string) string {
	if u == "local time" {
		return ""
	}
	return u
}

func isFraction(x float64) bool { return x != math.Trunc(x) }

// happening reports whether a verb names something that happens: one of
// its WordNet senses is filed outside verb.stative.
func (c *comparer) happening(v string) bool {
	for _, s := range c.lx.Senses(v) {
		if s.POS == lexicon.Verb && s.Lex != lexicon.VerbStative {
			return true
		}
	}
	return false
}

// vetoed applies the guards that hold whatever the wording: two values
// that can never be values of one fact.
func vetoed(f, g *fact) bool {
	if distinctFacts(f, g) {
		return true
	}
	// Hard guards, whatever the wording: an age is a person's, and a bare
	// "3:15" may be a game clock or a score.
	if f.v.Type == mention.VAge && (f.person == "" || g.person == "" || !samePerson(f.person, g.person)) && !unknownAgeAligned(f, g) && !agesOfOnePerson(f, g) {
		return true
	}
	if f.v.Type == mention.VClock && !explicitClock(f.v) && !explicitClock(g.v) && !sameGameClock(f, g) {
		return true
	}
	// An article that gives two calibres tells of two weapons: which of
	// them another article's calibre is cannot be told.
	if mention.IsCalibre(f.v) && !(f.unique && g.unique) {
		return true
	}
	return toldBeside(f, g) || toldBeside(g, f)
}

// unknownAgeAligned reports whether two ages whose person one side (or
// both) leaves unknown — no name and no person noun ("a 12-year-old was
// hurt") — are one person's all the same: the one sentence told with another age (alignedStatements),
// each the only age of its sentence. "A 12-year-old was hurt in a
// fall at the pier on Friday" and "A 14-year-old was hurt in a fall at the
// pier on Friday" speak of one person; a sentence with two ages might pair the
// wrong two.
//
// The age must also stand where the other stands among the words the
// sentences share (sameSide): "She was driven to the clinic with a
// 70-year-old neighbour" shares its words with "A 30-year-old was driven
// to the clinic" and speaks of two people.
func unknownAgeAligned(f, g *fact) bool {
	// A noun the article gives two ages of ("a 17-year-old lad", "a
	// 16-year-old lad") leaves open which of the two a sentence is of,
	// unless the two sentences say nearly all the same (closeStatements)
	// or give one place and one clock time (sceneFigures, which also
	// stands for aligned wording).
	scene := sceneFigures(f, g)
	if f.person != "" && g.person != "" || (f.twoOfNoun || g.twoOfNoun) && !closeStatements(f, g) && !scene || !alignedStatements(f, g) && !scene {
		return false
	}
	for _, o := range append(append([]mention.Value(nil), f.others...), g.others...) {
		if o.Type == mention.VAge {
			return false
		}
	}
	return sameSide(f, g)
}

// sceneFigures reports whether the sentences of two ages tell one scene in
// the same figures: two other figures alike, an explicit clock time among
// them ("a 22-year-old was shot in the 200 block … about 4:50 p.m." / "the
// 16-year-old was found in the 200 block … at 4:50 p.m."). A place and a
// moment given alike say which of an article's two unnamed people a
// sentence is of, as near-identical wording does (closeStatements).
func sceneFigures(f, g *fact) bool {
	clock := sharedOthers(f, g, func(x mention.Value) bool { return x.Type != mention.VClock || !explicitClock(x) })
	return clock >= 1 && sharedOthers(f, g, func(x mention.Value) bool { return isTime(x.Type) || x.Type == mention.VClock && !explicitClock(x) }) >= 2
}

// closeStatements reports whether two sentences of five content words or
// more, names aside, share four in five of the shorter one's: "a
// 20-year-old man was hit in his chest and was pronounced dead at the
// scene" tells which of an article's two men it speaks of.
func closeStatements(f, g *fact) bool {
	a, b := minus(f.words, f.names), minus(g.words, g.names)
	return len(a) >= closeMinWords && len(b) >= closeMinWords && sharedOverlap(a, b) >= 0.8
}

// closeMinWords is the fewest content words a sentence of closeStatements
// has.
const closeMinWords = 5

// sameSide reports whether the words two values' sentences share stand,
// nearly all (four in five), on the same side of the value in both.
func sameSide(f, g *fact) bool {
	if f.v.Start > len(f.sent) || g.v.Start > len(g.sent) {
		return false
	}
	lx := lexicon.Default()
	fb, gb := lx.ContentWords(f.sent[:f.v.Start]), lx.ContentWords(g.sent[:g.v.Start])
	shared, same := 0, 0
	for w := range f.words {
		if !g.words[w] {
			continue
		}
		shared++
		if fb[w] == gb[w] {
			same++
		}
	}
	return shared > 0 && 5*same >= 4*shared
}

// toldBeside reports whether f's sentence also states g's moment (another
// weekday, date or clock time of it that agrees with g's) while g's states
// only that one: "they leave Friday and play at 1 p.m. Sunday" does not
// contradict "they play on Sunday"; its Friday is another fact. A sentence
// of two days against another of two ("died Friday after he was stabbed
// Thursday" / "died Thursday after … Thursday") pairs them by wording.
func toldBeside(f, g *fact) bool {
	if !isDayOrClock(g.v.Type) || sameValue(f.v, g.v) {
		return false
	}
	for _, o := range g.others {
		if o.Type == g.v.Type {
			return false
		}
	}
	for _, o := range f.others {
		if o.Type == g.v.Type && sameValue(o, g.v) {
			return true
		}
	}
	return false
}

// distinctFacts applies the guards that say two values are of two facts,
// however they were linked: no chain of links may join them either.
func distinctFacts(f, g *fact) bool {
	// A time said of a statement ("police said Wednesday") is not the
	// event's; two values of two named owners are two facts; a background
	// figure of another year is another fact.
	if f.v.Type != mention.VYear && f.v.Type != mention.VMonth && (f.reported || g.reported) || ownersDiffer(f, g) || jointApart(f, g) || possessorsDiffer(f, g) || containersDiffer(f, g) || bgDiffer(f, g) {
		return true
	}
	if f.v.Type == mention.VAge && f.person != "" && g.person != "" && !samePerson(f.person, g.person) && !agesOfOnePerson(f, g) {
		return true
	}
	// The days of two people's doings; months too far apart to be one
	// month told two ways.
	// A length and an offset ("served ten minutes" / "ten minutes
	// earlier"), or two kinds of offset ("within 10 days" / "four days to
	// go"), are two facts.
	// Two scenes: two happenings of one kind in one story (scene.go); the
	// days of two unnamed people (victims.go).
	// Two happenings by the days their sentences name (eventdays.go).
	if twoPeoplesDays(f, g) || monthsApart(f, g) || f.frame != g.frame || twoScenes(f, g) || twoUnnamedPeoples(f, g) || twoSums(f, g) || happeningsApart(f, g) ||
		roundupApart(f, g) || laterMemberApart(f, g) { // ordinalevent.go
		return true
	}
	// Agencies differ on a quake's magnitude by tenths; a whole unit
	// apart is another quake (32 times the energy).
	if f.v.Type == mention.VMagnitude && math.Abs(f.v.Num-g.v.Num) >= 1 {
		return true
	}
	// The values of one fact are of one order of magnitude, aligned or not
	// (distances in metres: "35 miles" is no "9 mm"; durations in
	// seconds).
	if ordersApart(f.v, g.v) {
		return true
	}
	// A fractional count of things is a rate ("4.6 assists" a game), not
	// a count of one event.
	if seriesDiffer(f, g) || f.among != g.among || f.origin != g.origin {
		return true
	}
	// The attackers and the people attacked: two counts of one verb.
	// Those hurt and those fatally hurt by one verb: a part and its whole.
	if voicesDiffer(f.voice, g.voice) || f.grade != g.grade && f.v.Event == g.v.Event || f.reach != g.reach && f.reach != "" && g.reach != "" ||
		bearingsApart(f, g) {
		return true
	}
	return f.v.Type == mention.VCount && (isFraction(f.v.Num) != isFraction(g.v.Num) || twoTallies(f, g) || twoKinds(f, g) ||
		propertyOfOther(f, g) || propertyOfOther(g, f) || partsOfTotal(f, g) || partsOfTotal(g, f))
}

// bgDiffer reports whether two values are set in two backgrounds (another
// year, another event). Two days or months that a story sets back each by
// its own year ("set for March 8, 2011" / "planned for March 8, 2013")
// differ in the very year compared: that is no sign of two
// backgrounds.
func bgDiffer(f, g *fact) bool {
	if f.bg == g.bg {
		return false
	}
	// A month or a date set back by its own year against a year or a
	// month: its year is the very value compared ("in 1979" / "in
	// November 1981"; timeprecision.go).
	if coarseTimes(f.v, g.v) && (f.bg == "" && g.bg == ownYear(g.v) || g.bg == "" && f.bg == ownYear(f.v)) {
		return false
	}
	// A statement copied but for its day, month or year ("was jailed on
	// May 3, 2014" / "was jailed on May 3, 2019"): the year that sets one
	// side back is the very value compared (timeguards.go).
	if copiedTime(f, g) {
		return false
	}
	// A day written with two years and the same but for them ("on March
	// 8, 2011" / "on March 8, 2013"): a year told two ways, and the year
	// that sets one side back is the very value compared (dayToldTwice).
	if dayToldTwice(f, g) {
		return false
	}
	return f.bg == "" || g.bg == "" || f.bg != ownYear(f.v) || g.bg != ownYear(g.v)
}

// sameQualifiedCount reports whether two counts are each their
// article's only count of one noun, qualified by the same words ("four
// female victims" / "two female victims"): the same kind of people or
// things, counted once in each article, are one fact whatever verbs
// their sentences tell besides.
func sameQualifiedCount(f, g *fact) bool {
	if f.v.Type != mention.VCount || f.v.Unit != g.v.Unit || generalNoun(f.v.Unit) || !f.unique || !g.unique || len(f.mods) == 0 || len(f.mods) != len(g.mods) {
		return false
	}
	for w := range f.mods {
		if !g.mods[w] {
			return false
		}
	}
	return true
}

// twoKinds reports whether two counts of one noun are of two kinds of it:
// both counted phrases qualify the noun, with words that share nothing, not
// even a WordNet synonym ("three road games" / "six straight
// games"). A qualifier on one side only ("15 suspected members" / "14
// members") says nothing.
func twoKinds(f, g *fact) bool {
	a, b := f.mods, g.mods
	if len(a) == 0 || len(b) == 0 {
		return false
	}
	lx := lexicon.Default()
	for x := range a {
		for y := range b {
			if x == y {
				return false
			}
			for _, p := range []lexicon.POS{lexicon.Adj, lexicon.Verb, lexicon.Noun} {
				if lx.Synonyms(x, y, p) {
					return false
				}
			}
		}
	}
	return true
}

// modifiersOf are the lower-case content words between a count's figure and
// its noun ("road" in "three road games"); names
// are left out ("twelve Danish sailors").
func (c *comparer) modifiersOf(v mention.Value) map[string]bool {
	if v.Type != mention.VCount {
		return nil
	}
	m := countFigureRe.FindString(v.Text)
	w := strings.Fields(v.Text[len(m):])
	if len(w) < 2 {
		return nil
	}
	var keep []string
	for _, x := range w[:len(w)-1] {
		if x != "" && x[0] >= 'a' && x[0] <= 'z' {
			keep = append(keep, x)
		}
	}
	if len(keep) == 0 {
		return nil
	}
	return c.lx.ContentWords(strings.Join(keep, " "))
}

// tallyOf is a sentence's counts of things, by counted noun, leaving out
// counts of people and nouns counted twice.
func (c *comparer) tallyOf(vs []mention.Value) map[string]mention.Value {
	out := map[string]mention.Value{}
	seen := map[string]int{}
	for _, v := range vs {
		if v.Type != mention.VCount || v.Unit == "" || isPersonNoun(c.lx, v.Unit) {
			continue
		}
		seen[v.Unit]++
		out[v.Unit] = v
	}
	for u, n := range seen {
		if n > 1 {
			delete(out, u)
		}
	}
	return out
}

// twoTallies reports whether two counts come from tallies of two occasions:
// their sentences count the same two or more things ("18 points and 11
// assists" / "14 points and six assists") and differ on every one. Two
// reports of one occasion differ on a figure, not on its whole line (a
// game's score sheet, a day's haul). Counts of people are left out: two
// reports of one attack may differ on both the dead and the wounded.
func twoTallies(f, g *fact) bool {
	if len(f.tally) < 2 || len(g.tally) < 2 {
		return false
	}
	if _, ok := f.tally[f.v.Unit]; !ok {
		return false
	}
	shared := 0
	for u, a := range f.tally {
		b, ok := g.tally[u]
		if !ok {
			continue
		}
		if sameValue(a, b) {
			return false
		}
		shared++
	}
	return shared >= 2
}

// slotScore tells whether two values of different articles are values of
// the same fact and how strongly (0: not the same fact). Evidence: the
// sentences align (the same statement with its values masked), or the
// value is about the same thing (the same person for an age, the same noun,
// the same predicate with the same actors).
func (c *comparer) slotScore(f, g *fact) float64 {
	// The cheap guards first: on the kits three pairs in four are of two
	// far stories' values (farApart), and the guards are pure, so their
	// order changes no answer.
	if s, done := c.guardedSlot(f, g); done {
		return s
	} else if f.stretch != "" {
		return stretchScore(f, g)
	}
	// A day or a time of a state ("stayed in hospital on Friday") is one
	// of many days it held, not the moment of a happening. A clock time
	// of a state in two sentences that tell the same but for the time
	// (alignedStatements: "were standing in the yard at 10:50 p.m." /
	// "… at 8:50 p.m.") is the moment of one scene told two ways; two
	// days of one state may both be true ("remained the candidate").
	if isDayOrClock(f.v.Type) && (c.stateVerb(f.head) || c.stateVerb(g.head)) && !(f.v.Type == mention.VClock && alignedStatements(f, g)) && !centralDays(f, g) {
		return 0
	}
	sim := sharedOverlap(f.words, g.words)
	anchor := c.nounAnchored(f, g)
	verb := sharedVerb(f, g)
	actors := sharedNames(f.actors, g.actors)
	score := sim + 0.2*float64(min(actors, 2)) + c.ownVerbScore(f, g) // ownverb.go
	// A value given in the same unit is the likelier counterpart of one
	// given in two ("twelve km (7.5 miles)").
	if f.v.Unit == g.v.Unit {
		score += 0.05
	}
	if anchor {
		score += 0.5
	}
	if verb {
		score += 0.3
	}
	// The event each count is of (its own verb, not the sentence's):
	// "killed 11 and injured three" holds two facts.
	if c.countEventsClash(f, g) { // possession.go
		return 0
	}
	if f.v.Type == mention.VCount && mention.SameEvent(f.v.Event, g.v.Event) {
		score += 0.3
	}
	if f.v.Type == mention.VCount && c.twoActs(f, g) || c.twoPredicates(f, g) || c.twoMeasures(f, g) { // guards9.go, predicates.go, measures.go
		return 0
	}
	// A deadline ("finished by 9:40 p.m.") and a moment meet only
	// on the same verb: aligned words do not make them one time.
	if f.deadline != g.deadline && !c.sameVerb(f.head, g.head) {
		return 0
	}
	// A weekday and a date meet only on the evidence of timeslots.go:
	// aligned words around one of two dates of a sentence are no day.
	if f.v.Type != g.v.Type && !coarseTimes(f.v, g.v) && !c.weekdayDateSlot(f, g, anchor, actors > 0, sim) {
		return 0
	}
	// Aligned statements: most content words shared around the value (a
	// short sentence only when it is the same but for the value: "He was
	// sentenced to N years in prison"), or the same figures around it.
	if alignedStatements(f, g) || oneStatementByFigures(f, g, verb) || c.oneStretch(f, g) {
		return 2 + score
	}
	// One fact's values: one order of magnitude, one unit of time (durations.go).
	// A bracketed conversion meets another outlet's own figure in its unit
	// only in a sentence that tells the same (above): that figure may come
	// from another original or another estimate.
	if ordersApart(f.v, g.v) || unitsOfTimeDiffer(f.v, g.v) || f.converted() != g.converted() {
		return 0
	}
	single := f.sameType == 1 && g.sameType == 1
	ok := false
	switch f.v.Type {
	case mention.VAge:
		ok = f.person != "" && samePerson(f.person, g.person) || agesOfOnePerson(f, g) || sceneFigures(f, g) && unknownAgeAligned(f, g)
		if ok {
			score += 0.5 // the person is the slot key of an age
		}
	case mention.VCount:
		if kin, ok := c.kinSlot(f, g); kin {
			if !ok {
				return 0
			}
			return score + 0.5 // the person is the slot key, as for an age
		}
		if bothEventful(f, g) {
			verb = true
		} else if eventsDiffer(f.verbs, g.verbs) && !eventWordShared(f, g) && !sameQualifiedCount(f, g) {
			return 0
		}
		specific := !generalNoun(f.v.Unit)
		if !specific && !sharedEventVerb(f.verbs, g.verbs) && sim < 0.45 && !c.onlyCountsOfEvent(f, g) {
			return 0 // "120,000 people" live there, "40 people" died
		}
		// The slot key of a count: what is counted and the event it is
		// counted for ("passengers" "injured"), or its predicate.
		sameKey := specific && (f.v.Event != "" && (mention.SameEvent(f.v.Event, g.v.Event) && f.v.Unit == g.v.Unit || c.harmedAlike(f.v, g.v)) || c.samePredicateKey(f, g)) ||
			c.oneDoerCounts(f, g)
		if sameKey {
			score += 0.5 // the slot key itself: strong evidence
		}
		ok = sameKey || (verb || anchor) && (actors > 0 || sim >= 0.3) || sim >= 0.45 || c.onlyCountsOfEvent(f, g) ||
			specific && f.unique && g.unique && (verb && sim >= 0.15 || sim >= 0.2 || sharedValue(f, g) || c.onlyCountsOfThing(f, g))
	case mention.VClock, mention.VWeekday, mention.VDate, mention.VMonth, mention.VYear:
		ok = c.timeSlot(f, g, anchor, actors > 0, sim, single)
	case mention.VSize, mention.VMagnitude:
		ok = anchor || verb && (actors > 0 || sim >= 0.3) || sim >= 0.45
	case mention.VDistance:
		ok = anchor || verb && (actors > 0 || sim >= 0.3) || sim >= 0.45 ||
			f.unique && g.unique && (verb || actors > 0 || sim >= 0.2)
	default:
		ok = single && (anchor && (verb || actors > 0 || sim >= 0.25) || verb && (actors > 0 && sim >= 0.2 || sim >= 0.35) || sim >= 0.45) ||
			anchor && sim >= 0.5 || c.sameMeasuredThing(f, g)
	}
	if !ok {
		return 0
	}
	// A slot its evidence grants (the only days of one deed, the main
	// event's times) may share no word, name and unit: it is still a
	// slot, the weakest (0 says none).
	return max(score, minSlotScore)
}

// samePredicateKey reports whether two counts of one noun that name no
// event are keyed alike by the verbs each is the object or subject of
// (countPredicate): one verb or WordNet synonyms ("rangers found three
// hikers" / "a patrol encountered five hikers": the same people met,
// told by two verbs).
func (c *comparer) samePredicateKey(f, g *fact) bool {
	return f.v.Event == "" && g.v.Event == "" && f.v.Unit != "" && f.v.Unit == g.v.Unit && f.pred != "" && g.pred != "" &&
		(f.pred == g.pred || c.lx.Synonyms(f.pred, g.pred, lexicon.Verb))
}

// minSlotScore is the score of a slot granted with no shared word, name,
// verb or unit (two resolved weekdays of one deed keep their dates in
// Unit, and differ there).
const minSlotScore = 0.01

// nounAnchored reports whether two values are about one noun: the noun
// each is about, or the same word as the other sentence's verb ("a 6-year
// sentence" / "sentenced to 9 years"). A day dates a noun the other
// sentence speaks of ("the March 4 referendum" / "a referendum set for
// March 9"); years and months are mostly background: only two dated nouns
// close in WordNet ("the 1988 robbery" / "a theft back in 1986").
func (c *comparer) nounAnchored(f, g *fact) bool {
	fn, gn := f.v.Noun, g.v.Noun
	if fn != "" && gn != "" && (fn == gn || c.lx.Synonyms(fn, gn, lexicon.Noun)) || fn != "" && g.verbs[fn] || gn != "" && f.verbs[gn] {
		return true
	}
	if !isTime(f.v.Type) {
		return false
	}
	day := f.v.Type == mention.VDate || f.v.Type == mention.VWeekday
	return day && (fn != "" && g.words[fn] || gn != "" && f.words[gn]) || fn != "" && gn != "" && c.lx.Related(fn, gn, lexicon.Noun)
}

// stretchScore is the slot score of two ends of stretches of time (or two
// "as of" days) of one kind: only in aligned statements, the sentences the
// same but for their values ("registration runs until November 20" / "…
// until November 18": a copy that changed the day).
func stretchScore(f, g *fact) float64 {
	if f.v.Type != g.v.Type || !alignedStatements(f, g) {
		return 0
	}
	return 2 + sharedOverlap(f.words, g.words)
}

// alignedStatements reports whether two values' sentences share most
// content words once values are masked (a short sentence only when it is
// the same but for the value).
//
// A person's name and title say who a sentence is about, not what it
// says of them: "Judge Ann Roe denied bail Saturday" and "told Judge Ann
// Roe on Tuesday that the gun was found" share a name and no statement.
// Sentences that share most words only through one person's name (and the
// titles and places capitalised with it) are not aligned; two people or
// bodies named in both ("a film of Ann Roe starred Ida Vey") are part of
// what is said.
func alignedStatements(f, g *fact) bool {
	sim, jac := sharedOverlap(f.words, g.words), jaccard(f.words, g.words)
	if jac >= 0.99 && len(f.words) >= 2 {
		return true
	}
	if sim < 0.6 || jac < 0.3 || len(f.words) < 4 || len(g.words) < 4 {
		return false
	}
	if sharedNames(f.actors, g.actors) >= 2 {
		return true // two people or bodies named together: what is said of them
	}
	return sharedOverlap(minus(f.words, f.names), minus(g.words, g.names)) >= 0.5
}

// timeSlot tells whether two times of one type are of one fact (slotScore):
// the evidence a time needs besides its wording.
func (c *comparer) timeSlot(f, g *fact, anchor, hasActors bool, sim float64, single bool) bool {
	coarse := coarseTimes(f.v, g.v) // timeprecision.go
	if f.v.Type != g.v.Type && !coarse {
		return true // a weekday and a date: slotScore checked weekdayDateSlot (timeslots.go)
	}
	t := f.v.Type
	if coarse {
		t = mention.VMonth // a date read as its month or year
	}
	switch t {
	case mention.VClock:
		// (A bare "3:15" that may be a game clock or a score never gets
		// here: vetoed wants am/pm or a time zone on one side.)
		// The key of a clock time is the event it times: the same verb,
		// or the only clock time of its zone in both articles, in much the
		// same words or of a noun the other speaks of.
		// A deadline ("finished by 9:40 p.m.") is not the only time
		// of an article's event: it needs the same verb.
		return c.sameVerb(f.head, g.head) && (hasActors || sim >= 0.3) ||
			f.unique && g.unique && !f.deadline && !g.deadline && len(f.words) >= 3 && len(g.words) >= 3 && (anchor || sim >= 0.3 || hasActors && !weekdaysApart(f, g)) ||
			hasActors && sim >= 0.75 && len(f.words) >= 4 && len(g.words) >= 4 && !weekdaysApart(f, g) ||
			c.mainEventTimes(f, g) || c.clockZoneSlot(f, g) || c.namedEventClocks(f, g) // clockzones.go, clockevent.go
	case mention.VWeekday:
		// The same verb in much the same words or of the same people; or
		// the same dated thing, the only day each article gives it.
		return (c.sameVerb(f.head, g.head) || c.sameDatedThing(f, g)) && (hasActors || sim >= 0.3) || c.mainEventTimes(f, g) || c.plannedDays(f, g) ||
			c.onlyDaysOfOneDeed(f, g, sim) || centralDays(f, g) || c.daysOfOneMoment(f, g) // timeslots.go, centralday.go, clockday.go
	case mention.VDate:
		// The same verb, the same dated noun ("the March 3 referendum"),
		// or the only dates of both articles, a few days apart, in much
		// the same words.
		near := datesCompatible(yearOf(f.v, g.v), yearOf(g.v, f.v), 7)
		return (c.sameVerb(f.head, g.head) || anchor) && (hasActors || sim >= 0.3) || anchor && near ||
			f.unique && g.unique && near && (sim >= 0.3 || c.sameVerb(f.head, g.head)) || c.mainEventTimes(f, g)
	case mention.VMonth, mention.VYear:
		// Years and months are mostly background ("joined in 2004"): only
		// the same noun dated ("the 1972 break-in") or the same event with
		// the same actors in much the same words.
		// Two books of two years are two books: the dated noun needs
		// shared names or wording too.
		// A year and a month of one year ("in 1983" / "in November
		// 1983") are told of one thing only by the same people: two
		// people's deaths are dated in much the same words.
		// The same verb whose subject both clauses name as one person or
		// body is that doer's act, in any words (sameNamedDoer).
		return single && (anchor && (hasActors || sim >= 0.3) || c.sameVerb(f.head, g.head) && hasActors && sim >= 0.45 ||
			c.sameFrontedVerb(f, g) && (sim >= 0.45 && (!coarse || hasActors || c.doerShared(f, g)) || c.sameNamedDoer(f, g))) // subjectpronoun.go
	}
	return false
}

// valueRange returns the range a value allows, in a unit common to its
// type; converted says the other value is in another unit.
func valueRange(v mention.Value, converted bool) (float64, float64) {
	lo, hi := v.Low, v.High
	if k := unitScale(v); k > 0 {
		lo, hi = lo*k, hi*k
		if converted {
			lo, hi = lo*0.93, hi*1.07 // conversions are rounded; one unit is not
		}
	}
	// A round figure stands for a rounded one: 300 may be 304.
	if !v.Approx && v.Type != mention.VYear && v.Type != mention.VClock && v.Num >= 100 {
		for _, step := range []float64{1e6, 1e5, 1e4, 1e3, 100} {
			if math.Mod(v.Num, step) == 0 && v.Num > step {
				lo, hi = lo-0.05*scaled(v), hi+0.05*scaled(v)
				break
			}
		}
	}
	return lo, hi
}

var weekdays = []string{"sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"}

// nearMidnight reports whether a "late Friday" and a "Saturday" (or an
// "early Saturday" and a "Friday") can be one moment told two ways.
func nearMidnight(a, b mention.Value) bool {
	ia, ib := slices.Index(weekdays, a.Norm), slices.Index(weekdays, b.Norm)
	if ia < 0 || ib < 0 {
		return false
	}
	t := strings.ToLower(a.Text)
	switch {
	case strings.Contains(t, "late") || strings.Contains(t, "night"):
		return ib == (ia+1)%7 && !pastMidnightHours(b.Text)
	case strings.Contains(t, "early") || strings.Contains(t, "overnight"):
		return ia == (ib+1)%7 && !beforeNightHours(b.Text)
	}
	return false
}

// yearOf gives a year-less date the other date's year, for comparing days.
func yearOf(a, b mention.Value) string {
	if a.Unit == "no-year" && len(b.Norm) == 10 {
		return b.Norm[:4] + a.Norm[4:]
	}
	return a.Norm
}

// writtenRange reports whether a duration or a count is written as a
// range, two figures with no qualifier ("six to 10 years", "10-15
// minutes"): mention reads its low end as its figure and keeps both ends.
func writtenRange(v mention.Value) bool {
	return (v.Type == mention.VDuration || v.Type == mention.VCount) && !v.Approx && v.Qualifier == "" && v.Low == v.Num && v.High > v.Num
}

// converted reports whether the fact's value is a writer's bracketed
// conversion of another value of its sentence (source).
func (f *fact) converted() bool { return f.source != nil }

// factsAgree reports whether the values of two facts agree. Two writers'
// conversions of figures that agree agree too, though each converts at the
// rate of its own day ("75 million euros ($96 million)" and "75 million
// euros ($108 million)"; withinRates); conversions of figures that differ
// differ only when they differ themselves (the figures' own fact tells the
// rest). A
// conversion and another outlet's own figure in its unit are one fact that
// agrees within a conversion's rounding and rate (conversionSlack), money
// and measures in units alone: a clock time converted into another zone
// agrees only when it is that time. Rates of the day (withinRates) are
// money's alone.
func factsAgree(f, g *fact) bool {
	if f.converted() && g.converted() && f.source.Type == g.source.Type && comparableSources(*f.source, *g.source) {
		return sameValue(f.v, g.v) || f.v.Type == mention.VMoney && sameValue(*f.source, *g.source) && withinRates(f.v, g.v)
	}
	if sameValue(f.v, g.v) {
		return !acrossMidnightSameDay(f, g) && !bareDayUnbridged(f, g)
	}
	if f.converted() == g.converted() || f.v.Type != g.v.Type {
		return false
	}
	l1, h1 := valueRange(f.v, inexactConversion(f.v, g.v))
	l2, h2 := valueRange(g.v, inexactConversion(f.v, g.v))
	if f.v.Type == mention.VMoney || unitScale(f.v) > 0 {
		l1, h1 = l1*(1-conversionSlack), h1*(1+conversionSlack)
		l2, h2 = l2*(1-conversionSlack), h2*(1+conversionSlack)
	}
	return l1 <= h2 && l2 <= h1
}

// rateSpread is how far two conversions of one figure into one unit may
// stand apart and still be that figure at two rates: rates of exchange
// move by a few percent in the days a story is told; a conversion off by
// more is a wrong figure, not another rate.
const rateSpread = 0.15

// withinRates reports whether two conversions into one unit are within
// rateSpread of each other.
func withinRates(a, b mention.Value) bool {
	lo, hi := math.Min(scaled(a), scaled(b)), math.Max(scaled(a), scaled(b))
	return lo > 0 && hi <= lo*(1+rateSpread)
}

// conversionSlack is how far a writer's conversion may stand from another
// outlet's figure in its unit and still be that figure: conversions are
// rounded ("$2.6 million") and made at the rate of the day.
const conversionSlack = 0.07

// comparableSources reports whether two converted figures are in one unit:
// one currency, or two units of one measure that convert exactly.
func comparableSources(a, b mention.Value) bool {
	return a.Unit == b.Unit || unitScale(a) > 0 && unitScale(b) > 0
}

// acrossMidnightSameDay reports whether two clock times agree only round
// the day ("about 11:55 p.m." / "about 12:10 a.m.") while their sentences
// name one and the same day ("Monday" in both): the times are then a day
// apart, not a few minutes.
func acrossMidnightSameDay(f, g *fact) bool {
	x, y := f.v, g.v
	if x.Type != mention.VClock || y.Type != mention.VClock || x.HalfDay == "" || y.HalfDay == "" ||
		x.Low <= y.High && y.Low <= x.High {
		return false
	}
	for _, o := range f.others {
		if o.Type != mention.VWeekday && o.Type != mention.VDate {
			continue
		}
		for _, p := range g.others {
			if p.Type == o.Type && p.Norm == o.Norm {
				return true
			}
		}
	}
	return false
}

// bareDayUnbridged reports whether two weekdays agree only round midnight
// (nearMidnight: "Friday night" / "Saturday", "early Sunday" / "Saturday")
// while the one is a bare day and neither sentence puts the moment in the
// small hours. A bare weekday names the whole day it was (Quirk et al.
// 1985 §9.39, "on" of a day); "late Friday" or "Friday night" is that
// day's last hours and "early Saturday" the next day's first, so a bare
// "Saturday" meets "Friday night" only at a moment past midnight, which
// one of the two must then tell: a clock time from midnight to six, or
// "midnight" itself ("about 1:40 a.m.", "just after midnight"). Told by a
// part of the day on both sides ("late Friday" / "early Saturday") the
// two still meet, and so do two days one of which dates no verb read
// (f.head ""): a day cut off by a dash or a caption's day may date the
// morning after the other's night, not the moment the other tells.
func bareDayUnbridged(f, g *fact) bool {
	a, b := f.v, g.v
	if a.Type != mention.VWeekday || b.Type != mention.VWeekday || a.Norm == b.Norm || f.head == "" || g.head == "" {
		return false
	}
	if f.head != g.head && !centralDays(f, g) {
		return false
	}
	if !bareDay(a.Text) && !bareDay(b.Text) {
		return false
	}
	// The part of the day told on the other side says which day is bare:
	// the later ("Friday night" / "Saturday") or the earlier ("early
	// Saturday" / "Friday").
	told := strings.ToLower(a.Text)
	if bareDay(a.Text) {
		told = strings.ToLower(b.Text)
	}
	if strings.Contains(told, "late") || strings.Contains(told, "night") {
		// The bare day is the later: the moment falls in its small
		// hours when either article tells those hours of one of the two
		// days or of none, in any sentence (a lead's "on Sunday" timed
		// "just after midnight" further down).
		return !smallHours(f, a.Norm, b.Norm) && !smallHours(g, a.Norm, b.Norm)
	}
	// The bare day is the earlier ("Friday" / "early Saturday"): a time
	// past midnight told elsewhere falls on the bare day's own small
	// hours, not the next day's; only the day's own sentence may tell the
	// moment round midnight.
	return !ownSmallHours(f) && !ownSmallHours(g)
}

// ownSmallHours reports whether a fact's sentence tells a clock time from
// midnight to six in the morning, or the word "midnight".
func ownSmallHours(f *fact) bool {
	for _, o := range f.others {
		if o.Type == mention.VClock && (o.HalfDay == "am" || o.HalfDay == "24h") && o.Num < 6*60 {
			return true
		}
	}
	return strings.Contains(strings.ToLower(f.sent), "midnight")
}

// bareDay reports whether a weekday's text names no part of its day ("on
// Saturday", "last Saturday", not "late Saturday", "Saturday night").
func bareDay(text string) bool {
	t := strings.ToLower(text)
	return !pastMidnightHours(t) && !beforeNightHours(t) && !strings.Contains(t, "overnight")
}

// smallHours reports whether a fact's article tells the small hours of
// one of the two days (or of no day) in any sentence (smallHoursNights): a
// lead's bare "Sunday" is often timed in a later sentence ("Officers were
// called at 12:40 a.m.").
func smallHours(f *fact, a, b string) bool {
	return f.nightDays&(1<<7|dayBit(a)|dayBit(b)) != 0
}

// dayBit is a weekday's bit in nightDays (none for no weekday).
func dayBit(day string) uint8 {
	if i := slices.Index(weekdays, day); i >= 0 {
		return 1 << i
	}
	return 0
}

// smallHoursNights returns the weekdays (nightDays bits; bit 7 for none) of an article's
// sentences that tell a moment from midnight to dawn: a clock time from
// midnight to six in the morning (a.m., or a 24-hour "01:30"), or a noun
// or adverb of those hours (WordNet noun.time "small hours", "wee hours":
// the hours just after midnight; "midnight", "dawn", "daybreak";
// "overnight", "early hours").
func smallHoursNights(a *mention.Analysis, svs []sentenceValues, links int) uint8 {
	var out uint8
	vals := make([][]mention.Value, min(links, len(a.Tokens)))
	for _, sv := range svs {
		if sv.si < len(vals) {
			vals[sv.si] = sv.values
		}
	}
	for si := range vals {
		if !smallHoursSentence(a.Tokens[si], vals[si]) {
			continue
		}
		named := false
		for _, v := range vals[si] {
			if v.Type == mention.VWeekday {
				out |= dayBit(v.Norm)
				named = true
			}
		}
		if !named {
			out |= 1 << 7
		}
	}
	return out
}

// smallHoursSentence reports whether a sentence tells a moment from
// midnight to dawn (smallHoursNights).
func smallHoursSentence(toks []text.Token, vs []mention.Value) bool {
	for _, o := range vs {
		if o.Type == mention.VClock && o.Num < 6*60 && (o.HalfDay == "am" || o.HalfDay == "24h" || o.HalfDay == "" && strings.HasPrefix(o.Text, "0")) {
			return true
		}
	}
	for k, t := range toks {
		if !t.IsWord() || t.IsCapitalized() && k > 0 {
			continue
		}
		switch t.Lower {
		case "midnight", "dawn", "daybreak", "overnight", "predawn", "pre-dawn":
			return true
		case "hours":
			if k > 0 && (toks[k-1].Lower == "small" || toks[k-1].Lower == "wee" || toks[k-1].Lower == "early") {
				return true
			}
		}
	}
	return false
}

// sameValue reports whether two values of one fact agree.
func sameValue(a, b mention.Value) bool {
	if a.Type != b.Type {
		if y, m, ok := yearAndMonth(a, b); ok {
			return y.Norm == statedYear(m)
		}
		if d, c, ok := dateAndCoarser(a, b); ok { // timeprecision.go
			return dateInCoarser(d, c)
		}
		wd, d, ok := weekdayAndDate(a, b) // timeslots.go
		return ok && sameDayAs(wd, d)
	}
	switch a.Type {
	case mention.VWeekday:
		return a.Norm == b.Norm || nearMidnight(a, b) || nearMidnight(b, a)
	case mention.VMonth:
		if a.Unit == "no-year" || b.Unit == "no-year" {
			return a.Norm[4:] == b.Norm[4:] // a month as written: its year unknown
		}
		return a.Norm == b.Norm
	case mention.VDate:
		if a.Unit == "no-year" || b.Unit == "no-year" {
			return a.Norm[5:] == b.Norm[5:]
		}
		return a.Norm == b.Norm
	case mention.VClock:
		x, y := a, b
		if x.HalfDay == "" || y.HalfDay == "" {
			return dialApart(x.Num, y.Num) <= math.Max(x.High-x.Num, y.High-y.Num) || dialSpansMeet(x, y)
		}
		// The hours run round the day: "about midnight" (23:40 to 00:20)
		// and "about 11:30 p.m." meet across it.
		for _, d := range []float64{0, 1440, -1440} {
			if x.Low+d <= y.High && y.Low <= x.High+d {
				return true
			}
		}
		return false
	}
	// Two sources' minimums (or maximums) are their figures: "at least 22"
	// and "at least 19" rescued are two counts; a measure's round bound
	// may be the other's figure rounded ("up to 120 km/h" / "up to 121").
	if a.Bound != "" && a.Bound == b.Bound {
		return scaled(a) == scaled(b) || roundedTens(a, b) || roundedTens(b, a)
	}
	// Two ranges are their two ends: "six to 10 years" and "six to
	// 12 years" name two terms, though each holds the other's low end.
	if writtenRange(a) && writtenRange(b) && a.Unit == b.Unit {
		return a.Low == b.Low && a.High == b.High
	}
	l1, h1 := valueRange(a, inexactConversion(a, b))
	l2, h2 := valueRange(b, inexactConversion(a, b))
	return l1 <= h2+1e-9 && l2 <= h1+1e-9 || roundedTens(a, b) || roundedTens(b, a)
}

// valueDiscrepancies compares every stated value of the story: each value
// is matched to its best counterpart in every other article (best match
// across the story, not first fit), matches made both ways link values into
// facts, and a fact whose values disagree is one discrepancy listing every
// article on each side.
func (c *comparer) valueDiscrepancies() []corroborate.Discrepancy {
	c.withFar = true
	defer func() { c.withFar = false }()
	facts := c.readValueFacts(c.allFar)
	n := len(facts)
	best, bestScore := c.ruleBest(facts) // fact → doc → best fact there
	// The values the rules leave unpaired: the fitted model's pairs
	// (samefact.go).
	made := c.modelSlots(facts, best, bestScore)
	type link struct {
		i, j  int
		score float64
	}
	var links []link
	for i := range facts {
		for _, j := range best[i] {
			if k, ok := best[j][facts[i].doc]; ok && k == i && j > i {
				links = append(links, link{i, j, bestScore[i][facts[j].doc] + bestScore[j][facts[i].doc]})
			}
		}
	}
	// Strongest links first; a link that would give one fact two
	// different values from one article is two facts, not one.
	// Ties go by fact order: links are gathered from maps, and the order
	// of equal links decides which of them a torn fact keeps.
	sort.Slice(links, func(a, b int) bool {
		x, y := links[a], links[b]
		if x.score != y.score {
			return x.score > y.score
		}
		if x.i != y.i {
			return x.i < y.i
		}
		return x.j < y.j
	})
	parent := newSets(n)
	find := parent.find
	members := make([][]int, n)
	for i := range members {
		members[i] = []int{i}
	}
	conflict := map[int]bool{}
	var refused [][2]int // links refused for an article's two values alone
	for _, l := range links {
		ri, rj := find(l.i), find(l.j)
		if ri != rj {
			if splitBy(facts, members[ri], members[rj]) {
				continue
			}
			if tornBy(facts, members[ri], members[rj]) {
				refused = append(refused, [2]int{l.i, l.j})
				continue
			}
			parent[ri] = rj
			members[rj] = append(members[rj], members[ri]...)
			members[ri] = nil
		}
		if !factsAgree(&facts[l.i], &facts[l.j]) {
			conflict[l.i], conflict[l.j] = true, true
		}
	}
	joinRestatements(facts, best, parent, members, conflict)
	c.selfPairs = c.joinSelfContradictions(facts, best, refused, parent, members, conflict) // selfcontra.go
	defer func() { c.selfPairs = nil }()
	roots, comps := components(len(facts), find)
	var out []corroborate.Discrepancy
	for _, r := range roots {
		g := comps[r]
		if !anyConflict(g, conflict) {
			if k, ok := c.factConsensus(facts, g); ok {
				c.consensusNumbers = append(c.consensusNumbers, k)
			}
			continue
		}
		if d, ok := c.factDiscrepancy(facts, g); ok && c.reportsHere(d) && !c.townsApart(facts, g) {
			if note := modelNote(g, made); note != "" {
				d.Note = strings.TrimPrefix(d.Note+"; "+note, "; ")
			}
			out = append(out, d)
		}
	}
	return dropRepeated(out)
}

// joinRestatements joins to a fact a value left out of every link that
// restates it in an article already giving it: a value whose best match in
// another article is a member of a group holding a value of its own article
// that agrees with it. Mutual best links pair one value of each article,
// and a hedged figure often wins the pairing ("at least 50 injured" against
// "injuring 80", compatible) over the same article's plain one ("said 50
// were injured"), which conflicts too. Articles in sorted order: the first
// group found wins.
func joinRestatements(facts []fact, best []map[int]int, parent sets, members [][]int, conflict map[int]bool) {
	for i := range facts {
		if len(members[parent.find(i)]) > 1 {
			continue
		}
		for _, d := range slices.Sorted(maps.Keys(best[i])) {
			j := best[i][d]
			rj := parent.find(j)
			if !restates(facts, i, members[rj]) || tornBy(facts, []int{i}, members[rj]) || splitBy(facts, []int{i}, members[rj]) {
				continue
			}
			ri := parent.find(i)
			parent[ri] = rj
			members[rj] = append(members[rj], members[ri]...)
			members[ri] = nil
			if !factsAgree(&facts[i], &facts[j]) {
				conflict[i], conflict[j] = true, true
			}
			break
		}
	}
}

// restates reports whether a group holds another value of fact i's article
// that agrees with it.
func restates(facts []fact, i int, group []int) bool {
	for _, m := range group {
		if m != i && facts[m].doc == facts[i].doc && factsAgree(&facts[m], &facts[i]) {
			return true
		}
	}
	return false
}

// othersOf are the values of a sentence but the k-th.
func othersOf(vs []mention.Value, k int) []mention.Value {
	out := make([]mention.Value, 0, len(vs)-1)
	out = append(out, vs[:k]...)
	return append(out, vs[k+1:]...)
}

// sharedValue reports whether the two values' sentences state another
// figure alike ("320 entrants for 40 stalls" / "350 entrants for 40
// stalls"): the same context told in the same figures. Between the only
// counts of one noun in two articles it makes them one statement told twice
// ("covered 412 miles and made nine drops" / "made twelve drops along 412
// miles"). Times are left out (a year or a weekday is shared by most
// sentences of a story).
func sharedValue(f, g *fact) bool {
	for _, x := range f.others {
		if isTime(x.Type) || x.Type == mention.VClock {
			continue
		}
		for _, y := range g.others {
			if x.Type == y.Type && x.Unit == y.Unit && x.Norm == y.Norm {
				return true
			}
		}
	}
	return false
}

// sharedValues counts the figures two values' sentences tell alike, as
// sharedValue finds them (times left out).
func sharedValues(f, g *fact) int {
	return sharedOthers(f, g, func(x mention.Value) bool { return isTime(x.Type) || x.Type == mention.VClock })
}

// sharedOthers is how many of the other values of f's sentence, those skip
// leaves in, g's sentence gives too (the same type, unit and value).
func sharedOthers(f, g *fact, skip func(mention.Value) bool) int {
	n := 0
	for _, x := range f.others {
		if skip(x) {
			continue
		}
		for _, y := range g.others {
			if x.Type == y.Type && x.Unit == y.Unit && x.Norm == y.Norm {
				n++
				break
			}
		}
	}
	return n
}

// oneStatementByFigures reports whether two values, each the only value of
// its type and unit in its sentence, are one fact because their sentences
// tell the rest of one statement in the same figures, worded apart: two
// other figures alike ("a best season in 2011: 41 strokes, 2,300 metres,
// eight medals" / "2014 brought him eight medals over 2,300 metres in 41
// strokes"), or, for a year or a month, one figure alike and a shared verb
// ("sold the orchard for $4 million in 1971" / "had sold it for $4 million
// in 1976"; a count
// beside one shared toll may be of another place: counts keep their own
// evidence). The figures that agree say
// the sentences tell one thing; the one figure that differs is its
// conflict. Not a day or a clock time: the reports of one event tell its
// toll again and again beside the days and hours of what followed it
// ("killed two on Thursday night" / "the killing of two … at Monday's
// hearing").
func oneStatementByFigures(f, g *fact, verb bool) bool {
	if f.v.Type != g.v.Type || f.v.Unit != g.v.Unit || f.sameType != 1 || g.sameType != 1 || isDayOrClock(f.v.Type) {
		return false
	}
	n := sharedValues(f, g)
	return n >= 2 || n == 1 && verb && (f.v.Type == mention.VYear || f.v.Type == mention.VMonth)
}

// dropRepeated reports one conflict once: a discrepancy each of whose sides
// is a side of another discrepancy of the same type (the same value, its
// articles among that side's) repeats it — two sentences of the same
// articles that say the same figures ("10 were killed" and, further on, "the
// toll of 10") — and is left out.
func dropRepeated(ds []corroborate.Discrepancy) []corroborate.Discrepancy {
	var out []corroborate.Discrepancy
	for i, d := range ds {
		repeated := false
		for j, e := range ds {
			if i == j || d.Type != e.Type || d.Kind != e.Kind || len(e.Values) < len(d.Values) {
				continue
			}
			// Of two that repeat each other, the first is kept.
			if within(d, e) && (!within(e, d) || j < i) {
				repeated = true
				break
			}
		}
		if !repeated {
			out = append(out, d)
		}
	}
	return out
}

// within reports whether every side of d is a side of e: the same
// normalized value, its articles among that side's.
func within(d, e corroborate.Discrepancy) bool {
	for _, s := range d.Values {
		found := false
		for _, t := range e.Values {
			if s.Normalized == t.Normalized && s.Normalized != "" && subset(s.Articles, t.Articles) {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// subset reports whether every element of a is in b.
func subset(a, b []string) bool {
	for _, x := range a {
		if !slices.Contains(b, x) {
			return false
		}
	}
	return true
}

// consensusTypes are the value types whose agreement is a fact of the
// story worth stating (times and years are its timeline's).
var consensusTypes = map[string]bool{mention.VCount: true, mention.VMoney: true, mention.VPercent: true, mention.VMagnitude: true,
	mention.VDistance: true, mention.VDuration: true, mention.VSize: true, mention.VAge: true}

// factConsensus is an agreed fact: one fact whose values agree across two
// or more independent origins (a copy counts as the article it copies, a
// wire agency credited in the sentence as the agency), printed from the
// words of one of its sentences, never reassembled.
func (c *comparer) factConsensus(facts []fact, g []int) (corroborate.Consensus, bool) {
	if len(g) < 2 || !consensusTypes[facts[g[0]].v.Type] {
		return corroborate.Consensus{}, false
	}
	mine := map[string]bool{}
	for _, d := range c.in.Docs {
		mine[d.Article.ID] = true
	}
	var origins, arts []string
	best := -1
	for _, i := range g {
		f := facts[i]
		id := c.all[f.doc].Article.ID
		if !mine[id] {
			continue
		}
		origins = append(origins, c.threadOrigin(f.doc, f.sent))
		arts = corroborate.AppendUnique(arts, id)
		if best < 0 || len(f.sent) < len(facts[best].sent) {
			best = i
		}
	}
	n := countOrigins(origins)
	if n < 2 {
		return corroborate.Consensus{}, false
	}
	return corroborate.Consensus{Fact: shorten(strings.TrimSpace(facts[best].sent), 30), Articles: arts, Origins: n}, true
}

// threadOrigin is the origin of a fact in a sentence of a thread article:
// a wire agency the sentence credits, else the article it copies (followed
// to the root), else the article itself.
func (c *comparer) threadOrigin(di int, sentence string) string {
	if name := c.wireCredit(sentence); name != "" {
		return "wire:" + name
	}
	a := c.all[di].Article
	o := a.ID
	var ids map[string]int // built only for a copy
	seen := map[string]bool{}
	for a.CopyOf != nil && !seen[*a.CopyOf] {
		if ids == nil {
			ids = map[string]int{}
			for i, d := range c.all {
				ids[d.Article.ID] = i
			}
		}
		seen[*a.CopyOf] = true
		o = *a.CopyOf
		k, ok := ids[o]
		if !ok {
			break
		}
		a = c.all[k].Article
	}
	return o
}

// tornBy reports whether joining two groups of values would give one
// article two disagreeing values of one fact.
func tornBy(facts []fact, a, b []int) bool {
	for _, i := range a {
		for _, j := range b {
			if facts[i].doc == facts[j].doc && !factsAgree(&facts[i], &facts[j]) {
				return true
			}
		}
	}
	return false
}

// splitBy reports whether joining two groups would make one fact of two
// values that a hard guard keeps apart (two owners, two years, five times
// apart): a chain of links may not join what no single link could.
func splitBy(facts []fact, a, b []int) bool {
	for _, i := range a {
		for _, j := range b {
			if facts[i].doc != facts[j].doc && distinctFacts(&facts[i], &facts[j]) {
				return true
			}
		}
	}
	return false
}

func anyConflict(g []int, conflict map[int]bool) bool {
	for _, i := range g {
		if conflict[i] {
			return true
		}
	}
	return false
}

// factDiscrepancy turns one fact's values into a discrepancy: values that
// agree form one side. An article that gives two disagreeing values of the
// fact is left out: its values may be of two facts.
func (c *comparer) factDiscrepancy(facts []fact, g []int) (corroborate.Discrepancy, bool) {
	torn := map[int]bool{}
	self := false
	for a := range g {
		for b := a + 1; b < len(g); b++ {
			if facts[g[a]].doc == facts[g[b]].doc && !factsAgree(&facts[g[a]], &facts[g[b]]) {
				if k, ok := c.selfPairs[g[a]]; ok && k == g[b] {
					self = true // told both ways by the article (selfcontra.go)
					continue
				}
				torn[facts[g[a]].doc] = true
			}
		}
	}
	if len(torn) > 0 {
		var keep []int
		for _, i := range g {
			if !torn[facts[i].doc] {
				keep = append(keep, i)
			}
		}
		g = keep
		if len(g) < 2 {
			return corroborate.Discrepancy{}, false
		}
	}
	// Precise values first: they name each side; and the values most
	// articles give before the rest, so that a hedged value that agrees
	// with two ("early Tuesday" may be a late Monday) joins the side of the
	// many ("Tuesday morning") and the one that disagrees ("Monday") stands
	// alone.
	norms := map[string]int{}
	for _, i := range g {
		norms[facts[i].v.Norm]++
	}
	sort.SliceStable(g, func(a, b int) bool { return !facts[g[a]].v.Approx && facts[g[b]].v.Approx })
	sort.SliceStable(g, func(a, b int) bool { return norms[facts[g[a]].v.Norm] > norms[facts[g[b]].v.Norm] })
	var sides []*factSide
	for _, i := range g {
		placed := false
		for _, s := range sides {
			// A value joins a side only when it agrees with every value of
			// it: "Monday" may be an "early Tuesday" but not a "Tuesday
			// morning".
			all := true
			for _, j := range s.facts {
				if !factsAgree(&facts[j], &facts[i]) {
					all = false
					break
				}
			}
			if all {
				s.facts = append(s.facts, i)
				placed = true
				break
			}
		}
		if !placed {
			sides = append(sides, &factSide{rep: facts[i].v, facts: []int{i}})
		}
	}
	if sides = c.toldTogether(facts, sides); len(sides) < 2 { // guards9.go
		return corroborate.Discrepancy{}, false
	}
	if c.allElapsed(facts, g) {
		return corroborate.Discrepancy{}, false
	}
	// A figure told as grown or as the total so far may be an update of
	// articles written at two moments: it is shown as such, not hidden
	// (running.go).
	update := c.isRising(facts, sides) || c.allRunning(facts, sides)
	d := corroborate.Discrepancy{About: c.factAbout(facts, g), Kind: kindOf(facts[g[0]].v.Type), Type: facts[g[0]].v.Type}
	for _, s := range sides {
		v := corroborate.DiscrepancyValue{Normalized: s.rep.Norm}
		// The side as its articles wrote it: every distinct figure of it
		// ("36 miles / 35 miles": close enough to agree, both shown), and
		// one figure in another unit ("March 6 of this year / March 6,
		// 2031": the year it was given; "22:00 / 22:00 local time").
		var forms []string
		for _, i := range s.facts {
			v.Articles = corroborate.AppendUnique(v.Articles, c.all[facts[i].doc].Article.ID)
			v.Sentences = corroborate.AppendUnique(v.Sentences, facts[i].sent)
			if (facts[i].v.Norm != s.rep.Norm || facts[i].v.Unit != s.rep.Unit) && written(facts[i].v) != written(s.rep) && len(forms) < 3 {
				forms = corroborate.AppendUnique(forms, written(facts[i].v))
			}
		}
		val := written(s.rep)
		if len(forms) > 0 {
			val += " / " + strings.Join(forms, " / ")
		}
		v.Value = val
		d.Values = append(d.Values, v)
	}
	d.Note = c.copyNote(d)
	if self {
		d.Note = strings.TrimPrefix(d.Note+"; "+selfNote, "; ")
	}
	switch {
	case update:
		d.Note = strings.TrimPrefix(d.Note+"; "+updateNote, "; ")
	case c.laterHigher(facts, sides): // developing.go
		d.Note = strings.TrimPrefix(d.Note+"; "+updateNoteLater, "; ")
	}
	return d, true
}

// factSide is the values of a fact that agree, with the facts giving them.
type factSide struct {
	rep   mention.Value
	facts []int
}

// isRising tells a developing toll: a count or an amount (a reward, a
// bill) whose highest value is given in wording that says it grew ("rose
// to", "is now"), reported as a possible update (updateNote).
func (c *comparer) isRising(facts []fact, sides []*factSide) bool {
	if t := facts[sides[0].facts[0]].v.Type; t != mention.VCount && t != mention.VMoney {
		return false
	}
	hi := 0
	for k, s := range sides {
		if s.rep.Num > sides[hi].rep.Num {
			hi = k
		}
	}
	for _, i := range sides[hi].facts {
		f := facts[i]
		if c.saysRising(c.all[f.doc].Analysis.Tokens[f.v.Sentence], f.v) {
			return true
		}
	}
	return false
}

// copyNote says when a near-copy changed the value of the article it copies.
func (c *comparer) copyNote(d corroborate.Discrepancy) string {
	side := map[string]int{}
	for k, v := range d.Values {
		for _, a := range v.Articles {
			side[a] = k
		}
	}
	for _, doc := range c.all {
		a := doc.Article
		if a.CopyOf == nil {
			continue
		}
		ks, ok1 := side[a.ID]
		ko, ok2 := side[*a.CopyOf]
		if ok1 && ok2 && ks != ko {
			return fmt.Sprintf("copy changed %s → %s", d.Values[ko].Value, d.Values[ks].Value)
		}
	}
	return ""
}

// written is a value as the article wrote it, with its qualifier.
// A count shows its figure as written ("at least 20", "five"): what it
// counts is in the fact's name.
func written(v mention.Value) string {
	t := v.Text
	if v.Type == mention.VCount && v.Num != 0 && !mention.IsKinCount(v) { // "No one" as written; "mother of three" whole
		// "a third" ("and wounded a third") is written whole.
		if m := countFigureRe.FindString(t); m != "" && !strings.EqualFold(m, "a") && !strings.EqualFold(m, "an") {
			t = strings.TrimRight(m, " -")
		}
	}
	if v.Qualifier != "" && !strings.HasPrefix(strings.ToLower(t), v.Qualifier) {
		return v.Qualifier + " " + t
	}
	return t
}

// countFigureRe is the figure at the start of a count as written.
var countFigureRe = regexp.MustCompile(`(?i)^(?:\d[\d,. ]*\d|\d|[a-z]+(?:-[a-z]+)?)(?:\s(?:million|billion|thousand|hundred))?`)

func kindOf(typ string) string {
	switch typ {
	case mention.VWeekday, mention.VDate, mention.VMonth, mention.VYear, mention.VClock:
		return "date"
	}
	return "number"
}

var typeLabels = map[string]string{mention.VCount: "number of", mention.VMoney: "amount", mention.VPercent: "share",
	mention.VAge: "age", mention.VDuration: "duration", mention.VDistance: "distance", mention.VSize: "size",
	mention.VMagnitude: "magnitude", mention.VClock: "time", mention.VWeekday: "day", mention.VDate: "date",
	mention.VMonth: "month", mention.VYear: "year"}

// factAbout names a fact: its type, the thing or person it is about, and
// the predicate its sentences share.
func (c *comparer) factAbout(facts []fact, g []int) string {
	f := facts[g[0]]
	about := typeLabels[f.v.Type]
	if f.v.Type == mention.VSize && strings.HasPrefix(f.v.Unit, "degree") {
		about = "temperature" // mention/temperature.go
	}
	switch {
	case f.v.Type == mention.VAge && f.person != "":
		about += " of " + f.person
	case f.v.Type == mention.VCount:
		about += " " + f.v.Unit
		if f.v.Event != "" {
			return about + " " + participle(f.v.Event)
		}
	case f.v.Noun != "":
		about += " (" + f.v.Noun + ")"
	}
	verbs := map[string]int{}
	actors := map[string]int{}
	for _, i := range g {
		for v := range facts[i].verbs {
			verbs[v]++
		}
		for a := range facts[i].actors {
			actors[a]++
		}
	}
	if v := topKey(verbs, len(g)); v != "" {
		about += " — “" + v + "”"
	}
	if a := topKey(actors, len(g)); a != "" && f.v.Type != mention.VAge {
		about += " (" + a + ")"
	}
	return about
}

// topKey is the key found in most of n items, when it is in at least two.
func topKey(m map[string]int, n int) string {
	best := ""
	for k, v := range m {
		if v >= 2 && (best == "" || v > m[best] || v == m[best] && k < best) {
			best = k
		}
	}
	return best
}

// reDeadline is a word that makes a clock time the latest moment something
// happened ("put out by 7 a.m.", "before 10:45 p.m.", "until 3 a.m.").
// "Just before 8:10 p.m." is a moment, not a deadline.
var (
	reDeadline   = regexp.MustCompile(`(?i)\b(?:by|before|until|till|no later than)\s+(?:about\s+|around\s+)?$`)
	reJustBefore = regexp.MustCompile(`(?i)\b(?:just|shortly|right|minutes|moments|soon)\s+before\s+(?:about\s+|around\s+)?$`)
)

// deadlineSpan is how long before a deadline the moment may be (minutes).
const deadlineSpan = 120

// deadline reads "by 7 a.m." as any time up to 7 a.m.: a fire put out "by
// 7 a.m." and one put out "at 6:40 a.m." agree.
func deadline(s string, v mention.Value) mention.Value {
	if v.Start <= len(s) && reDeadline.MatchString(s[:v.Start]) && !reJustBefore.MatchString(s[:v.Start]) {
		v.Low = math.Min(v.Low, v.Num-deadlineSpan)
	}
	return v
}

// clockSpan widens a clock time by the words before it (deadline,
// afterBound, justNear) and says whether it became a deadline.
func clockSpan(s string, v mention.Value) (mention.Value, bool) {
	w := afterBound(s, deadline(s, v))
	return justNear(s, w), w.Low < v.Low
}

// rePartOfDay is the part of the day written right after a weekday.
var rePartOfDay = regexp.MustCompile(`^\s+(?:night|evening|morning|afternoon)\b`)

// partOfDay takes the part of the day written after a weekday into its
// text ("Friday night"): a Friday night and a Saturday can be one moment.
func partOfDay(s string, v mention.Value) mention.Value {
	if v.End <= len(s) {
		if m := rePartOfDay.FindString(s[v.End:]); m != "" {
			v.Text += m
			v.End += len(m)
		}
	}
	return v
}

// components gathers the items 0..n-1 by their union-find root: the roots
// in the order of their first item, and each root's items in order.
func components(n int, find func(int) int) (roots []int, members map[int][]int) {
	members = map[int][]int{}
	for i := range n {
		r := find(i)
		if _, ok := members[r]; !ok {
			roots = append(roots, r)
		}
		members[r] = append(members[r], i)
	}
	return roots, members
}

// kinSlot decides for two parents' counts of children ("a mother of
// three", mention.IsKinCount) whether they are one fact: kin says both are
// such counts, ok that they are one person's: the same named person, or,
// when one is unnamed, the same parent noun and the only such count of
// both articles.
func (c *comparer) kinSlot(f, g *fact) (kin, ok bool) {
	if !mention.IsKinCount(f.v) || !mention.IsKinCount(g.v) {
		return false, false
	}
	if f.person != "" && g.person != "" {
		return true, samePerson(f.person, g.person)
	}
	return true, f.v.Noun == g.v.Noun && f.unique && g.unique
}

// tokens are the fact's sentence's tokens: the reading's, read once an
// article (text.Tokens of the sentence, as a fact made without them).
func (f *fact) tokens() []text.Token {
	if f.toks != nil {
		return f.toks
	}
	return text.Tokens(f.sent)
}
