package mention

import (
	"reflect"
	"testing"
)

// TestMonthDays: dates written without their year give their month and
// day; a date with its year, a day that no year has and a month alone
// give none.
func TestMonthDays(t *testing.T) {
	for _, c := range []struct {
		s    string
		want [][2]int // month, day
	}{
		{"The barn burned on December 9, officials said.", [][2]int{{12, 9}}},
		{"Crews left on Dec. 9 and came back 11 March.", [][2]int{{12, 9}, {3, 11}}},
		{"Polls opened on Oct.5 after a vote on Sept. 2.", [][2]int{{10, 5}, {9, 2}}},
		{"Polls opened on Oct.5, 2031.", nil},
		{"The ferry sank on the 4th of July.", [][2]int{{7, 4}}},
		{"The dam broke on December 9, 2031.", nil},
		{"The dam broke on 9 December 2031.", nil},
		{"Nothing happened on February 30.", nil},
		{"The vote came in November.", nil},
	} {
		var got [][2]int
		for _, d := range MonthDays(c.s) {
			got = append(got, [2]int{d.Month, d.Day})
			if w := c.s[d.Start:d.End]; len(w) < 5 {
				t.Errorf("%q: odd span %q", c.s, w)
			}
		}
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("%q: %v, want %v", c.s, got, c.want)
		}
	}
}
