package mention

import "testing"

// TestStreetAddressTypes: a name after "block of" and a block's number, or
// after a house number when it opens with an abbreviated compass direction
// or is a compass direction alone, is a street, no person; so is a name
// ending in a street suffix written out after a house number, a
// preposition of place or another such street and "and". A count before a
// demonym ("500 North Koreans"), two persons coordinated and a person with
// an apposition stay persons.
func TestStreetAddressTypes(t *testing.T) {
	for _, c := range []struct{ body, name, want string }{
		{"Firefighters put out a kitchen fire in the 2700 block of South Marlow on Sunday. Nobody was hurt.", "South Marlow", Place},
		{"A delivery van struck a pole outside 815 W. Castellan late Monday, the utility said.", "W. Castellan", Place},
		{"The water main broke near 1450 S. 2300 West on Friday, the city said.", "West", Place},
		{"About 500 North Koreans crossed the river in May, the agency said.", "North Koreans", Person},
		{"Deputies searched a house at 214 Bruno Circle on Friday and took two rifles.", "Bruno Circle", Place},
		{"A cyclist fell at 9 p.m. on Maria Lane after a tyre burst, the clinic said.", "Maria Lane", Place},
		{"Two vans collided near Elm Lane and Tessa Drive in Tarnby on Sunday.", "Tessa Drive", Place},
		{"Jo Court and Dana Lane spoke at the meeting about the pier.", "Dana Lane", Person},
		{"Nadia Lane, a nurse at the clinic, said the queue was long.", "Nadia Lane", Person},
	} {
		a := analyze(c.body)
		got := ""
		for _, e := range a.Entities {
			if e.Name == c.name {
				got = e.Type
			}
		}
		if got != c.want {
			t.Errorf("%q in %q typed %q, want %q", c.name, c.body, got, c.want)
		}
	}
}

// TestStreetAddressNoSpeaker: a street named by its house number is no
// subject of the reporting verb after it, and no referent of "he": the
// person the clause is about speaks, or nobody named.
func TestStreetAddressNoSpeaker(t *testing.T) {
	for _, c := range []struct{ body, want string }{
		{"A bakery owner spoke about the break-in. Jo Doe, who has run the shop at 410 E. Brannock for a decade and said sales fell in March, wants more patrols.", "Jo Doe"},
		{"The water main broke near 1450 S. 2300 West on Friday. He said the cellar flooded.", ""},
		{"Medics were called to 38 Tilda Lane at dawn. She said the stairs were icy.", ""},
	} {
		a := analyze(c.body)
		for _, q := range a.Quotes {
			if q.Cue == "said" && q.Speaker != c.want {
				t.Errorf("%q: speaker %q (%q), want %q", q.Text, q.Speaker, q.SpeakerText, c.want)
			}
		}
	}
}
