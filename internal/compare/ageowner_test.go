package compare

import (
	"testing"

	"github.com/corroborate/corroborate/internal/dates"
)

// Sentences written for this test (no data set's wording).

// TestOnlyAgesOfOneAct: an age of an unnamed person and an age of another
// article are one person's when each is the only age its article states and
// each person is the subject of one verb in one voice; an article stating
// two ages, two acts, a doer and an undergoer, two days, or two named
// people keep them apart.
func TestOnlyAgesOfOneAct(t *testing.T) {
	pub := dates.Date{Year: 2022, Month: 3, Day: 9}
	named := "Quarry\n\nOlek Sarn, 34, was struck by a falling crane arm at the Veldt quarry on Saturday."
	for _, tc := range []struct{ name, x, y, want string }{
		{"a man and a name, one act",
			"Quarry\n\nA 30-year-old man was struck on Saturday by a crane arm that broke loose over the loading bay.", named,
			"number:30-year-old/34"},
		{"a bare age and a name, one act",
			"Quarry\n\nA 30-year-old was struck on Saturday by a crane arm that broke loose over the loading bay.", named,
			"number:30-year-old/34"},
		{"the undergoer of an event noun and of its verb",
			"Quarry\n\nInspectors are looking into the striking of a 30-year-old at the Veldt quarry on Saturday.",
			"Quarry\n\nInspectors said Olek Sarn, 34, was struck at the Veldt quarry on Saturday.",
			"number:30-year-old/34"},
		{"two ages in one article",
			"Quarry\n\nA 30-year-old man was struck on Saturday by a crane arm that broke loose over the loading bay. His 19-year-old cousin saw it.", named,
			""},
		{"two acts",
			"Quarry\n\nA 30-year-old man was questioned on Saturday about the crane arm at the loading bay.", named,
			""},
		{"the doer and the undergoer of one verb",
			"Quarry\n\nA 30-year-old man struck a crane arm with his truck at the Veldt quarry on Saturday.", named,
			""},
		{"two days",
			"Quarry\n\nA 30-year-old man was struck by a falling crane arm at the Veldt quarry on Friday.", named,
			"date:on Friday/on Saturday"}, // the days conflict, the ages are two people's
		{"two named people",
			"Quarry\n\nEsko Varn, 30, was struck on Saturday by a crane arm that broke loose over the loading bay.", named,
			""},
	} {
		r := run(doc("a", tc.x, pub), doc("b", tc.y, pub))
		if got := kinds(r.Discrepancies); got != tc.want {
			t.Errorf("%s: got %q, want %q", tc.name, got, tc.want)
		}
	}
}

// TestOnlyAgesOfOneActDays: the days that keep two ages apart are the
// days of their happenings: a weekday and the date it falls on are one
// day, and the day of a statement ("inspectors said Sunday") dates no
// happening.
func TestOnlyAgesOfOneActDays(t *testing.T) {
	pub := dates.Date{Year: 2022, Month: 3, Day: 9}
	named := "Quarry\n\nOlek Sarn, 34, was struck by a falling crane arm at the Veldt quarry on Saturday."
	for _, tc := range []struct{ name, x, y, want string }{
		{"a date and its weekday",
			"Quarry\n\nA 30-year-old man was struck by a falling crane arm at the Veldt quarry on March 5, 2022.", named,
			"number:30-year-old/34"},
		{"the day of a statement",
			"Quarry\n\nA 30-year-old man was struck by a falling crane arm at the Veldt quarry, inspectors said Sunday.", named,
			"number:30-year-old/34"},
		{"a date of another day",
			"Quarry\n\nA 30-year-old man was struck by a falling crane arm at the Veldt quarry on March 1, 2022.", named,
			""},
	} {
		r := run(doc("a", tc.x, pub), doc("b", tc.y, pub))
		if got := kinds(r.Discrepancies); got != tc.want {
			t.Errorf("%s: got %q, want %q", tc.name, got, tc.want)
		}
	}
}

// TestAgeRelativeClauseYear: a year in a relative clause after an age
// ("Ivo Tamm, 53, who moved here in 2011") tells of the person and does
// not date the age back.
func TestAgeRelativeClauseYear(t *testing.T) {
	pub := dates.Date{Year: 2022, Month: 3, Day: 9}
	x := "Quarry\n\nInspectors named the driver as Ivo Tamm, 53, who moved to Dunmore from Verran in 2011."
	y := "Quarry\n\nInspectors said the driver, Ivo Tamm, 56, was hurt at the Veldt quarry."
	if got := kinds(run(doc("a", x, pub), doc("b", y, pub)).Discrepancies); got != "number:53/56" {
		t.Errorf("got %q, want number:53/56", got)
	}
}
