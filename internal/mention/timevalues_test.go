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
		{"Four thieves on Thursday stole jewels worth millions.", "on Thursday", ""},
		{"The fire broke out after 9pm Sunday night inside the old mill.", "Sunday", "night"},
		{"As word got out Wednesday that the host would change, fans rejoiced.", "Wednesday", ""},
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
		{"She was praised for her role in 1996's comedy.", "in 1996", "1996"},
		{"A release is likely for late 2009 or early 2010.", "early 2010", "2010"},
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
			if v.Type == VYear {
				t.Errorf("%q: unexpected year %q", s, v.Text)
			}
		}
	}
}

// TestTimeOfNamedEvent: a time after "the shooting of <name>, <age>," dates
// the shooting (sentence written for this test).
func TestTimeOfNamedEvent(t *testing.T) {
	got := "none"
	for _, v := range Values(Analyze("The fatal shooting of Ada Lorne, 15, on Saturday sparked five days of riots.", dates.Date{}, 0)) {
		if v.Type == VWeekday {
			got = v.Event
		}
	}
	if got != "shooting" {
		t.Errorf("Saturday dates %q, want the shooting", got)
	}
}

// TestNotUntilAndPartOfMonth: "it wasn't until May 25 that" names when it
// happened; "the end of August" is of August (sentences written for this
// test).
func TestNotUntilAndPartOfMonth(t *testing.T) {
	ref := dates.Date{Year: 2008, Month: 12, Day: 12}
	cases := []struct{ sent, typ, norm string }{
		{"It wasn't until May 25, 2005, that the family revealed his name.", VDate, "2005-05-25"},
		{"At the end of August, an armed man robbed the gallery.", VMonth, "2008-08"},
	}
	for _, c := range cases {
		found := false
		for _, v := range Values(Analyze(c.sent, ref, 0.9)) {
			found = found || v.Type == c.typ && v.Norm == c.norm
		}
		if !found {
			t.Errorf("%q: no %s %s", c.sent, c.typ, c.norm)
		}
	}
	for _, v := range Values(Analyze("The judge postponed the testimony until Saturday.", ref, 0.9)) {
		if v.Type == VWeekday {
			t.Errorf("a deadline read as a weekday value: %q", v.Text)
		}
	}
}
