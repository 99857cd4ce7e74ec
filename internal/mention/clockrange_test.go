package mention

import (
	"testing"

	"github.com/corroborate/corroborate/internal/dates"
)

// TestClockRange: sentences written for this test. "Noon" and "midday"
// after a preposition of time or an approximator are 12:00 p.m.; before
// a noun they read no clock time. A bare hour before
// "and" or "to" after "between" or "from", or before a dash, is the first
// end of a range whose second end is the clock time after it: the range
// is one span of the day, its first end in the second's half of the day,
// or the half before when it is the later hour. Two clock times each with
// its half of the day, and a span of twelve hours or more, stay as read.
func TestClockRange(t *testing.T) {
	ref := dates.Date{Year: 2026, Month: 4, Day: 14}
	type span struct {
		text      string
		low, high float64
	}
	for _, tc := range []struct {
		sent string
		want []span
	}{
		{"The blast shook Parrow Lane between 2 and 3 a.m. on Tuesday.", []span{{"2 and 3 a.m.", 120, 180}}},
		{"The pumps failed from 11 to 11:45 p.m., the water board said.", []span{{"11 to 11:45 p.m.", 23 * 60, 23*60 + 45}}},
		{"Gunfire was heard between 11 and 1 a.m. near the quay.", []span{{"11 and 1 a.m.", -60, 60}}},
		{"The lights went out at 4-4:30 p.m. across Ketterby.", []span{{"4:30 p.m.", 16*60 + 30, 16*60 + 30}}},
		{"The protest began at noon near the river bridge.", []span{{"noon", 12 * 60, 12 * 60}}},
		{"The talks ended shortly after 12 noon on Friday.", []span{{"12 noon", 12*60 - 20, 12*60 + 20}}},
		{"The ferry left Dunmore quay at noon EDT on Friday.", []span{{"noon EDT", 12 * 60, 12 * 60}}},
		// guards
		{"Pickers stopped for a midday meal in the orchard.", nil},
		{"The noon deadline passed without a reply.", nil},
		{"The clinic opens from 9 a.m. to 6 p.m. on weekdays.", []span{{"9 a.m.", 9 * 60, 9 * 60}, {"6 p.m.", 18 * 60, 18 * 60}}},
		{"The hall is open from 9 to 9 p.m. every day.", []span{{"9 p.m.", 21 * 60, 21 * 60}}},
		{"The blast shook Parrow Lane at 3 a.m. on Tuesday.", []span{{"3 a.m.", 180, 180}}},
	} {
		var got []span
		for _, v := range Values(Analyze(tc.sent, ref, 0.9)) {
			if v.Type == VClock {
				got = append(got, span{v.Text, v.Low, v.High})
			}
		}
		if len(got) != len(tc.want) {
			t.Errorf("%q: clock times %v, want %v", tc.sent, got, tc.want)
			continue
		}
		for i := range got {
			if got[i] != tc.want[i] {
				t.Errorf("%q: clock time %v, want %v", tc.sent, got[i], tc.want[i])
			}
		}
	}
}
