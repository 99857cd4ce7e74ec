package compare

import (
	"strings"
	"testing"

	"github.com/corroborate/corroborate/internal/dates"
	"github.com/corroborate/corroborate/internal/mention"
	"github.com/corroborate/corroborate/internal/story"
)

// Sentences written for these tests (no data set's wording).

// undatedDoc is an article without a publication date: its weekdays stay
// as written.
func undatedDoc(id, text string) story.Doc {
	d := doc(id, text, dates.Date{})
	d.Article.Published = nil
	return d
}

// runUndated compares undated articles made of texts, named a, b, c, ….
func runUndated(texts ...string) Result {
	var docs []story.Doc
	for i, x := range texts {
		docs = append(docs, undatedDoc(string(rune('a'+i)), x))
	}
	return run(docs...)
}

// TestMainEventTimes: a time of the story's main event is one fact however
// the sentences around it are worded; a recurring event is none.
func TestMainEventTimes(t *testing.T) {
	found := []struct {
		name string
		docs []string
		want string
	}{
		{"the day a person died, three articles, no shared words",
			[]string{
				"Singer dies\n\nThe soprano Ilse Varno died Thursday at her home near the lake.",
				"Singer dies\n\nVarno, whose recordings of the old songs sold widely abroad, died on Thursday.",
				"Singer dies\n\nThe self-taught voice of a generation of listeners died Sunday at 88.",
			},
			"date:Thursday/Sunday"},
		{"the clock time of a blast, three articles",
			[]string{
				"Blast\n\nA gas main exploded at 7:10 p.m. under the market square of Orvel.",
				"Blast\n\nWitnesses heard the pipe under the square as it exploded at 7:10 p.m., the fire chief said.",
				"Blast\n\nThe old main exploded at 9:10 p.m. beside the fountain.",
			},
			"date:7:10 p.m./9:10 p.m."},
	}
	for _, c := range found {
		r := runUndated(c.docs...)
		if got := kinds(r.Discrepancies); !strings.Contains(got, c.want) {
			t.Errorf("%s: got %q, want %q", c.name, got, c.want)
		}
	}
	none := []struct {
		name string
		docs []string
	}{
		{"a recurring event: arrests on three days",
			[]string{
				"Protests\n\nRiot police arrested dozens of marchers Friday near the bridge.",
				"Protests\n\nOfficers arrested seven youths Monday outside the hall.",
				"Protests\n\nThe city arrested a crowd of students Tuesday at the campus gate.",
			}},
		{"two articles only: not the story's main event",
			[]string{
				"Singer dies\n\nThe soprano Ilse Varno died Thursday at her home near the lake.",
				"Singer dies\n\nThe self-taught voice of a generation of listeners died Sunday at 88.",
			}},
		{"the day of a statement is not the event's",
			[]string{
				"Singer dies\n\nThe soprano Ilse Varno died at her home, her agent said Thursday.",
				"Singer dies\n\nVarno died at her home near the lake, her agent said on Thursday.",
				"Singer dies\n\nThe voice of a generation died at her home, the family said Sunday.",
			}},
	}
	for _, c := range none {
		r := runUndated(c.docs...)
		for _, d := range r.Discrepancies {
			if d.Kind == "date" {
				t.Errorf("%s: %q", c.name, kinds(r.Discrepancies))
			}
		}
	}
}

// TestDatedVerbMonths: two months or years of the same verb, read before
// each, in much the same words, are one fact.
func TestDatedVerbMonths(t *testing.T) {
	r := run(undatedDoc("a", "Council\n\nThe present board of the council was elected in March 2019."),
		undatedDoc("b", "Council\n\nThe present council board was elected in June 2019."))
	if got := kinds(r.Discrepancies); !strings.Contains(got, "date:in March 2019/in June 2019") && !strings.Contains(got, "date:in June 2019/in March 2019") {
		t.Errorf("months of one election: got %q", got)
	}
	r = run(undatedDoc("a", "Council\n\nThe present board of the council was elected in March 2019."),
		undatedDoc("b", "Council\n\nThe mayor of the port was elected in June 2019 after a long count."))
	if got := kinds(r.Discrepancies); got != "" {
		t.Errorf("two elections in other words: got %q", got)
	}
}

// TestMeasuredThingDurations: the only durations of their unit in both
// articles, of nouns one under the other in WordNet, are one fact.
func TestMeasuredThingDurations(t *testing.T) {
	r := run(undatedDoc("a", "Strike\n\nDock workers across the country began a 24-hour strike over pay."),
		undatedDoc("b", "Strike\n\nThousands joined a 48-hour walkout at the ports, unions said."))
	if got := kinds(r.Discrepancies); !strings.Contains(got, "number:24-hour/48-hour") && !strings.Contains(got, "number:48-hour/24-hour") {
		t.Errorf("one stoppage: got %q", got)
	}
	r = run(undatedDoc("a", "Strike\n\nDock workers across the country began a 24-hour strike over pay."),
		undatedDoc("b", "Strike\n\nThe talks ended after a 48-hour meeting at the ministry."))
	if got := kinds(r.Discrepancies); got != "" {
		t.Errorf("two things measured: got %q", got)
	}
}

// TestMeasuredThingMoney: the only sums of one currency in both articles,
// of one noun, are one fact however the sentences are worded; two
// currencies, or two nouns, are not (sentences written for this test).
func TestMeasuredThingMoney(t *testing.T) {
	a := "Lost terrier\n\nThe kennel club has put up a $2,000 bounty for the safe return of the show terrier Pip."
	for _, tc := range []struct{ name, other, want string }{
		{"one bounty", "Lost terrier\n\nOwners in Rell Hollow were still offering a $3,500 bounty on Saturday, with leaflets on every lamp post.", "number:$2,000/$3,500"},
		{"two currencies", "Lost terrier\n\nOwners in Rell Hollow were still offering a £3,500 bounty on Saturday, with leaflets on every lamp post.", ""},
		{"two nouns", "Lost terrier\n\nOwners in Rell Hollow paid a $3,500 fine on Saturday over the kennel noise.", ""},
	} {
		r := run(undatedDoc("a", a), undatedDoc("b", tc.other))
		if got := kinds(r.Discrepancies); tc.want == "" && got != "" || tc.want != "" && !strings.Contains(got, tc.want) {
			t.Errorf("%s: got %q, want %q", tc.name, got, tc.want)
		}
	}
}

// TestWeekdayAgainstDate: a weekday its article's date resolves is the day
// it names, compared with another article's written date of the same
// happening; a weekday of an undated article meets no date.
func TestWeekdayAgainstDate(t *testing.T) {
	fri := dates.Date{Year: 2021, Month: 6, Day: 11} // a Friday: "Wednesday" is June 9
	a := "Footbridge\n\nThe old footbridge over the Marle canal collapsed on Wednesday, the harbour authority said."
	for _, tc := range []struct {
		name, other string
		dated       bool
		want        string
	}{
		{"another day", "Footbridge\n\nThe old footbridge over the Marle canal collapsed on June 8, the harbour authority said.", true, "date:on Wednesday/June 8"},
		{"the same day", "Footbridge\n\nThe old footbridge over the Marle canal collapsed on June 9, the harbour authority said.", true, ""},
		{"a year-less date of the same day", "Footbridge\n\nThe old footbridge over the Marle canal collapsed on 9 June, the harbour authority said.", true, ""},
		{"an undated weekday", "Footbridge\n\nThe old footbridge over the Marle canal collapsed on June 8, the harbour authority said.", false, ""},
	} {
		x := doc("a", a, fri)
		if !tc.dated {
			x = undatedDoc("a", a)
		}
		r := run(x, doc("b", tc.other, fri))
		got := kinds(r.Discrepancies)
		if tc.want == "" && got != "" || tc.want != "" && !strings.Contains(got, tc.want) {
			t.Errorf("%s: got %q, want %q", tc.name, got, tc.want)
		}
	}
}

// TestWeekdayDateValues: the day a resolved weekday names against a date.
func TestWeekdayDateValues(t *testing.T) {
	wd := func(text, day string) mention.Value {
		f := strings.Fields(strings.ToLower(text))
		return mention.Value{Type: mention.VWeekday, Text: text, Norm: f[len(f)-1], Unit: day}
	}
	dt := func(norm, unit string) mention.Value {
		return mention.Value{Type: mention.VDate, Norm: norm, Unit: unit}
	}
	for _, tc := range []struct {
		name string
		a, b mention.Value
		ok   bool
		same bool
	}{
		{"the same day", wd("Tuesday", "2020-03-03"), dt("2020-03-03", ""), true, true},
		{"the day before", wd("Tuesday", "2020-03-03"), dt("2020-03-02", ""), true, false},
		{"late at night may be the next day", wd("late Tuesday", "2020-03-03"), dt("2020-03-04", ""), true, true},
		{"a year-less date by month and day", wd("Tuesday", "2020-03-03"), dt("0000-03-03", "no-year"), true, true},
		{"an unresolved weekday and a date's weekday", wd("Tuesday", ""), dt("2020-03-03", ""), true, true},
		{"an unresolved weekday and another weekday's date", wd("Tuesday", ""), dt("2020-03-05", ""), true, false},
		{"an unresolved late weekday and the next day's date", wd("late Tuesday", ""), dt("2020-03-04", ""), true, true},
		{"an unresolved weekday and a year-less date", wd("Tuesday", ""), dt("0000-03-03", "no-year"), false, false},
	} {
		_, _, ok := weekdayAndDate(tc.b, tc.a)
		if ok != tc.ok || ok && sameValue(tc.a, tc.b) != tc.same {
			t.Errorf("%s: comparable %v same %v, want %v %v", tc.name, ok, ok && sameValue(tc.a, tc.b), tc.ok, tc.same)
		}
	}
}

// TestGameClock: a bare time followed by "left", "remaining" or "to go" is
// the time left in a period of play: two of one happening are compared;
// two periods, or bare times that are no game clock, are not.
func TestGameClock(t *testing.T) {
	a := "Derby\n\nTarn Rovers drew level when the winger Saskia Brenner deflected a point shot past the goalie with 3:18 left in the third period."
	for _, tc := range []struct{ name, other, want string }{
		{"another time left", "Derby\n\nTarn Rovers drew level when the winger Saskia Brenner deflected a point shot past the goalie with 3:21 remaining in the third period.", "date:3:18/3:21"},
		{"minutes apart: two goals", "Derby\n\nTarn Rovers drew level when the winger Saskia Brenner deflected a point shot past the goalie with 5:40 remaining in the third period.", ""},
		{"the same time left", "Derby\n\nSaskia Brenner's deflection with 3:18 to go in the third period drew Tarn Rovers level.", ""},
		{"two periods", "Derby\n\nTarn Rovers drew level when the winger Saskia Brenner deflected a point shot past the goalie with 3:28 left in the second period.", ""},
		{"a bare time", "Derby\n\nTarn Rovers drew level when the winger Saskia Brenner deflected a point shot past the goalie at 3:28 in the third period.", ""},
	} {
		r := run(undatedDoc("a", a), undatedDoc("b", tc.other))
		got := kinds(r.Discrepancies)
		if tc.want == "" && got != "" || tc.want != "" && !strings.Contains(got, tc.want) {
			t.Errorf("%s: got %q, want %q", tc.name, got, tc.want)
		}
	}
}

// TestUndatedWeekdayAgainstDate: in undated articles, a weekday and a date
// written with its year are compared by the date's weekday; not when the
// two sentences open on two people.
func TestUndatedWeekdayAgainstDate(t *testing.T) {
	for _, c := range []struct {
		name string
		docs []string
		want string // "" for no date discrepancy
	}{
		{"a Tuesday and a Thursday's date",
			[]string{
				"Ferry skipper held\n\nHarbour police arrested the ferry skipper Ansel Brodie on Tuesday after the collision near the breakwater.",
				"Ferry skipper held\n\nHarbour police arrested the ferry skipper Ansel Brodie on March 5, 2020, after the collision near the breakwater.",
			},
			"date:on Tuesday/March 5, 2020"},
		{"a Tuesday and a Tuesday's date agree",
			[]string{
				"Ferry skipper held\n\nHarbour police arrested the ferry skipper Ansel Brodie on Tuesday after the collision near the breakwater.",
				"Ferry skipper held\n\nHarbour police arrested the ferry skipper Ansel Brodie on March 3, 2020, after the collision near the breakwater.",
			},
			""},
		{"two people's arrests",
			[]string{
				"Two players held\n\nAnsel Brodie, the club's goalkeeper was arrested on suspicion of speeding on Tuesday.",
				"Two players held\n\nTobin Marsh, the club's striker was arrested on suspicion of speeding on Sunday, March 8, 2020.",
			},
			""},
	} {
		got := kinds(runUndated(c.docs...).Discrepancies)
		if c.want == "" && strings.Contains(got, "date:") || c.want != "" && !strings.Contains(got, c.want) {
			t.Errorf("%s: got %q, want %q", c.name, got, c.want)
		}
	}
}

// TestOnlyClockTimesOfOnePerson: the only clock times of two articles,
// in sentences about one named person, are one moment unless the sentences
// date them on two weekdays.
func TestOnlyClockTimesOfOnePerson(t *testing.T) {
	cases := []struct{ name, a, b, want string }{
		{"one person, no weekdays", "Dana Whitlock, 41, was going west in her 2019 pickup about 2:15 a.m., Trooper Ann Marsh said.",
			"According to authorities, she was driving her pickup at about 3:00 am on highway 9 when deputies stopped Whitlock.", "date:about 2:15 a.m./about 3:00 am"},
		{"two weekdays", "Dana Whitlock, 41, was going west in her 2019 pickup about 2:15 a.m. on Friday, Trooper Ann Marsh said.",
			"According to authorities, she was driving her pickup at about 3:00 am on Saturday on highway 9 when deputies stopped Whitlock.", ""},
	}
	for _, c := range cases {
		r := run(doc("a", "Report\n\n"+c.a, day), doc("b", "Report\n\n"+c.b, day))
		got := kinds(r.Discrepancies)
		t.Logf("%s: %q", c.name, got)
		if c.want == "" && strings.Contains(got, "2:15") || c.want != "" && !strings.Contains(got, c.want) {
			t.Errorf("%s: want %q, got %q", c.name, c.want, got)
		}
	}
}

// TestWeekdaysApart: two sentences' weekdays set their times apart only
// when both name weekdays and none in common.
func TestWeekdaysApart(t *testing.T) {
	wd := func(ds ...string) *fact {
		f := &fact{}
		for _, d := range ds {
			f.others = append(f.others, mention.Value{Type: mention.VWeekday, Norm: d})
		}
		return f
	}
	cases := []struct {
		name string
		f, g *fact
		want bool
	}{
		{"two days", wd("saturday"), wd("sunday"), true},
		{"one day shared", wd("saturday", "sunday"), wd("Sunday"), false},
		{"one side undated", wd(), wd("sunday"), false},
	}
	for _, c := range cases {
		if got := weekdaysApart(c.f, c.g); got != c.want {
			t.Errorf("%s: got %v, want %v", c.name, got, c.want)
		}
	}
}

// TestClockTimeOfOneStatement: a clock time told in much the same words of
// one named person is one moment though an article gives another time too.
func TestClockTimeOfOneStatement(t *testing.T) {
	a := "Marlow says the alarm call came in at 4:10 a.m. at the Dunfield depot."
	b := "Chief Marlow said the alarm call came in at 4:14 a.m. from the Dunfield depot. Crews left at 5:20 a.m."
	r := run(doc("a", "Report\n\n"+a, day), doc("b", "Report\n\n"+b, day))
	if got := kinds(r.Discrepancies); !strings.Contains(got, "4:10") || !strings.Contains(got, "4:14") {
		t.Errorf("want 4:10 a.m. / 4:14 a.m., got %q", got)
	}
}
