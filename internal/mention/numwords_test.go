package mention

import (
	"testing"

	"github.com/corroborate/corroborate/internal/dates"
)

// TestDecadeWords: a number word before a decade's name is a decade, no
// count (sentences written for this test).
func TestDecadeWords(t *testing.T) {
	for _, s := range []string{
		"Rents in the harbour town doubled in the nineteen seventies, the clerk said.",
		"The choir toured the valley in the nineteen-eighties before it disbanded.",
	} {
		a := Analyze(s, dates.Date{Year: 2021, Month: 3, Day: 4}, 0.9)
		for _, n := range Numbers(a) {
			t.Errorf("%q: read a number %v (%q)", s, n.Value, n.What)
		}
		for _, v := range Values(a) {
			if v.Type == VCount {
				t.Errorf("%q: read a count %q", s, v.Text)
			}
		}
	}
}

// TestDozenAfterDeterminer: "dozen" after a definite determiner or a
// possessive is a count of twelve of the noun after it, as after "a";
// after "half" it is not twelve (sentences written for this test).
func TestDozenAfterDeterminer(t *testing.T) {
	for _, tc := range []struct {
		s, what string
		want    float64
	}{
		{"The warden said the dozen kayaks were towed from the lagoon.", "kayaks", 12},
		{"Those dozen lanterns were lit at dusk.", "lanterns", 12},
		{"The ferryman's dozen crates sank off the jetty.", "crates", 12},
		{"The baker fired his dozen loaves at dawn.", "loaves", 12},
		{"A dozen kayaks were towed from the lagoon.", "kayaks", 12},
		{"The baker sold a half dozen loaves at dawn.", "", 0},
	} {
		n := Numbers(Analyze(tc.s, dates.Date{}, 0))
		if tc.want == 0 {
			for _, x := range n {
				if x.Value == 12 {
					t.Errorf("%q: read twelve: %+v", tc.s, x)
				}
			}
			continue
		}
		if len(n) != 1 || n[0].Value != tc.want || n[0].What != tc.what {
			t.Errorf("%q: want %v %s, got %+v", tc.s, tc.want, tc.what, n)
		}
	}
}

// TestHyphenNumber: a hyphenated number word is a ten and a unit, "one"
// included ("forty-one"); other hyphenated words are no number.
func TestHyphenNumber(t *testing.T) {
	for _, tc := range []struct {
		w    string
		want float64
	}{
		{"twenty-four", 24},
		{"forty-one", 41},
		{"ninety-nine", 99},
		{"one-two", 0},
		{"twelve-one", 0},
		{"kind-hearted", 0},
	} {
		if got := hyphenNumber(tc.w); got != tc.want {
			t.Errorf("hyphenNumber(%q) = %v, want %v", tc.w, got, tc.want)
		}
	}
}
