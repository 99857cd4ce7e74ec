package compare

import (
	"strings"
	"testing"

	"github.com/corroborate/corroborate"
)

// TestResidence: two articles that give one named person two home towns
// are a place discrepancy; a town and the region holding it (written side
// by side in some article), one town written two ways, a town named as the
// event's place, a street beside a town and a family name alone are no
// conflict (sentences written for this test).
func TestResidence(t *testing.T) {
	a := "Crash\n\nIvo Marsh, 40, of Harwick, died in the crash on the coast road, police said."
	for _, tc := range []struct{ name, b, want string }{
		{"another town", "Crash\n\nThe driver, Ivo Marsh, 40, of Quenby, was killed when his van left the road.", "harwick/quenby"},
		{"no comma", "Crash\n\nPolice named the driver as Ivo Marsh of Bergen.", "harwick/bergen"},
		{"an apposition from", "Crash\n\nThe driver, Ivo Marsh, a retired baker from Odense, was killed.", "harwick/odense"},
		{"a town modifying a person noun", "Crash\n\nIvo Marsh, a Bergen man, was killed when his van left the road.", "harwick/bergen"},
		{"a resident before the name", "Crash\n\nThe driver, Bergen resident Ivo Marsh, was killed.", "harwick/bergen"},
		{"a birthplace", "Crash\n\nIvo Marsh, a Bergen native, was killed when his van left the road.", ""},
		{"an office before the name", "Crash\n\nBergen governor Ivo Marsh was killed.", ""},
		{"a verb of living", "Crash\n\nThe driver Ivo Marsh, who lived in Aarhus, was killed.", "harwick/aarhus"},
		{"the same town", "Crash\n\nIvo Marsh, 40, of Harwick, was killed when his van left the road.", ""},
		{"the region holding it", "Crash\n\nIvo Marsh, 40, of Velden, was killed. Harwick, Velden, mourned him.", ""},
		{"a longer name of the town", "Crash\n\nIvo Marsh, 40, of West Harwick, was killed.", ""},
		{"an untyped name after a bare of", "Crash\n\nPolice named the driver as Ivo Marsh of Quenby.", ""},
		{"the event's place named", "Crash\n\nIvo Marsh was killed in Quenby when his van left the road.", ""},
		{"an organisation after the town", "Crash\n\nIvo Marsh of Quenby Police Department said the road was icy.", ""},
		{"a family name alone", "Crash\n\nMarsh, of Quenby, was killed.", ""},
		{"a verb after the name", "Crash\n\nIvo Marsh drove from Quenby to the coast.", ""},
		{"both of a town", "Crash\n\nThe dead were Ivo Marsh, 40, and Ann Roe, 35, both of Quenby.", "harwick/quenby"},
		{"his home in a town", "Crash\n\nIvo Marsh was later found at his home in Quenby, police said.", "harwick/quenby"},
		{"her home: another person's", "Crash\n\nIvo Marsh was later found at her home in Quenby, police said.", ""},
		{"two persons before the home", "Crash\n\nIvo Marsh and Ann Roe were found at his home in Quenby.", ""},
	} {
		r := run(doc("a", a, day), doc("b", tc.b, day))
		if g := valuesAbout(r.Discrepancies, "home town of"); g != tc.want {
			t.Errorf("%s: got %q, want %q", tc.name, g, tc.want)
		}
	}
}

// TestTwoTowns checks the guards of two home towns read apart from the
// articles.
func TestTwoTowns(t *testing.T) {
	held := map[[2]string]bool{{"harwick", "velden"}: true}
	for _, tc := range []struct {
		x, y string
		want bool
	}{
		{"harwick", "quenby", true}, {"harwick", "velden", false}, {"harwick", "west harwick", false},
		{"calif.", "california", false}, {"elm street", "quenby", false}, {"elm street", "pine road", true},
	} {
		if got := twoTowns(tc.x, tc.y, held); got != tc.want {
			t.Errorf("twoTowns(%q, %q) = %v, want %v", tc.x, tc.y, got, tc.want)
		}
	}
}

// TestHomeNotRestated: "X lived in Town" against "X lived in Town2" is one
// finding, the home town, not also the place of "live"; a place of another
// act beside it is still reported (sentences written for this test).
func TestHomeNotRestated(t *testing.T) {
	for _, tc := range []struct {
		name, x, y string
		want       []string
	}{
		{"a verb of living",
			"Feud\n\nThe guard Kel Darrow lived in Hollis, his mother said.",
			"Feud\n\nThe guard Kel Darrow lived in Brantwood, his mother said.",
			[]string{"home town of Kel Darrow"}},
		{"the place of an arrest",
			"Feud\n\nThe guard Kel Darrow was arrested in Hollis on Friday, police said.",
			"Feud\n\nThe guard Kel Darrow was arrested in Brantwood on Friday, police said.",
			[]string{"place — “arrest” (Kel Darrow)"}},
	} {
		r := run(doc("a", tc.x, day), doc("b", tc.y, day))
		var got []string
		for _, d := range r.Discrepancies {
			if d.Kind == "place" {
				got = append(got, d.About)
			}
		}
		if strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("%s: got %q, want %q", tc.name, got, tc.want)
		}
	}
}

// valuesAbout lists the normalised values of the discrepancies whose About
// starts with prefix: "a/b" for each, space-separated.
func valuesAbout(ds []corroborate.Discrepancy, prefix string) string {
	var got []string
	for _, d := range ds {
		if strings.HasPrefix(d.About, prefix) {
			var vs []string
			for _, v := range d.Values {
				vs = append(vs, v.Normalized)
			}
			got = append(got, strings.Join(vs, "/"))
		}
	}
	return strings.Join(got, " ")
}
