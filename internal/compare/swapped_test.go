package compare

import (
	"strings"
	"testing"

	"github.com/corroborate/corroborate/internal/dates"
	"github.com/corroborate/corroborate/internal/story"
)

// TestSwappedNouns: sentences written for these tests. Two articles that
// keep a phrase and put two nouns of one kind at its centre tell one thing
// two ways; one noun a kind of the other, a phrase of function words, a
// plural against a singular and an article that writes both are none.
func TestSwappedNouns(t *testing.T) {
	pub := dates.Date{Year: 2023, Month: 3, Day: 11}
	const son = "Flood\n\nOfficials said the couple's eldest son was swept from the farm bridge on Monday."
	const x = "Theft\n\nPolice said thieves took the Brenner family's hunting rifle from the cabin near Lake Oduya last week."
	for _, tc := range []struct{ name, x, y, z, want string }{
		{"two kinds of one thing in one phrase", x,
			"Theft\n\nDeputies say thieves took the Brenner family's hunting shotgun from the cabin.",
			"", "other:rifle/shotgun"},
		{"one a kind of the other", x,
			"Theft\n\nDeputies say thieves took the Brenner family's hunting gun from the cabin.", "", ""},
		{"a plural against a singular", x,
			"Theft\n\nDeputies say thieves took the Brenner family's hunting shotguns from the cabin.", "", ""},
		{"one article writes both", x + " A shotgun was left behind in the shed.",
			"Theft\n\nDeputies say thieves took the Brenner family's hunting shotgun from the cabin.", "", ""},
		{"another article writes both in one sentence", x,
			"Theft\n\nDeputies say thieves took the Brenner family's hunting shotgun from the cabin. Deputies later found a rifle and a shotgun in a ditch.", "", ""},
		{"two kin nouns, one article writing both", son,
			"Flood\n\nOfficials said the couple's eldest daughter was swept from the farm bridge on Monday. Their son and daughter both died.", "", ""},
		{"two kin nouns", son,
			"Flood\n\nOfficials said the couple's eldest daughter was swept from the farm bridge on Monday.", "", "other:son/daughter"},
		{"an auxiliary and a verb of saying are no content",
			"Crash\n\nPolice said the suspect was taken to a hospital in Marlow.",
			"Crash\n\nPolice said the victim was taken to a hospital after the crash.", "", ""},
		{"a phrase does not run across a comma",
			"Fire\n\nThe fire started in the kitchen, fire officials said on Tuesday.",
			"Fire\n\nThe fire started in the bedroom, fire officials said.", "", ""},
		{"a phrase holds no comma",
			"Fire\n\nHeavy smoke filled the kitchen, fire crews said on Tuesday.",
			"Fire\n\nHeavy smoke filled the bedroom, neighbours told reporters.", "", ""},
		{"three nouns in one phrase: a list of kinds", x,
			"Theft\n\nDeputies say thieves took the Brenner family's hunting shotgun from the cabin.",
			"Theft\n\nDeputies say thieves took the Brenner family's hunting knife from the cabin.", ""},
		{"two place nouns are a place finding",
			"Storm\n\nThe storm flooded the main road into the city early Sunday.",
			"Storm\n\nWater flooded the main road into the town early Sunday.", "", "place:city/town"},
		{"a noun that modifies the next",
			"Stadium\n\nFans waited outside the stadium's east gate for the bus.",
			"Stadium\n\nFans waited outside the stadium's west gate for the bus.", "", ""},
		{"a noun in a direct quotation against a reporter's", x,
			"Theft\n\n\"They took the Brenner family's hunting shotgun from the cabin,\" Sheriff Dale Orrin said.", "", ""},
		{"a time of day is a value fact",
			"Storm\n\nThe storm reached the northern coast Sunday morning with heavy rain.",
			"Storm\n\nThe storm reached the northern coast Sunday evening with heavy rain.", "", ""},
		{"two unrelated nouns",
			"Theft\n\nDeputies say thieves took the Brenner family's hunting rifle from the cabin.",
			"Theft\n\nDeputies say thieves took the Brenner family's hunting license from the cabin.", "", ""},
		{"a phrase of function words",
			"Theft\n\nA rifle was in the back of the truck.",
			"Theft\n\nDeputies said a shotgun was in the back of the truck.", "", ""},
	} {
		docs := []story.Doc{doc("a", tc.x, pub), doc("b", tc.y, pub)}
		if tc.z != "" {
			docs = append(docs, doc("c", tc.z, pub))
		}
		r := run(docs...)
		if got := alignKinds(r); got != tc.want {
			t.Errorf("%s: got %q, want %q", tc.name, got, tc.want)
		}
	}
}

// TestSwappedNounsOnce: sentences written for these tests. A pair of
// nouns that an earlier finding (statement alignment) already holds for
// the same articles is one fact, reported once.
func TestSwappedNounsOnce(t *testing.T) {
	pub := dates.Date{Year: 2023, Month: 3, Day: 11}
	r := run(doc("a", "Theft\n\nPolice said Tom Verlane stole the family's hunting rifle from the cabin.", pub),
		doc("b", "Theft\n\nDeputies say Tom Verlane stole the family's hunting shotgun from the cabin.", pub))
	if got := alignKinds(r); strings.Count(got, "rifle") != 1 {
		t.Errorf("got %q, want one finding of rifle/shotgun", got)
	}
}
