package mention

import (
	"strings"
	"testing"
)

// Sentences written for these tests (no data set's wording).

// TestPresentBefore: a day right after a verb in the simple present, a
// preposition between at most, is a timetable's day.
func TestPresentBefore(t *testing.T) {
	cases := []struct {
		sent, day string
		want      bool
	}{
		{"The hearing of the driver charged over the crash resumes Friday.", "Friday", true},
		{"The talks restart on Monday after the strike.", "Monday", true},
		{"The driver charged over the crash was freed Friday.", "Friday", false},
		{"Deputies questioned the neighbours on Monday.", "Monday", false},
		{"After the collisions Friday, the road was shut.", "Friday", false},
	}
	for _, c := range cases {
		if got := PresentBefore(c.sent, strings.Index(c.sent, c.day)); got != c.want {
			t.Errorf("%q: got %v, want %v", c.sent, got, c.want)
		}
	}
}
