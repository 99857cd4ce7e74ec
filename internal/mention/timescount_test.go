package mention

import "testing"

// Sentences written for this test (no data set's wording).

// TestTimesCount: "N times" after a verb is how often it was done, a count
// of "time" with that event; a multiple ("three times as many") is not.
func TestTimesCount(t *testing.T) {
	for _, tc := range []struct {
		sent  string
		event string
		want  float64
	}{
		{"The clerk was stabbed 14 times in the back room.", "stab", 14},
		{"Officers shot the driver nine times, the report said.", "shoot", 9},
		{"The river rose three times as high as last year.", "rise", 0},
		{"Rescuers found four times more survivors than expected.", "find", 0},
	} {
		got := 0.0
		for _, v := range Values(analyze(tc.sent)) {
			if v.Type == VCount && v.Unit == "time" && v.Event == tc.event {
				got = v.Num
			}
		}
		if got != tc.want {
			t.Errorf("%q: got %v times of %q, want %v", tc.sent, got, tc.event, tc.want)
		}
	}
}
