package mention

import "testing"

// TestFacilityAndCompassNames: a possessive before a facility's head noun
// is part of the facility's name when the possessor is a plural noun of
// persons ("Children's Hospital") or a saint's name ("St. Aldric's
// Hospital"); a person's possessive still splits ("Jane Roe's School").
func TestFacilityNames(t *testing.T) {
	for _, c := range []struct{ body, name, want string }{
		{"The boy was taken to Halden Children's Hospital, where he died. Police said the fire began in South Tarnville.", "Halden Children's Hospital", Organization},
		{"He was taken to Tarn Women's Clinic on Friday.", "Tarn Women's Clinic", Organization},
		{"The girl was taken to St. Aldric's Hospital, police said.", "St. Aldric's Hospital", Organization},
		{"The girl was taken to St. Aldric's Hospital, police said. Jane Roe's School closed early.", "Jane Roe", Person},
	} {
		a := analyze(c.body)
		found := false
		var names []string
		for _, e := range a.Entities {
			names = append(names, e.Name+":"+e.Type)
			if e.Name == c.name {
				found = true
				if e.Type != c.want {
					t.Errorf("%q typed %s, want %s", c.name, e.Type, c.want)
				}
			}
		}
		if !found {
			t.Errorf("no entity %q in %q", c.name, names)
		}
	}
}
