package compare

import (
	"testing"

	"github.com/corroborate/corroborate/internal/lexicon"
	"github.com/corroborate/corroborate/internal/mention"
)

// Sentences written for these tests (no data set's wording).

// TestDaysOfOneMoment: two weekdays each given with a clock time of its
// clause, the times agreeing to the minute, are the days of one moment and
// disagree when they differ, in sentences that share no wording; round
// hours, times a clause break sets apart, two times of one sentence and
// times that meet only round midnight join no days.
func TestDaysOfOneMoment(t *testing.T) {
	found := []dayFound{
		{"a call timed to the minute and a fronted day",
			[]string{
				"Fire at the boathouse\n\nThe harbour office logged the alarm at 7:48 p.m. Thursday.",
				"Fire at the boathouse\n\nOn Saturday evening, crews from Elmbury were sent to the old boathouse on Quay Lane shortly before 8 p.m.",
			},
			"date:Thursday/On Saturday"},
		{"the day before the time",
			[]string{
				"Crash on the ridge road\n\nA grain lorry overturned on Monday at 6:17 a.m. above Pellow.",
				"Crash on the ridge road\n\nIts driver was cut free from the cab around 6:15 a.m. Wednesday, a county spokesman said.",
			},
			"date:on Monday/Wednesday"},
		{"a day and a clock time fronted together",
			[]string{
				"Canoe on the weir\n\nOn Sunday at 10:42 p.m., wardens found a canoe adrift below the weir.",
				"Canoe on the weir\n\nLock keepers saw a canoe drifting toward the weir at 10:42 p.m. Saturday.",
			},
			"date:On Sunday/Saturday"},
	}
	expectDays(t, found)
	none := []dayNone{
		{"two round hours",
			[]string{
				"Fire at the boathouse\n\nThe harbour office logged the alarm at 8 p.m. Thursday.",
				"Fire at the boathouse\n\nOn Saturday evening, crews from Elmbury were sent to the old boathouse on Quay Lane at 8 p.m.",
			}},
		{"a clause break between the day and the time",
			[]string{
				"Fire at the boathouse\n\nThe harbour office logged the alarm at 7:48 p.m. Thursday.",
				"Fire at the boathouse\n\nThe mayor visited the quay on Saturday and told reporters the first engine reached the boathouse shortly before 8 p.m.",
			}},
		{"two clock times in one sentence",
			[]string{
				"Fire at the boathouse\n\nThe harbour office logged the alarm at 7:48 p.m. Thursday.",
				"Fire at the boathouse\n\nOn Saturday evening, crews from Elmbury were sent to the old boathouse at 7:50 p.m. and left at 11:30 p.m.",
			}},
		{"a clause of an -ing form after a preposition holds the time",
			[]string{
				"Shot on Birch Row\n\nThe man was charged Monday with firing the shot at 10:42 p.m. outside the store.",
				"Shot on Birch Row\n\nOfficers heard the shot at 10:42 p.m. Sunday near the corner store.",
			}},
		{"a participle clause after a noun holds the time",
			[]string{
				"Shot on Birch Row\n\nDetectives on Monday released a video of the shot fired at 10:42 p.m.",
				"Shot on Birch Row\n\nOfficers heard the shot at 10:42 p.m. Sunday near the corner store.",
			}},
		{"times that meet only round midnight",
			[]string{
				"Fire at the boathouse\n\nThe harbour office logged the alarm at 11:58 p.m. Thursday.",
				"Fire at the boathouse\n\nCrews from Elmbury were sent to the old boathouse on Quay Lane at 12:04 a.m. Saturday.",
			}},
	}
	expectNoDays(t, none)
}

// TestMessageTime: a day and a clock time that postmodify a noun of a
// message ("In an update at 9:14 a.m. Tuesday") are the message's, not
// the moment of what it tells, and join no days (messageTime); a search,
// an alarm or a call at a time is the happening's own moment.
func TestMessageTime(t *testing.T) {
	none := []dayNone{
		{"the time of an update",
			[]string{
				"Walker found on the moor\n\nIn an update at 9:14 a.m. Tuesday, the moor rescue team said the walker was safe and warm.",
				"Walker found on the moor\n\nVolunteers reached the lost walker beside the tarn at 9:14 a.m. Monday.",
			}},
		{"the time of a statement",
			[]string{
				"Walker found on the moor\n\nIn a statement at about 9:14 a.m. Tuesday, the moor rescue team said the walker was safe.",
				"Walker found on the moor\n\nVolunteers reached the lost walker beside the tarn at 9:14 a.m. Monday.",
			}},
	}
	expectNoDays(t, none)
	found := []dayFound{
		{"two messages' times to the minute are one message's",
			[]string{
				"Walker found on the moor\n\nThe moor rescue team gave the news in an announcement at 9:14 a.m. Tuesday.",
				"Walker found on the moor\n\nIn an update at 9:14 a.m. Monday, rescuers said they had reached the walker.",
			},
			"date:Tuesday/Monday"},
		{"a statement and a bulletin to the minute",
			[]string{
				"Walker found on the moor\n\nIn a statement at 9:14 a.m. Tuesday, the moor rescue team said the walker was safe and warm.",
				"Walker found on the moor\n\nRescuers told of finding the hiker alive in a bulletin at 9:14 a.m. Monday.",
			},
			"date:Tuesday/Monday"},
		{"the time of a search",
			[]string{
				"Walker found on the moor\n\nIn a search at 9:14 a.m. Tuesday, volunteers spotted the walker alive.",
				"Walker found on the moor\n\nVolunteers reached the lost walker beside the tarn at 9:14 a.m. Monday.",
			},
			"date:Tuesday/Monday"},
	}
	expectDays(t, found)
	c := &comparer{lx: lexicon.Default()}
	for w, want := range map[string]bool{
		"update": true, "statement": true, "announcement": true, "bulletin": true, "notice": true,
		"alarm": false, "call": false, "search": false, "video": false, "interview": false,
	} {
		if got := c.messageNoun(w); got != want {
			t.Errorf("messageNoun(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestDayClock: the clock time a weekday's clause gives with it; none
// when a clause break stands between them, when the sentence gives two
// clock times or two days, or when the time says neither a.m. nor p.m.
func TestDayClock(t *testing.T) {
	cases := []struct {
		sent, clock string
	}{
		{"Crews reached the boathouse on Saturday at 7:50 p.m.", "7:50 p.m."},
		{"At 7:50 p.m. on Saturday crews reached the boathouse.", "7:50 p.m."},
		{"On Saturday night, crews were sent to the boathouse on Quay Lane at 7:50 p.m.", "7:50 p.m."},
		{"The owner was questioned on Saturday about an alarm that came in at 7:50 p.m.", ""},
		{"Crews went back to the boathouse on Saturday; the last of them left at 7:50 p.m.", ""},
		{"Crews reached the boathouse on Saturday at 7:50 p.m., 40 minutes after the 7:10 p.m. alarm.", ""},
		{"Crews reached the boathouse on Saturday, not Sunday, at 7:50 p.m.", ""},
		{"Crews reached the boathouse on Saturday at 7:50.", ""},
	}
	for _, tc := range cases {
		vs := mention.Values(mention.Analyze(tc.sent, day, 0.9))
		f := &fact{sent: tc.sent}
		for _, v := range vs {
			if v.Type == mention.VWeekday && f.v.Type == "" {
				f.v = v
			} else {
				f.others = append(f.others, v)
			}
		}
		if f.v.Type == "" {
			t.Errorf("%q: no weekday read", tc.sent)
			continue
		}
		got, ok := dayClock(f)
		if ok != (tc.clock != "") || ok && got.Text != tc.clock {
			t.Errorf("%q: dayClock = %q %v, want %q", tc.sent, got.Text, ok, tc.clock)
		}
	}
}
