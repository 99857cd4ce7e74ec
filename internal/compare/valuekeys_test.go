package compare

import (
	"strings"
	"testing"

	"github.com/corroborate/corroborate/internal/dates"
)

// Sentences written for these tests (no data set's wording).

// TestValueKeys: the keys of values read by the value reader — a clock
// time that is the only one of both articles, a death toll told by two
// verbs, a distance from two named places, an unnamed person's age.
func TestValueKeys(t *testing.T) {
	pub := dates.Date{Year: 2022, Month: 3, Day: 9}
	found := []struct{ name, a, b, want string }{
		{"the only clock time of both articles",
			"Blast\n\nThe explosion tore through the Harlow branch of the bank just before 7:30 p.m., police said.",
			"Blast\n\nA bomb hidden in a bag went off at the Harlow bank branch at 5:30 p.m. on the busy high street.",
			"date:7:30 p.m./5:30 p.m."},
		{"a death toll told by two verbs",
			"Flood\n\nThree miners were killed when the Marlow shaft was flooded by the storm.",
			"Flood\n\nFive miners died when the storm flooded the Marlow shaft.",
			"number:Three/Five"},
		{"an unnamed person's age",
			"River\n\nThe rescue of a 13-year-old girl by a fisherman in Dorrel drew a crowd to the bank.",
			"River\n\nA crowd gathered after a fisherman pulled a 16-year-old girl from the water in Dorrel on Saturday night.",
			"number:13-year-old/16-year-old"},
	}
	for _, c := range found {
		r := run(doc("a", c.a, pub), doc("b", c.b, pub))
		if got := kinds(r.Discrepancies); !strings.Contains(got, c.want) {
			t.Errorf("%s: got %q, want %q", c.name, got, c.want)
		}
	}
	none := []struct{ name, a, b string }{
		{"distances from two named places",
			"Quake\n\nThe epicentre was 40 kilometres north of Varsen, the survey said, and the quake shook the valley.",
			"Quake\n\nThe epicentre was 65 kilometres west of Tarrow, the survey said, and the quake shook the valley."},
		{"two unnamed people's ages",
			"Crash\n\nA 34-year-old driver was arrested after the crash on the ring road.",
			"Crash\n\nA 71-year-old pedestrian was hurt in the crash on the ring road."},
	}
	for _, c := range none {
		r := run(doc("a", c.a, pub), doc("b", c.b, pub))
		if len(r.Discrepancies) != 0 {
			t.Errorf("%s: %q", c.name, kinds(r.Discrepancies))
		}
	}
}
