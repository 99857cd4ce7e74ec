package mention

import (
	"testing"

	"github.com/corroborate/corroborate/internal/dates"
)

// TestThatWeekday checks that a weekday after "that" points back to a date
// the text wrote out before it on that weekday, and that it keeps its own
// reading without one. The articles are invented for this test.
func TestThatWeekday(t *testing.T) {
	ref := dates.Date{Year: 2019, Month: 3, Day: 16} // a Saturday; March 10 is a Sunday
	lone := "He is accused of setting the fire that Sunday before dawn."
	tests := []struct{ body, want string }{
		{"Police arrested a man on Saturday over a fire at a warehouse on March 10.\n\n" + lone, "2019-03-10"},
		{"Police arrested a man on Saturday over a fire at a warehouse on March 12.\n\n" + lone, Times(lone, ref, 1)[0].Date},
		{lone, Times(lone, ref, 1)[0].Date},
	}
	for _, tt := range tests {
		a := Analyze(tt.body, ref, 1)
		last := a.Times[len(a.Times)-1]
		if len(last) != 1 || last[0].Date != tt.want {
			t.Errorf("%q: got %+v, want Sunday=%s", tt.body, last, tt.want)
		}
	}
	if Times(lone, ref, 1)[0].Date == "2019-03-10" {
		t.Errorf("the weekday alone already reads the written date; the test checks nothing")
	}
}
