package analyze

import (
	"slices"
	"testing"
	"time"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/cluster"
	"github.com/corroborate/corroborate/internal/lexicon"
	"github.com/corroborate/corroborate/internal/mention"
)

func TestEventSpan(t *testing.T) {
	day := func(s string) int32 {
		tm, _ := time.Parse("2006-01-02", s)
		return int32(tm.Unix() / 86400)
	}
	for _, c := range []struct {
		name, published, text string
		lo, hi                string // "" when unknown
	}{
		{"dated, weekday", "2024-09-03", "A fire destroyed a warehouse on Sunday, officials said. Nobody was hurt.", "2024-09-01", "2024-09-01"},
		{"dated, tomorrow is not the event", "2024-09-03", "The council votes the day after tomorrow. It met on Monday.", "2024-09-02", "2024-09-02"},
		{"dated, quoted day is not the event", "2024-09-03", "\"We met on Sunday,\" she said. The deal was signed on Monday.", "2024-09-02", "2024-09-02"},
		{"undated, absolute day", "", "The earthquake struck on December 9, 2008, near the coast. Dozens died.", "2008-12-09", "2008-12-09"},
		{"undated, month", "", "The company recalled its phones in March 2011. Owners were told to return them.", "2011-03-01", "2011-03-31"},
		{"undated, a year alone is background", "", "The storm was the worst since 2005. Roads were closed.", "", ""},
		{"undated, a birth date before later years is background", "", "The painter, born on March 3, 1931, died at home. She stopped painting in 1979 and wrote a memoir in 2004.", "", ""},
		{"undated, next year's season does not undo the date", "", "The striker was charged on November 18, 2016. He will play in the 2017 season.", "2016-11-18", "2016-11-18"},
		{"undated, relative day unknown", "", "The minister resigned on Tuesday. Her deputy takes over.", "", ""},
		{"dated, a date of birth in a record is no event", "2024-09-03", "The suspect, Dale Roe (DOB: 04/11/1979), was booked into the county jail. Officers were called to the pool on Sunday at about 8 p.m.", "2024-09-01", "2024-09-01"},
	} {
		a := &corroborate.Article{Text: c.text}
		if c.published != "" {
			a.Published = corroborate.Ptr(c.published)
			a.PublishedConfidence = 1
		}
		d, conf := publishedDate(a)
		sp := EventSpan(a, mentionAnalyze(a.Text, d, conf))
		if c.lo == "" {
			if sp.Known {
				t.Errorf("%s: event %+v, want unknown", c.name, sp)
			}
			continue
		}
		if !sp.Known || sp.Lo != day(c.lo) || sp.Hi != day(c.hi) {
			t.Errorf("%s: event %+v, want %s..%s", c.name, sp, c.lo, c.hi)
		}
	}
}

var mentionAnalyze = mention.Analyze

// TestEventSpanHeadline: the headline's time expressions are read before
// the text's (the language layer reads the text without its headline).
func TestEventSpanHeadline(t *testing.T) {
	for _, c := range []struct {
		name, published, title, text, want string // want "" when unknown
	}{
		{"undated, day in the headline", "", "Barn fire on the ridge, May 14, 2019", "A barn burned down on Tuesday. Nobody was hurt.", "2019-05-14"},
		{"dated, weekday in the headline", "2024-09-03", "Warehouse destroyed by fire on Sunday", "A fire destroyed a warehouse, officials said.", "2024-09-01"},
		{"undated, no date anywhere", "", "Barn fire on the ridge", "A barn burned down on Tuesday. Nobody was hurt.", ""},
	} {
		a := &corroborate.Article{Title: corroborate.Ptr(c.title), Text: c.text}
		if c.published != "" {
			a.Published = corroborate.Ptr(c.published)
			a.PublishedConfidence = 1
		}
		d, conf := publishedDate(a)
		sp := EventSpan(a, mentionAnalyze(a.Text, d, conf))
		if c.want == "" {
			if sp.Known {
				t.Errorf("%s: event %+v, want unknown", c.name, sp)
			}
			continue
		}
		tm, _ := time.Parse("2006-01-02", c.want)
		if d := int32(tm.Unix() / 86400); !sp.Known || sp.Lo != d || sp.Hi != d {
			t.Errorf("%s: event %+v, want %s", c.name, sp, c.want)
		}
	}
}

// TestEventWeekday: an undated article with no event date names its
// event's weekday; a coming day, a quoted day and a dated article give none.
func TestEventWeekday(t *testing.T) {
	for _, c := range []struct {
		name, published, title, text string
		want                         int8 // 1 Sunday … 7 Saturday, 0 none
	}{
		{"undated, late Thursday", "", "", "Thieves emptied a watchmaker's shop late Thursday, the police said.", 5},
		{"undated, the headline first", "", "Barn burns on Monday", "The barn burned down on Tuesday. Nobody was hurt.", 2},
		{"undated, a coming day is not the event", "", "", "The trial opens next Monday. The driver was held on Saturday.", 7},
		{"undated, a quoted day is not the event", "", "", "\"We saw smoke on Friday,\" a neighbour said. The mill burned on Sunday.", 1},
		{"undated, no weekday", "", "", "The mill burned down. Nobody was hurt.", 0},
		{"undated, the day of a statement is not the event", "", "", "The mayor said on Wednesday that the mill burned on Monday.", 2},
		{"undated, this Tuesday may be coming", "", "", "The board meets this Tuesday after the mill burned on Friday.", 6},
		{"dated", "2024-09-03", "", "A fire destroyed a warehouse on Sunday, officials said.", 0},
		{"undated with an event date", "", "", "The earthquake struck on Sunday, December 7, 2008, near the coast.", 0},
	} {
		a, r := undatedCase(c.published, c.title, c.text)
		if got := EventWeekday(a, r, EventSpan(a, r)); got != c.want {
			t.Errorf("%s: weekday %d, want %d", c.name, got, c.want)
		}
	}
}

// TestEventMonthDay: an undated article with no event date names its
// event's day without a year; a coming day, a quoted day, the day of a
// statement, the bound of a stretch and a dated article give none.
func TestEventMonthDay(t *testing.T) {
	for _, c := range []struct {
		name, published, title, text string
		want                         int16 // month × 100 + day, 0 none
	}{
		{"undated, on a day", "", "", "A grain silo collapsed on March 14 in the river town, the sheriff said.", 314},
		{"undated, the headline first", "", "Silo falls Oct. 2", "The silo fell on 3 October. Nobody was hurt.", 1002},
		{"undated, a coming day is not the event", "", "", "The inquiry will open on June 20. The silo fell on June 2.", 602},
		{"undated, a quoted day is not the event", "", "", "\"We heard it go on May 8,\" a farmer said. The silo fell on May 9.", 509},
		{"undated, the day of a statement is not the event", "", "", "The sheriff said on April 12 that the silo fell on April 10.", 410},
		{"undated, the start of a stretch is not the event", "", "", "Roads have been shut since August 3. The silo fell on August 5.", 805},
		{"undated, no day", "", "", "The silo fell. Nobody was hurt.", 0},
		{"dated", "2024-09-03", "", "A grain silo collapsed on September 1, officials said.", 0},
		{"undated with an event date", "", "", "A grain silo collapsed on September 1, 2019, near the river.", 0},
	} {
		a, r := undatedCase(c.published, c.title, c.text)
		if got := EventMonthDay(a, r, EventSpan(a, r)); got != c.want {
			t.Errorf("%s: day %d, want %d", c.name, got, c.want)
		}
	}
}

// TestFeaturesUndatedDays: the clustering features of an undated article
// carry the weekday and the year-less day it names for its event, so the
// clusterer can hold them against a story's dated reports.
func TestFeaturesUndatedDays(t *testing.T) {
	a := &corroborate.Article{Text: "A grain silo collapsed on Sunday, March 14, in the river town, the sheriff said."}
	d, conf := publishedDate(a)
	f := Features(lexicon.Default(), a, mentionAnalyze(a.Text, d, conf))
	if f.Weekday != 1 || f.MonthDay != 314 {
		t.Errorf("weekday %d, day %d; want 1 (Sunday), 314", f.Weekday, f.MonthDay)
	}
}

// undatedCase builds a test article (dated only when published is given)
// and reads it as the analysis does.
func undatedCase(published, title, text string) (*corroborate.Article, *mention.Analysis) {
	a := &corroborate.Article{Text: text}
	if title != "" {
		a.Title = corroborate.Ptr(title)
	}
	if published != "" {
		a.Published = corroborate.Ptr(published)
		a.PublishedConfidence = 1
	}
	d, conf := publishedDate(a)
	return a, mentionAnalyze(a.Text, d, conf)
}

// TestNamedDays: the days and months a dated article names, headline and
// text, resolved against its publication day, each once; stretches of
// time, years alone and a date of birth in a record are not named days.
func TestNamedDays(t *testing.T) {
	day := func(s string) int32 {
		tm, _ := time.Parse("2006-01-02", s)
		return int32(tm.Unix() / 86400)
	}
	title := "Trial ordered in the Oct. 3 shooting"
	a := &corroborate.Article{Title: &title, Published: corroborate.Ptr("2024-12-10"), PublishedConfidence: 1,
		Text: "A judge on Monday ordered Dale Roe to stand trial for the shooting of two neighbours in October. " +
			"Roe, who has been held since Oct. 3, was arrested once before in 2019. Over the past two years the street saw three shootings. " +
			"Roe (DOB: 04/11/1979) is held at the county jail."}
	d, conf := publishedDate(a)
	got := namedDays(a, mentionAnalyze(a.Text, d, conf))
	want := map[[2]int32]bool{
		{day("2024-10-03"), day("2024-10-03")}: true, // "Oct. 3"
		{day("2024-12-09"), day("2024-12-09")}: true, // "on Monday"
		{day("2024-10-01"), day("2024-10-31")}: true, // "in October"
	}
	seen := map[[2]int32]bool{}
	for _, sp := range got {
		k := [2]int32{sp.Lo, sp.Hi}
		if !want[k] || seen[k] {
			t.Errorf("named %+v: not one of %v once", sp, want)
		}
		seen[k] = true
	}
	for k := range want {
		if !seen[k] {
			t.Errorf("%v not named (got %+v)", k, got)
		}
	}
}

// TestNamedDaysSince: the day that opens a stretch of time ("since the
// Jan. 22 shooting", "since Feb. 2") is a day the text names; a month
// that opens one, a stretch's end and a span counted back are not.
func TestNamedDaysSince(t *testing.T) {
	day := func(s string) int32 {
		tm, _ := time.Parse("2006-01-02", s)
		return int32(tm.Unix() / 86400)
	}
	cases := []struct {
		text string
		want []string // days (YYYY-MM-DD) named; nil: none
	}{
		{"Doe has been held without bail since the Jan. 22 shooting on Elm Street.", []string{"2025-01-22"}},
		{"The bridge at Vesk has been closed since Feb. 2, the county said.", []string{"2025-02-02"}},
		{"The bridge at Vesk has been closed since May, the county said.", nil},
		{"The bridge at Vesk will stay closed until March 3, the county said.", nil},
		{"Police have made four arrests over the past two weeks.", nil},
	}
	for _, c := range cases {
		a := &corroborate.Article{Published: corroborate.Ptr("2025-02-20"), PublishedConfidence: 1, Text: c.text}
		d, conf := publishedDate(a)
		got := namedDays(a, mentionAnalyze(a.Text, d, conf))
		var days []string
		for _, sp := range got {
			if sp.Lo == sp.Hi {
				days = append(days, time.Unix(int64(sp.Lo)*86400, 0).UTC().Format("2006-01-02"))
			}
		}
		if !slices.Equal(days, c.want) {
			t.Errorf("%q: named days %v, want %v (all %+v)", c.text, days, c.want, got)
		}
		for _, w := range c.want {
			if !slices.Contains(got, cluster.Span{Lo: day(w), Hi: day(w), Known: true}) {
				t.Errorf("%q: %s not a named span (%+v)", c.text, w, got)
			}
		}
	}
}
