package compare

import (
	"strings"
	"testing"
)

// TestYearlessDayNeedsFigure checks the guard of yearlessDays both ways: a
// sentence without a figure holds no written day, and one with a figure
// does where a day is written.
func TestYearlessDayNeedsFigure(t *testing.T) {
	for _, c := range []struct {
		sent string
		want bool
	}{
		{"The fair opens in May and closes in June.", false},
		{"On the second of March the dam was closed.", false},
		{"The fair opened May 4 and closed 12 June.", true},
		{"The vote is set for Sept. 21st.", true},
		{"The 40 stalls were moved in March.", false},
	} {
		got := reYearlessDay.MatchString(c.sent)
		if got != c.want {
			t.Errorf("%q: written day %v, want %v", c.sent, got, c.want)
		}
		if got && !strings.ContainsAny(c.sent, "0123456789") {
			t.Errorf("%q: a written day without a figure is skipped", c.sent)
		}
	}
}

// FuzzYearlessDayNeedsFigure: whatever the text, reYearlessDay matches
// only a text holding a figure.
func FuzzYearlessDayNeedsFigure(f *testing.F) {
	for _, s := range []string{"May 4", "12 June", "Sept. 3rd", "in March"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if reYearlessDay.MatchString(s) && !strings.ContainsAny(s, "0123456789") {
			t.Fatalf("%q: a written day without a figure", s)
		}
	})
}
