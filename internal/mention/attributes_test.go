package mention

import (
	"testing"

	"github.com/corroborate/corroborate/internal/dates"
)

// TestTimesAttributes checks the dates that describe a thing or a person
// (model years, dates of birth, school classes, the "today" of an
// instruction to the reader) and headline lines whose date is a stamp.
// The sentences are invented.
func TestTimesAttributes(t *testing.T) {
	ref := dates.Date{Year: 2021, Month: 5, Day: 31}
	tests := []struct {
		sentence string
		expr     string
		attr     bool
		stamp    bool
	}{
		{"Witnesses saw a dented 2009 Nimbus Roadster leave the lot.", "2009", true, false},
		{"The couple slept in their 2012 camper van.", "2012", true, false},
		// a genitive as the determiner (possessiveWord)
		{"Deputies found the couple's 2012 Nimbus Roadster in a ditch.", "2012", true, false},
		{"Police towed the owners' white 2008 Comet Wagon.", "2008", true, false},
		{"The clerk drove off in a faded late-2000 model Comet Wagon.", "2000", true, false},
		// coordinated modifiers; a participle clause after the make
		{"Thieves took a blue or green 2006 Comet Wagon from the lot.", "2006", true, false},
		{"A man walked up to the family's 1999 Nimbus Roadster carrying a bat.", "1999", true, false},
		// a preposition after the make closes the phrase (no noun head)
		{"The guard left a 2017 Nimbus Roadster behind the shed.", "2017", true, false},
		{"Crews found a 2010 camper van inside the barn.", "2010", true, false},
		{"Reporters recalled a quiet and tense 2014 Harbor Council meeting.", "2014", false, false},
		{"The senator's 2012 campaign ran short of money.", "2012", false, false},
		{"The mayor quoted a 2013 tax ruling.", "2013", false, false},
		{"Lawyers cited a 2015 Appeals Court ruling.", "2015", false, false},
		{"She was quoted in a 2011 Harbor Ledger profile as a rising star.", "2011", false, false},
		{"The 2016 Games opened in heavy rain.", "2016", false, false},
		{"The driver, Lee Marsh (DOB: 03/22/1984), was cited.", "03/22/1984", true, false},
		{"Her date of birth is April 9, 1990, the clerk said.", "April 9, 1990", true, false},
		{"Marsh was born on April 9, 1990 in a river town.", "April 9, 1990", false, false},
		{"She coached the class of 2019 at the academy.", "of 2019", true, false},
		{"Sign up for traffic alerts today.", "today", true, false},
		// a promotion box: a label, then an instruction to the reader
		{"Wildfire Tracker Follow this year's fires across the state on our map.", "this year", true, false},
		{"Crash Data Compare the county's road deaths this month with past years.", "this month", true, false},
		{"State Officials Say the bridge reopens this month.", "this month", false, false},
		{"Harbor Patrol Sergeant Mark Ellis said the pier closed this month.", "this month", false, false},
		{"© 2020 Lakeside Broadcasting. All rights reserved.", "2020", false, true},
		{"Copyright © 2019-2021 The Valley Courier.", "2021", false, true},
		{"The station changed hands in 2019.", "in 2019", false, false},
		{"Rangers closed the trail today after a rockslide.", "today", false, false},
		{"Ferry Service Suspended After Storm Damages Dock – May 27th, 2021", "May 27th, 2021", false, true},
		// title case, its small words in lower case (no stamp line)
		{"Storm Damages the Dock and Ferry Service Is Suspended for a Week – May 27th, 2021", "May 27th, 2021", false, true},
		{"The ferry service was suspended on May 27, 2021 after a storm.", "May 27, 2021", false, false},
	}
	for _, tt := range tests {
		found := false
		for _, x := range Times(tt.sentence, ref, 1) {
			if x.Expression != tt.expr {
				continue
			}
			found = true
			if x.Attribute != tt.attr || x.Stamp != tt.stamp {
				t.Errorf("Times(%q): %q attribute %v stamp %v, want %v %v", tt.sentence, x.Expression, x.Attribute, x.Stamp, tt.attr, tt.stamp)
			}
		}
		if !found {
			t.Errorf("Times(%q): no %q", tt.sentence, tt.expr)
		}
	}
}

// TestDayAfter checks that a bare weekday the day after the article's
// date reads as that next day when the text also names its own day's
// weekday, and keeps its week-earlier reading otherwise. Invented text.
func TestDayAfter(t *testing.T) {
	thu := dates.Date{Year: 2021, Month: 6, Day: 3} // a Thursday
	tests := []struct {
		body, expr, want string
	}{
		{"A kayaker was hurt on the weir Thursday afternoon.\n\nShe left the clinic Friday morning, her coach said.", "Friday", "2021-06-04"},
		{"A kayaker was hurt on the weir Thursday afternoon.\n\nShe had trained there last Friday, her coach said.", "last Friday", "2021-05-28"},
		{"She left the clinic Friday morning, her coach said.", "Friday", "2021-05-28"},
		{"A kayaker was hurt on the weir Thursday afternoon.\n\nThe weir had been inspected on May 28.\n\nShe left the clinic Friday morning.", "Friday", "2021-05-28"},
		// An update dated the article's day names that day; the older
		// report below it keeps its week-earlier Friday.
		{"UPDATE (June 3, 2021 10 a.m.): The club said Thursday that she is recovering.\n\nA kayaker was hurt on the weir Friday afternoon.", "Friday", "2021-05-28"},
		// A weekday of the update is read from the update's own day.
		{"A kayaker was hurt on the weir Thursday afternoon.\n\nUPDATE (June 3, 2021 4 p.m.): The club said she had trained there Friday.", "Friday", "2021-05-28"},
	}
	for _, tt := range tests {
		a := Analyze(tt.body, thu, 1)
		got := ""
		for _, ts := range a.Times {
			for _, x := range ts {
				if x.Expression == tt.expr {
					got = x.Date
				}
			}
		}
		if got != tt.want {
			t.Errorf("%q: %q = %q, want %q", tt.body, tt.expr, got, tt.want)
		}
	}
}
