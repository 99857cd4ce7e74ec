package compare

import (
	"strings"
	"testing"
)

// TestCalibreOfOneWeapon: two calibres given for the one gun of a story
// disagree; an article that gives two calibres tells of two weapons, and
// another article's calibre is none of them for sure. Sentences written for
// this test.
func TestCalibreOfOneWeapon(t *testing.T) {
	cases := []struct{ name, a, b, want string }{
		{"one revolver", "Police said Doe pointed a .38-caliber revolver at the officers in Arvel.",
			"Police said Doe pointed a .357 caliber revolver at the officers in Arvel.", ".38-caliber/.357 caliber"},
		{"two weapons", "Roe said the .32-caliber gun of his client Doe was kept in a shed in Arvel.",
			"Doe had seen the .45-caliber gun that Poe was carrying in Arvel. Roe said the pistol Doe kept at home was a .32-caliber model and had never fired a .45-caliber round.", ""},
	}
	for _, c := range cases {
		r := run(doc("a", "Report\n\n"+c.a, day), doc("b", "Report\n\n"+c.b, day))
		if got := kinds(r.Discrepancies); c.want == "" && got != "" || c.want != "" && got != "number:"+c.want && !strings.HasSuffix(got, " number:"+c.want) {
			t.Errorf("%s: want %q, got %q", c.name, c.want, got)
		}
	}
}
