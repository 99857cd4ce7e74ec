package mention

import "testing"

// TestPlaceRoleNotName: a role after a place whose last word is a common
// noun of place (county, district, city) is no name; a role after a body
// (a name of its own), the place noun alone before a role (the office), a
// name after the role, and names ending in such words are names.
func TestPlaceRoleNotName(t *testing.T) {
	for _, c := range []struct {
		name string
		want bool
	}{
		{"Tarn County Coroner", false}, {"Ashby County District Attorney", false}, {"Lyon City Clerk", false},
		{"Brockley Union Leader", true}, {"Tarn County Coroner Ada Venn", true}, {"Ada Venn", true},
		{"Tarn County", true}, {"Tarn Harbour Authority", true}, {"County Coroner", true}, {"City Attorney", true},
	} {
		if got := PlausibleSpeaker(c.name); got != c.want {
			t.Errorf("PlausibleSpeaker(%q) = %v, want %v", c.name, got, c.want)
		}
	}
	a := analyze("A man died on Friday. Brackwell County Coroner said the man died of a gunshot wound.")
	for _, q := range a.Quotes {
		if q.Speaker != "" {
			t.Errorf("a place's role spoke as a name: %+v", q)
		}
	}
}
