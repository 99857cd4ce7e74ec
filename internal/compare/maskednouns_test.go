package compare

import (
	"testing"

	"github.com/corroborate/corroborate/internal/dates"
	"github.com/corroborate/corroborate/internal/story"
)

// TestMaskedNouns: sentences written for these tests. Two articles that
// tell one statement in nearly the same words and differ in one common
// noun, two things of one kind ("with a rifle, then fled" / "with a
// shotgun, then fled"), disagree on which thing it was, where no phrase
// of swapped.go holds the noun (a comma right after it). Not a finding:
// a writer who writes both nouns, a plural against a singular, two names
// of one body of people ("mob" / "throng"), two persons, two weapons of
// two victims ("shot the clerk with …" / "shot the guard with …"), a noun that
// modifies the next ("a rifle case"), one of two doers set apart ("the
// other gunman"), a speaker's words, one noun a kind of the other, two
// nouns of two kinds.
func TestMaskedNouns(t *testing.T) {
	pub := dates.Date{Year: 2024, Month: 9, Day: 3}
	const rifle = "Robbery\n\nThe robber shot the clerk with his rifle, then fled on foot toward the rail yard behind the store, deputies said."
	const shotgun = "Robbery\n\nThe robber shot the clerk with his shotgun, then fled on foot toward the rail yard behind the store, deputies said."
	for _, tc := range []struct{ name, x, y, z, want string }{
		{"two weapons of one act", rifle, shotgun, "", "other:rifle/shotgun"},
		{"a writer writes both", rifle, shotgun,
			"Robbery\n\nDeputies later found a rifle and a shotgun in a culvert near the store.", ""},
		{"a plural against a singular", rifle,
			"Robbery\n\nThe robber shot the clerk with his shotguns, then fled on foot toward the rail yard behind the store, deputies said.", "", ""},
		{"two names of one body of people",
			"Verdict\n\nA mob gathered outside the courthouse, then marched to the mayor's office on Main Street, witnesses said.",
			"Verdict\n\nA throng gathered outside the courthouse, then marched to the mayor's office on Main Street, witnesses said.", "", ""},
		{"two persons",
			"Fire\n\nThe blaze killed the couple's son, then spread to the barn behind the house, deputies said.",
			"Fire\n\nThe blaze killed the couple's daughter, then spread to the barn behind the house, deputies said.", "", ""},
		{"a noun that modifies the next",
			"Robbery\n\nThe robber dropped a rifle case near the door, then fled on foot toward the rail yard, deputies said.",
			"Robbery\n\nThe robber dropped a shotgun case near the door, then fled on foot toward the rail yard, deputies said.", "", ""},
		{"two colours of one thing",
			"Chase\n\nThe getaway car, which was red, sped off toward the rail yard behind the store, deputies said.",
			"Chase\n\nThe getaway car, which was blue, sped off toward the rail yard behind the store, deputies said.", "", "other:red/blue"},
		{"two shades of one colour (readD)",
			"Chase\n\nThe getaway car, which was crimson, sped off toward the rail yard behind the store, deputies said.",
			"Chase\n\nThe getaway car, which was scarlet, sped off toward the rail yard behind the store, deputies said.", "", ""},
		{"two victims, two weapons", rifle,
			"Robbery\n\nThe robber shot the guard with his shotgun, then fled on foot toward the rail yard behind the store, deputies said.", "", ""},
		{"the other gunman",
			"Robbery\n\nOne robber shot the clerk with a rifle, then fled on foot toward the rail yard behind the store, deputies said.",
			"Robbery\n\nThe other robber shot the clerk with a shotgun, then fled on foot toward the rail yard behind the store, deputies said.", "", ""},
		{"a speaker's words",
			"Robbery\n\n\"He shot the clerk with a rifle, then fled on foot toward the rail yard behind the store,\" a deputy said.",
			"Robbery\n\n\"He shot the clerk with a shotgun, then fled on foot toward the rail yard behind the store,\" a deputy said.", "", ""},
		{"two drivers of two vehicles (readD)",
			"Crash\n\nTwo vehicles collided near the quarry on Tuesday morning, police said.\n\nThe driver of the car was taken to the county hospital with minor injuries, police said.",
			"Crash\n\nTwo vehicles collided near the quarry on Tuesday morning.\n\nThe driver of the truck was taken to the county hospital with minor injuries, police said.", "", ""},
		{"one noun a kind of the other", rifle,
			"Robbery\n\nThe robber shot the clerk with his gun, then fled on foot toward the rail yard behind the store, deputies said.", "", ""},
		{"two nouns of two kinds", rifle,
			"Robbery\n\nThe robber shot the clerk with his smile, then fled on foot toward the rail yard behind the store, deputies said.", "", ""},
	} {
		docs := []story.Doc{doc("a", tc.x, pub), doc("b", tc.y, pub)}
		if tc.z != "" {
			docs = append(docs, doc("c", tc.z, pub))
		}
		if got := alignKinds(run(docs...)); got != tc.want {
			t.Errorf("%s: got %q, want %q", tc.name, got, tc.want)
		}
	}
}
