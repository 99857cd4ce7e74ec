package compare

import (
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/corroborate/corroborate/internal/lexicon"
	"github.com/corroborate/corroborate/internal/mention"
)

// This file holds the guards that keep two times of two happenings apart:
// a day that dates a noun through a possessive ("Friday's fair") and a day
// of something the other sentence never speaks of; the days of two people's
// doings; months years apart. Every rule is general English; none is drawn
// from the data it is measured on.

// rePossessiveTime is a possessive right after a time ("Monday's", "May
// 4's"): the time dates the noun phrase after it.
var rePossessiveTime = regexp.MustCompile(`^['’]s\s+`)

// possessiveNouns are the nouns of the phrase a day dates through a
// possessive ("Monday's regional council vote": council, vote), up to four
// words, ending at a function word, a mark or an inflected verb. Nil when
// the day is not followed by 's.
func (c *comparer) possessiveNouns(f *fact) []string {
	if f.v.Type != mention.VWeekday && f.v.Type != mention.VDate {
		return nil
	}
	rest := f.sent[min(f.v.End, len(f.sent)):]
	m := rePossessiveTime.FindStringIndex(rest)
	if m == nil {
		return nil
	}
	var out []string
	for k, w := range strings.Fields(rest[m[1]:]) {
		clean := strings.TrimRight(w, ",.;:!?\"”’)")
		lw := strings.ToLower(clean)
		if k >= 4 || lw == "" || lexicon.IsStopword(lw) || strings.HasSuffix(lw, "ed") {
			break
		}
		if b := c.lx.Base(lw, lexicon.Noun); c.lx.Has(b, lexicon.Noun) {
			out = append(out, b)
		}
		if clean != w {
			break
		}
	}
	return out
}

// possessiveElsewhere reports whether f dates a noun through a possessive
// ("Monday's final") and g dates something else: no happening g's time
// dates (datedAlts: its verb, the noun it modifies, the event noun subject
// of its verb, "a shooting that happened Monday"), nor a possessive of its
// own, is one of f's nouns, a WordNet synonym of one, or the verb one
// nominalises or WordNet derives it from ("Sunday's stabbing" / "was
// stabbed on Monday", "Sunday's robbery" / "was robbed on Monday" are
// one). "Saturday's fair" and "was injured on Thursday" date two things,
// however alike the rest of their sentences. A time that dates nothing
// the reader can name says nothing. A general noun of happening ("the
// incident occurred Wednesday": generalDay) dates the story's harm, and
// so whatever harm f's noun names ("Monday's shooting").
func (c *comparer) possessiveElsewhere(f, g *fact) bool {
	ns := c.possessiveNouns(f)
	if len(ns) == 0 {
		return false
	}
	alts := c.datedAlts(g)
	gs := c.possessiveNouns(g)
	if len(alts) == 0 && len(gs) == 0 {
		return false
	}
	for _, n := range ns {
		if g.generalDay && c.harmNoun(n) {
			return false
		}
		for _, m := range gs {
			if n == m || c.lx.Synonyms(n, m, lexicon.Noun) {
				return false
			}
		}
		for _, a := range alts {
			if c.possessedIs(n, a) {
				return false
			}
		}
	}
	return true
}

// possessedIs reports whether noun n, dated through a possessive, names
// the happening a: the same noun or a WordNet synonym, or the verb n
// nominalises or WordNet derives it from.
func (c *comparer) possessedIs(n string, a datedAlt) bool {
	if a.pos == lexicon.Noun {
		return n == a.w || c.lx.Synonyms(n, a.w, lexicon.Noun)
	}
	v := c.lx.Base(n, lexicon.Verb)
	return c.lx.Has(v, lexicon.Verb) && c.closeVerbs(v, a.w) || c.nounOfVerb(n, lexicon.Noun, a.w)
}

// harmNoun reports whether noun n names a harm done to someone: the noun
// of a verb of harm ("shooting", "stabbing") or one WordNet derives from
// such a verb (harmDoneVerb).
func (c *comparer) harmNoun(n string) bool {
	if v := c.lx.Base(n, lexicon.Verb); v != n && c.harmDoneVerb(v) {
		return true
	}
	for _, v := range c.nounVerbs(c.lx.Base(n, lexicon.Noun)) {
		if c.harmDoneVerb(v) {
			return true
		}
	}
	return false
}

// dayPeople are the persons whose doing a day or clock time dates: its
// owners (valueOwner) that the sentence names as persons. (The one person
// a sentence names before a day is no owner: "a longtime Okafor family
// friend … died Friday" names a modifier.)
func dayPeople(a *mention.Analysis, mg docMerged, si int, owners []string) []string {
	if len(owners) == 0 {
		return nil
	}
	people := sentencePeople(a, mg, si)
	var out []string
	for _, o := range owners {
		if slices.Contains(people, o) {
			out = append(out, o)
		}
	}
	return out
}

// sentencePeople are the persons sentence si names (story-canonical names),
// in the order they are first named.
func sentencePeople(a *mention.Analysis, mg docMerged, si int) []string {
	var ms []mention.NameMention
	for _, m := range a.Mentions {
		if m.Sentence == si && (a.Entities[m.Entity].Type == mention.Person || pronounPerson(a, si, m)) {
			ms = append(ms, m)
		}
	}
	sort.SliceStable(ms, func(i, j int) bool { return ms[i].Start < ms[j].Start })
	var out []string
	for _, m := range ms {
		n := mg.m.Name(mg.i, m.Entity)
		if n == "" {
			n = m.Name
		}
		if !slices.Contains(out, n) {
			out = append(out, n)
		}
	}
	return out
}

// rePronounClauseAfter is a later clause of a sentence whose subject is
// "he" or "she", anywhere after a name (rePersonalPronounClause, unanchored).
var rePronounClauseAfter = regexp.MustCompile(`,\s+(?:where|when|and|after|before|but)\s+(?:he|she)\b`)

// pronounPerson reports whether m is a name of no known type that the
// sentence itself shows to be a person: it opens the sentence, the
// sentence names no typed person, and a later clause of it has "he" or
// "she" for subject ("Deandre was taken to Alder Hospital, where he was
// pronounced dead": a given name alone, which the name reader leaves
// untyped; a personal pronoun stands for a person, Quirk et al. 1985 §6.13).
func pronounPerson(a *mention.Analysis, si int, m mention.NameMention) bool {
	if m.Sentence != si || m.Start > 3 || a.Entities[m.Entity].Type == mention.Person ||
		a.Entities[m.Entity].Type == mention.Place || a.Entities[m.Entity].Type == mention.Organization {
		return false
	}
	for _, o := range a.Mentions {
		if o.Sentence == si && a.Entities[o.Entity].Type == mention.Person {
			return false
		}
	}
	s := a.Sentences[si].Text
	return m.End <= len(s) && rePronounClauseAfter.MatchString(s[m.End:])
}

// twoPeoplesDays reports whether two days or clock times are those of two
// people's doings: each is a person's (dayPeople), the two are different people, and neither sentence
// names the other's person ("Ruiz was fined early Monday" / "Okafor was
// fined late Friday"). A day the two sentences tell of one person ("Ruiz
// shot Okafor on Monday" / "Okafor was shot on Sunday") stays one fact.
//
// A family name alone stands for the one person its own article names in
// full with it ("Ingram" for "Rolf Ingram"), not for a relative another
// sentence names ("His wife, Mira Ingram, died in 2011"): fullName.
func twoPeoplesDays(f, g *fact) bool {
	if !isPersonTime(f.v.Type) || !isPersonTime(g.v.Type) || len(f.ownerPeople) == 0 || len(g.ownerPeople) == 0 {
		return false
	}
	for _, x := range f.ownerPeople {
		x = fullName(x, f.fullNames)
		for _, y := range g.ownerPeople {
			if samePerson(x, fullName(y, g.fullNames)) {
				return false
			}
		}
		for y := range g.actors {
			if samePerson(x, fullName(y, g.fullNames)) {
				return false
			}
		}
	}
	for _, y := range g.ownerPeople {
		y = fullName(y, g.fullNames)
		for x := range f.actors {
			if samePerson(fullName(x, f.fullNames), y) {
				return false
			}
		}
	}
	return true
}

// fullName is the full name a lone family name stands for in its article
// (full, from articleFullNames), else the name as it is.
func fullName(name string, full map[string]string) string {
	if strings.ContainsRune(name, ' ') {
		return name
	}
	if n, ok := full[mention.NormalizeName(name)]; ok && n != "" {
		return n
	}
	return name
}

// articleFullNames maps each family name of the persons article a names
// in full (two words or more, story names) to that full name; to "" when
// the article names two different people in full with it ("Rolf Ingram",
// "Karin Ingram"): a family name alone then says not which.
func articleFullNames(a *mention.Analysis, mg docMerged) map[string]string {
	full := map[string]string{}
	for _, m := range a.Mentions {
		if a.Entities[m.Entity].Type != mention.Person {
			continue
		}
		n := mg.m.Name(mg.i, m.Entity)
		ws := strings.Fields(mention.NormalizeName(n))
		if len(ws) < 2 {
			continue
		}
		fam := ws[len(ws)-1]
		if old, ok := full[fam]; ok && old != n && (old == "" || !samePerson(old, n)) {
			full[fam] = ""
			continue
		}
		if _, ok := full[fam]; !ok {
			full[fam] = n
		}
	}
	return full
}

// isPersonTime reports whether a time of type t can date one person's
// doing: a day, a clock time, and a month or year ("Ada Lind retired in
// 1994" / "Tom Oduya, who … died in May 1972": the years of two people's
// doings are two facts).
func isPersonTime(t string) bool {
	return isDayOrClock(t) || t == mention.VMonth || t == mention.VYear
}

// monthsApart reports whether two months of stated years are too far
// apart to be one month told two ways: more than twelve months ("in March
// 2004" / "in May 2011"). A month mis-stated is a month or two off, or a
// year; more is another event of the article's background, as values more
// than five times apart are. (Years alone are not held to this: a year
// mis-stated may be any year.) A statement copied but for the month is
// one fact whatever the months (copiedStatement): a copy that changes a
// value is the plainest discrepancy there is.
func monthsApart(f, g *fact) bool {
	if f.v.Type != mention.VMonth || copiedStatement(f, g) || yearOnlyApart(f, g) {
		return false
	}
	a, okA := monthIndex(f.v.Norm)
	b, okB := monthIndex(g.v.Norm)
	return okA && okB && absInt(a-b) > 12
}

// monthIndex reads a month's normalized form ("2004-03") as months since
// year 0; false for a year-less month ("0000-03").
func monthIndex(norm string) (int, bool) {
	y, m, ok := strings.Cut(norm, "-")
	if !ok {
		return 0, false
	}
	yi, err1 := strconv.Atoi(y)
	mi, err2 := strconv.Atoi(m)
	if err1 != nil || err2 != nil || yi == 0 {
		return 0, false
	}
	return yi*12 + mi, true
}

// absInt is the absolute value of x.
func absInt(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// reFrameAfter and reFrameBefore are the words that make a duration an
// offset from another moment rather than the length of a thing: "ten
// minutes earlier", "six days to go", "two weeks before the fair",
// "within 10 days". A length ("served nine years", "for nine minutes") has
// no frame.
var (
	reFrameAfter  = regexp.MustCompile(`^\s+(earlier|later|before|after|ago|away|left|on|beforehand|to go|from now)\b`)
	reFrameBefore = regexp.MustCompile(`\b(within)\s+$`)
	// reForLength is "for" before a duration, past a hedge or two ("for
	// almost seven hours before the verdict"): a length, whatever follows.
	reForLength = regexp.MustCompile(`\bfor\s+(?:[a-z]+\s+){0,2}$`)
)

// betweenTwo are the frame words of a stretch between two happenings,
// told from either end: "died nine days after the stroke" and "had the
// stroke fourteen days earlier" give one interval, so the words are one
// frame ("apart"). "Ago", "to go", "away", "left" and "within" measure
// from the time of writing or set a limit: frames of their own.
var betweenTwo = map[string]bool{"earlier": true, "later": true, "before": true, "after": true, "beforehand": true, "on": true}

// durationFrame is the word that makes a duration an offset ("apart" for
// a stretch between two happenings, "ago", "to go", "within"), "" for a
// length.
func durationFrame(s string, v mention.Value) string {
	if v.Type != mention.VDuration || v.End > len(s) || v.Start > len(s) || reForLength.MatchString(strings.ToLower(s[:v.Start])) {
		return ""
	}
	if m := reFrameAfter.FindStringSubmatch(strings.ToLower(s[v.End:])); m != nil {
		if betweenTwo[m[1]] {
			return "apart"
		}
		return m[1]
	}
	if m := reFrameBefore.FindStringSubmatch(strings.ToLower(s[:v.Start])); m != nil {
		return m[1]
	}
	return ""
}

// copiedStatement reports whether two values' sentences are one statement
// but for their values: at least four content words each, and nearly all
// of them shared (stricter than alignedStatements, for it overrides a
// guard).
func copiedStatement(f, g *fact) bool {
	return len(f.words) >= 4 && len(g.words) >= 4 && sharedOverlap(f.words, g.words) >= 0.8 && jaccard(f.words, g.words) >= 0.6
}

// copiedTime reports whether two times are of one statement copied but for
// them (copiedStatement), each set back, if at all, by its own year (not by
// another year its sentence states, nor as another event's): a copy that
// changed a year is the plainest discrepancy there is, and the year that
// makes one side a background is the very value that changed.
func copiedTime(f, g *fact) bool {
	return isTime(f.v.Type) && isTime(g.v.Type) && ownBackground(f) && ownBackground(g) && copiedStatement(f, g)
}

// yearOnlyApart reports whether two months, each written with its year or
// given one by its dated article, are the same month of two years ("in
// December 2003" / "in December 2008"): a year told two ways, and a year
// mis-stated may be any year, so the months between them are no sign of
// two happenings (monthsApart); what is dated must still be one (timeSlot)
// and each side's background its own (bgDiffer).
func yearOnlyApart(f, g *fact) bool {
	if f.v.Type != mention.VMonth || g.v.Type != mention.VMonth {
		return false
	}
	a, b := ownYear(f.v), ownYear(g.v)
	return a != "" && b != "" && a != b && f.v.Norm[4:] == g.v.Norm[4:]
}

// ownBackground reports whether a fact is set back, if at all, by its own
// year (not by another year its sentence states, nor as another event's).
func ownBackground(x *fact) bool { return x.bg == "" || x.bg == ownYear(x.v) }

// yearToldTwice reports whether two days or two months, each written with
// its year, are the same but for that year ("March 8, 2011" / "March 8,
// 2013", "in May 2009" / "in May 2010").
func yearToldTwice(a, b mention.Value) bool {
	if a.Type != b.Type || a.Type != mention.VDate && a.Type != mention.VMonth {
		return false
	}
	ya, yb := statedYear(a), statedYear(b)
	return ya != "" && yb != "" && ya != yb && len(a.Norm) > 4 && len(b.Norm) > 4 && a.Norm[4:] == b.Norm[4:]
}

// dayToldTwice reports whether two full dates are one day told with two
// years (yearToldTwice), so that the year setting one side back is the
// very value compared: each side set back, if at all, by its own year,
// neither speaking of another happening (otherEvent), and neither clause
// telling its act as one done again (repetitionCue). Months are left to
// copiedTime: the same month of two years is as often a yearly figure
// and the one a year before ("rose 4 percent in April" / "3 percent in
// April of the year before").
func dayToldTwice(f, g *fact) bool {
	return f.v.Type == mention.VDate && yearToldTwice(f.v, g.v) && ownBackground(f) && ownBackground(g) &&
		!f.other && !g.other && !repetitionCue(f.sent, f.v) && !repetitionCue(g.sent, g.v)
}

// reRepeatCue is a cue that an act is told as one done again or as one
// of a series: an additive or repetitive adverb (Quirk et al. 1985's
// additive subjuncts "also", "too", "as well", "likewise", and "again";
// "too" only where it ends its clause, not as a degree word before an
// adjective), an ordinal or a word of order ("first", "third", "10th",
// "last", "previous", "earlier", "prior", "next"), a possessive of a
// period ("last year's"), a distance in years ("a year earlier", "two
// years ago"), or a word of yearly recurrence ("annual", "yearly",
// "anniversary").
var reRepeatCue = regexp.MustCompile(`(?i)\btoo\s*(?:[,;:.)]|$)|\b(?:also|again|likewise|as well|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)|last|previous|previously|earlier|prior|next|(?:year|month|week)'s|years?\s+(?:ago|before|later)|annual|annually|yearly|anniversary)\b`)

// reRepeatClauseBreak is where a clause opens or closes within a sentence: a
// semicolon or a colon, a dash, or a comma before a relative or
// subordinating word or a coordinator.
var reRepeatClauseBreak = regexp.MustCompile(`(?i)[;:]|\s[–—-]\s|,\s+(?:who|whom|whose|which|where|when|while|after|before|as|because|since|although|though|but|and|or)\b`)

// repetitionCue reports whether the clause around v in sent carries a
// repetition cue (reRepeatCue): such a clause dates one occurrence of an
// act done more than once ("<Name>, who also opened the fair on …", "first
// won the post on …", "its annual report on …"), so a day of another year
// there is another occurrence, not the story's day told with a wrong year.
func repetitionCue(sent string, v mention.Value) bool {
	if v.Start < 0 || v.End > len(sent) || v.Start > v.End {
		return false
	}
	lo, hi := clauseAround(sent, v)
	return reRepeatCue.MatchString(sent[lo:v.Start]) || reRepeatCue.MatchString(sent[v.End:hi])
}

// clauseAround is the span of the clause around v in sent: from the last
// clause break (reRepeatClauseBreak) before v to the first after it.
func clauseAround(sent string, v mention.Value) (lo, hi int) {
	lo, hi = 0, len(sent)
	for _, m := range reRepeatClauseBreak.FindAllStringIndex(sent, -1) {
		if m[1] <= v.Start && m[0] >= lo {
			lo = m[0]
		}
		if m[0] >= v.End && m[0] < hi {
			hi = m[0]
		}
	}
	return lo, hi
}
