package mention

import (
	"testing"

	"github.com/corroborate/corroborate/internal/dates"
)

// TestCalibreIsNoCount: a calibre before a weapon is a size of the weapon,
// never a count of it (sentences written for this test).
func TestCalibreIsNoCount(t *testing.T) {
	cases := []struct {
		sent, text, norm, noun string
	}{
		{"Police said Doe carried a .357 caliber revolver.", ".357 caliber", "0.357 caliber", "revolver"},
		{"Police said Doe carried a .357-caliber revolver.", ".357-caliber", "0.357 caliber", "revolver"},
		{"Deputies found a 40-caliber pistol in the car.", "40-caliber", "0.4 caliber", "pistol"},
		{"Roe fired a 22 caliber rifle at the fence.", "22 caliber", "0.22 caliber", "rifle"},
		{"Wardens seized .22-calibre bullets at the farm.", ".22-calibre", "0.22 caliber", "bullet"},
		{"Police said Doe carried a 9mm handgun.", "9mm", "9 mm caliber", "handgun"},
		{"Police said Doe carried a 9 mm handgun.", "9 mm", "9 mm caliber", "handgun"},
	}
	for _, c := range cases {
		a := Analyze(c.sent, dates.Date{Year: 2020, Month: 6, Day: 12}, 0.9)
		var got *Value
		for _, v := range Values(a) {
			if v.Type == VCount {
				t.Errorf("%q: calibre read as a count: %+v", c.sent, v)
			}
			if v.Type == VSize {
				got = &v
			}
		}
		if got == nil || got.Text != c.text || got.Norm != c.norm || got.Noun != c.noun {
			t.Errorf("%q: size %+v, want %q %q of %q", c.sent, got, c.text, c.norm, c.noun)
		}
	}
	// Millimetres before no weapon stay a length; a count of weapons stays.
	for _, c := range []struct{ sent, typ, norm string }{
		{"The storm left 30mm of rain in Arvel.", VDistance, "30 mm"},
		{"Police seized three handguns from the shed.", VCount, "3"},
	} {
		a := Analyze(c.sent, dates.Date{Year: 2020, Month: 6, Day: 12}, 0.9)
		found := false
		for _, v := range Values(a) {
			found = found || v.Type == c.typ && v.Norm == c.norm
		}
		if !found {
			t.Errorf("%q: no %s %q in %+v", c.sent, c.typ, c.norm, Values(a))
		}
	}
}
