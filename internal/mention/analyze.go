// Package mention finds the facts corroboration is made of in an article —
// named entities and their variants, quotes and their speakers, counted
// numbers, and time expressions resolved to dates — each pointing back to
// its sentence. It works by rules over tokens and the WordNet lexicon.
package mention

import (
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
	ref, refConf := o.Ref, o.RefConf
	a := &Analysis{Sentences: text.Sentences(body), Ref: ref}
	a.Tokens = make([][]text.Token, len(a.Sentences))
	a.Times = make([][]Timex, len(a.Sentences))
	for i, s := range a.Sentences {
		a.Tokens[i] = text.Tokens(s.Text)
		a.Times[i] = Times(s.Text, ref, refConf)
		if o.StoryRef {
			for k := range a.Times[i] {
				nearestWeekday(&a.Times[i][k], ref)
			}
		}
	}
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
	for i, s := range a.Sentences {
		a.Times[i] = Times(s.Text, o.Ref, o.RefConf)
		if o.StoryRef {
			for k := range a.Times[i] {
				nearestWeekday(&a.Times[i][k], o.Ref)
			}
		}
	}
	a.Numbers = Numbers(a)
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
