package compare

import (
	"strings"
	"testing"
)

// Sentences written for these tests (no data set's wording).

// TestAlternativeTimes: two articles that give one time as the same pair
// of alternatives but for one member disagree on that member, however
// each names the thing dated; alternatives that differ in both members,
// that date two things, or whose agreeing members stand at two places are
// left alone.
func TestAlternativeTimes(t *testing.T) {
	cases := []struct {
		name string
		docs []string
		want string // "" for no date discrepancy
	}{
		{"a release and to release, the second years differ",
			[]string{
				"Harrow sequel\n\nThe Harrow sequel should cost a little more than the first picture, with a release likely in late 2014 or early 2015.",
				"Harrow sequel\n\nCameras roll on the Harrow sequel in the spring, and its producers intend to release the picture towards the end of 2014 or early 2016.",
			},
			"date:early 2015/early 2016"},
		{"a release date premodified by the alternatives",
			[]string{
				"Harrow sequel\n\nA trade weekly said the Harrow sequel, which will cost more than its forerunner, has been pencilled in for a late 2014 or early 2015 release date.",
				"Harrow sequel\n\nCameras roll on the Harrow sequel in the spring, and its producers intend to release the picture towards the end of 2014 or early 2016.",
			},
			"date:early 2015/early 2016"},
		{"the first years differ",
			[]string{
				"Harrow sequel\n\nThe Harrow sequel should cost a little more than the first picture, with a release likely in late 2013 or early 2015.",
				"Harrow sequel\n\nCameras roll on the Harrow sequel in the spring, and its producers intend to release the picture towards the end of 2014 or early 2015.",
			},
			"date:late 2013/of 2014"},
		{"weekday alternatives: the second days differ, the first alike",
			[]string{
				"Harrow sequel\n\nThe Harrow sequel will premiere on Monday or Tuesday.",
				"Harrow sequel\n\nThe Harrow sequel will premiere on Monday or Thursday.",
			},
			"date:Tuesday/Thursday"},
		{"bare years: the second years differ, the first alike",
			[]string{
				"Harrow sequel\n\nThe Harrow sequel will premiere in 2019 or 2020.",
				"Harrow sequel\n\nThe Harrow sequel will premiere in 2019 or 2022.",
			},
			"date:2020/2022"},
		{"a name's head is the thing dated: the Orvel Bridge",
			[]string{
				"Orvel crossing\n\nThe Orvel Bridge will reopen in late 2025 or early 2026.",
				"Orvel crossing\n\nThe Orvel Bridge will reopen in late 2025 or early 2027.",
			},
			"date:early 2026/early 2027"},
		{"a name's head before a phrase: the Orvel Museum of Glass",
			[]string{
				"Orvel museum\n\nThe new Orvel Museum of Glass will open in late 2025 or early 2026.",
				"Orvel museum\n\nThe new Orvel Museum of Glass will open in late 2025 or early 2027.",
			},
			"date:early 2026/early 2027"},
	}
	guards := []struct {
		name string
		docs []string
	}{
		{"both members differ",
			[]string{
				"Harrow sequel\n\nThe Harrow sequel should cost a little more than the first picture, with a release likely in late 2014 or early 2015.",
				"Harrow sequel\n\nCameras roll on the Harrow sequel in the spring, and its producers intend to release the picture towards the end of 2016 or early 2017.",
			}},
		{"two things dated",
			[]string{
				"Depot plans\n\nThe town museum beside the river will reopen its doors in late 2014 or early 2015.",
				"Depot plans\n\nCouncillors want to auction the empty tram depot near the river in late 2014 or early 2016.",
			}},
		{"one verb, two things dated",
			[]string{
				"Quellby budget\n\nThe Quellby library will close in late 2025 or early 2026.",
				"Quellby budget\n\nThe Quellby swimming pool will close in late 2025 or early 2027.",
			}},
		{"a place name is no shared noun",
			[]string{
				"Tarn budget\n\nThe Tarn library will close in late 2025 or early 2026.",
				"Tarn budget\n\nThe Tarn swimming pool will close in late 2025 or early 2027.",
			}},
		{"a name of two words before a lower-case noun says where",
			[]string{
				"Tarn budget\n\nThe Tarn Valley library will close in late 2025 or early 2026.",
				"Tarn budget\n\nThe Tarn Valley swimming pool will close in late 2025 or early 2027.",
			}},
		{"one window told in two orders",
			[]string{
				"Harrow sequel\n\nThe Harrow sequel will premiere in 2020 or 2019.",
				"Harrow sequel\n\nThe Harrow sequel will premiere in 2019 or 2020.",
			}},
		{"one window moved on: the agreeing years stand at two places",
			[]string{
				"Harrow sequel\n\nThe Harrow sequel should cost a little more than the first picture, with a release likely in 2014 or 2015.",
				"Harrow sequel\n\nCameras roll on the Harrow sequel in the spring, and its producers intend to release the picture in 2015 or 2016.",
			}},
	}
	for _, c := range cases {
		got := kinds(runUndated(c.docs...).Discrepancies)
		if !strings.Contains(got, c.want) {
			t.Errorf("%s: got %q, want %q", c.name, got, c.want)
		}
	}
	for _, c := range guards {
		if got := kinds(runUndated(c.docs...).Discrepancies); strings.Contains(got, "date:") {
			t.Errorf("%s: got %q, want no date discrepancy", c.name, got)
		}
	}
}
