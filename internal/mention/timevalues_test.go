package mention

import (
	"testing"

	"github.com/corroborate/corroborate/internal/dates"
)

// Sentences written for these tests (not taken from any data set).

// TestTimeDatedNoun: the noun a time value dates — the noun it modifies,
// else the event noun before it, across one place phrase; never a word
// after a verb.
func TestTimeDatedNoun(t *testing.T) {
	cases := []struct{ sent, text, noun string }{
		{"Tuesday's attack on the depot was claimed by no group.", "Tuesday", "attack"},
		{"The attack in the capital on Tuesday killed five guards.", "on Tuesday", "attack"},
		{"The bombing at the market on Friday wounded many.", "on Friday", "bombing"},
		{"Crowds gathered for a Monday evening vigil.", "Monday", "vigil"},
		{"Fire crews left on Sunday morning.", "on Sunday", "morning"},
		{"Police on Tuesday arrested five men.", "on Tuesday", ""},
		{"Two traders on Monday sold shares worth billions.", "on Monday", ""},
		{"The power failed before 6am Monday morning near the old depot.", "Monday", "morning"},
		{"As stocks went up Friday, traders cheered.", "Friday", ""},
		{"He drove a 2004 Corvan Sierra into the river.", "2004", "sierra"},
		{"In 1998 the flood destroyed the bridge.", "In 1998", ""},
	}
	for _, c := range cases {
		a := Analyze(c.sent, dates.Date{}, 0)
		found := false
		for _, v := range Values(a) {
			if v.Text != c.text {
				continue
			}
			found = true
			if v.Noun != c.noun {
				t.Errorf("%q: %q dates %q, want %q", c.sent, v.Text, v.Noun, c.noun)
			}
		}
		if !found {
			t.Errorf("%q: no value %q in %+v", c.sent, c.text, Values(a))
		}
	}
}

// TestTimeEventNoun: a time keeps the event noun it follows, also when a
// noun after it is the one it modifies.
func TestTimeEventNoun(t *testing.T) {
	cases := []struct{ sent, text, event string }{
		{"Crews were called after the robberies Friday night at the mill.", "Friday", "robbery"},
		{"The raid on Friday evening was brief.", "on Friday", "raid"},
		{"Two were hurt after a shooting in the Upper Dale Park neighborhood Saturday night.", "Saturday", "shooting"},
		{"Two were hurt after a shooting in the old docks quarter by the river Saturday night.", "Saturday", ""},
		{"Officers on Friday evening closed the road.", "on Friday", ""},
	}
	for _, c := range cases {
		a := Analyze(c.sent, dates.Date{}, 0)
		found := false
		for _, v := range Values(a) {
			if v.Text == c.text {
				found = true
				if v.Event != c.event {
					t.Errorf("%q: %q follows event %q, want %q", c.sent, v.Text, v.Event, c.event)
				}
			}
		}
		if !found {
			t.Errorf("%q: no value %q", c.sent, c.text)
		}
	}
}

// TestTimeOutsideQuotationMarks: a time in the attribution after a closing
// quotation mark is the writer's, not the quote's.
func TestTimeOutsideQuotationMarks(t *testing.T) {
	cases := []struct {
		text string
		want bool
	}{
		{`"We heard a bang and ran," Mara Oslo told reporters after the fire Thursday night.`, true},
		{`"We will be back there on Thursday," Mara Oslo said.`, false},
	}
	for _, c := range cases {
		a := Analyze(c.text, dates.Date{}, 0)
		got := false
		for _, v := range Values(a) {
			if v.Type == VWeekday {
				got = true
			}
		}
		if got != c.want {
			t.Errorf("%q: weekday read %v, want %v", c.text, got, c.want)
		}
	}
}

// TestYearsRead: a possessive year is no decade, a part of a year is a year (sentences written for this test).
func TestYearsRead(t *testing.T) {
	cases := []struct{ sent, text, norm string }{
		{"The label reissued 1983's album on vinyl.", "1983", "1983"},
		{"A sequel may open in late 2015 or early 2016.", "early 2016", "2016"},
	}
	for _, c := range cases {
		found := false
		for _, v := range Values(Analyze(c.sent, dates.Date{Year: 2009, Month: 3, Day: 2}, 0.9)) {
			found = found || v.Type == VYear && v.Text == c.text && v.Norm == c.norm
		}
		if !found {
			t.Errorf("%q: no year %q", c.sent, c.text)
		}
	}
	for _, s := range []string{"The band defined the sound of the 1960's.", "Prices rose steadily through 2012."} {
		for _, v := range Values(Analyze(s, dates.Date{Year: 2009, Month: 3, Day: 2}, 0.9)) {
			if v.Type == VYear && v.Stretch == "" {
				t.Errorf("%q: unexpected year %q (no end of a stretch)", s, v.Text)
			}
		}
	}
}

// TestTimeOfNamedEvent: a time after "the murder of <name>, <age>," dates
// the murder (sentence written for this test).
func TestTimeOfNamedEvent(t *testing.T) {
	got := "none"
	for _, v := range Values(Analyze("The murder of Ada Lorne, 19, on Monday prompted a week of vigils.", dates.Date{}, 0)) {
		if v.Type == VWeekday {
			got = v.Event
		}
	}
	if got != "murder" {
		t.Errorf("Monday dates %q, want the murder", got)
	}
}

// TestNotUntilAndPartOfMonth: "it was not until June 3 that" (or "wasn't
// until", "had never until") names when it happened, no bound of a stretch
// of time; "the end of March" is of March (sentences written for this
// test).
func TestNotUntilAndPartOfMonth(t *testing.T) {
	ref := dates.Date{Year: 2008, Month: 12, Day: 12}
	cases := []struct{ sent, typ, norm string }{
		{"It was not until June 3, 2011, that the council published the report.", VDate, "2011-06-03"},
		{"It wasn't until June 3, 2011, that the council published the report.", VDate, "2011-06-03"},
		{"The skipper had never until June 3, 2011, sailed the ferry alone.", VDate, "2011-06-03"},
		{"At the end of March, a storm flooded the harbour.", VMonth, "2008-03"},
	}
	for _, c := range cases {
		found := false
		for _, v := range Values(Analyze(c.sent, ref, 0.9)) {
			// No stretch: the time is when it happened, not a bound.
			found = found || v.Type == c.typ && v.Norm == c.norm && v.Stretch == ""
		}
		if !found {
			t.Errorf("%q: no %s %s without a stretch", c.sent, c.typ, c.norm)
		}
	}
	for _, v := range Values(Analyze("The judge postponed the testimony until Saturday.", ref, 0.9)) {
		if v.Type == VWeekday && v.Stretch != "until" {
			t.Errorf("a deadline read as a weekday value of a happening: %q (stretch %q)", v.Text, v.Stretch)
		}
	}
}
