package compare

import (
	"testing"

	"github.com/corroborate/corroborate/internal/dates"
	"github.com/corroborate/corroborate/internal/story"
)

// TestSwappedAttributes: sentences written for these tests. Two articles
// that keep a phrase around a thing and give it two colours tell one thing
// two ways ("fled in a black pickup truck" / "a white pickup truck"). Not
// a finding: a writer who writes both colours, a colour of a person, one
// thing of several set apart ("the other gunman", "the second victim's"),
// two colours of two kinds of thing in one scene, a colour that opens a
// compound WordNet knows ("red carpet"), a colour against a noun that
// modifies the head.
func TestSwappedAttributes(t *testing.T) {
	pub := dates.Date{Year: 2024, Month: 5, Day: 17}
	const truck = "Chase\n\nPolice said the gunman fled in a black pickup truck toward the river on Friday."
	const mask = "Robbery\n\nThe gunman wore a black mask during the robbery at the pawn shop, police said."
	for _, tc := range []struct{ name, x, y, z, want string }{
		{"two colours of one vehicle", truck,
			"Chase\n\nWitnesses said the gunman fled in a white pickup truck toward the river.", "", "other:black/white"},
		{"two colours of one mask", mask,
			"Robbery\n\nThe gunman wore a red mask during the robbery at the pawn shop.", "", "other:black/red"},
		{"one article writes both colours", truck + " A white sedan was found burning near the dam.",
			"Chase\n\nWitnesses said the gunman fled in a white pickup truck toward the river.", "", ""},
		{"another article writes both colours", truck,
			"Chase\n\nWitnesses said the gunman fled in a white pickup truck toward the river.",
			"Chase\n\nA black car and a white van were seen near the river after the shooting.", ""},
		{"a colour of a person",
			"Chase\n\nA black teenager was seen running across the parking lot after the shots on Friday.",
			"Chase\n\nA white teenager was seen running across the parking lot after the shots.", "", ""},
		{"the other gunman", "Robbery\n\nOne gunman wore a black mask during the robbery at the pawn shop, police said.",
			"Robbery\n\nThe other gunman wore a white mask during the robbery at the pawn shop.", "", ""},
		{"the second victim's car",
			"Crash\n\nThe first victim's red car was found in a ditch near the farm on Sunday.",
			"Crash\n\nThe second victim's blue car was found in a ditch near the farm.", "", ""},
		{"two kinds of thing in one scene",
			"Bank\n\nA red car was parked outside the bank when the alarm sounded on Monday.",
			"Bank\n\nA blue truck was parked outside the bank when the alarm sounded.", "", ""},
		{"a colour in a compound WordNet knows",
			"Gala\n\nThe actress walked the red carpet at the film festival on Saturday night.",
			"Gala\n\nThe actress walked the blue carpet at the film festival on Saturday.", "", ""},
		{"two shades of one colour (readD)",
			"Chase\n\nPolice said the gunman fled in a crimson pickup truck toward the river on Friday.",
			"Chase\n\nWitnesses said the gunman fled in a scarlet pickup truck toward the river.", "", ""},
		{"two light browns (readD)",
			"Chase\n\nPolice said the gunman fled in a beige pickup truck toward the river on Friday.",
			"Chase\n\nWitnesses said the gunman fled in a tan pickup truck toward the river.", "", ""},
		{"a colour against a modifying noun", truck,
			"Chase\n\nWitnesses said the gunman fled in a farm pickup truck toward the river.", "", ""},
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
