package compare

import (
	"testing"

	"github.com/corroborate/corroborate/internal/dates"
	"github.com/corroborate/corroborate/internal/story"
)

// TestMaskedOrdinals: sentences written for these tests. Two articles that
// tell one statement in nearly the same words and put two ordinals before
// one noun ("the second floor" / "the third floor", "first-degree" /
// "second-degree") disagree on which of a series it was. Not a finding:
// two persons of a series ("the second victim"), an article that writes
// both ordinals of the noun, two articles of two days, a series of times or
// acts (one doer acts again: "scored in the second period"),
// an ordinal set apart from others ("one of"), a speaker's words, two
// people each with his own floor, two nouns after the ordinals, one
// ordinal against a word of no series, a statement with an indefinite
// filler ("rescued a tenant", "sank a long putt": one of several acts).
func TestMaskedOrdinals(t *testing.T) {
	pub := dates.Date{Year: 2024, Month: 10, Day: 14}
	next := dates.Date{Year: 2024, Month: 10, Day: 15}
	const second = "Fire\n\nFirefighters found the caretaker unconscious on the second floor of the old mill, and he was taken to Brackwater General Hospital."
	const third = "Fire\n\nFirefighters found the caretaker unconscious on the third floor of the old mill, and he was taken to Brackwater General Hospital."
	const firstDeg = "Court\n\nProsecutors charged the landlord with first-degree arson on Friday after the blaze destroyed the empty warehouse by the canal."
	const secondDeg = "Court\n\nProsecutors charged the landlord with second-degree arson on Friday after the blaze destroyed the empty warehouse by the canal."
	for _, tc := range []struct {
		name, x, y, z string
		ypub          dates.Date
		want          string
	}{
		{"two floors of one finding", second, third, "", pub, "other:on the second floor/on the third floor"},
		{"two degrees of one charge", firstDeg, secondDeg, "", pub, "other:first-degree arson/second-degree arson"},
		{"one ordinal", second, second, "", pub, ""},
		{"an article writes both floors", second + " Smoke had spread to the third floor by then.", third, "", pub, ""},
		{"another article writes both in a list", second, third,
			"Fire\n\nCrews searched the second and third floors of the old mill before dawn.", pub, ""},
		{"another article writes both degrees", firstDeg, secondDeg,
			"Court\n\nThe landlord could face first-degree or second-degree arson counts, a lawyer said.", pub, ""},
		{"two persons of a series",
			"Fire\n\nFirefighters found the second victim unconscious near the loading dock of the old mill before dawn on Sunday.",
			"Fire\n\nFirefighters found the third victim unconscious near the loading dock of the old mill before dawn on Sunday.", "", pub, ""},
		{"a series of days goes on",
			"Protest\n\nHundreds of students marched through the centre of Lorvik on the second day of protests over the tuition rise.",
			"Protest\n\nHundreds of students marched through the centre of Lorvik on the third day of protests over the tuition rise.", "", pub, ""},
		{"one doer acts again in a series of periods",
			"Match\n\nThe young striker Teo Brandt scored in the second period of the cup game against Varnholm on a cold night.",
			"Match\n\nThe young striker Teo Brandt scored in the third period of the cup game against Varnholm on a cold night.", "", pub, ""},
		{"two articles of two days", second, third, "", next, ""},
		{"a statement told in other words: one verb, one named subject",
			"Blast\n\nIvo Marsh was found on the second floor of the depot by a neighbour late on Sunday, police said.",
			"Blast\n\nRescuers said Ivo Marsh, 58, was found on the third floor after a long search through the rubble of the depot.", "", pub,
			"other:on the second floor/on the third floor"},
		{"in other words, a speaker's",
			"Blast\n\nIvo Marsh was found on the second floor of the depot by a neighbour late on Sunday, police said.",
			"Blast\n\n\"Ivo Marsh was found on the third floor,\" a rescuer said after a long search through the rubble of the depot.", "", pub, ""},
		{"in other words, two subjects",
			"Blast\n\nIvo Marsh was found on the second floor of the depot by a neighbour late on Sunday, police said.",
			"Blast\n\nRescuers said Lena Marsh, 58, was found on the third floor after a long search through the rubble of the depot.", "", pub, ""},
		{"one of several set apart",
			"Fire\n\nOne firefighter found the caretaker unconscious on the second floor of the old mill, and he was taken to Brackwater General Hospital.",
			"Fire\n\nOne firefighter found the caretaker unconscious on the third floor of the old mill, and he was taken to Brackwater General Hospital.", "", pub, ""},
		{"a speaker's words",
			"Fire\n\n\"We found the caretaker unconscious on the second floor of the old mill, and he was taken to Brackwater General Hospital,\" the chief said.",
			"Fire\n\n\"We found the caretaker unconscious on the third floor of the old mill, and he was taken to Brackwater General Hospital,\" the chief said.", "", pub, ""},
		{"two people, each on his own floor", second,
			"Fire\n\nFirefighters found the cook unconscious on the third floor of the old mill, and he was taken to Brackwater General Hospital.", "", pub, ""},
		{"two people told by pronouns",
			"Fire\n\nHe was found unconscious on the second floor of the old mill, and crews took him to Brackwater General Hospital.",
			"Fire\n\nShe was found unconscious on the third floor of the old mill, and crews took her to Brackwater General Hospital.", "", pub, ""},
		{"two buildings, each with its floor", second,
			"Fire\n\nFirefighters found the caretaker unconscious on the third floor of the old school, and he was taken to Brackwater General Hospital.", "", pub, ""},
		{"the member of the series is what the statement is about",
			"Fire\n\nThe second floor of the old mill was gutted by the blaze before crews arrived from Brackwater, the chief said.",
			"Fire\n\nThe third floor of the old mill was gutted by the blaze before crews arrived from Brackwater, the chief said.", "", pub, ""},
		{"in other words, the object",
			"Blast\n\nIvo Marsh searched the second floor of the depot for survivors late on Sunday, police said.",
			"Blast\n\nRescuers said Ivo Marsh, 58, searched the third floor after the blast tore through the depot.", "", pub, ""},
		{"two nouns after the ordinals", second,
			"Fire\n\nFirefighters found the caretaker unconscious on the third landing of the old mill, and he was taken to Brackwater General Hospital.", "", pub, ""},
		{"near-copies with an indefinite object: two residents, each from a window",
			"Flats\n\nFirefighters rescued a tenant from a second-floor window as smoke filled the stairwell of the Ostrell Court flats late on Tuesday.",
			"Flats\n\nFirefighters rescued a tenant from a third-floor window as smoke filled the stairwell of the Ostrell Court flats late on Tuesday.", "", pub, ""},
		{"in other words, an indefinite object: one doer acts twice",
			"Open\n\nNadia Vorst sank a long putt on the second hole of the Pellham links on a windy Thursday, her caddie said.",
			"Open\n\nOn a windy Thursday at the Pellham links, Vorst sank a long putt on the sixth hole, and Nadia Vorst now leads by a shot.", "", pub, ""},
		{"in other words, a definite object is one act",
			"Open\n\nNadia Vorst sank the winning putt on the second hole of the play-off at the Pellham links, her caddie said.",
			"Open\n\nAt the Pellham links, Vorst sank the winning putt on the third hole of the play-off, and Nadia Vorst took the title.", "", pub,
			"other:on the second hole/on the third hole"},
		{"near-copies with an indefinite word after the ordinal", second + " A neighbour called the brigade.",
			third + " A neighbour called the brigade.", "", pub, "other:on the second floor/on the third floor"},
		{"near-copies with an indefinite subject: the doer, one act",
			"Fire\n\nA neighbour found the caretaker unconscious on the second floor of the old mill, and he was taken to Brackwater General Hospital.",
			"Fire\n\nA neighbour found the caretaker unconscious on the third floor of the old mill, and he was taken to Brackwater General Hospital.", "", pub,
			"other:second floor/third floor"},
		{"an ordinal against a word of no series", second,
			"Fire\n\nFirefighters found the caretaker unconscious on the top floor of the old mill, and he was taken to Brackwater General Hospital.", "", pub, ""},
	} {
		docs := []story.Doc{doc("a", tc.x, pub), doc("b", tc.y, tc.ypub)}
		if tc.z != "" {
			docs = append(docs, doc("c", tc.z, pub))
		}
		if got := alignKinds(run(docs...)); got != tc.want {
			t.Errorf("%s: got %q, want %q", tc.name, got, tc.want)
		}
	}
}
