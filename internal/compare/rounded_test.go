package compare

import (
	"strings"
	"testing"

	"github.com/corroborate/corroborate/internal/mention"
)

// TestRoundedTens: a measure of 100 or more ending in one zero is the
// other figure rounded to the nearest ten; not a count, not beyond five,
// not a figure that is not round.
func TestRoundedTens(t *testing.T) {
	km := func(n float64) mention.Value { return mention.Value{Type: mention.VDistance, Num: n, Unit: "km"} }
	cnt := func(n float64) mention.Value { return mention.Value{Type: mention.VCount, Num: n, Unit: "people"} }
	for _, tc := range []struct {
		name string
		a, b mention.Value
		want bool
	}{
		{"120 / 121 km", km(120), km(121), true},
		{"120 / 115 km", km(120), km(115), true},
		// guards
		{"121 / 120 (the second is round)", km(121), km(120), false},
		{"120 / 126 km", km(120), km(126), false},
		{"count 120 / 121", cnt(120), cnt(121), false},
		{"90 / 91 km (under 100)", km(90), km(91), false},
		{"125 / 121 km", km(125), km(121), false},
	} {
		if got := roundedTens(tc.a, tc.b); got != tc.want {
			t.Errorf("%s: roundedTens = %v, want %v", tc.name, got, tc.want)
		}
	}
}

// TestDialApart: on the twelve-hour dial "11:52" and noon are eight
// minutes apart.
func TestDialApart(t *testing.T) {
	for _, tc := range []struct{ x, y, want float64 }{
		{712, 720, 8}, {720, 712, 8}, {5, 715, 10}, {600, 540, 60}, {0, 360, 360},
	} {
		if got := dialApart(tc.x, tc.y); got != tc.want {
			t.Errorf("dialApart(%v, %v) = %v, want %v", tc.x, tc.y, got, tc.want)
		}
	}
}

// TestPrecinvE: invented pairs of outlets (session 56) told alike but for
// a round figure, a time "just before" another, or a player's count
// beside his team's; want is a discrepancy
// kinds() must show, not one it must not. The guards change the figure by
// more than rounding, or the time by more than a few minutes.
func TestPrecinvE(t *testing.T) {
	cases := []struct{ name, a, b, want, not string }{
		{"round gust",
			"Storm Hale brought gusts of up to 120 kilometres an hour to the coast on Monday night, cutting power to 9,000 homes.",
			"Hale, which struck the coast late on Monday, brought gusts up to 121 km/h and cut power to 9,000 homes.", "", "121"},
		{"just before noon",
			"The jet, from Lisbon to Oslo with 93 people on board, landed at Corran just before noon on Wednesday.",
			"The jet landed at Corran at 11:52 on Wednesday after the crew shut down an engine.", "", "11:52"},
		{"a player's goals and his new team's",
			"Redport City have signed striker Daniel Okafor from Valmont Athletic for 48 million pounds. He scored 21 goals in 34 league games for Valmont last season. Redport finished seventh in the league last season, scoring only 49 goals.",
			"Daniel Okafor has joined Redport City from Valmont Athletic. Okafor scored 21 league goals for Valmont last season.", "", "49"},
		// guards
		{"gust far apart",
			"Storm Hale brought gusts of up to 120 kilometres an hour to the coast on Monday night, cutting power to 9,000 homes.",
			"Hale, which struck the coast late on Monday, brought gusts up to 160 km/h and cut power to 9,000 homes.", "160", ""},
		{"an hour before noon",
			"The jet, from Lisbon to Oslo with 93 people on board, landed at Corran just before noon on Wednesday.",
			"The jet landed at Corran at 10:52 on Wednesday after the crew shut down an engine.", "10:52", ""},
	}
	for _, c := range cases {
		r := run(doc("a", "Report\n\n"+c.a, day), doc("b", "Report\n\n"+c.b, day))
		got := kinds(r.Discrepancies)
		if c.not != "" && strings.Contains(got, c.not) || c.want != "" && !strings.Contains(got, c.want) {
			t.Errorf("%s: want %q (not %q), got %q", c.name, c.want, c.not, got)
		}
	}
}
