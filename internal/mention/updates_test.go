package mention

import (
	"strings"
	"testing"

	"github.com/corroborate/corroborate/internal/dates"
)

// TestUpdateSections checks that the relative dates of an update section
// are read from the update's own day, and the header's date is a stamp.
// The articles are invented for this test.
func TestUpdateSections(t *testing.T) {
	ref := dates.Date{Year: 2019, Month: 3, Day: 12} // a Tuesday
	tests := []struct {
		name, body string
		want       []string // expression=date, stamps marked "*"
	}{
		{"header with text", "UPDATE @ 3 p.m. (March 20): A second man was charged today.\n\nThe store was robbed on Monday.",
			[]string{"March 20=2019-03-20*", "today=2019-03-20", "on Monday=2019-03-11"}},
		{"header alone", "UPDATE (March 20):\n\nThe teller who was hurt last month went home.\n\nThe store was robbed on Monday.",
			[]string{"March 20=2019-03-20*", "last month=2019-02", "on Monday=2019-03-11"}},
		{"two headers", "UPDATE 3/25/19 9 AM:\n\nThe suspect appeared in court on Friday.\n\nUPDATE 3/20/19 4 PM:\n\nA second man was charged today.\n\nThe store was robbed on Monday.",
			[]string{"on Friday=2019-03-22", "today=2019-03-20", "on Monday=2019-03-11"}},
		{"undated header", "UPDATE: A second man was charged today.", []string{"today=2019-03-12"}},
		{"header with a bar", "Updated March 20, 2019 at 4 p.m. | A second man was charged today.", []string{"March 20, 2019=2019-03-20*", "today=2019-03-20"}},
		{"day first", "UPDATE 20/3/19: A second man was charged today.", []string{"today=2019-03-20"}},
		{"a section of two paragraphs before a later header", "UPDATE (March 25): The suspect appeared in court on Friday.\n\nHe was held overnight on Saturday.\n\nUPDATE (March 20): A second man was charged today.\n\nThe store was robbed on Monday.",
			[]string{"March 25=2019-03-25*", "on Friday=2019-03-22", "on Saturday=2019-03-23", "March 20=2019-03-20*", "today=2019-03-20", "on Monday=2019-03-11"}},
		{"not a header", "An update came today.", []string{"today=2019-03-12"}},
		{"a clock time's colon", "UPDATE 4:15 p.m. (March 20): A second man was charged today.", []string{"March 20=2019-03-20*", "today=2019-03-20"}},
		{"a weekday header comes after the article", "UPDATE (Thursday): A second man was charged today.\n\nThe store was robbed on Monday.",
			[]string{"Thursday=2019-03-14*", "today=2019-03-14", "on Monday=2019-03-11"}},
		{"a weekday in capitals after a clock time", "UPDATE 2:05PM THURSDAY: The clerk left the hospital today.", []string{"today=2019-03-14"}},
		{"a weekday header with its date is read as written", "UPDATE (Thursday, March 7): A second man was charged today.", []string{"Thursday=2019-03-07*", "March 7=2019-03-07*", "today=2019-03-07"}},
		{"the article's own weekday", "UPDATE (Tuesday): The clerk left the hospital today.", []string{"Tuesday=2019-03-12*", "today=2019-03-12"}},
	}
	for _, tt := range tests {
		a := Analyze(tt.body, ref, 1)
		var got []string
		for _, ts := range a.Times {
			for _, x := range ts {
				g := x.Expression + "=" + x.Date
				if x.Stamp {
					g += "*"
				}
				got = append(got, g)
			}
		}
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("%s: got %q, want %q", tt.name, got, tt.want)
		}
	}
}

// TestTimesAfterInitials checks that initials run together before a name
// do not cut the clause: its times are read with its tense.
func TestTimesAfterInitials(t *testing.T) {
	ref := dates.Date{Year: 2019, Month: 3, Day: 12} // a Tuesday
	a := Analyze("The regatta will start from the J.K. Lund Pier on Sunday.", ref, 1)
	var got []string
	for _, ts := range a.Times {
		for _, x := range ts {
			got = append(got, x.Expression+"="+x.Date)
		}
	}
	if want := "on Sunday=2019-03-17"; strings.Join(got, "|") != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestUpdateHeaderNoValue: the date of an update header is when the page
// was updated, no value of the story, and so is a page stamp's after an
// update label inside a paragraph; a date of the text after it is one.
// The sentences are invented for this test.
func TestUpdateHeaderNoValue(t *testing.T) {
	ref := dates.Date{Year: 2019, Month: 3, Day: 27}
	for _, c := range []struct {
		body string
		want []string
	}{
		{"UPDATED COVERAGE, March 26: Friends named the boy hurt Thursday afternoon in Marlow as Ivo Brandt.", []string{"Thursday"}},
		{"Update, March 26: The clerk was hurt on March 24 in Marlow.", []string{"March 24"}},
		{"The clerk was hurt on March 24 in Marlow, and an update came on March 26.", []string{"March 24", "March 26"}},
		// A page stamp inside a paragraph, after another sentence.
		{"The clerk was hurt on March 24 in Marlow. Updated March 26, 2019 9:40 a.m.", []string{"March 24"}},
	} {
		var got []string
		for _, v := range Values(Analyze(c.body, ref, 1)) {
			if v.Type == VDate || v.Type == VWeekday {
				got = append(got, v.Text)
			}
		}
		if strings.Join(got, "|") != strings.Join(c.want, "|") {
			t.Errorf("%q: days %q, want %q", c.body, got, c.want)
		}
	}
}
