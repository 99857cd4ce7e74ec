package compare

import (
	"math"
	"regexp"
	"slices"
	"strings"
	"time"

	"github.com/corroborate/corroborate/internal/lexicon"
	"github.com/corroborate/corroborate/internal/mention"
	"github.com/corroborate/corroborate/internal/text"
)

// The day a figure's happening took place, read from its sentence, tells
// two happenings apart: two reports of one happening may differ on its day
// or on a figure, but a clock time is a moment of the day its sentence
// names, and days weeks apart are two happenings whatever was counted on
// them (session 18, eventdays.go).

// sentenceDay is a day a sentence names for a happening: a calendar date
// when its article's date or its own year resolves it, and its weekday.
type sentenceDay struct {
	date time.Time // zero when not resolved
	wd   int       // 0 Sunday … 6 Saturday; -1 when not known
}

// farApartDays is how far apart, in days, two resolved days of two
// happenings must be for them to be two: a weekday names a day of the week
// around its article's date, and two reports of one happening that date it
// differently are days apart, not weeks.
const farApartDays = 7

// dayOf reads a weekday or date value as a sentenceDay; ok is false for
// other values and for a date with no resolved year ("0000-12-15").
func dayOf(v mention.Value) (sentenceDay, bool) {
	d := sentenceDay{wd: -1}
	switch v.Type {
	case mention.VWeekday:
		d.wd = slices.Index(weekdays, v.Norm)
		if r := resolvedDay(v); r != "" {
			d.date, _ = time.Parse("2006-01-02", r)
		}
	case mention.VDate:
		if strings.HasPrefix(v.Norm, "0000") {
			return d, false
		}
		t, err := time.Parse("2006-01-02", v.Norm)
		if err != nil {
			return d, false
		}
		d.date, d.wd = t, int(t.Weekday())
	default:
		return d, false
	}
	return d, d.wd >= 0 || !d.date.IsZero()
}

// sentenceDays are the days a sentence's values put its happenings on:
// its weekdays and dates that date no statement ("police said Tuesday"),
// end no stretch of time ("until Friday") and whose verb is not denied
// (negatedTime).
func sentenceDays(sv sentenceValues) []sentenceDay {
	var out []sentenceDay
	for k, v := range sv.values {
		if sv.reported[k] || sv.denied[k] || v.Stretch != "" {
			continue
		}
		if d, ok := dayOf(v); ok {
			out = append(out, d)
		}
	}
	return out
}

// daysBetween is the number of days between two resolved days.
func daysBetween(a, b time.Time) int {
	return absInt(int(math.Round(a.Sub(b).Hours() / 24)))
}

// dayWithin reports whether two days may be one day told two ways, or
// neighbours (a night's happening is dated by the evening or by the
// next morning): at most slack days apart when both are resolved, else
// at most one weekday apart when both weekdays are known; days that
// cannot be set against each other are not told apart.
func dayWithin(a, b sentenceDay, slack int) bool {
	if !a.date.IsZero() && !b.date.IsZero() {
		return daysBetween(a.date, b.date) <= slack
	}
	if a.wd < 0 || b.wd < 0 || slack >= 3 {
		return true
	}
	d := absInt(a.wd - b.wd)
	return min(d, 7-d) <= 1
}

// happeningsApart reports whether two values are of two happenings by the
// days their sentences name:
//   - two clock times whose sentences each name a day, no day of one
//     within a day of a day of the other ("at 9:40 p.m. Monday" / "late
//     on Thursday, around 10"): moments of two days;
//   - a weekday resolved by its article's date and a resolved day more
//     than farApartDays apart (a weekday is said of the days around its
//     article; written dates years apart stay a conflict: a mistyped year);
//   - two values of other kinds (counts, ages, amounts…) whose sentences
//     each name resolved days, every day of one more than farApartDays
//     from every day of the other ("four were hurt on March 3" / "11
//     were hurt Saturday", weeks later);
//   - a count of what a verb did or a magnitude whose sentence dates its
//     happening by a month alone ("killing seven in September"), against
//     any value whose sentence does not name that month: a happening of
//     the story's background (monthBackground).
func happeningsApart(f, g *fact) bool {
	switch {
	case f.v.Type == mention.VClock && g.v.Type == mention.VClock:
		return daysApart(f.days, g.days, 1)
	case dayFamily(f.v.Type) == mention.VDate && dayFamily(g.v.Type) == mention.VDate:
		if resolvedDay(f.v) == "" && resolvedDay(g.v) == "" {
			return false
		}
		a, okA := dayOf(f.v)
		b, okB := dayOf(g.v)
		return okA && okB && !a.date.IsZero() && !b.date.IsZero() && daysBetween(a.date, b.date) > farApartDays
	case isTime(f.v.Type) || isTime(g.v.Type) || f.v.Type == mention.VClock || g.v.Type == mention.VClock:
		return false
	}
	return daysApart(resolvedOnly(f.days), resolvedOnly(g.days), farApartDays) ||
		(monthBackground(f) || monthBackground(g)) && !shareMonth(f, g)
}

// shareMonth reports whether the sentences of two values name one month
// (sentenceMonths).
func shareMonth(f, g *fact) bool {
	for _, m := range f.months {
		if slices.Contains(g.months, m) || dayInMonth(g.days, m) {
			return true
		}
	}
	for _, m := range g.months {
		if dayInMonth(f.days, m) {
			return true
		}
	}
	return false
}

// happeningFigure reports whether a value measures a happening itself: a
// count of what a verb did ("killing seven people") or a magnitude.
func happeningFigure(v mention.Value) bool {
	return v.Type == mention.VMagnitude || v.Type == mention.VCount && v.Event != ""
}

// monthBackground reports whether f measures a happening its sentence
// dates by a month (with its year or without) and by no day ("a quake struck
// in September, killing seven"): news dates a happening of its own week by
// the weekday (AP Stylebook, "dates"), so a month alone sets the figure in
// the story's background, another happening than any figure whose sentence
// does not name that month (happeningsApart).
//
// An unnamed person's age in such a sentence ("In January, a 30-year-old
// drifter took a bullet by the club") is the age of a person of that
// background happening too: a noun phrase with no name introduces a new
// referent into the text (Quirk et al. 1985 §5.26, the indefinite article
// of first mention), here one of the happening the month dates. A named
// person's age keeps its person as its key, whatever month the sentence
// names ("Ann Roe, 44, who opened the club in March").
func monthBackground(f *fact) bool {
	return (happeningFigure(f.v) || unnamedAge(f)) && len(f.days) == 0 && len(f.months) > 0
}

// unnamedAge reports whether f is the age of a person its article does
// not name (no person, or a person noun's key "~…").
//
// The month must date the clause the person is introduced in: a month
// after the age inside a relative or participle clause ("a 24-year-old
// man who was arrested in March has been charged", "a 24-year-old man,
// arrested in March, ...") dates another act of that person (Quirk et al.
// 1985 §17.8, §17.27: a postmodifying clause tells about the head noun),
// so the person may be the story's own.
func unnamedAge(f *fact) bool {
	if f.v.Type != mention.VAge || f.person != "" && !strings.HasPrefix(f.person, "~") {
		return false
	}
	for _, o := range f.others {
		if o.Type != mention.VMonth {
			continue
		}
		if o.Start < f.v.Start || o.Start > len(f.sent) || f.v.End > o.Start {
			return true
		}
		if !reRelativeBetween.MatchString(f.sent[f.v.End:o.Start]) {
			return true
		}
	}
	return false
}

// reRelativeBetween is a relative pronoun or a comma between an age and a
// later month: the month is in a clause that postmodifies the person.
var reRelativeBetween = regexp.MustCompile(`(?i),|\b(?:who|whom|that|which)\b`)

// sentenceMonths are the months a sentence dates its happenings by
// ("struck the coast in September", "in March 2004"): its month values
// that date no statement, end no stretch of time and whose verb is not
// denied, as normalized ("2005-09" when written with its year or when its
// article's date gives the year, else "0000-09"). A month written with the
// story's own year sets a happening back as one written alone does (a
// month of another year is a background year besides: bgDiffer).
func sentenceMonths(sv sentenceValues) []string {
	var out []string
	for k, v := range sv.values {
		if v.Type == mention.VMonth && !sv.reported[k] && !sv.denied[k] && v.Stretch == "" {
			out = append(out, v.Norm)
		}
	}
	return out
}

// resolvedOnly keeps the days with a calendar date.
func resolvedOnly(ds []sentenceDay) []sentenceDay {
	var out []sentenceDay
	for _, d := range ds {
		if !d.date.IsZero() {
			out = append(out, d)
		}
	}
	return out
}

// daysApart reports whether both sides name days and no day of one is
// within slack days of a day of the other.
func daysApart(a, b []sentenceDay, slack int) bool {
	if len(a) == 0 || len(b) == 0 {
		return false
	}
	for _, x := range a {
		for _, y := range b {
			if dayWithin(x, y, slack) {
				return false
			}
		}
	}
	return true
}

// negatedTime reports whether the verb a time dates, read before it, is
// denied ("the results were not announced Friday", "had not been charged
// by Friday", "never returned on Tuesday"): the time dates nothing that
// happened, as a day of a statement dates no event.
func (c *comparer) negatedTime(toks []text.Token, v mention.Value, head string) bool {
	if head == "" {
		return false
	}
	at := tokenFrom(toks, v.Start)
	for k := at - 1; k >= 0 && k >= at-headSpan; k-- {
		if toks[k].Text == "," || toks[k].Text == ";" || isDash(toks, k) {
			return false
		}
		if b, ok := c.timeVerbIn(toks, k); !ok || b != head {
			continue
		}
		for j := k - 1; j >= 0 && j >= k-3; j-- {
			w := toks[j].Lower
			switch {
			case verbNegation(w):
				return true
			case !toks[j].IsWord() || !negAuxiliaries[w]:
				return false
			}
		}
		return false
	}
	return false
}

// negAuxiliaries may stand between a negation and its verb ("not been
// charged", "not yet found").
var negAuxiliaries = map[string]bool{
	"be": true, "been": true, "being": true, "have": true, "has": true, "had": true, "yet": true,
	"was": true, "were": true, "is": true, "are": true, "did": true, "do": true, "does": true,
	"not": true, "never": true, "still": true, "also": true,
}

// subjectEvent is, for a time whose verb (read before it) is a passive with
// an event noun for subject ("a preliminary hearing for the driver is
// scheduled for May 3", "the funeral was held on Tuesday"), that noun's
// base form: the happening the time dates, whatever the verb that places
// it. "" when the verb is active or was not read before the time (before:
// heads are read for times only), the subject names no event ("the driver
// was arrested") or is not read.
func (c *comparer) subjectEvent(toks []text.Token, v mention.Value, head string, before bool) string {
	if head == "" || !before {
		return ""
	}
	at := tokenFrom(toks, v.Start)
	for k := at - 1; k > 0 && k >= at-headSpan; k-- {
		if toks[k].Text == "," || toks[k].Text == ";" || isDash(toks, k) {
			return ""
		}
		if b, ok := c.timeVerbIn(toks, k); !ok || b != head {
			continue
		}
		part := k
		if s, ok := c.passiveSet(toks, k); ok {
			part = s // "is set to begin on May 3": the be form before "set"
		}
		be := beBefore(toks, part)
		if be < 1 {
			return ""
		}
		// The subject: the words from the clause's opening to the be
		// form; its head is the last word before a preposition, or
		// before the be form when none.
		start := be
		for start > 0 && start > be-8 && toks[start-1].IsWord() {
			start--
		}
		head := ""
		for j := start; j < be; j++ {
			w := toks[j].Lower
			if tag, _ := lexicon.ClosedClass(w); tag == "IN" {
				break
			}
			if !toks[j].IsCapitalized() || j == start {
				head = w
			}
		}
		if head == "" || !c.firstSenseEvent(c.lx.Base(head, lexicon.Noun)) {
			return ""
		}
		return c.lx.Base(head, lexicon.Noun)
	}
	return ""
}

// twoSubjectEvents reports whether two times date two happenings their
// sentences name as subjects of a passive ("the hearing is set for May 3" /
// "the arraignment is set for June 9"): nouns neither the same, WordNet
// synonyms, nor one directly under the other.
func (c *comparer) twoSubjectEvents(f, g *fact) bool {
	a, b := f.subjEvent, g.subjEvent
	if a == "" || b == "" || a == b {
		return false
	}
	return !c.lx.Synonyms(a, b, lexicon.Noun) && !c.lx.Under(a, lexicon.Noun, c.lx.SynsetIDs(b, lexicon.Noun), 1) &&
		!c.lx.Under(b, lexicon.Noun, c.lx.SynsetIDs(a, lexicon.Noun), 1)
}

// firstSenseEvent reports whether a noun's most frequent WordNet sense is
// an act, an event or a communication ("hearing": a proceeding; "funeral";
// "arraignment": a calling into court), not a thing or a person.
func (c *comparer) firstSenseEvent(w string) bool {
	s, ok := c.lx.TopSense(w, lexicon.Noun)
	return ok && (s.Lex == lexicon.NounAct || s.Lex == lexicon.NounEvent || s.Lex == lexicon.NounCommunication)
}

// dayInMonth reports whether a resolved day falls in a month ("2023-01",
// or "0000-01" with no year): "on January 14" is a day of "In January".
func dayInMonth(ds []sentenceDay, month string) bool {
	for _, d := range ds {
		if d.date.IsZero() {
			continue
		}
		ym := d.date.Format("2006-01")
		if ym == month || strings.HasPrefix(month, "0000-") && ym[4:] == month[4:] {
			return true
		}
	}
	return false
}
