package evaluate

import (
	"strings"
	"testing"
)

// TestPlNonBody: lines written for this test (no data set's text). A value
// in a post's signature, a copyright, a caption, an update stamp or a
// title-case line is no body text; the same value in a sentence is.
func TestPlNonBody(t *testing.T) {
	cases := []struct {
		line, value, typ, want string
	}{
		{"Crews are still at the pier. — Dana Roe (@danaroe_news) March 3, 2019", "3", pDate, "signature"},
		{"Crews are still at the pier. — Dana Roe (@danaroe_news) March 3, 2019", "2019", pYear, "signature"},
		{"(© 2019 Harbor Radio)", "2019", pYear, "copyright"},
		{"Image 2 of 9 Firefighters stand near the pier on Sunday, March 3, 2019. Dana Roe / Harbor Post", "Sunday", pWeekday, "caption"},
		{"Firefighters stand near the pier on Sunday. (AP Photo/Dana Roe)", "Sunday", pWeekday, "caption"},
		{"Firefighters stand near the pier on Sunday. (Dana Roe / Harbor Post)", "Sunday", pWeekday, "caption"},
		{"UPDATE @ 4:30 p.m.:", "4", pClock, "stamp"},
		{"Updated (May 2, 2019 9:15 a.m.): The mayor spoke.", "2", pDate, "stamp"},
		{"Pier Fire Leaves Two Boats Sunk – March 3rd, 2019", "3", pDate, "title"},
		{"Home News Harbor Fire Sinks Two Boats March 3, 2019 Dana Roe Harbor, Maine Share", "3", pDate, "title"},
		// Body text.
		{"The fire broke out at the pier on March 3, 2019, officials said.", "3", pDate, ""},
		{"DOVER (AP/WXYZ) — The fire broke out on Sunday, officials said.", "Sunday", pWeekday, ""},
		{"Update: Police arrested a man on Sunday.", "Sunday", pWeekday, ""},
		{"UPDATE: 3-year-old girl hurt in the fire, officials say", "3", pAge, ""},
		{"The fire began after 4:30 p.m. and burned until Monday", "Monday", pWeekday, ""},
	}
	for _, c := range cases {
		text := "The harbor was quiet.\n\n" + c.line + "\n\nOfficials said more later."
		i := strings.Index(text, c.value)
		if got := plNonBody(text, i, c.typ); got != c.want {
			t.Errorf("plNonBody(%q at %q) = %q, want %q", c.line, c.value, got, c.want)
		}
	}
}

// TestPlantFactsSkipNonBody: the planter takes no value from a signature or
// a caption, and still takes the same value from a sentence.
func TestPlantFactsSkipNonBody(t *testing.T) {
	text := "The ferry sank on March 3, officials said.\n\n" +
		"Boats searched the bay. — Dana Roe (@danaroe) March 5, 2019\n\n" +
		"Image 1 of 4 Divers at the dock on Friday. (Dana Roe / Harbor Post)"
	var dates []string
	for _, o := range plantFacts(text) {
		switch o.typ {
		case pDate:
			dates = append(dates, o.written)
		case pYear, pWeekday:
			t.Errorf("value of a non-body line planted: %+v", o)
		}
	}
	if len(dates) != 1 || dates[0] != "3" {
		t.Errorf("dates planted %q, want [\"3\"]", dates)
	}
}
