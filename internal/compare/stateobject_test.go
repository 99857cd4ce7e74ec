package compare

import (
	"strings"
	"testing"

	"github.com/corroborate/corroborate/internal/dates"
)

// TestStateAndAct: a count kept in a state by a complex-transitive verb
// ("keep 74 stores open") is no count of another act ("close 38 stores").
func TestStateAndAct(t *testing.T) {
	pub := dates.Date{Year: 2026, Month: 1, Day: 12}
	const b = "Dunmere will close 38 stores and lay off about 900 workers under a bankruptcy filing made Monday."
	const a = "The Dunmere grocery chain filed for bankruptcy on Monday with debts of $400 million, and will keep 74 stores open."
	cases := []struct{ name, a, want, not string }{
		{"keep open", a, "", "74"},
		{"keep open, comma", strings.Replace(a, "74 stores open.", "74 stores open, its lawyers said.", 1), "", "74"},
		// Guards: the state the other's act leaves is one fact; a count
		// with no complement is compared.
		{"left closed", strings.Replace(a, "will keep 74 stores open", "will leave 45 stores closed", 1), "45/38", ""},
		{"no complement", strings.Replace(a, "will keep 74 stores open", "will close 45 stores", 1), "45/38", ""},
	}
	for _, c := range cases {
		r := run(doc("a", "Report\n\n"+c.a, pub), doc("b", "Report\n\n"+b, pub))
		got := kinds(r.Discrepancies)
		if c.not != "" && strings.Contains(got, c.not) || c.want != "" && !strings.Contains(got, c.want) {
			t.Errorf("%s: want %q (not %q), got %q", c.name, c.want, c.not, got)
		}
	}
}

// TestStateAndStateCount: a count told in the state a kept count is kept
// in ("70 stores will remain open") is the same set.
func TestStateAndStateCount(t *testing.T) {
	pub := dates.Date{Year: 2026, Month: 1, Day: 12}
	const a = "The Dunmere grocery chain filed for bankruptcy on Monday and will keep 74 stores open."
	cases := []struct{ name, b, want, not string }{
		{"remain open", "The Dunmere grocery chain filed for bankruptcy on Monday, and 70 stores will remain open.", "74/70", ""},
		// Guard: a count of another act stays apart.
		{"close", "The Dunmere grocery chain filed for bankruptcy on Monday, and 38 stores will close.", "", "74"},
	}
	for _, c := range cases {
		r := run(doc("a", "Report\n\n"+a, pub), doc("b", "Report\n\n"+c.b, pub))
		got := kinds(r.Discrepancies)
		if c.not != "" && strings.Contains(got, c.not) || c.want != "" && !strings.Contains(got, c.want) {
			t.Errorf("%s: want %q (not %q), got %q", c.name, c.want, c.not, got)
		}
	}
}
