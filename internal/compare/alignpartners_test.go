package compare

import (
	"testing"

	"github.com/corroborate/corroborate/internal/dates"
)

// TestPartnerNames: sentences written for these tests. One person joined by
// "and" to another in two articles, the other named with one given name and
// two family names, is a name discrepancy; a spelling variant, a generational
// suffix, two names one article gives, two given names and no shared
// partner are none.
func TestPartnerNames(t *testing.T) {
	pub := dates.Date{Year: 2021, Month: 6, Day: 2}
	for _, tc := range []struct{ name, x, y, want string }{
		{"one given name, two family names beside one partner",
			"Cast\n\nThe studio said Orin Talbot and Maren Oduya will lead the new film.",
			"Cast\n\nThe film will be shot in the spring with Orin Talbot and Maren Castell in the lead roles.",
			"other:Maren Oduya/Maren Castell"},
		{"a spelling variant",
			"Cast\n\nThe studio said Orin Talbot and Maren Oduya will lead the new film.",
			"Cast\n\nThe film will be shot in the spring with Orin Talbot and Maren Oduyah in the lead roles.", ""},
		{"one article names both",
			"Cast\n\nThe studio said Orin Talbot and Maren Oduya will lead the new film. Maren Castell will produce it.",
			"Cast\n\nThe film will be shot in the spring with Orin Talbot and Maren Castell in the lead roles.", ""},
		{"two given names",
			"Cast\n\nThe studio said Orin Talbot and Maren Oduya will lead the new film.",
			"Cast\n\nThe film will be shot in the spring with Orin Talbot and Lidia Castell in the lead roles.", ""},
		{"a generational suffix is no family name",
			"Cast\n\nThe studio said Orin Talbot and Maren Oduya Jr. will lead the new film.",
			"Cast\n\nThe film will be shot in the spring with Orin Talbot and Maren Oduya in the lead roles.", ""},
		{"no shared partner",
			"Cast\n\nThe studio said Orin Talbot and Maren Oduya will lead the new film.",
			"Cast\n\nThe film will be shot in the spring with Teo Varga and Maren Castell in the lead roles.", ""},
	} {
		r := run(doc("a", tc.x, pub), doc("b", tc.y, pub))
		if got := alignKinds(r); got != tc.want {
			t.Errorf("%s: got %q, want %q", tc.name, got, tc.want)
		}
	}
}
