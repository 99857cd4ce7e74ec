package compare

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/corroborate/corroborate/internal/mention"
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

// unnamedPeople is who a sentence tells of without a name: the nouns of sex
// and age (singular) and the ages written before them. Empty when the
// sentence names a person: the guards of owners speak for named people.
type unnamedPeople struct {
	kinds map[string]bool
	ages  map[int]bool
}

// personNounSingular folds a plural of the four nouns to its singular.
var personNounSingular = map[string]string{"men": "man", "women": "woman", "boys": "boy", "girls": "girl"}

// unnamedOf reads the unnamed people of sentence si of a.
func unnamedOf(a *mention.Analysis, si int) unnamedPeople {
	var u unnamedPeople
	for _, m := range a.Mentions {
		if m.Sentence == si && a.Entities[m.Entity].Type == mention.Person {
			return u
		}
	}
	for _, m := range reUnnamedPerson.FindAllStringSubmatch(a.Sentences[si].Text, -1) {
		k := strings.ToLower(m[2])
		if s, ok := personNounSingular[k]; ok {
			k = s
		}
		if u.kinds == nil {
			u.kinds, u.ages = map[string]bool{}, map[int]bool{}
		}
		u.kinds[k] = true
		if n, err := strconv.Atoi(m[1]); err == nil {
			u.ages[n] = true
		}
	}
	return u
}

// twoUnnamedPeoples reports whether two days or clock times are of two
// unnamed people's happenings: each sentence tells of a man, woman, boy or
// girl, the two share no such noun, and no age is written in both.
func twoUnnamedPeoples(f, g *fact) bool {
	if !isDayOrClock(f.v.Type) || len(f.unnamed.kinds) == 0 || len(g.unnamed.kinds) == 0 {
		return false
	}
	for k := range f.unnamed.kinds {
		if g.unnamed.kinds[k] {
			return false
		}
	}
	for n := range f.unnamed.ages {
		if g.unnamed.ages[n] {
			return false
		}
	}
	return true
}
