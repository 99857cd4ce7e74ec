package compare

import (
	"testing"

	"github.com/corroborate/corroborate/internal/dates"
	"github.com/corroborate/corroborate/internal/story"
)

// TestMannerOfDeath: sentences written for these tests. Two articles that
// tell one death with two manners (a verb before "to death" or "dead", or
// after "fatally") report both; a general verb of harm, a synonym, an
// article that tells both manners, a verb of judgment, a light verb or a
// verb of feeling before "to death" and two different victims are none.
func TestMannerOfDeath(t *testing.T) {
	pub := dates.Date{Year: 2022, Month: 9, Day: 14}
	const burned = "Blaze\n\nTwo workers were burned to death when the depot caught fire on Tuesday, officials said."
	for _, tc := range []struct{ name, x, y, z, want string }{
		{"two manners of one death by count", burned,
			"Blaze\n\nRescuers said 2 men suffocated to death before crews arrived.", "",
			"other:burned to death/suffocated to death"},
		{"two manners of one named victim",
			"Attack\n\nThe shopkeeper Odile Varga was stabbed to death on Friday, police said.",
			"Attack\n\nPolice said Odile Varga was fatally shot in her shop.", "",
			"other:stabbed to death/fatally shot"},
		{"a verb and its synonym",
			"Cave\n\nThree divers suffocated to death in the flooded passage.",
			"Cave\n\nThe three divers choked to death in the flooded passage.", "", ""},
		{"a general verb of harm names no manner",
			"Attack\n\nThe shopkeeper Odile Varga was stabbed to death on Friday, police said.",
			"Attack\n\nPolice said Odile Varga was fatally wounded in her shop.", "", ""},
		{"a verb of harm with many kinds names no manner",
			"Attack\n\nThe shopkeeper Odile Varga was stabbed to death on Friday, police said.",
			"Attack\n\nPolice said Odile Varga was struck dead in her shop.", "", ""},
		{"a third article tells both manners",
			"Attack\n\nThe shopkeeper Odile Varga was stabbed to death on Friday, police said.",
			"Attack\n\nPolice said Odile Varga was beaten to death in her shop.",
			"Attack\n\nA neighbour said Odile Varga was stabbed and beaten to death on Friday.", ""},
		{"a verb of judgment tells no manner",
			"Trial\n\nThe court heard that Ansel Korr was sentenced to death in absentia.",
			"Trial\n\nThe court heard that Ansel Korr was shot dead in his cell.", "", ""},
		{"a light verb tells no manner",
			"Trial\n\nThe court heard that Ansel Korr was put to death in the prison yard.",
			"Trial\n\nThe court heard that Ansel Korr was shot dead in the prison yard.", "", ""},
		{"a verb whose first sense is a feeling tells no manner",
			"Trial\n\nThe court heard that Ansel Korr was bored to death in the prison yard.",
			"Trial\n\nThe court heard that Ansel Korr was shot dead in the prison yard.", "", ""},
		{"two victims", burned,
			"Blaze\n\nA firefighter, Mirek Dusza, was crushed to death under a falling beam at another site.", "", ""},
	} {
		docs := []story.Doc{doc("a", tc.x, pub), doc("b", tc.y, pub)}
		if tc.z != "" {
			docs = append(docs, doc("c", tc.z, pub))
		}
		r := run(docs...)
		if got := kinds(r.Discrepancies); got != tc.want {
			t.Errorf("%s: got %q, want %q", tc.name, got, tc.want)
		}
	}
}
