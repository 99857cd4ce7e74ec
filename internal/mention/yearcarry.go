package mention

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/corroborate/corroborate/internal/dates"
)

// reDeicticMonth opens a month or day named against the article's own
// time: "last March", "this May", "next June".
var reDeicticMonth = regexp.MustCompile(`(?i)^(?:last|this|next)\b`)

// reSameYear follows a month or day that names the year before it again:
// "in November of the same year", "on May 3 of that year".
var reSameYear = regexp.MustCompile(`(?i)^,?\s+(?:of|in)\s+(?:the\s+same|that)\s+year\b`)

// carryYear reads a month or a day of the month written without a year in
// the year the same sentence wrote out before it, when that year is before
// the article's and the clause is past or has no tense: "two floods there
// in 2015, one in March and one in September" tells of 2015's March and
// September, and "the fair in 2001, which was put off after the October 29
// storm" of 2001's October 29, not of the months nearest the article (a
// time adverbial sets the time frame for the clauses that follow it: CGEL
// 2002, ch. 8 §6, and ch. 17 §4 on discourse frames). A year that bounds a
// stretch, a stamp or an attribute sets no frame, and a day written after
// its weekday keeps the year the weekday gives it. A month or day "of the
// same year" (or "of that year") takes the year written last before it,
// whatever comes between and whatever the tense.
func (x *timeScan) carryYear() {
	if x.ref.IsZero() {
		return
	}
	for i := range x.out {
		t := &x.out[i]
		if !t.Relative || t.Weekday >= 0 || t.Stamp || t.Attribute || len(t.Date) < 7 ||
			t.Precision != PrecDay && t.Precision != PrecMonth && t.Precision != PrecPartMonth ||
			reDeicticMonth.MatchString(t.Expression) || reWeekdayBefore.MatchString(x.s[:t.Start]) {
			continue
		}
		same := reSameYear.MatchString(x.s[t.End:])
		yr := x.frameYear(t.Start)
		if same {
			yr = x.lastYear(t.Start)
		}
		if yr == 0 || yr >= x.ref.Year && !same || strconv.Itoa(yr) == t.Date[:4] {
			continue
		}
		if tense := ClauseTense(x.s, t.Start, t.End); !same && tense != TensePast && tense != TenseNone {
			continue
		}
		if t.Precision == PrecDay {
			mon, _ := strconv.Atoi(t.Date[5:7])
			day, _ := strconv.Atoi(t.Date[8:10])
			if !dates.Valid(yr, mon, day) {
				continue
			}
		}
		t.Date = strconv.Itoa(yr) + t.Date[4:]
	}
}

// frameYear returns the year of the last "in <year>" before offset start
// when the words between stay in its clause, or 0. A month written with
// its year ("in October 2018, and in January …") sets no frame: a
// narrative goes on into the next year as often as it stays.
func (x *timeScan) frameYear(start int) int {
	best, end := 0, -1
	for _, u := range x.out {
		if u.Relative || u.End > start || u.End <= end || u.Precision != PrecYear || u.Stamp || u.Attribute || u.Period ||
			!strings.HasPrefix(strings.ToLower(u.Expression), "in ") {
			continue
		}
		y, err := strconv.Atoi(u.Date)
		if err != nil {
			continue
		}
		best, end = y, u.End
	}
	if best == 0 || newClause(x.s[end:start]) {
		return 0
	}
	return best
}

// lastYear returns the year written out last before offset start, bare or
// with a month or day ("on Labor Day 2019 and in November of the
// same year"), or 0.
func (x *timeScan) lastYear(start int) int {
	best, end := 0, -1
	for _, u := range x.out {
		if u.Relative || u.End > start || u.End <= end || len(u.Date) < 4 || u.Stamp || u.Attribute {
			continue
		}
		if y, err := strconv.Atoi(u.Date[:4]); err == nil {
			best, end = y, u.End
		}
	}
	return best
}

// newClause reports whether the words between a year and a later time
// expression open a clause of their own: a semicolon, or a finite verb
// (a past form, or a form of be, have, do or a modal) that no relative word
// after the year introduces ("in 2001, which was delayed by …" stays in
// the year's frame; "in 1999, and 40 were hurt in June" and "who
// was jailed in 2009 was shot on March 3" leave it). A coordinating "and"
// or "but" ends a relative clause's reach, and so does a comma after the
// relative clause's own finite verb (or a dash or closing parenthesis
// there) when a finite verb follows it: the
// main clause's verb after a parenthetical ("The mill, sold in 2015 to a
// man who had bought it, burned in March"). A comma before the relative
// clause's verb, or one followed by other words ("which was, sadly, …"),
// leaves the relative clause open.
func newClause(between string) bool {
	if strings.Contains(between, ";") {
		return true
	}
	relative, relVerb, closed := false, false, false
	for _, w := range words(between) {
		if closed && !strings.HasSuffix(w.low, "ly") {
			if finiteWord(w.low) {
				return true
			}
			closed = false
		}
		switch {
		case w.low == "," || w.low == "—" || w.low == "–" || w.low == ")":
			closed = relative && relVerb
		case w.low == "which" || w.low == "who" || w.low == "whom" || w.low == "whose" || w.low == "when" || w.low == "where" || w.low == "that":
			relative, relVerb = true, false
		case w.low == "and" || w.low == "but":
			relative = false
		case finiteWord(w.low):
			if !relative {
				return true
			}
			relVerb = true
		}
	}
	return false
}

// finiteWord reports whether a lower-cased word is a past form or a form
// of be, have, do or a modal.
func finiteWord(low string) bool {
	switch low {
	case "was", "were", "is", "are", "had", "has", "have", "did", "does", "do", "will", "would", "could", "can", "should", "may", "might":
		return true
	}
	return isPastForm(low)
}
