// Package mention finds the facts corroboration is made of in an article —
// named entities and their variants, quotes and their speakers, counted
// numbers, and time expressions resolved to dates — each pointing back to
// its sentence. It works by rules over tokens and the WordNet lexicon.
package mention

import (
	"strings"
	"time"

	"github.com/corroborate/corroborate/internal/dates"
	"github.com/corroborate/corroborate/internal/text"
)

// Analysis is the language layer's reading of one article.
type Analysis struct {
	Sentences []text.Sentence
	Tokens    [][]text.Token
	Entities  []ArticleEntity
	Mentions  []NameMention
	Quotes    []Quote
	Numbers   []Number
	Times     [][]Timex // per sentence
	// Ref is the reference date used for relative expressions.
	Ref dates.Date
	// quoted holds the body offsets of the quoted stretches (set by Quotes).
	quoted []qspan
}

// Analyze reads an article's clean text. ref is its publication date (or
// the story's date when it has none; zero when unknown) and refConf how
// sure that date is.
func Analyze(body string, ref dates.Date, refConf float64) *Analysis {
	return AnalyzeWith(body, Options{Ref: ref, RefConf: refConf})
}

// Options tune an analysis.
type Options struct {
	// Ref is the reference date for relative expressions; RefConf how sure it is.
	Ref     dates.Date
	RefConf float64
	// StoryRef says Ref is the story's date, not the article's: a weekday
	// then resolves to the nearest such day, before or after.
	StoryRef bool
}

// AnalyzeWith reads an article's clean text with options.
func AnalyzeWith(body string, o Options) *Analysis {
	a := &Analysis{Sentences: text.Sentences(body), Ref: o.Ref}
	a.Tokens = text.SentenceTokens(a.Sentences)
	a.readTimes(o)
	er := Entities(a.Sentences, a.Tokens)
	a.Entities, a.Mentions = er.Entities, er.Mentions
	a.Quotes = Quotes(body, a)
	a.Numbers = Numbers(a)
	return a
}

// nearestWeekday re-resolves a weekday against a story date: the nearest
// such day, as articles of one story appear within days of each other.
func nearestWeekday(t *Timex, ref dates.Date) {
	if t.Weekday < 0 || t.Date == "" || t.Precision != PrecDay || !t.Relative {
		return
	}
	back := resolveWeekday(ref, t.Weekday, "")
	fwd := dates.FromTime(back.Time().AddDate(0, 0, 7))
	if fwd.Time().Sub(ref.Time()).Hours()/24 < ref.Time().Sub(back.Time()).Hours()/24 {
		t.Date = fwd.String()
	}
	t.Confidence *= dates.ConfNearestFactor
}

// Rebase resolves the article's time expressions again against another
// reference date (the story's, for an undated article), and the dates of
// its numbers with them. Entities and quotes do not change.
func (a *Analysis) Rebase(o Options) {
	a.Ref = o.Ref
	a.readTimes(o)
	a.Numbers = Numbers(a)
}

// readTimes resolves the time expressions of every sentence against o's
// reference date (in an update section, the update's day: updateRefs): a weekday to the nearest such day when it is the story's
// date, else by dayAfter's reading of the article's own days.
func (a *Analysis) readTimes(o Options) {
	a.Times = make([][]Timex, len(a.Sentences))
	refs, heads := updateRefs(a.Sentences, o.Ref)
	for i, s := range a.Sentences {
		ref := o.Ref
		if !refs[i].IsZero() && !o.StoryRef {
			ref = refs[i]
		}
		a.Times[i] = Times(s.Text, ref, o.RefConf)
		for k := range a.Times[i] {
			if a.Times[i][k].Start < heads[i] {
				a.Times[i][k].Stamp = true // the update header's own date
			}
		}
		if o.StoryRef {
			for k := range a.Times[i] {
				nearestWeekday(&a.Times[i][k], o.Ref)
			}
		}
	}
	if !o.StoryRef {
		dayAfter(a.Times, refs, o.Ref)
	}
	a.thatWeekday()
}

// thatWeekday reads a weekday after the demonstrative "that" ("is accused
// of shooting him that Sunday") as pointing back to a day the text has
// already written out as a date: the latest such date before it that
// falls on that weekday ("at the hotel on Oct. 30"). "That" with a day
// names a time already given in the discourse (CGEL 2002, ch. 17 §5.1), not
// the one nearest the article's date; without such a date the reading is
// kept.
func (a *Analysis) thatWeekday() {
	for i, s := range a.Sentences {
		for k := range a.Times[i] {
			t := &a.Times[i][k]
			if t.Weekday < 0 || !t.Relative || t.Stamp || t.Period || !strings.EqualFold(lastWord(s.Text[:t.Start]), "that") {
				continue
			}
			if d := writtenDayBefore(a.Times, i, k, t.Weekday); d != "" {
				t.Date = d
			}
		}
	}
}

// writtenDayBefore returns the latest date written out with its day of
// the month ("Oct. 30", not a weekday) before expression k of sentence i
// that falls on weekday wd, or "".
func writtenDayBefore(times [][]Timex, i, k int, wd time.Weekday) string {
	for j := i; j >= 0; j-- {
		for m := len(times[j]) - 1; m >= 0; m-- {
			if j == i && m >= k {
				continue
			}
			t := times[j][m]
			if t.Weekday >= 0 || t.Precision != PrecDay || t.Stamp || t.Period || t.Attribute {
				continue
			}
			if d, err := time.Parse("2006-01-02", t.Date); err == nil && d.Weekday() == wd {
				return t.Date
			}
		}
	}
	return ""
}

// dayAfter reads a bare weekday that falls the day after the article's
// date ("was sent home Friday morning" in a Thursday article) as that
// next day, not six days before, when the article also names its own
// day's weekday ("was shot Thursday afternoon"): a text that tells of the
// day it is dated and of the weekday after it was written or updated on
// that next day (news sites keep an article's first date when they update
// it). In the tune half of the incidents kit, 23 of the 30 such articles
// read by hand meant the next day and 3 the week before (4 unclear);
// "last Friday" and other weekdays with a modifier keep their reading, and
// so does every weekday of a text that writes out the day six days before
// as a date. The sentences of a dated update section (updates: a non-zero
// date in updates) are left out both ways: they are read from the update's
// own day, and their naming the article's day says when the update was
// written, not the text before it ("UPDATE (<the article's date>): … said
// Wednesday" over an older report of "Thursday").
func dayAfter(times [][]Timex, updates []dates.Date, ref dates.Date) {
	if ref.IsZero() {
		return
	}
	today, before := ref.String(), dates.FromTime(ref.Time().AddDate(0, 0, -6)).String()
	named := false
	for i, ts := range times {
		if !updates[i].IsZero() {
			continue
		}
		for _, t := range ts {
			if t.Weekday >= 0 && t.Relative && t.Date == today && !t.Period && !t.Stamp {
				named = true
			}
			if t.Weekday < 0 && t.Date == before {
				return // the text writes out the week-earlier day ("Nov. 11")
			}
		}
	}
	if !named {
		return
	}
	next := dates.FromTime(ref.Time().AddDate(0, 0, 1)).String()
	for i, ts := range times {
		if !updates[i].IsZero() {
			continue
		}
		for k := range ts {
			t := &ts[k]
			if t.Weekday >= 0 && t.Relative && t.Date == before && !t.Period && !t.Stamp && bareWeekday(t.Expression) {
				t.Date = next
			}
		}
	}
}

// bareWeekday reports whether a weekday expression has no modifier that
// says which week ("last Friday", "this Friday", "next Friday"): at most a
// preposition or a part of the day before it ("on Friday", "early
// Friday").
func bareWeekday(expr string) bool {
	for _, w := range strings.Fields(strings.ToLower(expr)) {
		switch w {
		case "last", "this", "next", "past", "previous", "coming":
			return false
		}
	}
	return true
}

// InDirectQuote reports whether time expression t of sentence si lies
// inside a direct quote: quoted speech is dated relative to when it was
// said, not to the article.
func (a *Analysis) InDirectQuote(si int, t Timex) bool {
	off := a.Sentences[si].Start + t.Start
	for _, q := range a.Quotes {
		if q.Direct && off >= q.Start && off < q.End {
			return true
		}
	}
	return false
}
