package compare

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/corroborate/corroborate/internal/mention"
	"github.com/corroborate/corroborate/internal/text"
)

// This file tells the days and times of two people's happenings apart when
// neither person is named. A story may hold two happenings of one kind (a
// round-up of a night's shootings beside a report of one of them), each
// told of an unnamed person, a girl grazed by a stray round on a Monday and
// a man in his forties hurt late on the Sunday before. Reports of one happening may
// differ on the day, but seldom on whether its person was a man or a boy, a
// woman or a girl, and never on every age they give at once.

// reUnnamedPerson is an unnamed person of English's four nouns of sex and
// age (man, woman, boy, girl), with the age written before the noun: "a
// 31-year-old man", "two teenage boys", "the woman".
var reUnnamedPerson = regexp.MustCompile(`(?i)\b(?:([0-9]{1,3})-year-old\s+)?(?:teenage\s+)?(man|men|woman|women|boy|boys|girl|girls)\b`)

// reUnnamedAge is an age written as a modifier or a noun ("a 19-year-old
// was shot", "a 4-year-old girl"): the age of someone unnamed when the
// sentence names no person.
var reUnnamedAge = regexp.MustCompile(`\b([0-9]{1,3})-year-old\b`)

// reWeekdayWord is a day of the week as written.
var reWeekdayWord = regexp.MustCompile(`\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b`)

// unnamedPeople is who a sentence tells of without a name: the nouns of sex
// and age (singular) and the ages written for them. Empty when the sentence
// names a person: the guards of owners speak for named people.
type unnamedPeople struct {
	kinds map[string]bool
	ages  map[int]bool
}

// personNounSingular folds a plural of the four nouns to its singular.
var personNounSingular = map[string]string{"men": "man", "women": "woman", "boys": "boy", "girls": "girl"}

// unnamedNouns are the pieces of text every match of reUnnamedPerson
// holds, in lower case: "man" ("woman"), "men" ("women"), "boy", "girl".
// No letter outside ASCII folds to one of their letters.
var unnamedNouns = []string{"man", "men", "boy", "girl"}

// mayNameUnnamedPerson reports whether s may hold a match of
// reUnnamedPerson (never false where it does): one of unnamedNouns in
// either case.
func mayNameUnnamedPerson(s string) bool {
	for _, w := range unnamedNouns {
		if text.MayContainFold(s, w) {
			return true
		}
	}
	return false
}

// unnamedOf reads the unnamed people of sentence si of a. Each pattern is
// asked only where it may match: reUnnamedAge where "-year-old", which
// every match of it holds, is.
func unnamedOf(a *mention.Analysis, si int) unnamedPeople {
	var u unnamedPeople
	for _, m := range a.Mentions {
		if m.Sentence == si && a.Entities[m.Entity].Type == mention.Person {
			return u
		}
	}
	text := a.Sentences[si].Text
	person, aged := mayNameUnnamedPerson(text), strings.Contains(text, "-year-old")
	if !person && !aged {
		return unnamedPeople{} // neither pattern can match
	}
	u.kinds, u.ages = map[string]bool{}, map[int]bool{}
	if person {
		for _, m := range reUnnamedPerson.FindAllStringSubmatch(text, -1) {
			k := strings.ToLower(m[2])
			if s, ok := personNounSingular[k]; ok {
				k = s
			}
			u.kinds[k] = true
		}
	}
	if aged {
		for _, m := range reUnnamedAge.FindAllStringSubmatch(text, -1) {
			if n, err := strconv.Atoi(m[1]); err == nil {
				u.ages[n] = true
			}
		}
	}
	if len(u.kinds) == 0 && len(u.ages) == 0 {
		return unnamedPeople{}
	}
	return u
}

// agesIn is the set of the ages written "N-year-old" in sentence s.
func agesIn(s string) map[int]bool {
	out := map[int]bool{}
	for _, m := range reUnnamedAge.FindAllStringSubmatch(s, -1) {
		if n, err := strconv.Atoi(m[1]); err == nil {
			out[n] = true
		}
	}
	return out
}

// weekdaysIn is the set of the days of the week sentence s names.
func weekdaysIn(s string) map[string]bool {
	out := map[string]bool{}
	for _, m := range reWeekdayWord.FindAllString(s, -1) {
		out[m] = true
	}
	return out
}

// shares reports whether two sets share a member.
func shares[K comparable](a, b map[K]bool) bool {
	for k := range a {
		if b[k] {
			return true
		}
	}
	return false
}

// twoUnnamedPeoples reports whether two values are of two unnamed people's
// happenings. Days and clock times: each sentence tells of a man, woman,
// boy or girl, the two share no such noun, and no age is written in both;
// or each gives the ages of its unnamed people and no age is in both ("a
// 14-year-old girl was hurt early Sunday" / "the 16-year-old girl hurt late
// on Monday"). Ages of unnamed people: each sentence names the day of
// the week and no day is in both, or each writes two ages or more and no
// age is in both. Reports of one happening may differ on
// its day or on an age, seldom on both at once.
func twoUnnamedPeoples(f, g *fact) bool {
	fu, gu := f.unnamed, g.unnamed
	switch {
	case f.v.Type == mention.VAge && g.v.Type == mention.VAge:
		// The age's own person is unnamed (its person noun's synset),
		// whoever else the sentence names.
		if !strings.HasPrefix(f.person, "~") || !strings.HasPrefix(g.person, "~") {
			return false
		}
		fd, gd := weekdaysIn(f.sent), weekdaysIn(g.sent)
		if len(fd) > 0 && len(gd) > 0 && !shares(fd, gd) {
			return true
		}
		// Two groups: each sentence writes the ages of two or more
		// people and no age is in both ("a 17-year-old girl and a
		// 15-year-old boy" / "a 13-year-old boy and an 18-year-old man";
		// session 18).
		fa, ga := agesIn(f.sent), agesIn(g.sent)
		return len(fa) > 1 && len(ga) > 1 && !shares(fa, ga)
	case !isDayOrClock(f.v.Type):
		return false
	case len(fu.ages) > 0 && len(gu.ages) > 0 && !shares(fu.ages, gu.ages):
		return true
	}
	return len(fu.kinds) > 0 && len(gu.kinds) > 0 && !shares(fu.kinds, gu.kinds) && !shares(fu.ages, gu.ages)
}

// reInSeveral is a count's happening told as several of a kind: "in"
// before a plural noun, up to two modifiers between ("in shootings", "in
// separate city shootings"), or a whole area ("across the city").
var reInSeveral = regexp.MustCompile(`\bin\s+((?:[a-z-]+\s+){0,2}?)([a-z]+s)\b`)

// reAcrossArea is a happening spread over a whole area.
var reAcrossArea = regexp.MustCompile(`\b(?:across|throughout)\s+the\s+(?:city|county|state|country|region)\b`)

// severalSpan is how far after a count, in bytes, its happening is looked
// for (a clause of a dozen words).
const severalSpan = 90

// overSeveral reports whether count v sums several happenings: the words
// after it in its clause put it "in" a plural of a noun WordNet has mostly
// as an event or act ("were wounded in shootings", "killed in attacks"), or
// throughout a whole area ("hurt throughout the county during the
// holiday").
func (c *comparer) overSeveral(s string, v mention.Value) bool {
	if v.Type != mention.VCount || v.End > len(s) {
		return false
	}
	rest := s[v.End:min(len(s), v.End+severalSpan)]
	if i := strings.IndexAny(rest, ";:"); i >= 0 {
		rest = rest[:i]
	}
	for _, m := range reInSeveral.FindAllStringSubmatch(rest, -1) {
		if b, ok := c.lx.EventNoun(m[2]); ok && b != m[2] && !definiteModifiers(m[1]) {
			return true
		}
	}
	return reAcrossArea.MatchString(rest)
}

// definiteModifiers reports whether the words before a plural make it
// definite or count it ("the attacks", "both shootings", "two raids"): the
// happenings a story tells, which may be its own.
func definiteModifiers(ws string) bool {
	for _, w := range strings.Fields(ws) {
		if reDefinite.MatchString(w) {
			return true
		}
	}
	return false
}

// reDefinite is a definite determiner (Quirk et al. 1985 §5.10: the
// article, demonstratives, possessives) or a cardinal number, in words or
// digits.
var reDefinite = regexp.MustCompile(`^(?:the|this|that|these|those|both|its|their|his|her|our|my|your|[0-9]+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen)$`)

// twoSums reports whether two counts are two facts by what they sum: a sum
// of several happenings and the count of one happening, or two sums whose
// sentences each name days of the week and share none (two periods: the
// wounded of one weekend's shootings and of one Tuesday's).
func twoSums(f, g *fact) bool {
	if f.v.Type != mention.VCount || g.v.Type != mention.VCount {
		return false
	}
	if f.several != g.several {
		return true
	}
	if !f.several {
		return false
	}
	fd, gd := weekdaysIn(f.sent), weekdaysIn(g.sent)
	return len(fd) > 0 && len(gd) > 0 && !shares(fd, gd)
}
