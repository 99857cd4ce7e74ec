package compare

import (
	"slices"
	"strings"
	"testing"

	"github.com/corroborate/corroborate/internal/dates"
	"github.com/corroborate/corroborate/internal/story"
)

// TestScenes: invented sentences. Two happenings of one kind in one story
// (two streets, two neighbourhoods, two countries, two people) give no discrepancy; the
// controls, one happening told two ways, keep theirs.
func TestScenes(t *testing.T) {
	pub := dates.Date{Year: 2023, Month: 5, Day: 17}
	for _, tc := range []struct {
		name  string
		texts []string
		want  string
	}{
		{"two streets are two scenes",
			[]string{"Shooting\n\nGunfire hit a man in the 2600 block of Keller Avenue at about 8:40 p.m. on Monday, police said.",
				"Shooting\n\nGunfire hit a man in the 1900 block of Moss Road at about 10:50 p.m. on Monday, police said."}, ""},
		{"control: one street written two ways",
			[]string{"Shooting\n\nGunfire hit a man in the 2600 block of South Keller Avenue at about 8:40 p.m. on Monday, police said.",
				"Shooting\n\nGunfire hit a man in the 2700 block of Keller Ave. at about 10:50 p.m. on Monday, police said."}, "date:about 8:40 p.m./about 10:50 p.m."},
		{"two numbered streets are two",
			[]string{"Shooting\n\nGunfire hit a man in the 2100 block of East 41st Street at about 8:40 p.m. on Monday, police said.",
				"Shooting\n\nGunfire hit a man in the 2100 block of East 46th Street at about 10:50 p.m. on Monday, police said."}, ""},
		{"control: two streets the story names together",
			[]string{"Shooting\n\nGunfire hit a man in the 2600 block of Keller Avenue at about 8:40 p.m. on Monday, police said.",
				"Shooting\n\nGunfire hit a man in the 1900 block of Moss Road at about 10:50 p.m. on Monday, police said.",
				"Shooting\n\nOfficers closed the corner of Keller Avenue and Moss Road for hours."}, "date:about 8:40 p.m./about 10:50 p.m."},
		{"control: a home address is no scene",
			[]string{"Shooting\n\nThe man, of the 6100 block of Moss Road, was hit by gunfire at about 8:40 p.m. on Monday, police said.",
				"Shooting\n\nGunfire hit the man in the 1900 block of Keller Avenue at about 10:50 p.m. on Monday, police said."}, "date:about 8:40 p.m./about 10:50 p.m."},
		{"control: a place left is no scene",
			[]string{"March\n\nAbout 300 marchers left from the rally at Keller Avenue for the town hall on Tuesday night.",
				"March\n\nSome 150 marchers left from the rally for the town hall, on Moss Road, on Tuesday night."}, "number:about 300/some 150"},
		{"two neighbourhoods are two scenes",
			[]string{"Shooting\n\nThree people were shot on Monday night in the Brook Hill neighborhood, police said.",
				"Shooting\n\nTwo people were shot on Monday night in the Alder Park neighborhood, police said."},
			// The places themselves are compared as places (places.go).
			"place:in the Brook Hill/in the Alder Park"},
		{"control: one neighbourhood named two ways",
			[]string{"Shooting\n\nThree people were shot on Monday night in the South Alder neighborhood, police said.",
				"Shooting\n\nTwo people were shot on Monday night in the Alder Park neighborhood, police said."}, "number:Three/Two"},
		{"two countries are two scenes",
			[]string{"Quake\n\nA strong earthquake struck southern Iran on Sunday, killing 10 people, officials said.",
				"Quake\n\nA strong earthquake struck a rural area in eastern China on Sunday, killing 14 people, officials said."}, ""},
		{"control: one country named two ways",
			[]string{"Storm\n\nThe storm killed 10 people in the United States on Sunday, officials said.",
				"Storm\n\nThe storm killed 14 people in the U.S. on Sunday, officials said."}, "number:10/14"},
	} {
		var docs []story.Doc
		for i, x := range tc.texts {
			docs = append(docs, doc(string(rune('a'+i)), x, pub))
		}
		if got := kinds(run(docs...).Discrepancies); got != tc.want {
			t.Errorf("%s: got %q, want %q", tc.name, got, tc.want)
		}
	}
}

// TestCountriesIn: invented sentences. A country is read where it is named
// as a scene, by its WordNet synset.
func TestCountriesIn(t *testing.T) {
	c := newComparer(Input{})
	us := c.countryKey("United States")
	for _, tc := range []struct {
		sent string
		want []string
	}{
		{"A quake struck southern Iran on Sunday.", []string{c.countryKey("Iran")}},
		{"Ten people died in the U.S. last week.", []string{us}},
		{"Ten people died in the United States last week.", []string{us}},
		{"Storms killed ten in Georgia.", nil},        // first a state of the United States
		{"The fire began in Iran Air's hangar.", nil}, // a longer name
		{"Iran said ten people died.", nil},           // no scene
		{"The quake, felt in Pakistan, struck in Iran.", []string{c.countryKey("Pakistan"), c.countryKey("Iran")}},
		{"In January the dam broke.", nil},
		{"Protests spread across Iran.", []string{c.countryKey("Iran")}},     // no "n " in the sentence
		{"Floods spread throughout China.", []string{c.countryKey("China")}}, // nor here
	} {
		if got := c.countriesIn(tc.sent); !slices.Equal(got, tc.want) {
			t.Errorf("countriesIn(%q) = %v, want %v", tc.sent, got, tc.want)
		}
	}
	if us == "" || c.countryKey("Iran") == "" {
		t.Fatal("the United States and Iran are no countries")
	}
}

// TestBlockStreetOrdinal: police wording gives house numbers under 100 as
// "the first block" or "the unit block" of a street; the street is the
// scene as with a numbered block.
func TestBlockStreetOrdinal(t *testing.T) {
	c := newComparer(Input{})
	cases := []struct{ s, want string }{
		{"Two men were shot near the first block of Alder Street on Monday.", "alder"},
		{"Officers were called to the unit block of Larkin Road.", "larkin"},
		{"Two men were shot in the 400 block of Moss Avenue.", "moss"},
		{"The first block of tickets sold out in an hour.", ""},
	}
	for _, tc := range cases {
		if got := strings.Join(c.sceneOf(tc.s, false, nil).streets, ","); got != tc.want {
			t.Errorf("%q: got %q, want %q", tc.s, got, tc.want)
		}
	}
}
