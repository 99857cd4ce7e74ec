package compare

import "testing"

// TestTitles: two articles that give one named person two offices that
// cannot both be right (an office and its second, two close ranks) are a
// discrepancy; the same office written two ways, a rank and the kind it is
// one of, a longer title holding the shorter one's head, courtesy titles,
// two offices of management and a title left out by the name reader at a
// sentence's head are not (sentences written for this test).
func TestTitles(t *testing.T) {
	a := "Fire\n\nAttorney General Tova Brill said the depot had been inspected in May."
	s := "Fire\n\nPolice Sgt. Odile Farran said the fire began in a storeroom."
	for _, tc := range []struct{ name, x, y, want string }{
		{"an office and its second", a, "Fire\n\nDeputy Attorney General Tova Brill said the depot had been inspected.", "general/deputy general"},
		{"the same office", a, "Fire\n\nState Attorney General Tova Brill said the depot was safe.", ""},
		{"a courtesy title", a, "Fire\n\nMs. Tova Brill said the depot had been inspected.", ""},
		{"two close ranks", s, "Fire\n\nPolice Lt. Odile Farran said the fire began in a storeroom.", "sergeant/lieutenant"},
		{"a rank and its kind", s, "Fire\n\nPolice Officer Odile Farran said the fire began in a storeroom.", ""},
		{"a longer title", "Fire\n\nDetective Odile Farran said the fire began in a storeroom.", "Fire\n\nDetective Sgt. Odile Farran said the fire began in a storeroom.", ""},
		{"two offices of management", "Fire\n\nSuperintendent Odile Farran said the fire began in a storeroom.", "Fire\n\nPolice Chief Odile Farran said the fire began in a storeroom.", ""},
		{"a title word at the sentence's head", "Fire\n\nAssistant Police Chief Odile Farran said the fire began in a storeroom.", "Fire\n\nThe fire began in a storeroom, said Assistant Police Chief Odile Farran.", ""},
		{"an apposition after the name", "Fire\n\nTova Brill, the state's attorney general, said the depot was safe.", "Fire\n\nTova Brill, a deputy attorney general, said the depot was safe.", "general/deputy general"},
		{"a former office", "Fire\n\nTova Brill, the state's attorney general, said the depot was safe.", "Fire\n\nTova Brill, a former deputy attorney general, said the depot was safe.", ""},
		{"an apposition of no office", a, "Fire\n\nTova Brill, the owner's daughter, said the depot was safe.", ""},
		{"one article gives both", a, "Fire\n\nDeputy Attorney General Tova Brill spoke first. Attorney General Tova Brill said the depot was safe.", ""},
	} {
		r := run(doc("a", tc.x, day), doc("b", tc.y, day))
		if g := valuesAbout(r.Discrepancies, "title of"); g != tc.want {
			t.Errorf("%s: got %q, want %q", tc.name, g, tc.want)
		}
	}
}
