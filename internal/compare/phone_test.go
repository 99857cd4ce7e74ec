package compare

import (
	"testing"

	"github.com/corroborate/corroborate/internal/dates"
)

// TestPhoneNumberGroup: the groups of a telephone number written with
// hyphens ("1-800-TIP-LINE") are no counts; a count in the same sentence
// still is one.
func TestPhoneNumberGroup(t *testing.T) {
	pub := dates.Date{Year: 2023, Month: 8, Day: 12}
	for _, tc := range []struct{ name, a, b, want string }{
		{"two tip lines are no discrepancy",
			"Mill\n\nWitnesses of the shooting at the Corvel mill may ring its tip line at 1-800-TIP-LINE.",
			"Mill\n\nWitnesses of the shooting at the Corvel mill may ring its tip line at 1-888-TIP-LINE.", ""},
		{"two local numbers spelt in letters are no discrepancy",
			"Mill\n\nWitnesses of the shooting at the Corvel mill may call Crime Watch at 555-318-HELP.",
			"Mill\n\nWitnesses of the shooting at the Corvel mill may call Crime Watch at (555) 406-HELP.", ""},
		{"a count beside a tip line is still a count",
			"Mill\n\nThree workers were shot at the Corvel mill; call 1-800-TIP-LINE with information.",
			"Mill\n\nFive workers were shot at the Corvel mill; call 1-800-TIP-LINE with information.", "number:Three/Five"},
	} {
		r := run(doc("a", tc.a, pub), doc("b", tc.b, pub))
		if got := kinds(r.Discrepancies); got != tc.want {
			t.Errorf("%s: got %q, want %q", tc.name, got, tc.want)
		}
	}
}
