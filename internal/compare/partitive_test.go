package compare

import (
	"strings"
	"testing"

	"github.com/corroborate/corroborate/internal/dates"
)

// TestWholeAndPart: the count after "N of its" is the whole a part is
// taken from ("close 38 of its 112 stores"), never a count of the act.
func TestWholeAndPart(t *testing.T) {
	pub := dates.Date{Year: 2026, Month: 1, Day: 12}
	const b = "Grocery chain Dunmere filed for bankruptcy protection on Monday, saying it would close 38 of its 112 stores and cut about 900 jobs."
	const a = "Grocery chain Dunmere filed for bankruptcy protection on Monday, saying it would close 45 stores and cut about 900 jobs."
	cases := []struct{ name, a, b, want, not string }{
		{"part against whole", a, b, "", "112"},
		{"their", a, strings.Replace(b, "38 of its 112", "38 of their 112", 1), "", "112"},
		// Guards: two wholes are compared; a count that is no whole is
		// compared with the other article's count (and "one of 12 people
		// hurt", a whole the clause counts, TestSubjectAcrossComma).
		{"two wholes", strings.Replace(b, "38 of its 112", "38 of its 120", 1), b, "112", ""},
		{"a whole with the", "Tolvane Steel said on Monday it would lay off 200 of its 950 workers at the Arlow mill.", "Tolvane Steel said on Monday it would lay off 200 of the 1,100 workers at the Arlow mill.", "950/1,100", ""},
		{"no partitive", a, strings.Replace(b, "38 of its 112", "112", 1), "112", ""},
	}
	for _, c := range cases {
		r := run(doc("a", "Report\n\n"+c.a, pub), doc("b", "Report\n\n"+c.b, pub))
		got := kinds(r.Discrepancies)
		if c.not != "" && strings.Contains(got, c.not) || c.want != "" && !strings.Contains(got, c.want) {
			t.Errorf("%s: want %q (not %q), got %q", c.name, c.want, c.not, got)
		}
	}
}
