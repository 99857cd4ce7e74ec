package compare

import (
	"testing"

	"github.com/corroborate/corroborate/internal/dates"
)

// TestPlaces: sentences written for these tests. The place a happening is
// told in differs across two articles: a place discrepancy; a place one side
// names only, places one article names both (a town and its county), a
// short form of a name and a dateline are none.
func TestPlaces(t *testing.T) {
	pub := dates.Date{Year: 2021, Month: 6, Day: 2}
	for _, tc := range []struct{ name, x, y, want string }{
		{"two towns for one arrest",
			"Escape\n\nThe escaped inmate Dorian Velk was arrested in Harwick on Monday, the sheriff's office said.",
			"Escape\n\nThe escaped inmate Dorian Velk was arrested in Lorrey on Monday, the sheriff's office said.",
			"place:in Harwick/in Lorrey"},
		{"a town and a landmark it may be near",
			"Escape\n\nThe escaped inmate Dorian Velk was arrested in Harwick on Monday, the sheriff's office said.",
			"Escape\n\nThe escaped inmate Dorian Velk was arrested near Lorrey on Monday, the sheriff's office said.", ""},
		{"a place named on one side only",
			"Escape\n\nThe escaped inmate Dorian Velk was arrested in Harwick on Monday, the sheriff's office said.",
			"Escape\n\nThe escaped inmate Dorian Velk was arrested on Monday, the sheriff's office said.", ""},
		{"a town and its county, named together by one article",
			"Escape\n\nThe escaped inmate Dorian Velk was arrested in Harwick, Dunmore County, on Monday.",
			"Escape\n\nThe escaped inmate Dorian Velk was arrested in Dunmore County on Monday.", ""},
		{"a short form of a name",
			"Escape\n\nThe escaped inmate Dorian Velk was arrested in Pennbrook on Monday.",
			"Escape\n\nThe escaped inmate Dorian Velk was arrested in Penn on Monday.", ""},
		{"a dateline is where the story was filed",
			"Escape\n\nHARWICK (AP) — The escaped inmate Dorian Velk was arrested on Monday.",
			"Escape\n\nLORREY (AP) — The escaped inmate Dorian Velk was arrested on Monday.", ""},
		{"the event noun names the act",
			"Blast\n\nThe explosion in Quenby destroyed the grain store of the Ostrander family, firefighters said.",
			"Blast\n\nThe explosion in Marlwick destroyed the grain store of the Ostrander family, firefighters said.",
			"place:in Quenby/in Marlwick"},
		{"an event noun and a verb of another act",
			"Blast\n\nThe explosion in Quenby destroyed the grain store of the Ostrander family, firefighters said.",
			"Blast\n\nThe Ostrander family moved to Marlwick after the grain store was destroyed, firefighters said.", ""},
		{"two verbs of one act, one WordNet step apart",
			"Quarry\n\nThe foreman Ulric Sandoe was stabbed in Tessford late on Friday.",
			"Quarry\n\nThe foreman Ulric Sandoe was wounded in Brackley late on Friday.",
			"place:in Tessford/in Brackley"},
		{"two happenings in two places",
			"Escape\n\nThe escaped inmate Dorian Velk was born in Harwick and arrested on Monday.",
			"Escape\n\nThe escaped inmate Dorian Velk was arrested in Lorrey on Monday.", ""},
	} {
		r := run(doc("a", tc.x, pub), doc("b", tc.y, pub))
		if got := kinds(r.Discrepancies); got != tc.want {
			t.Errorf("%s: got %q, want %q", tc.name, got, tc.want)
		}
	}
}
